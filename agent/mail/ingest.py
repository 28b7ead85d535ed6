"""Ingest: fetch new messages once and exactly once, store raw bytes and header metadata.

Bodies are not parsed here: a full parse is ten times slower than the fetch, so it happens in
the processing stage. Each message is committed in its own transaction; a message that cannot
be understood is stored flagged, never dropped.
"""

from __future__ import annotations

import hashlib
import logging
import queue
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from agent.ledger import messages
from agent.mail.charsets import folded, header_text
from agent.mail.inbox import FetchedMessage, Inbox, UidValidityChanged, split_header
from agent.mail.parse import normalize_ids

log = logging.getLogger(__name__)

# Messages stored per batch: one COPY and one INSERT, one commit, one checkpoint move.
STORE_BATCH = 200
# What the database may refuse a batch with: the batch is then stored one message at a time.
_REFUSED = (SQLAlchemyError, messages.StoreRefused)
_HEADER_PARSER = BytesHeaderParser(policy=compat32)


class IngestError(Exception):
    """The database refused a message even as a flagged copy; ingest stops before it."""


@dataclass(frozen=True)
class HeaderRecord:
    """What ingest keeps of a message besides its bytes."""

    message_id: str
    sha256: str
    from_addr: str | None
    subject: str | None
    sent_at: datetime | None
    error: str | None = None


@dataclass
class IngestReport:
    """What one poll of one mailbox did."""

    mailbox: str
    uidvalidity: int = 0
    listed: int = 0
    stored: int = 0
    duplicates: int = 0
    flagged: int = 0
    stored_ids: list[int] = field(default_factory=list)
    # Seconds spent per phase: fetch (the fetch thread, start to end), fetch_wait (storing
    # waited for the fetch), headers (reading header fields), db (storing and committing).
    timings: dict[str, float] = field(
        default_factory=lambda: dict.fromkeys(("fetch", "fetch_wait", "headers", "db"), 0.0)
    )


def synthetic_message_id(sha256: str) -> str:
    """Return the stable Message-ID given to a message that has none."""
    return f"<{sha256[:40]}@sha256.arbot.invalid>"


def _first(headers: Message, name: str) -> str | None:
    value = headers.get(name)
    return None if value is None else str(value)


def _sent_at(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(folded(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def read_headers(raw: bytes) -> HeaderRecord:
    """Read Message-ID, sender, subject and date from the header block; never raise."""
    digest = hashlib.sha256(raw).hexdigest()
    try:
        header_block, _ = split_header(raw)
        headers = _HEADER_PARSER.parsebytes(header_block)
        if not raw.strip() or not headers.keys():
            return HeaderRecord(
                synthetic_message_id(digest),
                digest,
                None,
                None,
                None,
                error="broken: no header fields",
            )
        ids = normalize_ids(_first(headers, "message-id"))
        senders = getaddresses([header_text(v) for v in headers.get_all("from") or []])
        from_addr = next((addr.strip().lower() for _, addr in senders if "@" in addr), None)
        subject = _first(headers, "subject")
        return HeaderRecord(
            message_id=ids[0] if ids else synthetic_message_id(digest),
            sha256=digest,
            from_addr=from_addr,
            subject=folded(header_text(subject)) if subject is not None else None,
            sent_at=_sent_at(_first(headers, "date")),
        )
    except Exception as e:  # noqa: BLE001 - hostile bytes must be stored, not crash ingest
        log.warning("header read failed (%d bytes): %r", len(raw), e)
        return HeaderRecord(
            synthetic_message_id(digest),
            digest,
            None,
            None,
            None,
            error=f"broken: {type(e).__name__}: {e}",
        )


def _row(inbox: Inbox, uidvalidity: int, fetched: FetchedMessage, bare: bool = False) -> dict:
    """Return the table row of a fetched message; bare keeps only what cannot fail."""
    record = read_headers(fetched.raw)
    error = record.error
    if fetched.truncated:
        error = f"truncated: {fetched.size} bytes over the size limit; attachments not stored"
    if bare:
        error = f"stored without metadata: {error or 'the database refused it'}"
    return messages.inbound_row(
        mailbox=inbox.mailbox,
        uidvalidity=uidvalidity,
        uid=fetched.uid,
        raw=fetched.raw,
        sha256=record.sha256,
        size=fetched.size,
        truncated=fetched.truncated,
        message_id=record.message_id if not bare else synthetic_message_id(record.sha256),
        from_addr=None if bare else record.from_addr,
        subject=None if bare else record.subject,
        sent_at=None if bare else record.sent_at,
        error=error,
    )


def _store_batch(
    session: Session,
    inbox: Inbox,
    uidvalidity: int,
    batch: list[FetchedMessage],
    report: IngestReport,
) -> None:
    """Store a batch and move the checkpoint past it in one transaction; if refused, one by one.

    Either way each message is stored whole or not at all, and a message the database refuses
    is stored again flagged, with its raw bytes but without the header metadata.
    """
    started = time.perf_counter()
    rows = [_row(inbox, uidvalidity, fetched) for fetched in batch]
    report.timings["headers"] += time.perf_counter() - started
    started = time.perf_counter()
    checkpoint = batch[-1].uid if inbox.monotonic_uids and batch else None
    try:
        _relax_durability(session)
        stored = messages.store_inbound(session=session, rows=rows)
        if checkpoint is not None:
            _advance(session, inbox.mailbox, uidvalidity, checkpoint)
        session.commit()
    except _REFUSED as e:
        session.rollback()
        log.warning(
            "mailbox %s: batch of %d refused (%s); storing one by one",
            inbox.mailbox,
            len(batch),
            type(e).__name__,
        )
        stored = {}
        for fetched, row in zip(batch, rows, strict=True):
            stored.update(_store_alone(session, inbox, uidvalidity, fetched, row))
        if checkpoint is not None:
            _advance(session, inbox.mailbox, uidvalidity, checkpoint)
            session.commit()
    report.timings["db"] += time.perf_counter() - started
    for row in rows:
        new_id = stored.get(row["uid"])
        if new_id is None:
            report.duplicates += 1
            continue
        report.stored += 1
        report.stored_ids.append(new_id)
        report.flagged += row["error"] is not None


def _relax_durability(session: Session) -> None:
    """Let the batch's COMMIT return before PostgreSQL flushes its WAL (synchronous_commit off).

    Safe for ingest, and only for it: the rows and the mailbox's UID checkpoint are in the same
    transaction, and PostgreSQL replays its WAL in commit order, so a database crash can only
    lose the last few batches whole, checkpoint included, never rows without their checkpoint
    or a later batch without an earlier one. The next poll lists the UIDs after the surviving
    checkpoint and fetches the lost messages again (they are still on the server: arbot never
    deletes or flags mail). Nothing downstream can have acted on a lost row either: processing
    commits synchronously, and a synchronous commit flushes all the WAL written before it.
    A crash of arbot itself loses nothing: the server keeps every commit it acknowledged.
    """
    messages.relax_commit_durability(session=session)


def _store_alone(
    session: Session, inbox: Inbox, uidvalidity: int, fetched: FetchedMessage, row: dict
) -> dict[int, int]:
    """Store one message in its own transaction, flagged and bare if it is refused as it is."""
    try:
        stored = messages.store_inbound(session=session, rows=[row])
        session.commit()
        return stored
    except _REFUSED as e:
        session.rollback()
        log.warning(
            "mailbox %s uid=%s: refused (%s); storing it flagged", inbox.mailbox, fetched.uid, e
        )
    try:
        bare = _row(inbox, uidvalidity, fetched, bare=True)
        stored = messages.store_inbound(session=session, rows=[bare])
        session.commit()
        row["error"] = bare["error"]
        return stored
    except _REFUSED as e:
        session.rollback()
        raise IngestError(f"mailbox {inbox.mailbox} uid={fetched.uid}: {e}") from e


def ingest_mailbox(*, engine: Engine, inbox: Inbox, max_message_bytes: int) -> IngestReport:
    """Fetch every message not yet stored from inbox and store each once; return what happened."""
    for attempt in range(3):
        try:
            return _ingest_once(engine=engine, inbox=inbox, max_message_bytes=max_message_bytes)
        except UidValidityChanged as e:
            log.warning(
                "mailbox %s: %s; starting the poll again (attempt %d)",
                inbox.mailbox,
                e,
                attempt + 1,
            )
    raise IngestError(f"mailbox {inbox.mailbox}: UIDVALIDITY keeps changing")


def _ingest_once(*, engine: Engine, inbox: Inbox, max_message_bytes: int) -> IngestReport:
    uidvalidity = inbox.open()
    report = IngestReport(mailbox=inbox.mailbox, uidvalidity=uidvalidity)
    with Session(engine, expire_on_commit=False) as session:
        last_uid = messages.sync_mailbox_state(
            session=session, mailbox=inbox.mailbox, uidvalidity=uidvalidity
        )
        session.commit()
        after = last_uid if inbox.monotonic_uids else 0
        listing = inbox.list_uids(after_uid=after)
        report.listed = len(listing)
        known = messages.known_uids(
            session=session, mailbox=inbox.mailbox, uidvalidity=uidvalidity, after_uid=after
        )
        session.commit()
        todo = {uid: size for uid, size in listing.items() if uid not in known}
        log.info(
            "mailbox %s uidvalidity=%s: %d listed after uid %d, %d to fetch",
            inbox.mailbox,
            uidvalidity,
            len(listing),
            after,
            len(todo),
        )
        for batch in _prefetched(inbox, todo, max_message_bytes, report.timings):
            if batch:
                _store_batch(session, inbox, uidvalidity, batch, report)
        if inbox.monotonic_uids and listing:
            # Every listed UID is now stored (or was expunged): resume after the highest.
            _advance(session, inbox.mailbox, uidvalidity, max(listing))
            session.commit()
    log.info(
        "mailbox %s: %d stored, %d already stored; seconds %s",
        inbox.mailbox,
        report.stored,
        report.duplicates,
        {phase: round(seconds, 3) for phase, seconds in report.timings.items()},
    )
    return report


def _prefetched(
    inbox: Inbox, todo: dict[int, int], max_bytes: int, timings: dict[str, float]
) -> Iterator[list[FetchedMessage]]:
    """Yield batches of fetched messages while a thread fetches the next ones.

    The fetch waits on the IMAP server and the store on the database; overlapping them keeps
    ingest close to the speed of the fetch alone. Errors in the fetch are raised here.
    """
    batches: queue.Queue[list[FetchedMessage] | BaseException | None] = queue.Queue(maxsize=4)
    stop = threading.Event()

    def fetch() -> None:
        batch: list[FetchedMessage] = []
        started = time.perf_counter()
        try:
            for fetched in inbox.fetch(todo, max_bytes=max_bytes):
                if stop.is_set():
                    return
                batch.append(fetched)
                if len(batch) >= STORE_BATCH:
                    batches.put(batch)
                    batch = []
            batches.put(batch)
            timings["fetch"] = time.perf_counter() - started
            batches.put(None)
        except BaseException as e:  # noqa: BLE001 - handed to the consuming thread
            batches.put(e)

    worker = threading.Thread(target=fetch, name=f"fetch {inbox.mailbox}", daemon=True)
    worker.start()
    try:
        while True:
            waited = time.perf_counter()
            item = batches.get()
            timings["fetch_wait"] += time.perf_counter() - waited
            if item is None:
                break
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while worker.is_alive():  # unblock a fetcher waiting on a full queue
            try:
                batches.get(timeout=0.05)
            except queue.Empty:
                pass
        worker.join()


def _advance(session: Session, mailbox: str, uidvalidity: int, uid: int) -> None:
    messages.advance_mailbox_state(
        session=session, mailbox=mailbox, uidvalidity=uidvalidity, uid=uid
    )
