"""Promises to pay: recorded on the customer's open invoices, held, then judged on the date.

A promise holds the reminders of its invoices until `hold_until`: the promised date plus the
grace period, or, for a promise without a date ("added to our next payment run"), the day the
promise was made plus NO_DATE_FOLLOW_UP_DAYS, when someone should follow up. On `hold_until`
the promise is judged by the money applied to its invoices since it was recorded: kept (the
promised amount, or everything owed on its invoices, has come in), partly kept, or broken.
A broken promise opens an escalation for managers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, col, select

from agent.ledger import audit
from agent.ledger.errors import ValidationFailed
from agent.ledger.escalations import EscalationKind, open_escalation
from agent.ledger.models import (
    Invoice,
    InvoiceStatus,
    PaymentApplication,
    Promise,
    PromiseInvoice,
    PromiseStatus,
    utcnow,
)
from agent.ledger.scoping import customer_invoices, open_invoices, require_customer, single_currency

NO_DATE_FOLLOW_UP_DAYS = 7
# Below this a promise counts as kept: cents lost to rounding and conversion are not a breach.
KEPT_TOLERANCE = Decimal("0.01")


def promise_invoices(*, session: Session, promise_id: int) -> list[Invoice]:
    """Return the invoices a promise covers, oldest due first."""
    return list(session.exec(
        select(Invoice).join(PromiseInvoice, col(PromiseInvoice.invoice_id) == Invoice.id)
        .where(PromiseInvoice.promise_id == promise_id)
        .order_by(col(Invoice.due_date), col(Invoice.number))).all())


def record_promise(
    *,
    session: Session,
    customer_id: str,
    invoice_numbers: Sequence[str],
    promised_date: date | None,
    amount: Decimal | None = None,
    currency: str | None = None,
    grace_days: int,
    as_of: date,
    actor: str,
    message_id: int | None = None,
    note: str | None = None,
) -> Promise:
    """Record a promise on the customer's open invoices (all of them when none are named).

    Idempotent per message: the same message promising on the same invoices returns the
    promise it recorded before. An older open promise on any of these invoices is superseded.

    Args:
        as_of: the day the promise was made (the message's date), for dateless follow-ups.
    """
    require_customer(session=session, customer_id=customer_id)
    invoices = customer_invoices(session=session, customer_id=customer_id, numbers=invoice_numbers,
                                 open_only=True) or open_invoices(session=session, customer_id=customer_id)
    if not invoices:
        raise ValidationFailed(f"customer {customer_id} has no open invoices to promise on")
    if amount is not None and amount <= 0:
        raise ValidationFailed("a promised amount must be positive")
    currency = (currency or "").strip().upper() or (single_currency(invoices) if amount is not None else None)
    if amount is not None and currency is None:
        raise ValidationFailed("the promised amount needs a currency (the invoices mix currencies)")
    invoice_ids = {i.id for i in invoices}
    if message_id is not None:
        for earlier in session.exec(select(Promise).where(
                Promise.customer_id == customer_id, Promise.source_message_id == message_id)):
            if {i.id for i in promise_invoices(session=session, promise_id=earlier.id)} == invoice_ids:  # type: ignore[arg-type]
                return earlier
    hold_until = (promised_date + timedelta(days=grace_days) if promised_date
                  else as_of + timedelta(days=NO_DATE_FOLLOW_UP_DAYS))
    promise = Promise(customer_id=customer_id, promised_date=promised_date, amount=amount,
                      currency=currency, hold_until=hold_until, source_message_id=message_id,
                      note=note)
    session.add(promise)
    session.flush()
    for invoice in invoices:
        session.add(PromiseInvoice(promise_id=promise.id, invoice_id=invoice.id))  # type: ignore[arg-type]
    _supersede(session, promise, invoice_ids, actor, message_id)
    audit.record(session=session, actor=actor, action="promise.recorded", entity="promise",
                 entity_id=promise.id, customer_id=customer_id, message_id=message_id, reason=note,
                 details={"invoices": [i.number for i in invoices],
                          "promised_date": promised_date.isoformat() if promised_date else None,
                          "amount": None if amount is None else str(amount), "currency": currency,
                          "hold_until": hold_until.isoformat()})
    return promise


def _supersede(session: Session, promise: Promise, invoice_ids: set[int | None], actor: str,
               message_id: int | None) -> None:
    older = session.exec(
        select(Promise).join(PromiseInvoice, col(PromiseInvoice.promise_id) == Promise.id)
        .where(Promise.customer_id == promise.customer_id, Promise.status == PromiseStatus.OPEN,
               Promise.id != promise.id, col(PromiseInvoice.invoice_id).in_(invoice_ids))
        .distinct()).all()
    for old in older:
        old.status = PromiseStatus.CANCELLED
        old.closed_at = utcnow()
        audit.record(session=session, actor=actor, action="promise.superseded", entity="promise",
                     entity_id=old.id, customer_id=old.customer_id, message_id=message_id,
                     reason=f"superseded by promise {promise.id}")


def list_promises(
    *, session: Session, customer_id: str | None = None, status: PromiseStatus | None = None
) -> Sequence[Promise]:
    """Return promises, newest first, of one customer or all, optionally by status."""
    query = select(Promise).order_by(col(Promise.id).desc())
    if customer_id is not None:
        query = query.where(Promise.customer_id == customer_id)
    if status is not None:
        query = query.where(Promise.status == status)
    return session.exec(query).all()


def paid_since_promise(*, session: Session, promise: Promise) -> Decimal:
    """Return the money applied to the promise's invoices after the promise was recorded."""
    total = session.exec(
        select(sa.func.coalesce(sa.func.sum(PaymentApplication.amount), 0))
        .join(PromiseInvoice, col(PromiseInvoice.invoice_id) == PaymentApplication.invoice_id)
        .where(PromiseInvoice.promise_id == promise.id,
               col(PaymentApplication.created_at) >= promise.created_at)).one()
    return Decimal(total)


def judge_promise(*, session: Session, promise: Promise) -> tuple[PromiseStatus, Decimal]:
    """Return what the promise is now (kept, partly kept or broken) and the money paid since.

    Does not change the promise.
    """
    invoices = promise_invoices(session=session, promise_id=promise.id)  # type: ignore[arg-type]
    paid = paid_since_promise(session=session, promise=promise)
    if all(i.status != InvoiceStatus.OPEN for i in invoices):
        return PromiseStatus.KEPT, paid
    owed_then = sum((i.amount - i.paid_amount for i in invoices if i.status == InvoiceStatus.OPEN),
                    Decimal("0")) + paid
    expected = promise.amount if promise.amount is not None else owed_then
    if paid >= expected - KEPT_TOLERANCE:
        return PromiseStatus.KEPT, paid
    return (PromiseStatus.PARTLY_KEPT if paid > 0 else PromiseStatus.BROKEN), paid


def evaluate_due_promises(*, session: Session, as_of: date, actor: str = "scheduler") -> list[Promise]:
    """Judge every open promise whose hold ended by as_of; escalate the broken ones."""
    due = session.exec(select(Promise).where(
        Promise.status == PromiseStatus.OPEN, col(Promise.hold_until) <= as_of)
        .order_by(col(Promise.id))).all()
    judged: list[Promise] = []
    for promise in due:
        status, paid = judge_promise(session=session, promise=promise)
        promise.status = status
        promise.closed_at = utcnow()
        audit.record(session=session, actor=actor, action=f"promise.{status.value}", entity="promise",
                     entity_id=promise.id, customer_id=promise.customer_id,
                     message_id=promise.source_message_id,
                     details={"paid_since": str(paid), "as_of": as_of.isoformat()})
        if status == PromiseStatus.BROKEN:
            when = promise.promised_date.isoformat() if promise.promised_date else "without a date"
            open_escalation(session=session, customer_id=promise.customer_id,
                            kind=EscalationKind.BROKEN_PROMISE, actor=actor, promise_id=promise.id,
                            message_id=promise.source_message_id,
                            reason=f"promise {promise.id} ({when}) broken: nothing paid by {as_of.isoformat()}")
        judged.append(promise)
    return judged
