"""Customers, their contacts, invoices, payments and how payments were applied."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from agent.ledger.models.types import created_field, instant_field, money_field


class InvoiceStatus(StrEnum):
    OPEN = "open"
    PAID = "paid"
    VOID = "void"


class ContactStatus(StrEnum):
    ACTIVE = "active"
    BOUNCED = "bounced"
    INACTIVE = "inactive"


class Customer(SQLModel, table=True):
    """A customer, keyed by the id the ledger (ERP) gives it, e.g. "C001"."""

    id: str = Field(primary_key=True, max_length=64)
    name: str = Field(max_length=300)
    language: str | None = Field(default=None, max_length=8)
    timezone: str | None = Field(default=None, max_length=64)
    manual: bool = Field(default=False, description="Never send automatic email")
    created_at: datetime = created_field()
    updated_at: datetime | None = instant_field()


class Contact(SQLModel, table=True):
    """An email address that speaks for a customer (a person, a shared AP box, a portal)."""

    __table_args__ = (sa.UniqueConstraint("customer_id", "email"),)
    id: int | None = Field(default=None, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", index=True, max_length=64)
    email: str = Field(index=True, max_length=320)
    name: str | None = Field(default=None, max_length=200)
    role: str = Field(default="billing", sa_type=sa.String(16), max_length=40)
    status: ContactStatus = Field(default=ContactStatus.ACTIVE, sa_type=sa.String(16), max_length=16)
    is_primary: bool = False
    note: str | None = None
    created_at: datetime = created_field()


class Invoice(SQLModel, table=True):
    """An invoice; open balance is amount less paid_amount while status is open."""

    __table_args__ = (
        sa.Index("ix_invoice_status_due", "status", "due_date"),
        sa.Index("ix_invoice_customer_status", "customer_id", "status"),
    )
    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True, max_length=64)
    customer_id: str = Field(foreign_key="customer.id", max_length=64)
    po_number: str | None = Field(default=None, max_length=64, index=True)
    issue_date: date
    due_date: date
    currency: str = Field(max_length=3)
    amount: Decimal = money_field()
    # Sum of payment applications, kept in step by the payment services in the same
    # transaction, so that aging is one GROUP BY over this table.
    paid_amount: Decimal = money_field(default=Decimal("0"))
    status: InvoiceStatus = Field(default=InvoiceStatus.OPEN, sa_type=sa.String(16), max_length=8)
    created_at: datetime = created_field()
    updated_at: datetime | None = instant_field()


class Payment(SQLModel, table=True):
    """Money received from a customer, applied to invoices in whole or in part."""

    id: int | None = Field(default=None, primary_key=True)
    external_id: str = Field(unique=True, max_length=100)
    customer_id: str = Field(foreign_key="customer.id", index=True, max_length=64)
    received_date: date
    currency: str = Field(max_length=3)
    amount: Decimal = money_field()
    unapplied_amount: Decimal = money_field(default=Decimal("0"))
    reference: str | None = Field(default=None, max_length=200)
    source_message_id: int | None = Field(default=None, foreign_key="mailmessage.id")
    created_at: datetime = created_field()


class PaymentApplication(SQLModel, table=True):
    """How much of a payment went to which invoice, and when."""

    id: int | None = Field(default=None, primary_key=True)
    payment_id: int = Field(foreign_key="payment.id", index=True)
    invoice_id: int = Field(foreign_key="invoice.id", index=True)
    applied_on: date = Field(index=True)
    amount: Decimal = money_field()
    created_at: datetime = created_field()
