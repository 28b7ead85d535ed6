"""The audit trail: every action on the ledger records who, what, when, why and from where."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, col, select

from agent.ledger.models import AuditEvent


def record(
    *,
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: str | int | None = None,
    customer_id: str | None = None,
    message_id: int | None = None,
    reason: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add an audit event to the session (committed with the change it describes)."""
    event = AuditEvent(
        actor=actor,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        customer_id=customer_id,
        message_id=message_id,
        reason=reason,
        details=details,
    )
    session.add(event)
    return event


def list_events(
    *,
    session: Session,
    customer_id: str | None = None,
    message_id: int | None = None,
    action: str | None = None,
    limit: int = 200,
) -> Sequence[AuditEvent]:
    """Return audit events, newest first, filtered as asked."""
    query = select(AuditEvent).order_by(col(AuditEvent.id).desc()).limit(limit)
    if customer_id is not None:
        query = query.where(AuditEvent.customer_id == customer_id)
    if message_id is not None:
        query = query.where(AuditEvent.message_id == message_id)
    if action is not None:
        query = query.where(AuditEvent.action == action)
    return session.exec(query).all()
