"""Commands for triage: `arbot triage FILE.eml...` and `arbot eval DIR`."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from agent.cli.app import app, console, fail, load_settings, open_engine
from agent.config import Settings

TriageFn = Callable[[Any, Any], Any]


def _engine_triage(settings: Settings, *, llm: bool) -> TriageFn:
    """Return `(parsed, directory) -> TriageResult` for the local engine or the LLM path."""
    from agent.triage.local import LocalTriage

    local = LocalTriage()
    if not llm:
        return local.triage
    from agent.triage.llm import build_llm_triage

    llm_triage = build_llm_triage(settings, local_triage=local.triage)
    if llm_triage is None:
        raise fail("the LLM is not configured: set ARBOT_LLM=openai:MODEL (and OPENAI_API_KEY)")
    return llm_triage.triage


@app.command("triage")
def triage_command(
    files: Annotated[list[Path], typer.Argument(help="Messages (.eml) to triage")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line")] = False,
    llm: Annotated[bool, typer.Option("--llm", help="Use the configured LLM triage")] = False,
) -> None:
    """Triage messages against the configured ledger and print intent and facts."""
    from sqlmodel import Session

    from agent.mail.parse import parse_message
    from agent.triage.directory import load_directory

    settings = load_settings()
    for path in files:
        if not path.is_file():
            raise fail(f"{path}: no such file")
    triage = _engine_triage(settings, llm=llm or settings.llm != "local")
    with open_engine(settings) as engine, Session(engine) as session:
        directory = load_directory(session)
    rows = []
    for path in files:
        result = triage(parse_message(path.read_bytes()), directory)
        rows.append({"file": str(path), **result.public_dict()})
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table("file", "intent", "conf.", "customer", "invoices", "date", "amount", "reason",
                  "reference", "lang")
    for row in rows:
        amount = "" if row["amount"] is None else f"{row['amount']:,.2f} {row['currency'] or ''}"
        intent = row["intent"] + "".join(f" +{s}" for s in row["secondary"])
        table.add_row(row["file"], intent, f"{row['confidence']:.2f}", row["customer_id"] or "",
                      ", ".join(row["invoice_numbers"]), row["promised_date"] or "", amount,
                      row["dispute_reason"] or "", row["payment_reference"] or "",
                      row["language"] or "")
    console.print(table)


def _corpus_directory(corpus_dir: Path) -> Any:
    """Import the corpus's ledger.csv into a throw-away SQLite database and read it back."""
    from sqlmodel import Session

    from agent.db import make_engine, migrate
    from agent.ledger.importer import import_ledger_csv
    from agent.triage.directory import load_directory
    from agent.triage.train import ledger_path

    with tempfile.TemporaryDirectory(prefix="arbot-eval-") as tmp:
        engine = make_engine(Settings(database_url=f"sqlite:///{Path(tmp) / 'eval.db'}"))
        try:
            migrate(engine)
            with Session(engine) as session:
                import_ledger_csv(session=session, path=ledger_path(corpus_dir))
                session.commit()
                return load_directory(session)
        finally:
            engine.dispose()


@app.command("eval")
def eval_command(
    corpus_dir: Annotated[Path, typer.Argument(help="Corpus folder: ledger.csv, mail/, labels")],
    llm: Annotated[bool, typer.Option("--llm", help="Score the configured LLM triage")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="List the messages scored wrong")] = False,
) -> None:
    """Score triage on a labelled corpus: intent P/R/F1, confusion matrix, field accuracy."""
    from agent.mail.parse import parse_message
    from agent.triage.evaluate import evaluate_corpus

    settings = load_settings()
    if not corpus_dir.is_dir():
        raise fail(f"{corpus_dir}: not a folder")
    triage = _engine_triage(settings, llm=llm)
    directory = _corpus_directory(corpus_dir)
    report = evaluate_corpus(
        corpus_dir, lambda raw: triage(parse_message(raw), directory).public_dict())
    if report.messages == 0:
        raise fail(f"{corpus_dir}: no labelled messages (labels*.jsonl and mail/*.eml)")
    if as_json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return
    _print_report(report, errors=errors)


def _print_report(report: Any, *, errors: bool) -> None:
    from agent.triage.evaluate import INTENTS

    intents = Table("intent", "precision", "recall", "F1", "support",
                    title=f"Intent ({report.messages} messages)")
    for intent, row in report.per_intent.items():
        if row["support"] or any(report.confusion[g][intent] for g in INTENTS):
            intents.add_row(intent, f"{row['precision']:.3f}", f"{row['recall']:.3f}",
                            f"{row['f1']:.3f}", str(row["support"]))
    intents.add_row("[bold]macro-F1[/]", "", "", f"[bold]{report.macro_f1:.3f}[/]", "")
    intents.add_row("accuracy", "", "", f"{report.accuracy:.3f}", "")
    console.print(intents)
    short = {i: i.replace("_request", "").replace("promise_to_pay", "promise")[:9] for i in INTENTS}
    confusion = Table("label \\ predicted", *[short[i] for i in INTENTS], title="Confusion")
    for gold in INTENTS:
        confusion.add_row(short[gold], *[str(report.confusion[gold][got]) or "" for got in INTENTS])
    console.print(confusion)
    fields = Table("field", "accuracy", "right / over", title="Fields")
    for name, value in report.fields.items():
        shown = "n/a" if value.value is None else f"{value.value:.3f}"
        fields.add_row(name, shown, f"{value.right} / {value.total}")
    fields.add_row("invoice_numbers F1", f"{report.invoice_f1:.3f}", "")
    console.print(fields)
    if errors:
        for error in report.errors:
            console.print(f"{error['file']}: {error['intent']} → {error['predicted']}; "
                          + "; ".join(error["wrong"]), highlight=False)
