"""Resolve invoice numbers within one customer's ledger, never beyond it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlmodel import Session, col, select

from agent.ledger.errors import ForeignCustomer, ValidationFailed
from agent.ledger.models import Customer, Invoice, InvoiceStatus

_LOOSE = re.compile(r"[\s\-_/#.]")


def _loose(number: str) -> str:
    return _LOOSE.sub("", number).upper()


def require_customer(*, session: Session, customer_id: str) -> Customer:
    """Return the customer or raise ForeignCustomer (code bound to it cannot see others)."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise ForeignCustomer(f"customer {customer_id!r} is not in the ledger")
    return customer


def customer_invoices(
    *,
    session: Session,
    customer_id: str,
    numbers: Iterable[str],
    open_only: bool = False,
) -> list[Invoice]:
    """Return this customer's invoices with these numbers, in the order given.

    A number matches exactly, or else ignoring case, spaces and dashes, but only among this
    customer's own invoices. An unknown number and another customer's number raise the same
    ForeignCustomer error, so that a caller bound to one customer learns nothing of the others.
    """
    wanted = [n.strip() for n in numbers if n and n.strip()]
    if not wanted:
        return []
    own: Sequence[Invoice] = session.exec(
        select(Invoice).where(Invoice.customer_id == customer_id)).all()
    exact = {i.number: i for i in own}
    loose = {_loose(i.number): i for i in own}
    found: list[Invoice] = []
    for number in wanted:
        invoice = exact.get(number) or loose.get(_loose(number))
        if invoice is None:
            raise ForeignCustomer(f"invoice {number!r} is not one of this customer's invoices")
        if open_only and invoice.status != InvoiceStatus.OPEN:
            raise ValidationFailed(f"invoice {invoice.number} is {invoice.status}, not open")
        if invoice not in found:
            found.append(invoice)
    return found


def open_invoices(*, session: Session, customer_id: str, currency: str | None = None) -> list[Invoice]:
    """Return the customer's open invoices, oldest due first, optionally of one currency."""
    query = (select(Invoice)
             .where(Invoice.customer_id == customer_id, Invoice.status == InvoiceStatus.OPEN)
             .order_by(col(Invoice.due_date), col(Invoice.number)))
    if currency is not None:
        query = query.where(Invoice.currency == currency)
    return list(session.exec(query).all())


def single_currency(invoices: Sequence[Invoice]) -> str | None:
    """Return the one currency these invoices share, or None if they mix or are none."""
    currencies = {i.currency for i in invoices}
    return currencies.pop() if len(currencies) == 1 else None
