"""Conversations, ingested messages, drafts and the transactional outbox."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from agent.ledger.models.types import created_field, instant_field


class MessageStatus(StrEnum):
    NEW = "new"            # stored, not yet processed
    PROCESSED = "processed"
    UNMATCHED = "unmatched"  # no customer found; a person must assign it
    FLAGGED = "flagged"    # broken, oversized or failed processing; kept for a person
    IGNORED = "ignored"    # our own sent copies and the like


class DraftStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    SENT = "sent"


class OutboundStatus(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class Conversation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    customer_id: str | None = Field(default=None, foreign_key="customer.id", index=True)
    subject: str = ""
    created_at: datetime = created_field()
    last_message_at: datetime | None = instant_field()


class MailboxState(SQLModel, table=True):
    """Where ingest stands in one mailbox: the UIDVALIDITY seen and the highest UID stored."""

    mailbox: str = Field(primary_key=True, max_length=300)
    uidvalidity: int = Field(sa_column=sa.Column(sa.BigInteger, nullable=False))
    last_uid: int = Field(default=0, sa_column=sa.Column(sa.BigInteger, nullable=False))
    updated_at: datetime = created_field()


class MailMessage(SQLModel, table=True):
    """One email, inbound or outbound, stored with its raw bytes exactly once."""

    # Every index is paid for by every ingested message, so only these: the two keys that
    # make ingest exactly-once (the content key also serves lookups by Message-ID, its first
    # column), and partial indexes for the processing queue and the customer and conversation
    # views, which a freshly ingested message (new, no customer, no conversation) enters only
    # once (the queue) or not at all. Nothing filters on from_addr.
    __table_args__ = (
        sa.UniqueConstraint("mailbox", "uidvalidity", "uid", name="uq_message_imap_key"),
        sa.UniqueConstraint("message_id_header", "sha256", name="uq_message_content_key"),
        sa.Index(
            "ix_mailmessage_new",
            "id",
            postgresql_where=sa.text("status = 'new'"),
            sqlite_where=sa.text("status = 'new'"),
        ),
        sa.Index(
            "ix_mailmessage_customer",
            "customer_id",
            "id",
            postgresql_where=sa.text("customer_id IS NOT NULL"),
            sqlite_where=sa.text("customer_id IS NOT NULL"),
        ),
        sa.Index(
            "ix_mailmessage_conversation",
            "conversation_id",
            "id",
            postgresql_where=sa.text("conversation_id IS NOT NULL"),
            sqlite_where=sa.text("conversation_id IS NOT NULL"),
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    direction: str = Field(default="in", max_length=3)
    mailbox: str | None = Field(default=None, max_length=300)
    uidvalidity: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger))
    uid: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger))
    message_id_header: str = Field(max_length=998)
    sha256: str = Field(max_length=64)
    raw: bytes = Field(sa_column=sa.Column(sa.LargeBinary, nullable=False))
    size: int = 0
    truncated: bool = Field(default=False, description="Stored without attachments (too large)")
    from_addr: str | None = Field(default=None, max_length=320)
    subject: str | None = None
    sent_at: datetime | None = instant_field()
    received_at: datetime = created_field()
    status: MessageStatus = Field(default=MessageStatus.NEW, sa_type=sa.String(16), max_length=16)
    error: str | None = None
    customer_id: str | None = Field(default=None, foreign_key="customer.id")
    conversation_id: int | None = Field(default=None, foreign_key="conversation.id")
    intent: str | None = Field(default=None, max_length=32)
    triage: dict[str, Any] | None = Field(default=None, sa_column=sa.Column(sa.JSON))


class Draft(SQLModel, table=True):
    """A proposed email to a customer, waiting for a person or the send policy."""

    id: int | None = Field(default=None, primary_key=True)
    customer_id: str | None = Field(default=None, foreign_key="customer.id", index=True)
    conversation_id: int | None = Field(default=None, foreign_key="conversation.id")
    reply_to_message_id: int | None = Field(default=None, foreign_key="mailmessage.id")
    kind: str = Field(default="reply", max_length=32)
    to_addrs: list[str] = Field(default_factory=list, sa_column=sa.Column(sa.JSON))
    cc_addrs: list[str] = Field(default_factory=list, sa_column=sa.Column(sa.JSON))
    subject: str
    body: str
    language: str = Field(default="en", max_length=8)
    intent: str | None = Field(default=None, max_length=32)
    actions: list[dict[str, Any]] = Field(default_factory=list, sa_column=sa.Column(sa.JSON))
    attachment_document_ids: list[int] = Field(default_factory=list, sa_column=sa.Column(sa.JSON))
    status: DraftStatus = Field(default=DraftStatus.PENDING, sa_type=sa.String(16), max_length=16, index=True)
    auto_send_allowed: bool = False
    review_reasons: list[str] = Field(default_factory=list, sa_column=sa.Column(sa.JSON))
    decided_by_user_id: int | None = Field(default=None, foreign_key="user.id")
    decided_at: datetime | None = instant_field()
    reject_reason: str | None = None
    created_at: datetime = created_field()


class OutboundEmail(SQLModel, table=True):
    """The transactional outbox: the Message-ID is fixed before the first send attempt."""

    id: int | None = Field(default=None, primary_key=True)
    draft_id: int | None = Field(default=None, foreign_key="draft.id", unique=True)
    message_id_header: str = Field(unique=True, max_length=998)
    to_addrs: list[str] = Field(default_factory=list, sa_column=sa.Column(sa.JSON))
    raw: bytes = Field(sa_column=sa.Column(sa.LargeBinary, nullable=False))
    status: OutboundStatus = Field(default=OutboundStatus.QUEUED, sa_type=sa.String(16), max_length=16, index=True)
    attempts: int = 0
    next_attempt_at: datetime | None = instant_field()
    last_error: str | None = None
    sent_at: datetime | None = instant_field()
    created_at: datetime = created_field()
