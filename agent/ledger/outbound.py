"""The transactional outbox: queued emails with a fixed Message-ID, each sent exactly once.

A row moves queued -> sending (committed before the SMTP conversation) -> sent | failed, or
back to queued with a later next_attempt_at after a temporary failure. Only one worker sends at
a time (outbox_lock), so a row found in `sending` at the start of a cycle is an orphan of a crash.
"""

from __future__ import annotations

import fcntl
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from agent.ledger.models import Draft, DraftStatus, OutboundEmail, OutboundStatus, utcnow

log = logging.getLogger(__name__)

# Arbitrary but fixed: the PostgreSQL advisory lock key that stands for "sending the outbox".
OUTBOX_LOCK_KEY = 0x4152_4F55  # "AROU"
_LOCAL_LOCK = threading.Lock()


@contextmanager
def outbox_lock(engine: Engine) -> Iterator[bool]:
    """Hold the cluster-wide "I send the outbox" lock; yield False if another worker holds it.

    PostgreSQL: a session advisory lock, released by the server if the process dies.
    SQLite: an flock on a file beside the database, released by the kernel likewise.
    """
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            got = bool(
                conn.execute(
                    sa.text("SELECT pg_try_advisory_lock(:k)"), {"k": OUTBOX_LOCK_KEY}
                ).scalar()
            )
            conn.commit()
            try:
                yield got
            finally:
                if got:
                    conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": OUTBOX_LOCK_KEY})
                    conn.commit()
        return
    database = engine.url.database
    if not database or database == ":memory:":
        got = _LOCAL_LOCK.acquire(blocking=False)
        try:
            yield got
        finally:
            if got:
                _LOCAL_LOCK.release()
        return
    with Path(f"{database}.outbox.lock").open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def add_outbound(
    *,
    session: Session,
    message_id: str,
    raw: bytes,
    to_addrs: list[str],
    draft_id: int | None = None,
) -> OutboundEmail:
    """Queue an email for sending (committed with the caller's transaction)."""
    row = OutboundEmail(
        message_id_header=message_id,
        raw=raw,
        to_addrs=to_addrs,
        draft_id=draft_id,
        status=OutboundStatus.QUEUED,
        next_attempt_at=utcnow(),
    )
    session.add(row)
    session.flush()
    log.info("outbound id=%s message_id=%s: queued for %s", row.id, message_id, to_addrs)
    return row


def get_outbound(*, session: Session, outbound_id: int) -> OutboundEmail | None:
    """Return one outbox row, read fresh from the database."""
    return session.get(OutboundEmail, outbound_id, populate_existing=True)


def orphaned_sending_ids(*, session: Session) -> list[int]:
    """Return rows left in `sending` (call only while holding outbox_lock)."""
    query = sa.select(col(OutboundEmail.id)).where(
        col(OutboundEmail.status) == OutboundStatus.SENDING
    )
    return [int(i) for (i,) in session.execute(query)]


def due_ids(*, session: Session, now: datetime, limit: int = 100) -> list[int]:
    """Return queued rows whose next attempt is due, oldest first."""
    query = (
        sa.select(col(OutboundEmail.id))
        .where(
            col(OutboundEmail.status) == OutboundStatus.QUEUED,
            sa.or_(
                col(OutboundEmail.next_attempt_at).is_(None),
                col(OutboundEmail.next_attempt_at) <= now,
            ),
        )
        .order_by(col(OutboundEmail.id))
        .limit(limit)
    )
    return [int(i) for (i,) in session.execute(query)]


def mark_sending(*, session: Session, outbound_id: int) -> bool:
    """Move a queued row to `sending` and count the attempt; False if it was not queued."""
    result = session.execute(
        sa.update(OutboundEmail)
        .where(
            col(OutboundEmail.id) == outbound_id, col(OutboundEmail.status) == OutboundStatus.QUEUED
        )
        .values(status=OutboundStatus.SENDING, attempts=col(OutboundEmail.attempts) + 1)
    )
    return result.rowcount == 1  # type: ignore[attr-defined]


def mark_sent(*, session: Session, outbound_id: int, note: str | None = None) -> None:
    """Record that the server accepted the email, and that its draft is sent."""
    session.execute(
        sa.update(OutboundEmail)
        .where(col(OutboundEmail.id) == outbound_id)
        .values(status=OutboundStatus.SENT, sent_at=utcnow(), last_error=note, next_attempt_at=None)
    )
    draft_id = sa.select(OutboundEmail.draft_id).where(col(OutboundEmail.id) == outbound_id).scalar_subquery()
    session.execute(
        sa.update(Draft).where(col(Draft.id) == draft_id, col(Draft.status) == DraftStatus.APPROVED)
        .values(status=DraftStatus.SENT)
    )


def mark_retry(
    *, session: Session, outbound_id: int, error: str, next_attempt_at: datetime
) -> None:
    """Put the email back in the queue for a later attempt."""
    session.execute(
        sa.update(OutboundEmail)
        .where(col(OutboundEmail.id) == outbound_id)
        .values(status=OutboundStatus.QUEUED, last_error=error, next_attempt_at=next_attempt_at)
    )


def mark_failed(*, session: Session, outbound_id: int, error: str) -> None:
    """Give up on the email, keeping the reason for a person."""
    session.execute(
        sa.update(OutboundEmail)
        .where(col(OutboundEmail.id) == outbound_id)
        .values(status=OutboundStatus.FAILED, last_error=error, next_attempt_at=None)
    )
