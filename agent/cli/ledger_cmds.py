"""Commands on the ledger: import, import-payments, report aging|dso, user add."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from agent.cli.app import app, console, err_console, fail, load_settings, open_engine, report_app, user_app
from agent.db import session_scope
from agent.ledger.csvfmt import DateFormat
from agent.ledger.errors import LedgerError
from agent.ledger.importer import import_ledger_csv
from agent.ledger.models import Role
from agent.ledger.payments import import_payments_csv
from agent.ledger.performance import CEI_FORMULA, cei_report, promise_report, trend_report
from agent.ledger.reports import BUCKETS, DSO_FORMULA, aging_report, dso_report
from agent.ledger.users import create_user

DateFormatOpt = Annotated[DateFormat, typer.Option(
    "--date-format", help="How dates other than YYYY-MM-DD are written: dmy (31/12/2026) or mdy (12/31/2026).")]
DecimalCommaOpt = Annotated[bool, typer.Option(
    "--decimal-comma", help="Amounts are written 1.234,56 rather than 1,234.56.")]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Report date, YYYY-MM-DD (default: today).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _as_of(text: str | None) -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise fail(f"--as-of {text!r} is not a date in the form YYYY-MM-DD", 2) from None


def _run_import(kind: str, work) -> object:  # type: ignore[no-untyped-def]
    settings = load_settings()
    with open_engine(settings) as engine, Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
        console=err_console, transient=True,
    ) as progress:
        progress.add_task(f"importing {kind}…", total=None)
        try:
            with session_scope(engine) as session:
                return work(session)
        except LedgerError as e:  # CsvImportError included
            progress.stop()
            raise fail(str(e)) from None


@app.command("import")
def import_cmd(
    file: Annotated[Path, typer.Argument(help="Ledger CSV: customer_id,customer_name,contact_email,"
                                              "invoice_number,issue_date,due_date,amount,currency,status")],
    date_format: DateFormatOpt = DateFormat.ISO,
    decimal_comma: DecimalCommaOpt = False,
) -> None:
    """Import customers, contacts and invoices; all or nothing, safe to repeat."""
    summary = _run_import("ledger", lambda s: import_ledger_csv(
        session=s, path=file, date_format=date_format, decimal_comma=decimal_comma, actor="cli:import"))
    console.print(
        f"{summary.rows} rows: {summary.invoices_created} invoices created, {summary.invoices_updated} updated, "
        f"{summary.invoices_unchanged} unchanged; {summary.customers_created} customers created, "
        f"{summary.customers_updated} updated; {summary.contacts_created} contacts created.")


@app.command("import-payments")
def import_payments_cmd(
    file: Annotated[Path, typer.Argument(help="Payments CSV: payment_id,customer_id,date,amount,currency,"
                                              "reference[,invoice_number]")],
    date_format: DateFormatOpt = DateFormat.ISO,
    decimal_comma: DecimalCommaOpt = False,
) -> None:
    """Record payments and apply them to the invoices they name; all or nothing."""
    summary = _run_import("payments", lambda s: import_payments_csv(
        session=s, path=file, date_format=date_format, decimal_comma=decimal_comma, actor="cli:import-payments"))
    console.print(
        f"{summary.rows} rows: {summary.payments_created} payments recorded, {summary.payments_unchanged} "
        f"already known; {summary.applications} applied to invoices, {summary.unapplied} with money unapplied.")


def print_aging(report, *, by_customer: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Print an aging report as Rich tables: totals per currency, then per customer."""
    tables = [(f"Aging as of {report.as_of}: totals", report.totals, False)]
    if by_customer:
        tables.append(("By customer", report.customers, True))
    for title, rows, with_customer in tables:
        table = Table(title=title, title_justify="left")
        if with_customer:
            table.add_column("Customer", no_wrap=True, max_width=34, overflow="ellipsis")
        table.add_column("Currency")
        for name in (*BUCKETS, "Total"):
            table.add_column(name, justify="right", no_wrap=True)
        for row in rows:
            head = [f"{row.customer_id} {row.customer_name or ''}".strip()] if with_customer else []
            table.add_row(*head, row.currency, *[f"{row.buckets[b]:,.2f}" for b in BUCKETS], f"{row.total:,.2f}")
        console.print(table)


@report_app.command("aging")
def aging_cmd(as_of: AsOfOpt = None, json_out: JsonOpt = False) -> None:
    """Open balances by days past due (current, 1-30, 31-60, 61-90, 91+), per customer and currency."""
    day = _as_of(as_of)
    settings = load_settings()
    with open_engine(settings) as engine, session_scope(engine) as session:
        report = aging_report(session=session, as_of=day)
    if json_out:
        typer.echo(json.dumps(report.as_dict(), indent=2))
    else:
        print_aging(report)


@report_app.command("dso", help=f"Days sales outstanding per currency. {DSO_FORMULA}")
def dso_cmd(
    as_of: AsOfOpt = None,
    days: Annotated[int, typer.Option("--days", min=1, help="Length of the period in days.")] = 90,
    json_out: JsonOpt = False,
) -> None:
    day = _as_of(as_of)
    settings = load_settings()
    with open_engine(settings) as engine, session_scope(engine) as session:
        rows = dso_report(session=session, as_of=day, days=days)
    if json_out:
        typer.echo(json.dumps({"as_of": day.isoformat(), "days": days, "dso": [r.as_dict() for r in rows]}, indent=2))
        return
    table = Table(title=f"DSO over {days} days to {day}")
    for name in ("Currency", "Receivables", "Credit sales", "DSO (days)"):
        table.add_column(name, justify="right")
    for r in rows:
        table.add_row(r.currency, f"{r.receivables:,.2f}", f"{r.credit_sales:,.2f}",
                      "n/a" if r.dso is None else f"{r.dso}")
    console.print(table)


@report_app.command("promises")
def promises_cmd(json_out: JsonOpt = False) -> None:
    """Promises to pay by status, and the kept rate (kept / judged), per customer and overall."""
    settings = load_settings()
    with open_engine(settings) as engine, session_scope(engine) as session:
        report = promise_report(session=session)
    if json_out:
        typer.echo(json.dumps(report, indent=2))
        return
    table = Table(title="Promises to pay")
    for name in ("Customer", "Open", "Kept", "Partly kept", "Broken", "Kept rate"):
        table.add_column(name, justify="left" if name == "Customer" else "right")
    for row in [*report["customers"], {**report["overall"], "customer_id": "All", "customer_name": ""}]:
        rate = "n/a" if row["kept_rate"] is None else f"{row['kept_rate']:.0%}"
        table.add_row(f"{row['customer_id']} {row['customer_name'] or ''}".strip(), str(row["open"]),
                      str(row["kept"]), str(row["partly_kept"]), str(row["broken"]), rate)
    console.print(table)


@report_app.command("cei", help=f"Collection Effectiveness Index over a period. {CEI_FORMULA}")
def cei_cmd(
    start: Annotated[str, typer.Option("--from", help="Period start, YYYY-MM-DD (exclusive).")],
    as_of: AsOfOpt = None,
    json_out: JsonOpt = False,
) -> None:
    day, begin = _as_of(as_of), _as_of(start)
    settings = load_settings()
    with open_engine(settings) as engine, session_scope(engine) as session:
        try:
            rows = cei_report(session=session, start=begin, end=day)
        except ValueError as e:
            raise fail(str(e), 2) from None
    if json_out:
        typer.echo(json.dumps({"from": begin.isoformat(), "as_of": day.isoformat(),
                               "cei": [r.as_dict() for r in rows]}, indent=2))
        return
    table = Table(title=f"CEI {begin} to {day}")
    for name in ("Currency", "Start AR", "Credit sales", "End AR", "End current", "CEI %"):
        table.add_column(name, justify="right")
    for r in rows:
        table.add_row(r.currency, f"{r.start_receivables:,.2f}", f"{r.credit_sales:,.2f}",
                      f"{r.end_receivables:,.2f}", f"{r.end_current:,.2f}", "n/a" if r.cei is None else str(r.cei))
    console.print(table)


@report_app.command("trend")
def trend_cmd(
    start: Annotated[str, typer.Option("--from", help="Period start, YYYY-MM-DD.")],
    as_of: AsOfOpt = None,
) -> None:
    """DSO and CEI at each month end of a period, as JSON (what the manager's charts draw)."""
    day, begin = _as_of(as_of), _as_of(start)
    settings = load_settings()
    with open_engine(settings) as engine, session_scope(engine) as session:
        typer.echo(json.dumps(trend_report(session=session, start=begin, end=day), indent=2))


@user_app.command("add")
def user_add_cmd(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[Role, typer.Option("--role", help="specialist or manager.")],
) -> None:
    """Create a user and print an API token once (only its hash is stored)."""
    settings = load_settings()
    with open_engine(settings) as engine:
        try:
            with session_scope(engine) as session:
                user, token = create_user(session=session, name=name, role=role, actor="cli")
        except LedgerError as e:
            raise fail(str(e)) from None
    err_console.print(f"created {role.value} {user.name!r}; the token below is shown only once:")
    typer.echo(token)
