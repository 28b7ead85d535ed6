"""Disputes: a customer's objection to some invoices, which holds those invoices only."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, col, select

from agent.ledger import audit
from agent.ledger.errors import NotFound, ValidationFailed
from agent.ledger.escalations import EscalationKind, open_escalation
from agent.ledger.models import (
    Dispute,
    DisputeInvoice,
    DisputeStatus,
    Escalation,
    Invoice,
    Role,
    User,
    utcnow,
)
from agent.ledger.scoping import customer_invoices, require_customer, single_currency
from agent.triage.result import DisputeReason

_UNSET = object()


def dispute_invoices(*, session: Session, dispute_id: int) -> list[Invoice]:
    """Return the invoices a dispute covers, oldest due first."""
    return list(session.exec(
        select(Invoice).join(DisputeInvoice, col(DisputeInvoice.invoice_id) == Invoice.id)
        .where(DisputeInvoice.dispute_id == dispute_id)
        .order_by(col(Invoice.due_date), col(Invoice.number))).all())


def _default_owner(session: Session) -> int | None:
    """Return the active specialist with the fewest open disputes (None if there is none)."""
    open_count = (sa.select(sa.func.count()).select_from(Dispute)
                  .where(col(Dispute.owner_user_id) == col(User.id),
                         col(Dispute.status) == DisputeStatus.OPEN)
                  .scalar_subquery())
    row = session.exec(select(User.id).where(User.role == Role.SPECIALIST, User.active == True)  # noqa: E712
                       .order_by(open_count, col(User.id))).first()
    return row


def log_dispute(
    *,
    session: Session,
    customer_id: str,
    invoice_numbers: Sequence[str],
    reason: DisputeReason | str,
    amount: Decimal | None = None,
    currency: str | None = None,
    customer_words: str | None = None,
    owner_user_id: int | None = None,
    sla_days: int,
    as_of: date,
    actor: str,
    message_id: int | None = None,
) -> Dispute:
    """Open a dispute on named invoices of the customer, with an owner and an SLA date.

    Idempotent per message: the same message disputing the same invoices returns the earlier
    dispute. Without an owner, the specialist with the fewest open disputes gets it.
    """
    require_customer(session=session, customer_id=customer_id)
    try:
        reason = DisputeReason(str(reason).strip().lower())
    except ValueError as e:
        raise ValidationFailed(f"unknown dispute reason {reason!r}; one of "
                               f"{', '.join(r.value for r in DisputeReason)}") from e
    invoices = customer_invoices(session=session, customer_id=customer_id, numbers=invoice_numbers)
    if not invoices:
        raise ValidationFailed("a dispute must name at least one of the customer's invoices")
    if amount is not None and amount <= 0:
        raise ValidationFailed("a disputed amount must be positive")
    currency = (currency or "").strip().upper() or (single_currency(invoices) if amount is not None else None)
    invoice_ids = {i.id for i in invoices}
    if message_id is not None:
        for earlier in session.exec(select(Dispute).where(
                Dispute.customer_id == customer_id, Dispute.source_message_id == message_id)):
            if {i.id for i in dispute_invoices(session=session, dispute_id=earlier.id)} == invoice_ids:  # type: ignore[arg-type]
                return earlier
    if owner_user_id is not None and session.get(User, owner_user_id) is None:
        raise NotFound(f"user {owner_user_id} not found")
    sla_due = as_of + timedelta(days=sla_days)
    dispute = Dispute(
        customer_id=customer_id, reason=reason.value, amount=amount, currency=currency,
        customer_words=(customer_words or "").strip()[:4000] or None,
        owner_user_id=owner_user_id if owner_user_id is not None else _default_owner(session),
        sla_due=sla_due, source_message_id=message_id,
    )
    session.add(dispute)
    session.flush()
    for invoice in invoices:
        session.add(DisputeInvoice(dispute_id=dispute.id, invoice_id=invoice.id))  # type: ignore[arg-type]
    audit.record(session=session, actor=actor, action="dispute.logged", entity="dispute",
                 entity_id=dispute.id, customer_id=customer_id, message_id=message_id,
                 reason=reason.value,
                 details={"invoices": [i.number for i in invoices],
                          "amount": None if amount is None else str(amount), "currency": currency,
                          "owner_user_id": dispute.owner_user_id, "sla_due": sla_due.isoformat()})
    return dispute


def get_dispute(*, session: Session, dispute_id: int) -> Dispute:
    """Return the dispute or raise NotFound."""
    dispute = session.get(Dispute, dispute_id)
    if dispute is None:
        raise NotFound(f"dispute {dispute_id} not found")
    return dispute


def update_dispute(
    *,
    session: Session,
    dispute_id: int,
    actor: str,
    status: DisputeStatus | None = None,
    owner_user_id: int | None | object = _UNSET,
    sla_due: date | None = None,
    resolution: str | None = None,
    message_id: int | None = None,
) -> Dispute:
    """Change a dispute's owner, SLA date or status; closing it needs a resolution."""
    dispute = get_dispute(session=session, dispute_id=dispute_id)
    status = None if status is None else DisputeStatus(status)
    changes: dict[str, str | int | None] = {}
    if owner_user_id is not _UNSET:
        if owner_user_id is not None and session.get(User, owner_user_id) is None:
            raise NotFound(f"user {owner_user_id} not found")
        dispute.owner_user_id = owner_user_id  # type: ignore[assignment]
        changes["owner_user_id"] = owner_user_id  # type: ignore[assignment]
    if sla_due is not None:
        dispute.sla_due = sla_due
        changes["sla_due"] = sla_due.isoformat()
    if status is not None and status != dispute.status:
        if status != DisputeStatus.OPEN and not (resolution or "").strip():
            raise ValidationFailed(f"closing dispute {dispute_id} as {status.value} needs a resolution")
        dispute.status = status
        dispute.resolved_at = None if status == DisputeStatus.OPEN else utcnow()
        changes["status"] = status.value
    if resolution is not None:
        dispute.resolution = resolution.strip() or None
        changes["resolution"] = dispute.resolution
    if not changes:
        raise ValidationFailed("nothing to change")
    audit.record(session=session, actor=actor, action="dispute.updated", entity="dispute",
                 entity_id=dispute.id, customer_id=dispute.customer_id, message_id=message_id,
                 reason=dispute.resolution, details=changes)
    return dispute


def resolve_dispute(*, session: Session, dispute_id: int, actor: str, resolution: str,
                    rejected: bool = False) -> Dispute:
    """Close a dispute as resolved (or rejected); its invoices are reminded again."""
    status = DisputeStatus.REJECTED if rejected else DisputeStatus.RESOLVED
    return update_dispute(session=session, dispute_id=dispute_id, actor=actor, status=status,
                          resolution=resolution)


def list_disputes(
    *, session: Session, customer_id: str | None = None, status: DisputeStatus | None = None
) -> Sequence[Dispute]:
    """Return disputes, newest first, of one customer or all, optionally by status."""
    query = select(Dispute).order_by(col(Dispute.id).desc())
    if customer_id is not None:
        query = query.where(Dispute.customer_id == customer_id)
    if status is not None:
        query = query.where(Dispute.status == status)
    return session.exec(query).all()


def escalate_overdue_disputes(*, session: Session, as_of: date, actor: str = "scheduler") -> list[Escalation]:
    """Open one escalation for each open dispute past its SLA date that has none yet."""
    escalated = select(Escalation.dispute_id).where(
        Escalation.kind == EscalationKind.DISPUTE_SLA.value, col(Escalation.dispute_id).is_not(None))
    overdue = session.exec(select(Dispute).where(
        Dispute.status == DisputeStatus.OPEN, col(Dispute.sla_due) < as_of,
        col(Dispute.id).not_in(escalated)).order_by(col(Dispute.id))).all()
    return [open_escalation(session=session, customer_id=d.customer_id, kind=EscalationKind.DISPUTE_SLA,
                            actor=actor, dispute_id=d.id, message_id=d.source_message_id,
                            reason=f"dispute {d.id} ({d.reason}) open past its SLA date {d.sla_due}")
            for d in overdue]
