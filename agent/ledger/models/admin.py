"""Users, their API tokens, and the audit trail."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from agent.ledger.models.types import created_field, instant_field


class Role(StrEnum):
    SPECIALIST = "specialist"
    MANAGER = "manager"


class User(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=100)
    role: Role = Field(sa_type=sa.String(16), max_length=16)
    password_hash: str | None = Field(default=None, max_length=200)
    active: bool = True
    created_at: datetime = created_field()


class ApiToken(SQLModel, table=True):
    """A bearer token; only its SHA-256 is stored, the token is shown once."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    token_hash: str = Field(unique=True, max_length=64)
    created_at: datetime = created_field()
    last_used_at: datetime | None = instant_field()
    revoked: bool = False


class AuditEvent(SQLModel, table=True):
    """Who or what did what to the ledger, when, why, and from which message."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = created_field()
    actor: str = Field(max_length=100, description='e.g. "user:alice", "import", "agent:local"')
    action: str = Field(max_length=60, index=True)
    entity: str = Field(max_length=40)
    entity_id: str | None = Field(default=None, max_length=100)
    customer_id: str | None = Field(default=None, max_length=64, index=True)
    message_id: int | None = Field(default=None, foreign_key="mailmessage.id", index=True)
    reason: str | None = None
    details: dict[str, Any] | None = Field(default=None, sa_column=sa.Column(sa.JSON))
