"""Response shapes of the API. Money is exact in the database and a JSON number here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, PlainSerializer

Money = Annotated[Decimal, PlainSerializer(lambda d: float(d), return_type=float, when_used="json")]


class ContactOut(BaseModel):
    email: str
    name: str | None
    role: str
    status: str
    is_primary: bool


class BalanceOut(BaseModel):
    currency: str
    open_amount: Money
    open_invoices: int


class CustomerOut(BaseModel):
    customer_id: str
    name: str
    manual: bool
    contacts: list[ContactOut]
    balances: list[BalanceOut]


class InvoiceOut(BaseModel):
    number: str
    customer_id: str
    po_number: str | None
    issue_date: date
    due_date: date
    currency: str
    amount: Money
    paid_amount: Money
    open_amount: Money
    status: str
