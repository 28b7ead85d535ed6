"""Ingested email: stored once per (mailbox, UIDVALIDITY, UID) and once per (Message-ID, sha256).

Duplicates are refused by the table's unique constraints with INSERT ... ON CONFLICT DO NOTHING,
never by a check-then-insert, so several workers on one PostgreSQL can ingest the same mailbox.
The bulk insert of fetched messages lives in agent.ledger.inbound and is re-exported here.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from agent.ledger.errors import NotFound
from agent.ledger.inbound import (  # noqa: F401 - part of this module's interface
    StoreRefused,
    clean_text,
    inbound_row,
    store_inbound,
)
from agent.ledger.models import MailboxState, MailMessage, MessageStatus, utcnow

log = logging.getLogger(__name__)


def _insert(session: Session, table: Any) -> Any:
    """Return the dialect's INSERT for table, which knows ON CONFLICT DO NOTHING."""
    dialect = session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    return module.insert(table)


def sync_mailbox_state(*, session: Session, mailbox: str, uidvalidity: int) -> int:
    """Record the mailbox's UIDVALIDITY; return the last UID stored (0 if new or renumbered)."""
    session.execute(
        _insert(session, MailboxState.__table__)  # type: ignore[attr-defined]
        .values(mailbox=mailbox, uidvalidity=uidvalidity, last_uid=0, updated_at=utcnow())
        .on_conflict_do_nothing()
    )
    state = session.get(MailboxState, mailbox, populate_existing=True)
    if state is None:
        raise NotFound(f"mailbox state {mailbox} vanished")
    if state.uidvalidity != uidvalidity:
        log.warning(
            "mailbox %s: UIDVALIDITY %s -> %s; refetching, duplicates refused by content",
            mailbox,
            state.uidvalidity,
            uidvalidity,
        )
        session.execute(
            sa.update(MailboxState)
            .where(
                col(MailboxState.mailbox) == mailbox, col(MailboxState.uidvalidity) != uidvalidity
            )
            .values(uidvalidity=uidvalidity, last_uid=0, updated_at=utcnow())
        )
        return 0
    return int(state.last_uid)


def advance_mailbox_state(*, session: Session, mailbox: str, uidvalidity: int, uid: int) -> None:
    """Move the mailbox's last UID forward to uid (never backward, never across UIDVALIDITY)."""
    last = col(MailboxState.last_uid)
    session.execute(
        sa.update(MailboxState)
        .where(col(MailboxState.mailbox) == mailbox, col(MailboxState.uidvalidity) == uidvalidity)
        .values(last_uid=sa.case((last < uid, uid), else_=last), updated_at=utcnow())
    )


def known_uids(*, session: Session, mailbox: str, uidvalidity: int, after_uid: int = 0) -> set[int]:
    """Return the UIDs above after_uid already stored for this mailbox and UIDVALIDITY."""
    rows = session.execute(
        sa.select(col(MailMessage.uid)).where(
            col(MailMessage.mailbox) == mailbox,
            col(MailMessage.uidvalidity) == uidvalidity,
            col(MailMessage.uid) > after_uid,
        )
    )
    return {int(uid) for (uid,) in rows}


def store_outbound_copy(
    *,
    session: Session,
    raw: bytes,
    sha256: str,
    message_id: str,
    from_addr: str,
    subject: str,
    customer_id: str | None,
    conversation_id: int | None,
) -> MailMessage:
    """Keep a copy of an email arbot sends, so replies to it thread to its conversation."""
    message = MailMessage(
        direction="out",
        message_id_header=message_id,
        sha256=sha256,
        raw=raw,
        size=len(raw),
        from_addr=from_addr,
        subject=subject,
        sent_at=utcnow(),
        status=MessageStatus.PROCESSED,
        customer_id=customer_id,
        conversation_id=conversation_id,
    )
    session.add(message)
    session.flush()
    return message


def new_message_ids(*, session: Session, limit: int = 500) -> list[int]:
    """Return the ids of inbound messages waiting to be processed, oldest first."""
    query = (
        sa.select(col(MailMessage.id))
        .where(col(MailMessage.status) == MessageStatus.NEW, col(MailMessage.direction) == "in")
        .order_by(col(MailMessage.id))
        .limit(limit)
    )
    return [int(i) for (i,) in session.execute(query)]


def claim_new_message(*, session: Session, message_id: int) -> MailMessage | None:
    """Lock a new message for processing in this transaction; None if taken or done already.

    On PostgreSQL the row lock (SKIP LOCKED) keeps two workers off the same message.
    """
    query = (
        select(MailMessage)
        .where(col(MailMessage.id) == message_id, col(MailMessage.status) == MessageStatus.NEW)
        .with_for_update(skip_locked=True)
        .execution_options(populate_existing=True)
    )
    return session.exec(query).first()


def set_status(
    *, session: Session, message_id: int, status: MessageStatus, error: str | None = None
) -> None:
    """Set a message's status (and error, when one is given)."""
    values: dict[str, Any] = {"status": status}
    if error is not None:
        values["error"] = clean_text(error)
    session.execute(
        sa.update(MailMessage).where(col(MailMessage.id) == message_id).values(**values)
    )


def list_messages(
    *,
    session: Session,
    status: MessageStatus | None = None,
    direction: str = "in",
    limit: int | None = None,
) -> Sequence[MailMessage]:
    """Return stored messages in the order they were ingested."""
    query = (
        select(MailMessage)
        .where(MailMessage.direction == direction)
        .order_by(col(MailMessage.id))
        .options(defer(MailMessage.raw))  # type: ignore[arg-type]
    )
    if status is not None:
        query = query.where(MailMessage.status == status)
    if limit is not None:
        query = query.limit(limit)
    return session.exec(query).all()


def count_messages(*, session: Session, direction: str = "in") -> int:
    """Return how many messages are stored."""
    query = (
        sa.select(sa.func.count())
        .select_from(MailMessage)
        .where(col(MailMessage.direction) == direction)
    )
    return int(session.execute(query).scalar_one())
