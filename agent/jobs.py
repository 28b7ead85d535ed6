"""The worker: poll the inbox, process new messages, send the outbox; once or on a schedule."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from apscheduler.schedulers.blocking import BlockingScheduler
from sqlalchemy.engine import Engine
from sqlmodel import Session

from agent.config import Settings
from agent.db import make_engine, migrate, session_scope
from agent.ledger import messages
from agent.ledger.models import MailMessage, MessageStatus, utcnow
from agent.mail.inbox import InboxError, inbox_from_settings, sent_folder_from_settings
from agent.mail.ingest import IngestError, IngestReport, ingest_mailbox
from agent.mail.outbox import SendReport, send_pending, transport_from_settings
from agent.mail.parse import ParsedMessage, parse_message
from agent.mail.thread import thread_message

log = logging.getLogger(__name__)

# Called once per threaded message, inside that message's transaction (triage, drafting).
# It may set message.status; an exception rolls the message back and flags it.
ProcessHook = Callable[[Session, MailMessage, ParsedMessage], None]


@dataclass
class RunReport:
    """What one worker cycle did."""

    ingest: IngestReport | None = None
    processed: int = 0
    unmatched: int = 0
    failed: int = 0
    send: SendReport | None = None
    errors: list[str] = field(default_factory=list)


def process_new_messages(
    *, engine: Engine, settings: Settings, process: ProcessHook | None = None, limit: int = 1000
) -> RunReport:
    """Parse and thread each new message in its own transaction, then run the hook on it."""
    report = RunReport()
    with Session(engine) as session:
        ids = messages.new_message_ids(session=session, limit=limit)
    for message_id in ids:
        with Session(engine, expire_on_commit=False) as session:
            try:
                message = messages.claim_new_message(session=session, message_id=message_id)
                if message is None:
                    continue  # another worker has it, or had it
                parsed = parse_message(message.raw)
                result = thread_message(
                    session=session,
                    message=message,
                    parsed=parsed,
                    own_addresses={settings.from_address},
                )
                if result.matched_by == "own":
                    message.status = MessageStatus.IGNORED
                else:
                    matched = result.customer_id is not None
                    message.status = MessageStatus.PROCESSED if matched else MessageStatus.UNMATCHED
                    report.unmatched += not matched
                    if process is not None:
                        process(session, message, parsed)
                session.add(message)
                session.commit()
                report.processed += 1
            except Exception as e:  # noqa: BLE001 - log and continue: one bad message stops nothing
                session.rollback()
                log.exception("message id=%s: processing failed; flagged", message_id)
                messages.set_status(
                    session=session,
                    message_id=message_id,
                    status=MessageStatus.FLAGGED,
                    error=f"processing failed: {type(e).__name__}: {e}",
                )
                session.commit()
                report.failed += 1
    return report


def poll_inbox(
    *, engine: Engine, settings: Settings, process: ProcessHook | None = None
) -> RunReport:
    """Ingest new mail, then process it."""
    ingest: IngestReport | None = None
    errors: list[str] = []
    inbox = inbox_from_settings(settings)
    try:
        ingest = ingest_mailbox(
            engine=engine, inbox=inbox, max_message_bytes=settings.max_message_bytes
        )
    except (InboxError, IngestError) as e:
        log.error("inbox %s: %s", settings.inbox.split("@")[-1], e)
        errors.append(str(e))
    finally:
        inbox.close()
    report = process_new_messages(engine=engine, settings=settings, process=process)
    report.ingest, report.errors = ingest, errors + report.errors
    return report


def send_outbox(*, engine: Engine, settings: Settings) -> SendReport:
    """Send every due email in the outbox once."""
    transport = transport_from_settings(settings)
    sent_folder = sent_folder_from_settings(settings)
    try:
        return send_pending(
            engine=engine,
            transport=transport,
            sender=settings.from_address,
            sent_folder=sent_folder,
        )
    finally:
        transport.close()
        if sent_folder is not None:
            sent_folder.close()


def run_once(settings: Settings, engine: Engine, process: ProcessHook | None = None) -> RunReport:
    """One poll of the inbox and one send cycle."""
    report = poll_inbox(engine=engine, settings=settings, process=process)
    try:
        report.send = send_outbox(engine=engine, settings=settings)
    except Exception as e:  # noqa: BLE001 - reported to the caller; the next cycle tries again
        log.exception("outbox: send cycle failed")
        report.errors.append(f"send: {e}")
    return report


def _mail_job(settings: Settings, engine: Engine, process: ProcessHook | None) -> None:
    """Poll; with IMAP IDLE (?idle=1) keep listening until the next scheduled poll."""
    poll_inbox(engine=engine, settings=settings, process=process)
    if "idle=1" not in settings.inbox:
        return
    deadline = time.monotonic() + max(1, settings.poll_seconds - 2)
    inbox = inbox_from_settings(settings)
    try:
        inbox.open()
        while (left := deadline - time.monotonic()) > 0:
            if inbox.wait_for_changes(min(left, 29 * 60)):  # IDLE must be renewed within 29 min
                poll_inbox(engine=engine, settings=settings, process=process)
    except InboxError as e:
        log.warning("inbox idle: %s; the scheduled poll reconciles", e)
    finally:
        inbox.close()


def build_scheduler(
    settings: Settings, *, engine: Engine | None = None, process: ProcessHook | None = None
) -> BlockingScheduler:
    """Build the worker's scheduler: mail poll and outbox send, never overlapping themselves."""
    if engine is None:
        engine = make_engine(settings)
        migrate(engine)
    scheduler = BlockingScheduler(timezone="UTC")
    common = {
        "max_instances": 1,
        "coalesce": True,
        "next_run_time": utcnow(),
        "misfire_grace_time": 30,
    }
    scheduler.add_job(
        _mail_job,
        "interval",
        seconds=settings.poll_seconds,
        id="mail.poll",
        args=[settings, engine, process],
        **common,
    )
    scheduler.add_job(
        send_outbox,
        "interval",
        seconds=min(30, settings.poll_seconds),
        id="mail.send",
        kwargs={"engine": engine, "settings": settings},
        **common,
    )
    scheduler.add_job(
        daily_dunning,
        "cron",
        hour=settings.dunning_hour_utc,
        id="dunning.daily",
        args=[settings, engine],
        max_instances=1,
        coalesce=True,
        misfire_grace_time=6 * 3600,
    )
    return scheduler


def daily_dunning(settings: Settings, engine: Engine) -> None:
    """Run the day's reminder cadence: judge promises, escalate late disputes, draft reminders."""
    from agent.dunning.cadence import load_cadence
    from agent.dunning.run import run_dunning

    today = utcnow().date()
    with session_scope(engine) as session:
        outcome = run_dunning(session=session, cadence=load_cadence(settings.cadence_file), as_of=today,
                              settings=settings)
    log.info("dunning %s: %d drafts (%d queued for business hours), %d escalations", today,
             len(outcome.drafts), len(outcome.queued), len(outcome.escalations))
