"""Commands that serve: `arbot serve` and `arbot demo` (the whole loop on embedded defaults)."""

from __future__ import annotations

import logging
import mailbox
import secrets
import shutil
import threading
from collections import Counter
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
import uvicorn
from rich.table import Table
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from agent.cli.app import app, console, load_settings, open_engine
from agent.cli.ledger_cmds import print_aging
from agent.config import Settings
from agent.db import session_scope
from agent.ledger import messages as message_service
from agent.ledger.importer import import_ledger_csv
from agent.ledger.models import Draft, Role
from agent.ledger.passwords import set_password
from agent.ledger.payments import import_payments_csv
from agent.ledger.reports import aging_report
from agent.ledger.users import create_user

log = logging.getLogger(__name__)
PortOpt = Annotated[int | None, typer.Option("--port", help="Port to listen on (default ARBOT_API_PORT, 8000).")]


def _serve(settings: Settings, port: int | None, engine: Engine | None = None) -> None:
    from api import create_app

    uvicorn.run(create_app(settings, engine=engine), host=settings.api_host, port=port or settings.api_port,
                log_level="warning")


@app.command("serve")
def serve_cmd(port: PortOpt = None) -> None:
    """Serve the API (OpenAPI at /docs) and the web pages."""
    _serve(load_settings(), port)


def _demo_settings(base: Settings, directory: Path) -> Settings:
    root = directory.resolve()
    return base.model_copy(update={
        "database_url": f"sqlite:///{root / 'arbot.db'}", "inbox": f"maildir:{root / 'mail' / 'inbox'}",
        "outbox": f"maildir:{root / 'mail' / 'outbox'}", "data_dir": root, "llm": "local",
        "from_address": "ar@northwind-analytics.com", "seller_name": "Northwind Analytics",
    })


def _deliver_sample_replies(settings: Settings) -> int:
    """Put the sample customer replies into the demo's inbox Maildir, as a mail server would."""
    path = Path(settings.inbox.removeprefix("maildir:"))
    path.parent.mkdir(parents=True, exist_ok=True)
    inbox = mailbox.Maildir(path, create=True)
    replies = sorted(p for p in resources.files("agent.demo").joinpath("replies").iterdir() if p.name.endswith(".eml"))
    for reply in replies:
        inbox.add(reply.read_bytes())
    return len(replies)


def _print_processed(engine: Engine) -> None:
    with Session(engine) as session:
        messages = message_service.list_messages(session=session)
        drafts = {d.reply_to_message_id: d for d in session.exec(select(Draft))}
    table = Table(title="Customer replies, as arbot read them", title_justify="left")
    for name in ("#", "From", "Customer", "Intent", "Facts", "Draft"):
        table.add_column(name, overflow="fold", max_width=44 if name == "Facts" else None)
    for m in messages:
        t = m.triage or {}
        facts = ", ".join(str(x) for x in [*t.get("invoice_numbers", []), t.get("promised_date"),
                                           t.get("amount") and f"{t.get('amount')} {t.get('currency')}",
                                           t.get("dispute_reason"), t.get("payment_reference")] if x)
        draft = drafts.get(m.id)
        table.add_row(str(m.id), m.from_addr or "", m.customer_id or "(unmatched)", t.get("intent", str(m.status)),
                      facts, f"#{draft.id} {draft.language} {draft.status}" if draft else "—")
    console.print(table)


def _send_outbox_in_background(settings: Settings, engine: Engine, stop: threading.Event) -> threading.Thread:
    """Send approved mail every few seconds while the demo serves, as the worker would."""
    from agent.jobs import send_outbox

    def loop() -> None:
        while not stop.wait(3):
            try:
                send_outbox(engine=engine, settings=settings)
            except Exception:  # noqa: BLE001 - the demo keeps serving; the next cycle retries
                log.exception("demo: outbox send failed")

    thread = threading.Thread(target=loop, name="demo-outbox", daemon=True)
    thread.start()
    return thread


@app.command("demo")
def demo_cmd(
    directory: Annotated[Path, typer.Option("--dir", help="Where the demo keeps its database and mail.")] = Path(
        "arbot-demo"),
    as_of: Annotated[str, typer.Option("--as-of", help="The demo's 'today'.")] = "2026-11-20",
    port: PortOpt = None,
    serve: Annotated[bool, typer.Option("--serve/--no-serve", help="Serve the API and web pages afterwards.")] = True,
) -> None:
    """Run the whole loop on embedded defaults: ledger, replies in a Maildir, triage, drafts, approval."""
    from agent.jobs import run_once
    from agent.pipeline import build_process_hook

    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    settings = _demo_settings(load_settings(), directory)
    samples = resources.files("agent.demo")
    day = date.fromisoformat(as_of)
    passwords = {"demo": secrets.token_urlsafe(9), "sam": secrets.token_urlsafe(9)}
    with open_engine(settings) as engine:
        with resources.as_file(samples / "sample_ledger.csv") as ledger, \
                resources.as_file(samples / "sample_payments.csv") as payments, session_scope(engine) as session:
            summary = import_ledger_csv(session=session, path=ledger, actor="demo")
            paid = import_payments_csv(session=session, path=payments, actor="demo")
            _manager, manager_token = create_user(session=session, name="demo", role=Role.MANAGER, actor="demo")
            _specialist, specialist_token = create_user(session=session, name="sam", role=Role.SPECIALIST,
                                                        actor="demo")
            for name, password in passwords.items():
                set_password(session=session, name=name, password=password, actor="demo")
        console.print(f"[bold]Sample ledger:[/] {summary.customers_created} customers, "
                      f"{summary.invoices_created} invoices, {paid.payments_created} payments "
                      f"({paid.applications} applied).")
        with session_scope(engine) as session:
            print_aging(aging_report(session=session, as_of=day), by_customer=False)
        count = _deliver_sample_replies(settings)
        console.print(f"\n[bold]{count} customer replies[/] delivered to {settings.inbox.removeprefix('maildir:')}; "
                      "running the worker once (local triage, no model)…")
        report = run_once(settings, engine, process=build_process_hook(settings))
        _print_processed(engine)
        with Session(engine) as session:
            statuses = Counter(str(d.status) for d in session.exec(select(Draft)))
            first = session.exec(select(Draft).where(Draft.status == "pending").order_by(col(Draft.id))).first()
        console.print(f"{report.processed} processed, {report.unmatched} unmatched, {report.failed} failed; "
                      f"drafts: {dict(statuses)}")
        listen = f"http://{settings.api_host}:{port or settings.api_port}"
        console.print(f"\n[bold]Web:[/] {listen}/login — manager [bold]demo[/] / {passwords['demo']}, "
                      f"specialist [bold]sam[/] / {passwords['sam']}", soft_wrap=True)
        console.print(f"[bold]API tokens:[/] manager demo {manager_token}  specialist sam {specialist_token}",
                      soft_wrap=True)
        if first is not None:
            console.print("Approve a draft from the command line, then find it in the outbox Maildir "
                          f"({settings.outbox.removeprefix('maildir:')}/new):", soft_wrap=True)
            console.print(f"  curl -H 'Authorization: Bearer {specialist_token}' {listen}/api/drafts?status=pending",
                          soft_wrap=True)
            console.print(f"  curl -X POST -H 'Authorization: Bearer {specialist_token}' "
                          f"{listen}/api/drafts/{first.id}/approve", soft_wrap=True)
        console.print(f"OpenAPI docs: {listen}/docs — database: {directory / 'arbot.db'}")
        if not serve:
            return
        stop = threading.Event()
        _send_outbox_in_background(settings, engine, stop)
        console.print(f"Serving on {listen} (Ctrl-C to stop); approved mail is sent to the outbox every 3 s…")
        try:
            _serve(settings, port, engine)
        finally:
            stop.set()
