"""Why reminders are held: promises, disputes and payment plans per invoice; manual or
unreachable customers as a whole."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlmodel import Session, col, select

from agent.ledger.models import (
    Contact,
    ContactStatus,
    Customer,
    Dispute,
    DisputeInvoice,
    DisputeStatus,
    Invoice,
    InvoiceStatus,
    PaymentPlan,
    PlanInvoice,
    PlanStatus,
    Promise,
    PromiseInvoice,
    PromiseStatus,
)


def invoice_holds(*, session: Session, as_of: date, customer_ids: list[str] | None = None) -> dict[int, str]:
    """Return invoice id → the hold on it (first found: dispute, plan, promise) as a phrase."""
    holds: dict[int, str] = {}

    def scoped(query):  # type: ignore[no-untyped-def]
        return query if customer_ids is None else query.where(col(Invoice.customer_id).in_(customer_ids))

    for invoice_id, dispute_id, reason in session.exec(scoped(
            select(Invoice.id, Dispute.id, Dispute.reason)
            .join(DisputeInvoice, col(DisputeInvoice.invoice_id) == col(Invoice.id))
            .join(Dispute, col(Dispute.id) == col(DisputeInvoice.dispute_id))
            .where(Dispute.status == DisputeStatus.OPEN))):
        holds.setdefault(invoice_id, f"dispute #{dispute_id} ({reason}) until resolved")
    for invoice_id, plan_id, status in session.exec(scoped(
            select(Invoice.id, PaymentPlan.id, PaymentPlan.status)
            .join(PlanInvoice, col(PlanInvoice.invoice_id) == col(Invoice.id))
            .join(PaymentPlan, col(PaymentPlan.id) == col(PlanInvoice.plan_id))
            .where(col(PaymentPlan.status).in_([PlanStatus.ACTIVE, PlanStatus.PROPOSED])))):
        holds.setdefault(invoice_id, f"payment plan #{plan_id} ({status})")
    promise_query = select(Promise).where(Promise.status == PromiseStatus.OPEN, col(Promise.hold_until) >= as_of)
    if customer_ids is not None:
        promise_query = promise_query.where(col(Promise.customer_id).in_(customer_ids))
    promises = session.exec(promise_query).all()
    if promises:
        linked: dict[int, list[int]] = defaultdict(list)
        for link in session.exec(select(PromiseInvoice).where(
                col(PromiseInvoice.promise_id).in_([p.id for p in promises]))):
            linked[link.promise_id].append(link.invoice_id)
        for promise in promises:
            phrase = f"promise #{promise.id} until {promise.hold_until}"
            invoice_ids = linked.get(promise.id or 0)
            if not invoice_ids:  # a promise for "the balance" holds all the customer's open invoices
                invoice_ids = list(session.exec(select(Invoice.id).where(
                    Invoice.customer_id == promise.customer_id, Invoice.status == InvoiceStatus.OPEN)))
            for invoice_id in invoice_ids:
                holds.setdefault(invoice_id, phrase)
    return holds


def customer_holds(*, session: Session, customer_ids: list[str] | None = None) -> dict[str, str]:
    """Return customer id → why no automatic email may go to them (manual, or no live contact)."""
    query = select(Customer)
    if customer_ids is not None:
        query = query.where(col(Customer.id).in_(customer_ids))
    customers = session.exec(query).all()
    live: dict[str, int] = defaultdict(int)
    any_contact: dict[str, int] = defaultdict(int)
    for contact in session.exec(select(Contact).where(col(Contact.customer_id).in_([c.id for c in customers]))):
        any_contact[contact.customer_id] += 1
        if contact.status == ContactStatus.ACTIVE:
            live[contact.customer_id] += 1
    holds = {}
    for customer in customers:
        if customer.manual:
            holds[customer.id] = "customer is handled manually"
        elif not live[customer.id]:
            holds[customer.id] = ("every contact bounced: a new contact is needed" if any_contact[customer.id]
                                  else "no contact address on file")
    return holds
