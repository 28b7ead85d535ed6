"""Commands for mail: the worker (run) and the ingested messages (messages)."""

from __future__ import annotations

import json
import logging
from typing import Annotated, Any

import typer
from sqlmodel import Session

from agent.cli.app import app, console, fail, load_settings, open_engine
from agent.jobs import build_scheduler, run_once
from agent.ledger import messages as message_service
from agent.ledger.models import MailMessage, MessageStatus
from agent.pipeline import build_process_hook

log = logging.getLogger(__name__)


@app.command()
def run(
    once: Annotated[
        bool, typer.Option("--once", help="One poll and one send cycle, then exit.")
    ] = False,
) -> None:
    """The worker: poll the inbox, thread new mail, send the outbox (on a schedule, or --once)."""
    settings = load_settings()
    with open_engine(settings) as engine:
        process = build_process_hook(settings)
        if once:
            report = run_once(settings, engine, process=process)
            ingest = report.ingest
            send = report.send
            log.info(
                "run --once: %s stored, %s duplicates, %d processed (%d unmatched, %d failed); "
                "%s sent, %s recovered, %s retrying, %s failed",
                ingest.stored if ingest else 0,
                ingest.duplicates if ingest else 0,
                report.processed,
                report.unmatched,
                report.failed,
                len(send.sent) if send else 0,
                len(send.recovered) if send else 0,
                len(send.retried) if send else 0,
                len(send.failed) if send else 0,
            )
            if report.errors:
                raise fail("; ".join(report.errors))
            return
        scheduler = build_scheduler(settings, engine=engine, process=process)
        try:
            scheduler.start()
        except (KeyboardInterrupt, SystemExit):
            scheduler.shutdown(wait=False)


def message_json(message: MailMessage) -> dict[str, Any]:
    """Return the one-line JSON view of a message, triage fields included when present."""
    row: dict[str, Any] = {
        "id": message.id,
        "message_id": message.message_id_header,
        "from": message.from_addr,
        "subject": message.subject,
        "date": message.sent_at.isoformat() if message.sent_at else None,
        "customer_id": message.customer_id,
        "conversation_id": message.conversation_id,
        "status": str(message.status),
        "error": message.error,
    }
    if message.triage:
        row.update({k: v for k, v in message.triage.items() if k not in row})
    elif message.intent:
        row["intent"] = message.intent
    return row


@app.command()
def messages(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    status: Annotated[str | None, typer.Option(help="Only messages with this status.")] = None,
) -> None:
    """List ingested messages with their customer, conversation, status and triage."""
    settings = load_settings()
    with open_engine(settings) as engine, Session(engine) as session:
        try:
            wanted = MessageStatus(status) if status else None
        except ValueError as e:
            raise fail(f"unknown status {status!r}: use {', '.join(MessageStatus)}") from e
        rows = message_service.list_messages(session=session, status=wanted)
        for message in rows:
            if as_json:
                typer.echo(json.dumps(message_json(message), ensure_ascii=False, default=str))
            else:
                console.print(
                    f"{message.id:>6}  {str(message.status):<9}  {message.customer_id or '-':<10}  "
                    f"{(message.from_addr or '-')[:32]:<32}  {(message.subject or '')[:60]}",
                    highlight=False,
                    markup=False,
                )
