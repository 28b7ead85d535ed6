"""Commands that serve: `arbot serve` and `arbot demo`."""

from __future__ import annotations

import shutil
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
import uvicorn

from agent.cli.app import app, console, load_settings, open_engine
from agent.cli.ledger_cmds import print_aging
from agent.config import Settings
from agent.db import session_scope
from agent.ledger.importer import import_ledger_csv
from agent.ledger.models import Role
from agent.ledger.payments import import_payments_csv
from agent.ledger.reports import aging_report
from agent.ledger.users import create_user

PortOpt = Annotated[int | None, typer.Option("--port", help="Port to listen on (default ARBOT_API_PORT, 8000).")]


def _serve(settings: Settings, port: int | None) -> None:
    from api import create_app

    uvicorn.run(create_app(settings), host=settings.api_host, port=port or settings.api_port, log_level="warning")


@app.command("serve")
def serve_cmd(port: PortOpt = None) -> None:
    """Serve the API (OpenAPI at /docs) and the web pages."""
    _serve(load_settings(), port)


@app.command("demo")
def demo_cmd(
    directory: Annotated[Path, typer.Option("--dir", help="Where the demo keeps its database and mail.")] = Path(
        "arbot-demo"),
    as_of: Annotated[str, typer.Option("--as-of", help="The demo's 'today'.")] = "2026-11-20",
    port: PortOpt = None,
    serve: Annotated[bool, typer.Option("--serve/--no-serve", help="Serve the API afterwards.")] = True,
) -> None:
    """Run arbot on embedded defaults: a fresh SQLite ledger from the sample data, reports, the API."""
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    base = load_settings()
    settings = base.model_copy(update={
        "database_url": f"sqlite:///{(directory / 'arbot.db').resolve()}",
        "inbox": f"maildir:{(directory / 'mail' / 'inbox').resolve()}",
        "outbox": f"maildir:{(directory / 'mail' / 'outbox').resolve()}",
        "data_dir": directory.resolve(),
    })
    samples = resources.files("agent.demo")
    day = date.fromisoformat(as_of)
    with open_engine(settings) as engine:
        with resources.as_file(samples / "sample_ledger.csv") as ledger, \
                resources.as_file(samples / "sample_payments.csv") as payments, session_scope(engine) as session:
            summary = import_ledger_csv(session=session, path=ledger, actor="demo")
            paid = import_payments_csv(session=session, path=payments, actor="demo")
            _user, token = create_user(session=session, name="demo", role=Role.MANAGER, actor="demo")
        console.print(f"[bold]Sample ledger:[/] {summary.customers_created} customers, "
                      f"{summary.invoices_created} invoices, {paid.payments_created} payments "
                      f"({paid.applications} applied).")
        with session_scope(engine) as session:
            print_aging(aging_report(session=session, as_of=day))
    listen = f"http://{settings.api_host}:{port or settings.api_port}"
    console.print(f"\n[bold]API token[/] (manager 'demo'): {token}", soft_wrap=True)
    console.print(f"Try: curl -H 'Authorization: Bearer {token}' '{listen}/api/reports/aging?as_of={as_of}'", soft_wrap=True)
    console.print(f"OpenAPI docs: {listen}/docs — database: {directory / 'arbot.db'}")
    if serve:
        console.print(f"Serving on {listen} (Ctrl-C to stop)…")
        _serve(settings, port)
