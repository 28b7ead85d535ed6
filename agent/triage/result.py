"""The one triage result type, shared by the local engine and the LLM triage."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, ClassVar

from pydantic import BaseModel, Field


class Intent(StrEnum):
    """What a customer's message primarily is."""

    PROMISE_TO_PAY = "promise_to_pay"
    DISPUTE = "dispute"
    REMITTANCE = "remittance"
    PAYMENT_PLAN_REQUEST = "payment_plan_request"
    DOCUMENT_REQUEST = "document_request"
    REDIRECT = "redirect"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    OTHER = "other"


class DisputeReason(StrEnum):
    """Why a customer disputes an invoice."""

    PRICING = "pricing"
    QUANTITY = "quantity"
    QUALITY = "quality"
    NOT_RECEIVED = "not_received"
    DUPLICATE = "duplicate"
    BILLING_ERROR = "billing_error"
    CONTRACT_TERMS = "contract_terms"
    OTHER = "other"


class InvoiceRef(BaseModel):
    """What triage may know of one of the customer's invoices."""

    number: str
    po_number: str | None = None
    amount: Decimal
    currency: str
    open_amount: Decimal
    due_date: date | None = None
    status: str = "open"


class CustomerLedger(BaseModel):
    """The slice of the ledger triage checks facts against: one customer's invoices."""

    customer_id: str
    customer_name: str = ""
    invoices: list[InvoiceRef] = Field(default_factory=list)


class TriageResult(BaseModel):
    """Intent and facts of one message, as `arbot triage --json` prints them (plus provenance)."""

    intent: Intent
    secondary: list[Intent] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    customer_id: str | None = None
    invoice_numbers: list[str] = Field(default_factory=list)
    promised_date: date | None = None
    amount: Decimal | None = None
    currency: str | None = None
    dispute_reason: DisputeReason | None = None
    payment_reference: str | None = None
    language: str | None = None
    # Provenance and review flags: not part of the public JSON line, kept on the message.
    engine: str = "local"
    injection_suspected: bool = False
    needs_review: bool = False
    review_reasons: list[str] = Field(default_factory=list)
    tokens_used: int = 0

    PUBLIC_FIELDS: ClassVar[tuple[str, ...]] = (
        "intent", "secondary", "confidence", "customer_id", "invoice_numbers", "promised_date",
        "amount", "currency", "dispute_reason", "payment_reference", "language",
    )

    def public_dict(self) -> dict[str, Any]:
        """Return the fields of DESIGN.md's triage JSON, JSON-ready (dates ISO, amounts as str)."""
        data = self.model_dump(mode="json", include=set(self.PUBLIC_FIELDS))
        data["confidence"] = round(self.confidence, 3)
        # JSON has one number type; amounts are stated with at most a few decimals.
        data["amount"] = float(self.amount) if self.amount is not None else None
        return {key: data[key] for key in self.PUBLIC_FIELDS}
