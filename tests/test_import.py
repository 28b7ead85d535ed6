"""Importing the ledger CSV: valid files, re-imports, changes, and bad files that change nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from agent.db import session_scope
from agent.ledger.csvfmt import CsvImportError, DateFormat
from agent.ledger.importer import import_ledger_csv
from agent.ledger.models import AuditEvent, Contact, Customer, Invoice, InvoiceStatus
from tests.conftest import REPO
from tests.ledger_helpers import snapshot, write_csv

SAMPLE = REPO / "agent" / "demo" / "sample_ledger.csv"


def test_sample_ledger_imports_forty_customers(engine: Engine) -> None:
    with session_scope(engine) as s:
        summary = import_ledger_csv(session=s, path=SAMPLE)
    assert summary.customers_created == 40
    with Session(engine) as s:
        assert len(s.exec(select(Customer)).all()) == 40
        invoices = s.exec(select(Invoice)).all()
        assert len(invoices) == summary.rows == summary.invoices_created
        assert {i.status for i in invoices} == {InvoiceStatus.OPEN, InvoiceStatus.PAID, InvoiceStatus.VOID}
        contacts = s.exec(select(Contact).where(Contact.customer_id == "C001")).all()
        assert {c.email for c in contacts} == {"ap@acmelogistics.com", "jane.miller@acmelogistics.com"}
        assert sum(c.is_primary for c in contacts) == 1


def test_reimporting_the_same_file_changes_nothing(engine: Engine) -> None:
    with session_scope(engine) as s:
        import_ledger_csv(session=s, path=SAMPLE)
    before = snapshot(engine)
    with session_scope(engine) as s:
        summary = import_ledger_csv(session=s, path=SAMPLE)
    assert summary.invoices_unchanged == summary.rows
    assert snapshot(engine) == before


def test_changed_row_updates_the_invoice_and_leaves_an_audit_event(engine: Engine, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "a.csv", [
        ["C1", "Acme", "ap@acme.test", "INV-1", "2026-10-01", "2026-10-31", "100.00", "USD", "open"],
        ["C1", "Acme", "ap@acme.test", "INV-2", "2026-10-01", "2026-10-31", "50.00", "USD", "open"],
    ])
    second = write_csv(tmp_path / "b.csv", [
        ["C1", "Acme", "ap@acme.test", "INV-1", "2026-10-01", "2026-11-15", "120.00", "USD", "open"],
        ["C1", "Acme", "ap@acme.test", "INV-2", "2026-10-01", "2026-10-31", "50.00", "USD", "paid"],
    ])
    with session_scope(engine) as s:
        import_ledger_csv(session=s, path=first)
    with session_scope(engine) as s:
        summary = import_ledger_csv(session=s, path=second)
    assert (summary.invoices_updated, summary.invoices_unchanged) == (2, 0)
    with Session(engine) as s:
        inv1 = s.exec(select(Invoice).where(Invoice.number == "INV-1")).one()
        assert str(inv1.due_date) == "2026-11-15" and inv1.amount == 120
        events = s.exec(select(AuditEvent).where(AuditEvent.action == "invoice.updated")).all()
        by_invoice = {e.entity_id: e for e in events}
        assert by_invoice["INV-1"].details["amount"] == ["100.0000", "120.00"]
        assert by_invoice["INV-2"].details["status"] == ["open", "paid"]


GOOD = ["C1", "Acme", "ap@acme.test", "INV-1", "2026-10-01", "2026-10-31", "100.00", "USD", "open"]


def _with(**changes: str) -> list[str]:
    row = list(GOOD)
    for key, value in changes.items():
        row[["customer_id", "customer_name", "contact_email", "invoice_number", "issue_date", "due_date",
             "amount", "currency", "status"].index(key)] = value
    return row


@pytest.mark.parametrize(
    ("rows", "line", "column", "words"),
    [
        ([GOOD, _with(invoice_number="INV-2", due_date="31/10/2026")], 3, "due_date", "not a date"),
        ([GOOD, _with(invoice_number="INV-2", issue_date="2026-02-30")], 3, "issue_date", "not a date"),
        ([GOOD, _with(invoice_number="INV-2", amount="-5.00")], 3, "amount", "negative"),
        ([GOOD, _with(invoice_number="INV-2", amount="12,5x")], 3, "amount", "not a number"),
        ([_with(currency="XYZ"), GOOD], 2, "currency", "ISO 4217"),
        ([GOOD, _with(customer_id="C2")], 3, "invoice_number", "already on line 2"),
        ([GOOD, _with(invoice_number="INV-9", status="closed")], 3, "status", "not a status"),
        ([GOOD, _with(invoice_number="INV-9", contact_email="not an email")], 3, "contact_email", "email"),
        ([GOOD, _with(invoice_number="")], 3, "invoice_number", "empty"),
    ],
)
def test_malformed_rows_name_line_and_column_and_change_nothing(
    engine: Engine, tmp_path: Path, rows: list[list[str]], line: int, column: str, words: str
) -> None:
    with session_scope(engine) as s:
        import_ledger_csv(session=s, path=write_csv(tmp_path / "base.csv", [
            ["C0", "Base", "", "INV-0", "2026-09-01", "2026-09-30", "10.00", "EUR", "open"]]))
    before = snapshot(engine)
    with pytest.raises(CsvImportError) as err, session_scope(engine) as s:
        import_ledger_csv(session=s, path=write_csv(tmp_path / "bad.csv", rows))
    first = err.value.errors[0]
    assert (first.line, first.column) == (line, column)
    assert words in first.message
    assert f"line {line}, column '{column}'" in str(err.value)
    assert snapshot(engine) == before


def test_missing_column_is_named(engine: Engine, tmp_path: Path) -> None:
    header = ["customer_id", "customer_name", "invoice_number", "issue_date", "amount", "currency"]
    path = write_csv(tmp_path / "bad.csv", [["C1", "Acme", "INV-1", "2026-10-01", "1.00", "USD"]], header)
    with pytest.raises(CsvImportError) as err, session_scope(engine) as s:
        import_ledger_csv(session=s, path=path)
    assert [(e.line, e.column) for e in err.value.errors] == [(1, "due_date")]


def test_invoice_number_owned_by_another_customer_in_the_database(engine: Engine, tmp_path: Path) -> None:
    with session_scope(engine) as s:
        import_ledger_csv(session=s, path=write_csv(tmp_path / "a.csv", [GOOD]))
    before = snapshot(engine)
    with pytest.raises(CsvImportError) as err, session_scope(engine) as s:
        import_ledger_csv(session=s, path=write_csv(tmp_path / "b.csv", [_with(customer_id="C2")]))
    assert (err.value.errors[0].line, err.value.errors[0].column) == (2, "invoice_number")
    assert snapshot(engine) == before


def test_aliases_and_day_month_dates(engine: Engine, tmp_path: Path) -> None:
    header = ["Customer No", "Name", "Email", "Invoice No", "Invoice Date", "Due", "Total", "CCY", "State"]
    path = write_csv(tmp_path / "erp.csv", [
        ["C7", "Sete Lda", "AP@sete.pt", "FT 2026/17", "01.10.2026", "31.10.2026", "1,250.50", "eur", "OPEN"],
    ], header)
    with session_scope(engine) as s:
        import_ledger_csv(session=s, path=path, date_format=DateFormat.DMY)
    with Session(engine) as s:
        invoice = s.exec(select(Invoice)).one()
        assert (str(invoice.due_date), invoice.amount, invoice.currency) == ("2026-10-31", 1250.5, "EUR")
        assert s.exec(select(Contact)).one().email == "ap@sete.pt"


def test_non_utf8_file_is_a_clear_error(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    shutil.copy(SAMPLE, path)
    path.write_bytes(path.read_bytes() + "C1,Caf\xe9,,INV-X,2026-01-01,2026-01-02,1,EUR,open\n".encode("latin-1"))
    with pytest.raises(CsvImportError, match="not UTF-8"), session_scope(engine) as s:
        import_ledger_csv(session=s, path=path)
