"""A labelled corpus folder (DESIGN.md): ledger.csv, mail/*.eml and labels*.jsonl."""

from __future__ import annotations

import csv
import json
import logging
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from agent.triage.directory import DirectoryInvoice, LedgerDirectory

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LabelledMessage:
    """One message of a corpus: its file, raw bytes and label."""

    file: str
    raw: bytes
    label: dict[str, Any]


def load_labels(corpus_dir: Path) -> dict[str, dict[str, Any]]:
    """Return labels by file ("mail/x.eml") from labels.jsonl and any labels.*.jsonl."""
    labels: dict[str, dict[str, Any]] = {}
    for path in sorted(corpus_dir.glob("labels*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line_no, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as error:
                    raise ValueError(f"{path}:{line_no}: not JSON: {error}") from error
                labels[row["file"]] = row
    return labels


def load_corpus(corpus_dir: Path) -> list[LabelledMessage]:
    """Return the labelled messages whose .eml file exists, in file order."""
    labels = load_labels(corpus_dir)
    messages = []
    for file, label in sorted(labels.items()):
        # Labels name files as "mail/x.eml" (DESIGN.md); accept a bare "x.eml" or a path too.
        candidates = [corpus_dir / file, corpus_dir / "mail" / file, corpus_dir / "mail" / Path(file).name]
        path = next((c for c in candidates if c.is_file()), None)
        if path is None:
            log.warning("corpus %s: labelled file %s not found; left out", corpus_dir, file)
            continue
        messages.append(LabelledMessage(file, path.read_bytes(), label))
    return messages


def directory_from_csv(path: Path) -> LedgerDirectory:
    """Build a directory straight from a ledger CSV (training and tests; no database needed).

    `arbot eval` imports the CSV into a database with the ledger importer instead, so that what
    is scored is what a deployment sees; this reader keeps training free of a database.
    """
    directory = LedgerDirectory()
    with path.open(newline="", encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle):
            customer_id = (row.get("customer_id") or "").strip()
            if not customer_id:
                continue
            directory.add_customer(customer_id, (row.get("customer_name") or "").strip())
            for email in (row.get("contact_email") or "").replace(";", ",").split(","):
                if email.strip():
                    directory.add_contact(customer_id, email)
            number = (row.get("invoice_number") or "").strip()
            if not number:
                continue
            try:
                amount = Decimal((row.get("amount") or "0").replace(",", ""))
            except InvalidOperation:
                amount = Decimal("0")
            status = (row.get("status") or "open").strip().lower()
            directory.add_invoice(DirectoryInvoice(
                number=number, customer_id=customer_id,
                currency=(row.get("currency") or "").strip().upper(), amount=amount,
                open_amount=amount if status == "open" else Decimal("0"),
                po_number=(row.get("po_number") or "").strip() or None, status=status,
            ))
    return directory
