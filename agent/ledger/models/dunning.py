"""What the reminder cadence has done: which stage went out for which invoice, once per day."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from agent.ledger.models.types import created_field


class ReminderLog(SQLModel, table=True):
    """A cadence stage reminded for one invoice; each stage goes out at most once per invoice."""

    __table_args__ = (sa.UniqueConstraint("invoice_id", "stage", name="uq_reminder_invoice_stage"),)
    id: int | None = Field(default=None, primary_key=True)
    invoice_id: int = Field(foreign_key="invoice.id", index=True)
    customer_id: str = Field(foreign_key="customer.id", index=True, max_length=64)
    stage: str = Field(max_length=40)
    run_date: date
    draft_id: int | None = Field(default=None, foreign_key="draft.id")
    created_at: datetime = created_field()


class DunningRun(SQLModel, table=True):
    """One customer's reminder for one day: the unique key makes a second run that day a no-op."""

    __table_args__ = (sa.UniqueConstraint("customer_id", "run_date", name="uq_dunning_customer_day"),)
    id: int | None = Field(default=None, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", index=True, max_length=64)
    run_date: date
    draft_id: int | None = Field(default=None, foreign_key="draft.id")
    created_at: datetime = created_field()
