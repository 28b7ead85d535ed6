"""Disputes hold only their invoices, get an owner and an SLA, and escalate when overdue."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlmodel import Session, select

from agent.ledger.disputes import (
    dispute_invoices,
    escalate_overdue_disputes,
    list_disputes,
    log_dispute,
    resolve_dispute,
    update_dispute,
)
from agent.ledger.errors import ForeignCustomer, ValidationFailed
from agent.ledger.holds import invoice_holds
from agent.ledger.models import AuditEvent, DisputeStatus, Role
from tests.collections_helpers import AS_OF, add_message, add_user, invoice, seed_ledger


@pytest.fixture
def ledger(session: Session) -> Session:
    seed_ledger(session)
    return session


def _dispute(session: Session, numbers: tuple[str, ...], reason: str = "contract_terms",
             message_id: int | None = None):  # type: ignore[no-untyped-def]
    dispute = log_dispute(session=session, customer_id="C1", invoice_numbers=numbers, reason=reason,
                          amount=Decimal("250"), currency=None,
                          customer_words="We cancelled this subscription last year.",
                          sla_days=10, as_of=AS_OF, actor="agent:test", message_id=message_id)
    session.commit()
    return dispute


def test_dispute_holds_only_its_invoices(ledger: Session) -> None:
    message_id = add_message(ledger, "C1")
    dispute = _dispute(ledger, ("INV-101",), message_id=message_id)
    assert [i.number for i in dispute_invoices(session=ledger, dispute_id=dispute.id)] == ["INV-101"]
    assert (dispute.reason, dispute.currency, dispute.sla_due) == ("contract_terms", "USD",
                                                                 AS_OF + timedelta(days=10))
    assert dispute.customer_words == "We cancelled this subscription last year."
    holds = invoice_holds(session=ledger, as_of=AS_OF, customer_ids=["C1"])
    assert invoice(ledger, "INV-101").id in holds
    assert invoice(ledger, "INV-100").id not in holds and invoice(ledger, "INV-102").id not in holds
    event = ledger.exec(select(AuditEvent).where(AuditEvent.action == "dispute.logged")).one()
    assert event.message_id == message_id
    assert _dispute(ledger, ("INV-101",), message_id=message_id).id == dispute.id  # same message, same dispute


def test_the_least_busy_specialist_owns_a_new_dispute(ledger: Session) -> None:
    busy = add_user(ledger, "ana", Role.SPECIALIST)
    free = add_user(ledger, "ben", Role.SPECIALIST)
    add_user(ledger, "maria", Role.MANAGER)
    assert _dispute(ledger, ("INV-100",)).owner_user_id == busy.id
    assert _dispute(ledger, ("INV-101",)).owner_user_id == free.id


@pytest.mark.parametrize(("numbers", "reason", "error"), [
    (("INV-900",), "pricing", ForeignCustomer),
    ((), "pricing", ValidationFailed),
    (("INV-100",), "because", ValidationFailed),
])
def test_bad_disputes_are_refused(ledger: Session, numbers: tuple[str, ...], reason: str,
                                  error: type[Exception]) -> None:
    with pytest.raises(error):
        _dispute(ledger, numbers, reason=reason)


def test_update_resolve_and_list(ledger: Session) -> None:
    dispute = _dispute(ledger, ("INV-100",))
    owner = add_user(ledger, "carla", Role.SPECIALIST)
    update_dispute(session=ledger, dispute_id=dispute.id, actor="user:carla", owner_user_id=owner.id)
    with pytest.raises(ValidationFailed, match="resolution"):
        update_dispute(session=ledger, dispute_id=dispute.id, actor="user:carla", status=DisputeStatus.RESOLVED)
    resolve_dispute(session=ledger, dispute_id=dispute.id, actor="user:carla", resolution="credit note CN-1")
    ledger.commit()
    assert dispute.owner_user_id == owner.id and dispute.status == DisputeStatus.RESOLVED
    assert list_disputes(session=ledger, customer_id="C1", status=DisputeStatus.OPEN) == []
    assert invoice(ledger, "INV-100").id not in invoice_holds(session=ledger, as_of=AS_OF, customer_ids=["C1"])


def test_dispute_past_its_sla_escalates_once(ledger: Session) -> None:
    dispute = _dispute(ledger, ("INV-100",))
    assert escalate_overdue_disputes(session=ledger, as_of=dispute.sla_due) == []
    (escalation,) = escalate_overdue_disputes(session=ledger, as_of=dispute.sla_due + timedelta(days=1))
    assert (escalation.kind, escalation.dispute_id) == ("dispute_sla", dispute.id)
    assert escalate_overdue_disputes(session=ledger, as_of=dispute.sla_due + timedelta(days=2)) == []
