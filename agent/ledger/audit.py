"""The audit trail: every action on the ledger records who, what, when, why and from where."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

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
