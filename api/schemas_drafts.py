"""Request and response shapes of the approval inbox and the collections views."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from agent.ledger.models import DisputeStatus
from api.schemas import Money

OneLine = Annotated[str, StringConstraints(min_length=1, max_length=500, pattern=r"^[^\r\n]*$")]


class MessageOut(BaseModel):
    id: int
    from_addr: str | None
    subject: str | None
    date: datetime | None
    new_text: str
    attachments: list[str]


class AttachmentOut(BaseModel):
    id: int
    kind: str
    filename: str
    content_type: str


class DraftOut(BaseModel):
    id: int
    status: str
    customer_id: str | None
    conversation_id: int | None
    intent: str | None
    language: str
    to_addrs: list[str]
    cc_addrs: list[str]
    subject: str
    body: str
    auto_send_allowed: bool
    review_reasons: list[str]
    needs_manager: bool
    actions: list[dict[str, Any]]
    attachments: list[AttachmentOut]
    message: MessageOut | None
    triage: dict[str, Any] | None
    created_at: datetime
    decided_by_user_id: int | None
    decided_at: datetime | None
    reject_reason: str | None


class ApproveIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    subject: OneLine | None = None
    body: Annotated[str, Field(min_length=1, max_length=100_000)] | None = None


class RejectIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class ApprovedOut(BaseModel):
    draft: DraftOut
    outbound_id: int
    message_id: str


class ConversationMessageOut(BaseModel):
    id: int
    direction: str
    from_addr: str | None
    subject: str | None
    date: datetime | None
    status: str
    intent: str | None


class DraftSummaryOut(BaseModel):
    id: int
    status: str
    intent: str | None
    subject: str
    reply_to_message_id: int | None


class ConversationOut(BaseModel):
    id: int
    customer_id: str | None
    subject: str
    messages: list[ConversationMessageOut]
    drafts: list[DraftSummaryOut]


class EscalationOut(BaseModel):
    id: int
    customer_id: str | None
    kind: str
    reason: str
    status: str
    promise_id: int | None
    dispute_id: int | None
    plan_id: int | None
    source_message_id: int | None
    resolved_by_user_id: int | None
    resolution: str | None
    created_at: datetime
    resolved_at: datetime | None


class ResolveIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    resolution: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class PromiseOut(BaseModel):
    id: int
    customer_id: str
    promised_date: date | None
    amount: Money | None
    currency: str | None
    status: str
    hold_until: date | None
    invoice_numbers: list[str]
    source_message_id: int | None
    created_at: datetime


class DisputeOut(BaseModel):
    id: int
    customer_id: str
    reason: str
    amount: Money | None
    currency: str | None
    customer_words: str | None
    status: str
    owner_user_id: int | None
    sla_due: date | None
    resolution: str | None
    invoice_numbers: list[str]
    source_message_id: int | None
    created_at: datetime


class DisputePatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: DisputeStatus | None = None
    owner_user_id: int | None = None
    sla_due: date | None = None
    resolution: Annotated[str, StringConstraints(max_length=2000)] | None = None
