"""Recording payments and applying them to invoices."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from agent.db import session_scope
from agent.ledger.csvfmt import CsvImportError
from agent.ledger.errors import ForeignCustomer
from agent.ledger.importer import import_ledger_csv
from agent.ledger.models import AuditEvent, Invoice, InvoiceStatus, Payment
from agent.ledger.payments import apply_payment, import_payments_csv
from tests.ledger_helpers import snapshot, write_csv

HEADER = ["payment_id", "customer_id", "date", "amount", "currency", "reference", "invoice_number"]


@pytest.fixture
def ledger(engine: Engine, tmp_path: Path) -> Engine:
    path = write_csv(tmp_path / "l.csv", [
        ["C1", "Acme", "", "INV-1", "2026-09-01", "2026-10-01", "100.00", "USD", "open"],
        ["C1", "Acme", "", "INV-2", "2026-09-01", "2026-10-01", "50.00", "USD", "open"],
        ["C2", "Bolt", "", "INV-3", "2026-09-01", "2026-10-01", "70.00", "EUR", "open"],
    ])
    with session_scope(engine) as s:
        import_ledger_csv(session=s, path=path)
    return engine


def _invoice(engine: Engine, number: str) -> Invoice:
    with Session(engine) as s:
        return s.exec(select(Invoice).where(Invoice.number == number)).one()


def test_payments_apply_and_reimport_changes_nothing(ledger: Engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [
        ["P1", "C1", "2026-11-10", "100.00", "USD", "ACH 88123", "INV-1"],
        ["P2", "C1", "2026-11-11", "20.00", "USD", "", "INV-2"],
        ["P3", "C2", "2026-11-12", "5.00", "EUR", "SEPA", ""],
    ], HEADER)
    with session_scope(ledger) as s:
        summary = import_payments_csv(session=s, path=path)
    assert (summary.payments_created, summary.applications, summary.unapplied) == (3, 2, 1)
    assert _invoice(ledger, "INV-1").status == InvoiceStatus.PAID
    partly = _invoice(ledger, "INV-2")
    assert (partly.status, partly.amount - partly.paid_amount) == (InvoiceStatus.OPEN, Decimal("30"))
    before = snapshot(ledger)
    with session_scope(ledger) as s:
        again = import_payments_csv(session=s, path=path)
    assert again.payments_unchanged == 3 and snapshot(ledger) == before


def test_overpayment_leaves_the_rest_unapplied(ledger: Engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["P1", "C1", "2026-11-10", "130.00", "USD", "", "INV-2"]], HEADER)
    with session_scope(ledger) as s:
        import_payments_csv(session=s, path=path)
    with Session(ledger) as s:
        payment = s.exec(select(Payment)).one()
        assert payment.unapplied_amount == Decimal("80")
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "payment.applied")).one().entity_id == "INV-2"


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        (["P1", "C9", "2026-11-10", "1.00", "USD", "", ""], "customer_id", "unknown customer"),
        (["P1", "C1", "2026-11-10", "1.00", "USD", "", "INV-3"], "invoice_number", "another customer"),
        (["P1", "C2", "2026-11-10", "1.00", "USD", "", "INV-3"], "currency", "differs"),
        (["P1", "C1", "10/11/2026", "1.00", "USD", "", ""], "date", "not a date"),
        (["P1", "C1", "2026-11-10", "-1.00", "USD", "", ""], "amount", "negative"),
    ],
)
def test_bad_payment_rows_change_nothing(ledger: Engine, tmp_path: Path, row: list[str], column: str, words: str) -> None:
    before = snapshot(ledger)
    path = write_csv(tmp_path / "p.csv", [["P0", "C1", "2026-11-09", "1.00", "USD", "", ""], row], HEADER)
    with pytest.raises(CsvImportError) as err, session_scope(ledger) as s:
        import_payments_csv(session=s, path=path)
    assert (err.value.errors[0].line, err.value.errors[0].column) == (3, column)
    assert words in err.value.errors[0].message
    assert snapshot(ledger) == before


def test_apply_payment_refuses_another_customers_invoice(ledger: Engine) -> None:
    with session_scope(ledger) as s:
        payment = Payment(external_id="X", customer_id="C1", received_date=_invoice(ledger, "INV-1").due_date,
                          amount=Decimal("5"), unapplied_amount=Decimal("5"), currency="EUR")
        s.add(payment)
        s.flush()
        with pytest.raises(ForeignCustomer):
            apply_payment(session=s, payment=payment, invoice=s.get(Invoice, _invoice(ledger, "INV-3").id), actor="t")
