"""The Typer application object and what every command shares: settings, logging, the DB."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.logging import RichHandler
from sqlalchemy.engine import Engine

from agent.config import Settings
from agent.db import make_engine, migrate

app = typer.Typer(
    name="arbot",
    help="arbot: the collections agent that reads customers' replies to payment reminders.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
report_app = typer.Typer(help="Reports: aging, DSO.", no_args_is_help=True)
user_app = typer.Typer(help="Users of the API and web pages.", no_args_is_help=True)
app.add_typer(report_app, name="report")
app.add_typer(user_app, name="user")

# Reports are wide: when printing to a file or pipe, do not squeeze them into 80 columns.
console = Console(width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True)


def setup_logging(level: str) -> None:
    """Send log lines to stderr through Rich, once."""
    root = logging.getLogger()
    if any(isinstance(h, RichHandler) for h in root.handlers):
        return
    handler = RichHandler(console=err_console, show_path=False, rich_tracebacks=False)
    logging.basicConfig(level=level.upper(), handlers=[handler], format="%(message)s")
    # Migration chatter is not news to the person at the terminal.
    for noisy in ("alembic", "fontTools"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def load_settings() -> Settings:
    """Build Settings from the environment (the one place that reads it) and set up logging."""
    settings = Settings()
    setup_logging(settings.log_level)
    return settings


@contextmanager
def open_engine(settings: Settings) -> Iterator[Engine]:
    """Yield a migrated engine for the configured database, disposed afterwards."""
    engine = make_engine(settings)
    try:
        migrate(engine)
        yield engine
    finally:
        engine.dispose()


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print an error for a person and return the Exit to raise."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)
