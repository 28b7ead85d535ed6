"""Column types shared by the ledger tables: money as Decimal, timestamps always tz-aware."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlmodel import Field

# 18 digits before the point and 4 after: enough for INR and IDR totals and 3-decimal currencies.
MONEY = sa.Numeric(22, 4, asdecimal=True)


class UTCDateTime(sa.TypeDecorator[datetime]):
    """Store instants as UTC; read them back timezone-aware on SQLite as on PostgreSQL."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a timezone-aware column")
        value = value.astimezone(UTC)
        # SQLite keeps no zone: store naive UTC there, aware elsewhere.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    """Return the current instant, timezone-aware."""
    return datetime.now(UTC)


def money_field(*, default: Decimal | None = None, nullable: bool = False, **kw: Any) -> Any:
    """Return a SQLModel Field for a money amount (Decimal, never float)."""
    return Field(default=default, sa_column=sa.Column(MONEY, nullable=nullable), **kw)


def created_field() -> Any:
    """Return a creation timestamp Field, set now and stored as UTC."""
    return Field(default_factory=utcnow, sa_column=sa.Column(UTCDateTime(), nullable=False))


def instant_field(*, nullable: bool = True, index: bool = False) -> Any:
    """Return an optional timestamp Field stored as UTC."""
    return Field(default=None, sa_column=sa.Column(UTCDateTime(), nullable=nullable, index=index))
