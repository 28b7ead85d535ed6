"""Promises: recorded on the right invoices with a hold, then judged kept, partly kept or broken."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlmodel import Session, select

from agent.ledger.cash import match_remittance
from agent.ledger.errors import ForeignCustomer, ValidationFailed
from agent.ledger.holds import invoice_holds
from agent.ledger.models import AuditEvent, Escalation, PromiseStatus
from agent.ledger.promises import (
    NO_DATE_FOLLOW_UP_DAYS,
    evaluate_due_promises,
    promise_invoices,
    record_promise,
)
from tests.collections_helpers import AS_OF, add_message, invoice, seed_ledger

FRIDAY = date(2026, 11, 27)


@pytest.fixture
def ledger(session: Session) -> Session:
    seed_ledger(session)
    return session


def _promise(session: Session, numbers: tuple[str, ...], when: date | None = FRIDAY,
             amount: str | None = None, message_id: int | None = None):  # type: ignore[no-untyped-def]
    promise = record_promise(session=session, customer_id="C1", invoice_numbers=numbers, promised_date=when,
                             amount=None if amount is None else Decimal(amount), currency=None,
                             grace_days=3, as_of=AS_OF, actor="agent:test", message_id=message_id)
    session.commit()
    return promise


def _pay(session: Session, amount: str, numbers: tuple[str, ...]) -> None:
    match_remittance(session=session, customer_id="C1", amount=Decimal(amount), currency="USD",
                     invoice_numbers=numbers, reference=f"ACH {amount}", paid_on=FRIDAY, actor="bank")
    session.commit()


def test_promise_holds_its_invoices_until_the_date_plus_grace(ledger: Session) -> None:
    message_id = add_message(ledger, "C1")
    promise = _promise(ledger, ("INV-100", "INV-101"), amount="1250", message_id=message_id)
    assert promise.hold_until == FRIDAY + timedelta(days=3)
    assert (promise.amount, promise.currency) == (Decimal("1250"), "USD")
    assert [i.number for i in promise_invoices(session=ledger, promise_id=promise.id)] == ["INV-100", "INV-101"]
    holds = invoice_holds(session=ledger, as_of=AS_OF, customer_ids=["C1"])
    held = {n for n in ("INV-100", "INV-101", "INV-102") if invoice(ledger, n).id in holds}
    assert held == {"INV-100", "INV-101"}
    event = ledger.exec(select(AuditEvent).where(AuditEvent.action == "promise.recorded")).one()
    assert event.message_id == message_id
    # The same message again records nothing new.
    assert _promise(ledger, ("INV-101", "INV-100"), amount="1250", message_id=message_id).id == promise.id


def test_promise_without_a_date_gets_a_follow_up_date_and_covers_all_open_invoices(ledger: Session) -> None:
    promise = _promise(ledger, (), when=None)
    assert promise.promised_date is None
    assert promise.hold_until == AS_OF + timedelta(days=NO_DATE_FOLLOW_UP_DAYS)
    assert len(promise_invoices(session=ledger, promise_id=promise.id)) == 6  # C1's open invoices


def test_a_new_promise_supersedes_the_open_one_on_the_same_invoice(ledger: Session) -> None:
    old = _promise(ledger, ("INV-100",))
    new = _promise(ledger, ("INV-100",), when=FRIDAY + timedelta(days=7))
    ledger.refresh(old)
    assert (old.status, new.status) == (PromiseStatus.CANCELLED, PromiseStatus.OPEN)


@pytest.mark.parametrize("numbers", [("INV-900",), ("INV-100", "NOPE-1")])
def test_promise_on_an_invoice_not_the_customers_is_refused(ledger: Session, numbers: tuple[str, ...]) -> None:
    with pytest.raises(ForeignCustomer):
        _promise(ledger, numbers)


def test_promise_on_a_paid_invoice_is_refused(ledger: Session) -> None:
    _pay(ledger, "250.00", ("INV-101",))
    with pytest.raises(ValidationFailed, match="not open"):
        _promise(ledger, ("INV-101",))


@pytest.mark.parametrize(("paid", "expected"), [
    ("1250.00", PromiseStatus.KEPT),
    ("400.00", PromiseStatus.PARTLY_KEPT),
    (None, PromiseStatus.BROKEN),
])
def test_due_promises_are_judged_and_broken_ones_escalate(ledger: Session, paid: str | None,
                                                         expected: PromiseStatus) -> None:
    message_id = add_message(ledger, "C1")
    promise = _promise(ledger, ("INV-100", "INV-101"), message_id=message_id)
    if paid:
        _pay(ledger, paid, ("INV-100", "INV-101"))
    assert evaluate_due_promises(session=ledger, as_of=promise.hold_until - timedelta(days=1)) == []
    judged = evaluate_due_promises(session=ledger, as_of=promise.hold_until)
    ledger.commit()
    assert [(p.id, p.status) for p in judged] == [(promise.id, expected)]
    escalations = ledger.exec(select(Escalation)).all()
    if expected == PromiseStatus.BROKEN:
        assert [(e.kind, e.promise_id, e.source_message_id) for e in escalations] == [
            ("broken_promise", promise.id, message_id)]
    else:
        assert not [e for e in escalations if e.kind == "broken_promise"]
    # Judged once: a second run changes nothing.
    assert evaluate_due_promises(session=ledger, as_of=promise.hold_until + timedelta(days=5)) == []


def test_promised_amount_decides_kept(ledger: Session) -> None:
    promise = _promise(ledger, ("INV-100", "INV-101"), amount="400")
    _pay(ledger, "400.00", ("INV-100",))
    (judged,) = evaluate_due_promises(session=ledger, as_of=promise.hold_until)
    assert judged.status == PromiseStatus.KEPT
