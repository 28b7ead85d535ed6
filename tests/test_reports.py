"""Aging and DSO, checked against independent computations from the CSV."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from agent.db import session_scope
from agent.ledger.importer import import_ledger_csv
from agent.ledger.payments import import_payments_csv
from agent.ledger.reports import aging_report, dso_report
from tests.conftest import REPO
from tests.ledger_helpers import write_csv

SAMPLE = REPO / "agent" / "demo" / "sample_ledger.csv"
AS_OF = date(2026, 11, 20)


def independent_aging(path: Path, as_of: date) -> dict[str, dict[str, Decimal]]:
    """Bucket totals per currency straight from the CSV, by days past due."""
    totals: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    with path.open(newline="") as f:
        for row in csv.DictReader(f):
            if row["status"] != "open" or date.fromisoformat(row["issue_date"]) > as_of:
                continue
            days = (as_of - date.fromisoformat(row["due_date"])).days
            name = ("current" if days <= 0 else "1-30" if days <= 30 else "31-60" if days <= 60
                    else "61-90" if days <= 90 else "91+")
            totals[row["currency"]][name] += Decimal(row["amount"])
            totals[row["currency"]]["total"] += Decimal(row["amount"])
    return totals


def test_aging_equals_an_independent_computation_from_the_csv(engine: Engine) -> None:
    with session_scope(engine) as s:
        import_ledger_csv(session=s, path=SAMPLE)
        report = aging_report(session=s, as_of=AS_OF).as_dict()
    expected = independent_aging(SAMPLE, AS_OF)
    assert {t["currency"] for t in report["totals"]} == set(expected)
    for total in report["totals"]:
        for bucket in ("current", "1-30", "31-60", "61-90", "91+", "total"):
            assert Decimal(str(total[bucket])) == expected[total["currency"]][bucket], (total["currency"], bucket)
    # Per customer rows add up to the totals, one currency at a time.
    for total in report["totals"]:
        rows = [c for c in report["customers"] if c["currency"] == total["currency"]]
        assert round(sum(c["total"] for c in rows), 2) == total["total"]


def test_payments_reduce_balances_and_a_past_as_of_adds_later_payments_back(engine: Engine, tmp_path: Path) -> None:
    ledger = write_csv(tmp_path / "l.csv", [
        ["C1", "Acme", "", "INV-1", "2026-09-01", "2026-10-01", "100.00", "USD", "open"],
        ["C1", "Acme", "", "INV-2", "2026-09-01", "2026-11-30", "40.00", "USD", "open"],
        ["C2", "Bolt", "", "INV-3", "2026-07-01", "2026-08-01", "70.00", "EUR", "open"],
    ])
    payments = write_csv(tmp_path / "p.csv", [
        ["P1", "C1", "2026-11-10", "30.00", "USD", "ACH 1", "INV-1"],
        ["P2", "C2", "2026-11-10", "70.00", "EUR", "", "INV-3"],
    ], ["payment_id", "customer_id", "date", "amount", "currency", "reference", "invoice_number"])
    with session_scope(engine) as s:
        import_ledger_csv(session=s, path=ledger)
        import_payments_csv(session=s, path=payments)
    with session_scope(engine) as s:
        now = {t["currency"]: t for t in aging_report(session=s, as_of=AS_OF).as_dict()["totals"]}
        before = {t["currency"]: t for t in aging_report(session=s, as_of=date(2026, 11, 1)).as_dict()["totals"]}
    assert now["USD"]["31-60"] == 70.0 and now["USD"]["current"] == 40.0
    assert "EUR" not in now  # INV-3 is paid in full
    assert before["USD"]["31-60"] == 100.0 and before["EUR"]["91+"] == 70.0


def test_dso_by_the_standard_formula(engine: Engine, tmp_path: Path) -> None:
    ledger = write_csv(tmp_path / "l.csv", [
        ["C1", "Acme", "", "INV-1", "2026-09-01", "2026-10-01", "900.00", "USD", "open"],
        ["C1", "Acme", "", "INV-2", "2026-10-15", "2026-11-14", "300.00", "USD", "paid"],
        ["C1", "Acme", "", "INV-3", "2026-06-01", "2026-07-01", "500.00", "USD", "open"],  # before the period
        ["C1", "Acme", "", "INV-4", "2026-10-20", "2026-11-19", "999.00", "USD", "void"],
    ])
    with session_scope(engine) as s:
        import_ledger_csv(session=s, path=ledger)
        (row,) = dso_report(session=s, as_of=AS_OF, days=90)
    # receivables 900 + 500 open; sales in (2026-08-22, 2026-11-20]: 900 + 300, void left out.
    assert (row.receivables, row.credit_sales) == (Decimal("1400"), Decimal("1200"))
    assert row.dso == Decimal("105.0")


def _arbot(args: list[str], db_url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ARBOT_DATABASE_URL": db_url}
    return subprocess.run([sys.executable, "-m", "agent.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_cli_import_and_aging_json(db_url: str, tmp_path: Path) -> None:
    done = _arbot(["import", str(SAMPLE)], db_url, tmp_path)
    assert done.returncode == 0, done.stderr
    done = _arbot(["report", "aging", "--as-of", "2026-11-20", "--json"], db_url, tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    expected = independent_aging(SAMPLE, AS_OF)
    assert {t["currency"]: Decimal(str(t["total"])) for t in report["totals"]} == {
        c: v["total"] for c, v in expected.items()}
    assert set(report["customers"][0]) == {"customer_id", "customer_name", "currency", "current", "1-30",
                                           "31-60", "61-90", "91+", "total"}


def test_cli_bad_file_exits_non_zero_naming_line_and_column(db_url: str, tmp_path: Path) -> None:
    bad = write_csv(tmp_path / "bad.csv", [
        ["C1", "Acme", "", "INV-1", "2026-09-01", "2026-10-01", "100.00", "USD", "open"],
        ["C1", "Acme", "", "INV-2", "2026-09-01", "2026-10-01", "abc", "USD", "open"],
    ])
    done = _arbot(["import", str(bad)], db_url, tmp_path)
    assert done.returncode != 0
    assert "line 3, column 'amount'" in done.stderr
    assert _arbot(["report", "aging", "--json", "--as-of", "2026-11-20"], db_url, tmp_path).stdout.count(
        '"currency"') == 0


@pytest.mark.parametrize("days", [0, -3])
def test_dso_rejects_a_non_positive_period(engine: Engine, days: int) -> None:
    with session_scope(engine) as s, pytest.raises(ValueError):
        dso_report(session=s, as_of=AS_OF, days=days)


def test_cei_by_the_standard_formula(engine: Engine, tmp_path: Path) -> None:
    from agent.ledger.performance import cei_report

    ledger = write_csv(tmp_path / "l.csv", [
        ["C1", "Acme", "", "INV-1", "2026-09-01", "2026-09-30", "1000.00", "USD", "open"],  # open at start
        ["C1", "Acme", "", "INV-2", "2026-10-10", "2026-11-30", "500.00", "USD", "open"],   # sale, current at end
        ["C1", "Acme", "", "INV-3", "2026-10-12", "2026-10-31", "300.00", "USD", "open"],   # sale, overdue at end
    ])
    payments = write_csv(tmp_path / "p.csv", [["P1", "C1", "2026-10-20", "1000.00", "USD", "", "INV-1"]],
                         ["payment_id", "customer_id", "date", "amount", "currency", "reference", "invoice_number"])
    with session_scope(engine) as s:
        import_ledger_csv(session=s, path=ledger)
        import_payments_csv(session=s, path=payments)
        (row,) = cei_report(session=s, start=date(2026, 9, 30), end=date(2026, 11, 20))
    # start 1000, sales 800, end 800 (500 current + 300 overdue): (1000+800-800)/(1000+800-500) = 76.9 %
    assert (row.start_receivables, row.credit_sales, row.end_receivables, row.end_current) == (1000, 800, 800, 500)
    assert row.cei == Decimal("76.9")


def test_promise_report_kept_rate(engine: Engine, tmp_path: Path) -> None:
    from agent.ledger.models import Promise, PromiseStatus
    from agent.ledger.performance import promise_report

    with session_scope(engine) as s:
        import_ledger_csv(session=s, path=SAMPLE)
        for customer, status in [("C001", PromiseStatus.KEPT), ("C001", PromiseStatus.BROKEN),
                                 ("C002", PromiseStatus.KEPT), ("C002", PromiseStatus.OPEN)]:
            s.add(Promise(customer_id=customer, status=status))
    with session_scope(engine) as s:
        report = promise_report(session=s)
    assert report["overall"]["kept_rate"] == round(2 / 3, 4)
    by_customer = {c["customer_id"]: c for c in report["customers"]}
    assert by_customer["C001"]["kept_rate"] == 0.5 and by_customer["C002"]["open"] == 1
