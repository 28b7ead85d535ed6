"""`arbot dunning`: what the reminder cadence would send today, and drafting it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from agent.cli.app import app, console, fail, load_settings, open_engine
from agent.cli.ledger_cmds import AsOfOpt, JsonOpt, _as_of
from agent.db import session_scope
from agent.dunning.cadence import CadenceError, load_cadence
from agent.dunning.plan import plan_dunning
from agent.dunning.run import run_dunning


@app.command("dunning")
def dunning_cmd(
    as_of: AsOfOpt = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be sent; change nothing.")] = False,
    json_out: JsonOpt = False,
    cadence_file: Annotated[Path | None, typer.Option("--cadence", help="Cadence YAML (default: built in).")] = None,
) -> None:
    """Run the reminder cadence: one email per customer, holds respected, never twice a day."""
    day = _as_of(as_of)
    settings = load_settings()
    try:
        cadence = load_cadence(cadence_file or settings.cadence_file)
    except (CadenceError, OSError) as e:
        raise fail(str(e)) from None
    with open_engine(settings) as engine, session_scope(engine) as session:
        plans = plan_dunning(session=session, cadence=cadence, as_of=day)
        report = {"as_of": day.isoformat(), "dry_run": dry_run, "customers": [p.as_dict() for p in plans]}
        if not dry_run:
            outcome = run_dunning(session=session, cadence=cadence, as_of=day, settings=settings)
            report["drafts"] = outcome.drafts
            report["queued"] = outcome.queued
            report["escalations"] = outcome.escalations
    if json_out:
        typer.echo(json.dumps(report, indent=2))
        return
    table = Table(title=f"Dunning {'(dry run) ' if dry_run else ''}as of {day}", title_justify="left")
    for name in ("Customer", "Action", "Stages", "Held"):
        table.add_column(name, overflow="fold")
    for plan in plans:
        stages = ", ".join(f"{line.number}:{line.stage}" for line in plan.due_now)
        held = "; ".join(f"{n}: {why}" for n, why in plan.held)
        table.add_row(f"{plan.customer_id} {plan.customer_name}", plan.hold or plan.action, stages, held)
    console.print(table)
    if not dry_run:
        console.print(f"{len(report['drafts'])} reminder drafts created ({len(report['queued'])} queued to send in "
                      f"business hours, the rest wait for approval), {len(report['escalations'])} escalations.")
