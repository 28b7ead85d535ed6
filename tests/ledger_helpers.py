"""Helpers for ledger tests: snapshots of every table, and writing CSV files."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

import agent.ledger.models  # noqa: F401

LEDGER_HEADER = ["customer_id", "customer_name", "contact_email", "invoice_number", "issue_date",
                 "due_date", "amount", "currency", "status"]


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Return every row of every table, sorted, to compare a database before and after."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for name, table in SQLModel.metadata.tables.items():
            rows = conn.execute(sa.select(table)).all()
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def write_csv(path: Path, rows: list[list[Any]], header: list[str] | None = None) -> Path:
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(header or LEDGER_HEADER)
        w.writerows(rows)
    return path
