"""Payment plans: an instalment schedule for some of a customer's invoices, within a policy.

A plan inside the policy is proposed for a specialist to approve; one beyond it (too many
instalments, too small a first payment, too long a term) is proposed with within_policy False
and an escalation, and only a manager may approve it. An active plan replaces the reminder
cadence of its invoices with instalment reminders.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

from sqlmodel import Session, col, select

from agent.ledger import audit
from agent.ledger.errors import NotFound, ValidationFailed
from agent.ledger.escalations import EscalationKind, PermissionDenied, open_escalation
from agent.ledger.models import (
    Instalment,
    Invoice,
    PaymentPlan,
    PlanInvoice,
    PlanStatus,
    Role,
    User,
)
from agent.ledger.scoping import customer_invoices, open_invoices, require_customer, single_currency

CENT = Decimal("0.01")
MAX_INSTALMENTS = 60  # a hard sanity bound; the policy decides what is acceptable


@dataclass(frozen=True)
class PlanPolicy:
    """What a specialist may agree to without a manager."""

    max_instalments: int = 6
    min_first_payment_ratio: Decimal = Decimal("0.2")
    max_term_days: int = 180


def build_schedule(*, total: Decimal, instalments: int, first_payment: Decimal | None,
                   start_date: date, interval_days: int) -> list[tuple[date, Decimal]]:
    """Return (due date, amount) per instalment; the last absorbs the rounding."""
    if instalments < 1 or instalments > MAX_INSTALMENTS:
        raise ValidationFailed(f"instalments must be between 1 and {MAX_INSTALMENTS}")
    if interval_days < 1:
        raise ValidationFailed("instalments must be at least a day apart")
    if instalments == 1:
        return [(start_date, total)]
    first = (first_payment if first_payment is not None
             else (total / instalments).quantize(CENT, ROUND_DOWN)).quantize(CENT)
    if first <= 0 or first >= total:
        raise ValidationFailed(f"a first payment must be more than 0 and less than the total {total}")
    each = ((total - first) / (instalments - 1)).quantize(CENT, ROUND_DOWN)
    amounts = [first] + [each] * (instalments - 2)
    amounts.append(total - sum(amounts, Decimal("0")))
    return [(start_date + timedelta(days=interval_days * k), a) for k, a in enumerate(amounts)]


def policy_breaches(*, policy: PlanPolicy, total: Decimal, schedule: list[tuple[date, Decimal]]) -> list[str]:
    """Return why a schedule is beyond the policy (empty when within it)."""
    breaches = []
    if len(schedule) > policy.max_instalments:
        breaches.append(f"{len(schedule)} instalments, policy allows {policy.max_instalments}")
    minimum = (total * policy.min_first_payment_ratio).quantize(CENT)
    if schedule[0][1] < minimum:
        breaches.append(f"first payment {schedule[0][1]} below the minimum {minimum}")
    term = (schedule[-1][0] - schedule[0][0]).days
    if term > policy.max_term_days:
        breaches.append(f"term of {term} days, policy allows {policy.max_term_days}")
    return breaches


def plan_invoices(*, session: Session, plan_id: int) -> list[Invoice]:
    """Return the invoices a plan covers, oldest due first."""
    return list(session.exec(
        select(Invoice).join(PlanInvoice, col(PlanInvoice.invoice_id) == Invoice.id)
        .where(PlanInvoice.plan_id == plan_id).order_by(col(Invoice.due_date))).all())


def plan_instalments(*, session: Session, plan_id: int) -> list[Instalment]:
    """Return a plan's instalments in order."""
    return list(session.exec(select(Instalment).where(Instalment.plan_id == plan_id)
                             .order_by(col(Instalment.seq))).all())


def propose_payment_plan(
    *,
    session: Session,
    customer_id: str,
    invoice_numbers: Sequence[str],
    instalments: int,
    first_payment: Decimal | None = None,
    start_date: date,
    interval_days: int = 30,
    policy: PlanPolicy = PlanPolicy(),
    actor: str,
    message_id: int | None = None,
) -> PaymentPlan:
    """Propose a plan over the named open invoices (all open ones when none are named).

    Beyond policy, the plan is proposed with within_policy False and a manager escalation.
    Idempotent per message: the same message proposing on the same invoices returns that plan.
    """
    require_customer(session=session, customer_id=customer_id)
    invoices = customer_invoices(session=session, customer_id=customer_id, numbers=invoice_numbers,
                                 open_only=True) or open_invoices(session=session, customer_id=customer_id)
    if not invoices:
        raise ValidationFailed(f"customer {customer_id} has no open invoices for a plan")
    currency = single_currency(invoices)
    if currency is None:
        raise ValidationFailed("a payment plan covers invoices of one currency; name them")
    invoice_ids = {i.id for i in invoices}
    if message_id is not None:
        for earlier in session.exec(select(PaymentPlan).where(
                PaymentPlan.customer_id == customer_id, PaymentPlan.source_message_id == message_id)):
            if {i.id for i in plan_invoices(session=session, plan_id=earlier.id)} == invoice_ids:  # type: ignore[arg-type]
                return earlier
    total = sum((i.amount - i.paid_amount for i in invoices), Decimal("0"))
    schedule = build_schedule(total=total, instalments=instalments, first_payment=first_payment,
                              start_date=start_date, interval_days=interval_days)
    breaches = policy_breaches(policy=policy, total=total, schedule=schedule)
    plan = PaymentPlan(customer_id=customer_id, currency=currency, total=total,
                       status=PlanStatus.PROPOSED, within_policy=not breaches,
                       source_message_id=message_id)
    session.add(plan)
    session.flush()
    for invoice in invoices:
        session.add(PlanInvoice(plan_id=plan.id, invoice_id=invoice.id))  # type: ignore[arg-type]
    for seq, (due, amount) in enumerate(schedule, start=1):
        session.add(Instalment(plan_id=plan.id, seq=seq, due_date=due, amount=amount))  # type: ignore[arg-type]
    audit.record(session=session, actor=actor, action="plan.proposed", entity="paymentplan",
                 entity_id=plan.id, customer_id=customer_id, message_id=message_id,
                 reason="; ".join(breaches) or "within policy",
                 details={"invoices": [i.number for i in invoices], "total": str(total),
                          "currency": currency, "instalments": len(schedule),
                          "within_policy": not breaches})
    if breaches:
        open_escalation(session=session, customer_id=customer_id, kind=EscalationKind.PLAN_BEYOND_POLICY,
                        actor=actor, plan_id=plan.id, message_id=message_id,
                        reason=f"payment plan {plan.id} beyond policy: " + "; ".join(breaches))
    session.flush()
    return plan


def approve_plan(*, session: Session, plan_id: int, user: User) -> PaymentPlan:
    """Activate a proposed plan; a plan beyond policy needs a manager (PermissionDenied)."""
    plan = session.get(PaymentPlan, plan_id)
    if plan is None:
        raise NotFound(f"payment plan {plan_id} not found")
    if plan.status != PlanStatus.PROPOSED:
        raise ValidationFailed(f"payment plan {plan_id} is {plan.status}, not proposed")
    if not user.active or (not plan.within_policy and user.role != Role.MANAGER):
        raise PermissionDenied(f"payment plan {plan_id} is beyond policy; a manager must approve it")
    plan.status = PlanStatus.ACTIVE
    plan.approved_by_user_id = user.id
    audit.record(session=session, actor=f"user:{user.name}", action="plan.approved",
                 entity="paymentplan", entity_id=plan.id, customer_id=plan.customer_id)
    return plan


def current_plan(*, session: Session, customer_id: str) -> PaymentPlan | None:
    """Return the customer's newest active plan, else its newest proposed one, else None."""
    for status in (PlanStatus.ACTIVE, PlanStatus.PROPOSED):
        plan = session.exec(select(PaymentPlan).where(
            PaymentPlan.customer_id == customer_id, PaymentPlan.status == status)
            .order_by(col(PaymentPlan.id).desc())).first()
        if plan is not None:
            return plan
    return None
