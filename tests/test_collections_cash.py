"""Cash application: certain matches are applied, anything else waits for a person."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from agent.ledger.cash import CashStatus, find_combinations, match_remittance
from agent.ledger.errors import ForeignCustomer
from agent.ledger.models import AuditEvent, Escalation, Invoice, InvoiceStatus, Payment
from tests.collections_helpers import AS_OF, add_invoice, add_message, invoice, seed_ledger
from tests.ledger_helpers import snapshot


@pytest.fixture
def ledger(session: Session) -> Session:
    seed_ledger(session)
    return session


def _remit(session: Session, amount: str | None, currency: str | None = "USD", numbers: tuple[str, ...] = (),
           reference: str | None = "CHK 1001", message_id: int | None = None):  # type: ignore[no-untyped-def]
    result = match_remittance(session=session, customer_id="C1",
                              amount=None if amount is None else Decimal(amount), currency=currency,
                              invoice_numbers=numbers, reference=reference, paid_on=AS_OF,
                              actor="agent:test", message_id=message_id)
    session.commit()
    return result


def _open(session: Session, number: str) -> Decimal:
    inv = invoice(session, number)
    return inv.amount - inv.paid_amount


def test_named_invoices_are_applied_oldest_due_first(ledger: Session) -> None:
    result = _remit(ledger, "1250.00", numbers=("INV-101", "inv 100"))
    assert (result.status, result.method) == (CashStatus.APPLIED, "named_invoices")
    assert result.applications == [("INV-100", Decimal("1000.00")), ("INV-101", Decimal("250.00"))]
    assert invoice(ledger, "INV-100").status == invoice(ledger, "INV-101").status == InvoiceStatus.PAID
    assert result.payment is not None and result.payment.unapplied_amount == 0
    assert result.escalation is None


def test_exact_amount_matches_one_open_invoice(ledger: Session) -> None:
    result = _remit(ledger, "480.00")
    assert (result.status, result.method) == (CashStatus.APPLIED, "exact_amount")
    assert result.applications == [("INV-102", Decimal("480.00"))]


def test_unique_combination_within_bank_fee_tolerance(ledger: Session) -> None:
    # 1320.50 + 75.25 = 1395.75; 1.75 lost to bank fees (tolerance max(0.5%, 1.00) = 6.97).
    result = _remit(ledger, "1394.00")
    assert (result.status, result.method) == (CashStatus.SHORT_PAID, "combination")
    assert [n for n, _ in result.applications] == ["INV-103", "INV-104"]
    assert invoice(ledger, "INV-103").status == InvoiceStatus.PAID
    assert _open(ledger, "INV-104") == Decimal("1.75")
    assert result.escalation is not None and result.escalation.kind == "short_payment"
    assert "INV-104 1.75" in result.escalation.reason


def test_ambiguous_combination_is_left_unapplied_for_a_person(ledger: Session) -> None:
    add_invoice(ledger, "C1", "INV-106", "1230.00", date(2026, 11, 5))
    ledger.commit()
    before = {n: _open(ledger, n) for n in ("INV-100", "INV-101", "INV-102", "INV-106")}
    result = _remit(ledger, "1480.00")  # 1000 + 480, or 1230 + 250
    assert result.status == CashStatus.UNAPPLIED and "ambiguous" in result.explanation
    assert result.payment is not None and result.payment.unapplied_amount == Decimal("1480.00")
    assert {n: _open(ledger, n) for n in before} == before
    assert result.escalation is not None and result.escalation.kind == "cash_application"
    assert "needs a person" in result.escalation.reason


def test_two_invoices_of_the_same_amount_are_ambiguous(ledger: Session) -> None:
    add_invoice(ledger, "C1", "INV-105", "250.00", date(2026, 11, 10))
    ledger.commit()
    result = _remit(ledger, "250.00")
    assert result.status == CashStatus.UNAPPLIED and result.applications == []


def test_short_payment_leaves_the_remainder_open_and_flagged(ledger: Session) -> None:
    result = _remit(ledger, "600.00", numbers=("INV-100",))
    assert result.status == CashStatus.SHORT_PAID
    assert invoice(ledger, "INV-100").status == InvoiceStatus.OPEN and _open(ledger, "INV-100") == 400
    assert result.escalation is not None and result.escalation.kind == "short_payment"


def test_overpayment_settles_the_invoice_and_flags_the_rest(ledger: Session) -> None:
    result = _remit(ledger, "1100.00", numbers=("INV-100",))
    assert result.status == CashStatus.PARTLY_APPLIED
    assert result.payment is not None and result.payment.unapplied_amount == Decimal("100.00")
    assert result.escalation is not None


@pytest.mark.parametrize(("currency", "numbers"), [("USD", ("INV-200",)), ("GBP", ())])
def test_currency_mismatch_never_applies(ledger: Session, currency: str, numbers: tuple[str, ...]) -> None:
    result = _remit(ledger, "900.00", currency=currency, numbers=numbers)
    assert result.status == CashStatus.UNAPPLIED and result.applications == []
    assert invoice(ledger, "INV-200").paid_amount == 0
    assert result.escalation is not None


def test_unmatched_amount_is_recorded_unapplied(ledger: Session) -> None:
    result = _remit(ledger, "333.33")
    assert result.status == CashStatus.UNAPPLIED
    assert ledger.exec(select(Payment)).one().unapplied_amount == Decimal("333.33")


def test_remittance_without_amount_goes_to_a_person_without_a_payment(ledger: Session) -> None:
    result = _remit(ledger, None, numbers=("INV-100",))
    assert result.status == CashStatus.NOT_RECORDED and result.escalation is not None
    assert ledger.exec(select(Payment)).all() == []


def test_rerun_of_the_same_message_changes_nothing(ledger: Session, engine: Engine) -> None:
    message_id = add_message(ledger, "C1")
    first = _remit(ledger, "1250.00", numbers=("INV-100", "INV-101"), message_id=message_id)
    before = snapshot(engine)
    again = _remit(ledger, "1250.00", numbers=("INV-100", "INV-101"), message_id=message_id)
    assert again.status == CashStatus.DUPLICATE and again.applications == first.applications
    assert snapshot(engine) == before
    # The same check quoted again in a later email is the same money, too.
    later = _remit(ledger, "1250.00", numbers=("INV-100",), message_id=add_message(ledger, "C1", "again"))
    assert later.status == CashStatus.DUPLICATE
    assert len(ledger.exec(select(Payment)).all()) == 1


def test_another_customers_invoice_is_refused_before_any_change(ledger: Session, engine: Engine) -> None:
    before = snapshot(engine)
    with pytest.raises(ForeignCustomer):
        _remit(ledger, "250.00", numbers=("INV-900",))
    ledger.rollback()
    assert snapshot(engine) == before


def test_every_event_carries_the_message_id(ledger: Session) -> None:
    message_id = add_message(ledger, "C1")
    _remit(ledger, "1394.00", message_id=message_id)
    events = ledger.exec(select(AuditEvent)).all()
    assert {e.action for e in events} >= {"payment.recorded", "payment.applied", "payment.matched",
                                          "escalation.opened"}
    assert {e.message_id for e in events} == {message_id}
    assert ledger.exec(select(Escalation)).one().source_message_id == message_id
    assert ledger.exec(select(Payment)).one().source_message_id == message_id


def test_combination_search_is_bounded() -> None:
    invoices = [Invoice(number=f"I{k}", customer_id="C", issue_date=AS_OF, due_date=AS_OF, currency="USD",
                        amount=Decimal(k)) for k in range(1, 41)]
    # Only the 25 oldest and up to 5 invoices are considered: 40 is not reachable as one invoice.
    assert all(len(c) <= 5 for c in find_combinations(invoices, Decimal("120"), Decimal("0"), limit=50))
    assert find_combinations(invoices, Decimal("40"), Decimal("0"), limit=50)[0] != (invoices[39],)
