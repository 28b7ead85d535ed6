"""Ingest: fetch new messages once and exactly once, store raw bytes and header metadata.

Bodies are not parsed here: a full parse is ten times slower than the fetch, so it happens in
the processing stage. Messages are stored in batches, each in one transaction with the mailbox's
UID checkpoint; a batch the database refuses is stored again one message at a time, and a message
that cannot be understood is stored flagged, never dropped.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from agent.ledger import messages
from agent.mail.headers import (  # noqa: F401 - HeaderRecord is part of this module's interface
    HeaderRecord,
    read_headers,
    synthetic_message_id,
)
from agent.mail.inbox import FetchedMessage, Inbox, UidValidityChanged

log = logging.getLogger(__name__)

# Messages stored per batch: one COPY and one INSERT, one commit, one checkpoint move.
STORE_BATCH = 500
# What the database may refuse a batch with: the batch is then stored one message at a time.
_REFUSED = (SQLAlchemyError, messages.StoreRefused)


class IngestError(Exception):
    """The database refused a message even as a flagged copy; ingest stops before it."""


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
    # Seconds spent per phase: list (connect, list UIDs and sizes), fetch (the fetch thread,
    # start to end, headers included), headers (reading header fields, in the fetch thread),
    # fetch_wait (storing waited for the fetch), db (storing and committing).
    timings: dict[str, float] = field(
        default_factory=lambda: dict.fromkeys(
            ("list", "fetch", "headers", "fetch_wait", "db"), 0.0
        )
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


# Why a batch may be committed with synchronous_commit off (PostgreSQL): the rows and the
# mailbox's UID checkpoint are in the same transaction, and PostgreSQL replays its WAL in commit
# order, so a database crash can only lose the last few batches whole, checkpoint included, never
# rows without their checkpoint nor a later batch without an earlier one. The next poll lists the
# UIDs after the surviving checkpoint and fetches the lost messages again (they are still on the
# server: arbot never deletes, moves or flags mail; a Maildir inbox is re-read in place and its
# stored keys are what is skipped). Nothing downstream can have acted on a lost row: processing
# commits synchronously, and a synchronous commit flushes all the WAL written before it. A crash
# of arbot itself loses nothing: the server keeps every commit it acknowledged.
def _store_batch(
    session: Session,
    inbox: Inbox,
    uidvalidity: int,
    batch: list[FetchedMessage],
    rows: list[dict],
    report: IngestReport,
) -> None:
    """Store a batch and move the checkpoint past it in one transaction; if refused, one by one.

    Either way each message is stored whole or not at all, and a message the database refuses
    is stored again flagged, with its raw bytes but without the header metadata.
    """
    started = time.perf_counter()
    checkpoint = batch[-1].uid if inbox.monotonic_uids and batch else None
    try:
        # Not durable at COMMIT: see why that is safe above _store_batch.
        stored = messages.store_inbound(session=session, rows=rows, durable=False)
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
    started = time.perf_counter()
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
        todo = [uid for uid in listing if uid not in known]
        log.info(
            "mailbox %s uidvalidity=%s: %d listed after uid %d, %d to fetch",
            inbox.mailbox,
            uidvalidity,
            len(listing),
            after,
            len(todo),
        )
        report.timings["list"] = time.perf_counter() - started

        def prepare(batch: list[FetchedMessage]) -> list[dict]:
            return [_row(inbox, uidvalidity, fetched) for fetched in batch]

        for batch, rows in _prefetched(inbox, todo, max_message_bytes, prepare, report.timings):
            if batch:
                _store_batch(session, inbox, uidvalidity, batch, rows, report)
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
    inbox: Inbox,
    todo: list[int],
    max_bytes: int,
    prepare: Callable[[list[FetchedMessage]], list[dict]],
    timings: dict[str, float],
) -> Iterator[tuple[list[FetchedMessage], list[dict]]]:
    """Yield batches of fetched messages and their rows while a thread fetches the next ones.

    The fetch waits on the IMAP server and the store on the database; overlapping them keeps
    ingest close to the speed of the fetch alone. The rows are prepared (headers read) in the
    fetch thread too, so that all the pure-Python work is in one thread and the storing thread
    mostly waits on the database with the GIL released: two busy threads would hand the GIL
    back and forth and slow the fetch far more than the header reading costs. Errors in the
    fetch are raised here.
    """
    Item = tuple[list[FetchedMessage], list[dict]]
    batches: queue.Queue[Item | BaseException | None] = queue.Queue(maxsize=4)
    stop = threading.Event()

    def hand_over(batch: list[FetchedMessage]) -> None:
        started = time.perf_counter()
        rows = prepare(batch)
        timings["headers"] += time.perf_counter() - started
        batches.put((batch, rows))

    def fetch() -> None:
        batch: list[FetchedMessage] = []
        started = time.perf_counter()
        try:
            for fetched in inbox.fetch(todo, max_bytes=max_bytes):
                if stop.is_set():
                    return
                batch.append(fetched)
                if len(batch) >= STORE_BATCH:
                    hand_over(batch)
                    batch = []
            hand_over(batch)
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
            with contextlib.suppress(queue.Empty):
                batches.get(timeout=0.05)
        worker.join()


def _advance(session: Session, mailbox: str, uidvalidity: int, uid: int) -> None:
    messages.advance_mailbox_state(
        session=session, mailbox=mailbox, uidvalidity=uidvalidity, uid=uid
    )
