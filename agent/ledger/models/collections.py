"""Promises to pay, disputes, payment plans, supporting documents and escalations."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from agent.ledger.models.types import created_field, instant_field, money_field


class PromiseStatus(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    PARTLY_KEPT = "partly_kept"
    BROKEN = "broken"
    CANCELLED = "cancelled"


class DisputeStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"
    REJECTED = "rejected"


class PlanStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    COMPLETED = "completed"
    DEFAULTED = "defaulted"
    REJECTED = "rejected"


class EscalationStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class Promise(SQLModel, table=True):
    """A customer's promise to pay; a promise without a date is still a promise."""

    id: int | None = Field(default=None, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", index=True, max_length=64)
    promised_date: date | None = None
    amount: Decimal | None = money_field(nullable=True)
    currency: str | None = Field(default=None, max_length=3)
    status: PromiseStatus = Field(default=PromiseStatus.OPEN, sa_type=sa.String(16), max_length=16)
    hold_until: date | None = Field(default=None, description="Reminders paused until this day")
    source_message_id: int | None = Field(default=None, foreign_key="mailmessage.id")
    note: str | None = None
    created_at: datetime = created_field()
    closed_at: datetime | None = instant_field()


class PromiseInvoice(SQLModel, table=True):
    promise_id: int = Field(foreign_key="promise.id", primary_key=True)
    invoice_id: int = Field(foreign_key="invoice.id", primary_key=True)


class Dispute(SQLModel, table=True):
    """A customer's objection to one or more invoices; holds only the disputed invoices."""

    id: int | None = Field(default=None, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", index=True, max_length=64)
    reason: str = Field(max_length=32)
    amount: Decimal | None = money_field(nullable=True)
    currency: str | None = Field(default=None, max_length=3)
    customer_words: str | None = None
    status: DisputeStatus = Field(default=DisputeStatus.OPEN, sa_type=sa.String(16), max_length=16)
    owner_user_id: int | None = Field(default=None, foreign_key="user.id")
    sla_due: date | None = None
    resolution: str | None = None
    source_message_id: int | None = Field(default=None, foreign_key="mailmessage.id")
    created_at: datetime = created_field()
    resolved_at: datetime | None = instant_field()


class DisputeInvoice(SQLModel, table=True):
    dispute_id: int = Field(foreign_key="dispute.id", primary_key=True)
    invoice_id: int = Field(foreign_key="invoice.id", primary_key=True)


class PaymentPlan(SQLModel, table=True):
    """Instalments that replace the reminder cadence for a customer's invoices."""

    id: int | None = Field(default=None, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", index=True, max_length=64)
    currency: str = Field(max_length=3)
    total: Decimal = money_field()
    status: PlanStatus = Field(default=PlanStatus.PROPOSED, sa_type=sa.String(16), max_length=16)
    within_policy: bool = True
    source_message_id: int | None = Field(default=None, foreign_key="mailmessage.id")
    approved_by_user_id: int | None = Field(default=None, foreign_key="user.id")
    created_at: datetime = created_field()


class PlanInvoice(SQLModel, table=True):
    plan_id: int = Field(foreign_key="paymentplan.id", primary_key=True)
    invoice_id: int = Field(foreign_key="invoice.id", primary_key=True)


class Instalment(SQLModel, table=True):
    __table_args__ = (sa.UniqueConstraint("plan_id", "seq"),)
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="paymentplan.id", index=True)
    seq: int
    due_date: date
    amount: Decimal = money_field()
    paid_amount: Decimal = money_field(default=Decimal("0"))


class Document(SQLModel, table=True):
    """A supporting document: invoice copy, proof of delivery, timesheet, W-9, bank letter."""

    id: int | None = Field(default=None, primary_key=True)
    customer_id: str | None = Field(default=None, foreign_key="customer.id", index=True)
    invoice_id: int | None = Field(default=None, foreign_key="invoice.id", index=True)
    kind: str = Field(max_length=40)
    filename: str = Field(max_length=255)
    content_type: str = Field(max_length=120)
    content: bytes = Field(sa_column=sa.Column(sa.LargeBinary, nullable=False))
    created_at: datetime = created_field()


class Escalation(SQLModel, table=True):
    """Something a manager must look at: broken promise, large dispute, plan beyond policy."""

    id: int | None = Field(default=None, primary_key=True)
    customer_id: str | None = Field(default=None, foreign_key="customer.id", index=True)
    kind: str = Field(max_length=40)
    reason: str
    status: EscalationStatus = Field(default=EscalationStatus.OPEN, sa_type=sa.String(16), max_length=16)
    promise_id: int | None = Field(default=None, foreign_key="promise.id")
    dispute_id: int | None = Field(default=None, foreign_key="dispute.id")
    plan_id: int | None = Field(default=None, foreign_key="paymentplan.id")
    source_message_id: int | None = Field(default=None, foreign_key="mailmessage.id")
    resolved_by_user_id: int | None = Field(default=None, foreign_key="user.id")
    resolution: str | None = None
    created_at: datetime = created_field()
    resolved_at: datetime | None = instant_field()
