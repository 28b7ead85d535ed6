"""Escalations: what a manager must look at; only a manager resolves one."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from sqlmodel import Session, col, select

from agent.ledger import audit
from agent.ledger.errors import LedgerError, NotFound, ValidationFailed
from agent.ledger.models import Escalation, EscalationStatus, Role, User, utcnow


class PermissionDenied(LedgerError):
    """The user's role does not allow this action (e.g. a specialist resolving an escalation)."""


class EscalationKind(StrEnum):
    BROKEN_PROMISE = "broken_promise"
    DISPUTE_SLA = "dispute_sla"
    PLAN_BEYOND_POLICY = "plan_beyond_policy"
    CASH_APPLICATION = "cash_application"   # a payment a person must apply
    SHORT_PAYMENT = "short_payment"         # applied, but a remainder stays open
    CONTACT = "contact"                     # bounced or unverified contact
    AGENT = "agent"                         # the agent asked for a person


def open_escalation(
    *,
    session: Session,
    customer_id: str | None,
    kind: EscalationKind | str,
    reason: str,
    actor: str,
    message_id: int | None = None,
    promise_id: int | None = None,
    dispute_id: int | None = None,
    plan_id: int | None = None,
) -> Escalation:
    """Open an escalation for managers and record it in the audit trail."""
    kind = str(kind).strip()
    if not kind or len(kind) > 40:
        raise ValidationFailed("an escalation kind must be 1 to 40 characters")
    if not reason.strip():
        raise ValidationFailed("an escalation needs a reason")
    escalation = Escalation(
        customer_id=customer_id, kind=kind, reason=reason.strip(), promise_id=promise_id,
        dispute_id=dispute_id, plan_id=plan_id, source_message_id=message_id,
    )
    session.add(escalation)
    session.flush()
    audit.record(session=session, actor=actor, action="escalation.opened", entity="escalation",
                 entity_id=escalation.id, customer_id=customer_id, message_id=message_id,
                 reason=escalation.reason, details={"kind": kind})
    return escalation


def open_escalation_once(
    *, session: Session, customer_id: str, kind: EscalationKind | str, reason: str, actor: str,
    message_id: int | None = None,
) -> Escalation | None:
    """Open an escalation of this kind for the customer unless one is open already; None then."""
    if list_escalations(session=session, status=EscalationStatus.OPEN, customer_id=customer_id,
                        kind=str(kind)):
        return None
    return open_escalation(session=session, customer_id=customer_id, kind=kind, reason=reason, actor=actor,
                           message_id=message_id)


def list_escalations(
    *,
    session: Session,
    status: EscalationStatus | None = None,
    customer_id: str | None = None,
    kind: str | None = None,
) -> Sequence[Escalation]:
    """Return escalations, newest first, filtered as asked."""
    query = select(Escalation).order_by(col(Escalation.id).desc())
    if status is not None:
        query = query.where(Escalation.status == status)
    if customer_id is not None:
        query = query.where(Escalation.customer_id == customer_id)
    if kind is not None:
        query = query.where(Escalation.kind == kind)
    return session.exec(query).all()


def get_escalation(*, session: Session, escalation_id: int) -> Escalation:
    """Return the escalation or raise NotFound."""
    escalation = session.get(Escalation, escalation_id)
    if escalation is None:
        raise NotFound(f"escalation {escalation_id} not found")
    return escalation


def resolve_escalation(*, session: Session, escalation_id: int, user: User, resolution: str) -> Escalation:
    """Resolve an open escalation; only an active manager may (PermissionDenied otherwise)."""
    if user.role != Role.MANAGER or not user.active:
        raise PermissionDenied(f"user {user.name} is not a manager; only managers resolve escalations")
    escalation = get_escalation(session=session, escalation_id=escalation_id)
    if escalation.status != EscalationStatus.OPEN:
        raise ValidationFailed(f"escalation {escalation_id} is already {escalation.status}")
    if not resolution.strip():
        raise ValidationFailed("a resolution is required")
    escalation.status = EscalationStatus.RESOLVED
    escalation.resolution = resolution.strip()
    escalation.resolved_by_user_id = user.id
    escalation.resolved_at = utcnow()
    audit.record(session=session, actor=f"user:{user.name}", action="escalation.resolved",
                 entity="escalation", entity_id=escalation.id, customer_id=escalation.customer_id,
                 reason=escalation.resolution, details={"kind": escalation.kind})
    return escalation
