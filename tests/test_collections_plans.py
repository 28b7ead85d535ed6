"""Payment plans within and beyond policy, and escalations only managers resolve."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlmodel import Session, select

from agent.ledger.errors import ValidationFailed
from agent.ledger.escalations import PermissionDenied, list_escalations, open_escalation, resolve_escalation
from agent.ledger.models import EscalationStatus, PlanStatus, Role
from agent.ledger.plans import PlanPolicy, approve_plan, build_schedule, plan_instalments, propose_payment_plan
from tests.collections_helpers import AS_OF, add_message, add_user, seed_ledger


@pytest.fixture
def ledger(session: Session) -> Session:
    seed_ledger(session)
    return session


def _plan(session: Session, instalments: int, first: str | None = None, interval_days: int = 30,
          message_id: int | None = None):  # type: ignore[no-untyped-def]
    plan = propose_payment_plan(session=session, customer_id="C1", invoice_numbers=("INV-100", "INV-101"),
                                instalments=instalments, first_payment=None if first is None else Decimal(first),
                                start_date=AS_OF, interval_days=interval_days, actor="agent:test",
                                message_id=message_id)
    session.commit()
    return plan


def test_plan_within_policy_has_a_schedule_and_no_escalation(ledger: Session) -> None:
    message_id = add_message(ledger, "C1")
    plan = _plan(ledger, 4, first="400", message_id=message_id)
    assert (plan.status, plan.within_policy, plan.total, plan.currency) == (
        PlanStatus.PROPOSED, True, Decimal("1250.00"), "USD")
    schedule = [(i.due_date, i.amount) for i in plan_instalments(session=ledger, plan_id=plan.id)]
    assert schedule == [(AS_OF, Decimal("400.00")), (AS_OF + timedelta(days=30), Decimal("283.33")),
                        (AS_OF + timedelta(days=60), Decimal("283.33")),
                        (AS_OF + timedelta(days=90), Decimal("283.34"))]
    assert list_escalations(session=ledger) == []
    specialist = add_user(ledger, "ana", Role.SPECIALIST)
    assert approve_plan(session=ledger, plan_id=plan.id, user=specialist).status == PlanStatus.ACTIVE
    assert _plan(ledger, 4, first="400", message_id=message_id).id == plan.id  # same message: same plan


@pytest.mark.parametrize(("instalments", "first", "interval", "breach"), [
    (8, None, 20, "8 instalments"),
    (3, "100", 30, "first payment 100.00 below the minimum 250.00"),
    (6, None, 45, "term of 225 days"),
])
def test_plan_beyond_policy_is_proposed_and_escalated_to_a_manager(
        ledger: Session, instalments: int, first: str | None, interval: int, breach: str) -> None:
    plan = _plan(ledger, instalments, first=first, interval_days=interval)
    assert (plan.status, plan.within_policy) == (PlanStatus.PROPOSED, False)
    (escalation,) = list_escalations(session=ledger, status=EscalationStatus.OPEN)
    assert (escalation.kind, escalation.plan_id) == ("plan_beyond_policy", plan.id)
    assert breach in escalation.reason
    with pytest.raises(PermissionDenied):
        approve_plan(session=ledger, plan_id=plan.id, user=add_user(ledger, "ana", Role.SPECIALIST))
    manager = add_user(ledger, "maria", Role.MANAGER)
    assert approve_plan(session=ledger, plan_id=plan.id, user=manager).status == PlanStatus.ACTIVE


def test_schedule_rejects_nonsense() -> None:
    with pytest.raises(ValidationFailed):
        build_schedule(total=Decimal("100"), instalments=0, first_payment=None, start_date=AS_OF, interval_days=30)
    with pytest.raises(ValidationFailed):
        build_schedule(total=Decimal("100"), instalments=2, first_payment=Decimal("100"), start_date=AS_OF,
                       interval_days=30)
    assert PlanPolicy().max_instalments == 6


def test_only_a_manager_resolves_an_escalation(ledger: Session) -> None:
    escalation = open_escalation(session=ledger, customer_id="C1", kind="agent", reason="legal threat",
                                 actor="agent:test")
    with pytest.raises(PermissionDenied):
        resolve_escalation(session=ledger, escalation_id=escalation.id, user=add_user(ledger, "ana", Role.SPECIALIST),
                           resolution="done")
    resolved = resolve_escalation(session=ledger, escalation_id=escalation.id,
                                  user=add_user(ledger, "maria", Role.MANAGER), resolution="called them")
    ledger.commit()
    assert (resolved.status, resolved.resolution) == (EscalationStatus.RESOLVED, "called them")
    assert list_escalations(session=ledger, status=EscalationStatus.OPEN) == []
    assert resolved.resolved_at is not None
    assert ledger.exec(select(type(resolved))).one().resolved_by_user_id is not None
