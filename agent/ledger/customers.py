"""Customers, contacts and invoices: keyword-only services, the session first."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlmodel import Session, col, select

from agent.ledger.errors import NotFound
from agent.ledger.models import Contact, Customer, Invoice, InvoiceStatus


def get_customer(*, session: Session, customer_id: str) -> Customer:
    """Return the customer or raise NotFound."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(f"customer {customer_id!r} not found")
    return customer


def list_customers(*, session: Session) -> Sequence[Customer]:
    """Return every customer, by id."""
    return session.exec(select(Customer).order_by(col(Customer.id))).all()


def list_contacts(*, session: Session, customer_id: str | None = None) -> Sequence[Contact]:
    """Return contacts, of one customer or of all."""
    query = select(Contact).order_by(col(Contact.customer_id), col(Contact.id))
    if customer_id is not None:
        query = query.where(Contact.customer_id == customer_id)
    return session.exec(query).all()


def list_invoices(
    *,
    session: Session,
    customer_id: str | None = None,
    status: InvoiceStatus | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> Sequence[Invoice]:
    """Return invoices filtered by customer and status, oldest due first."""
    query = select(Invoice).order_by(col(Invoice.due_date), col(Invoice.number))
    if customer_id is not None:
        query = query.where(Invoice.customer_id == customer_id)
    if status is not None:
        query = query.where(Invoice.status == status)
    if offset:
        query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return session.exec(query).all()


def list_open_invoices(*, session: Session, customer_id: str) -> Sequence[Invoice]:
    """Return the customer's open invoices, oldest due first."""
    return list_invoices(session=session, customer_id=customer_id, status=InvoiceStatus.OPEN)


def open_balance(invoice: Invoice) -> Decimal:
    """Return what is still owed on an invoice (nothing once paid or void)."""
    if invoice.status != InvoiceStatus.OPEN:
        return Decimal("0")
    return invoice.amount - invoice.paid_amount
