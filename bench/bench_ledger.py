"""Ledger benchmarks: import 100,000 invoices; aging over 1,000,000 open invoices on PostgreSQL.

The aging report is timed side by side with one hand-written SQL GROUP BY over the same table,
in the same run. Each uses a fresh database that is dropped afterwards.

    python3 bench/bench_ledger.py [--pg URL] [--import-rows 100000] [--aging-rows 1000000]
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import statistics
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import sqlalchemy as sa

from agent.config import Settings
from agent.db import make_engine, migrate, session_scope
from agent.ledger.importer import import_ledger_csv
from agent.ledger.reports import aging_report

AS_OF = date(2026, 11, 20)
CURRENCIES = ["USD", "EUR", "GBP", "CAD"]

HAND_WRITTEN = """
SELECT customer_id, currency,
  sum(amount - paid_amount) FILTER (WHERE :as_of - due_date <= 0) AS current,
  sum(amount - paid_amount) FILTER (WHERE :as_of - due_date BETWEEN 1 AND 30) AS d30,
  sum(amount - paid_amount) FILTER (WHERE :as_of - due_date BETWEEN 31 AND 60) AS d60,
  sum(amount - paid_amount) FILTER (WHERE :as_of - due_date BETWEEN 61 AND 90) AS d90,
  sum(amount - paid_amount) FILTER (WHERE :as_of - due_date > 90) AS d91
FROM invoice WHERE status = 'open' AND issue_date <= :as_of
GROUP BY customer_id, currency
"""


def fresh_database(admin_url: str) -> tuple[str, str]:
    name = f"arbot_bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return name, sa.make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_database(admin_url: str, name: str) -> None:
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def invoice_rows(n: int, customers: int, rng: random.Random):  # type: ignore[no-untyped-def]
    for i in range(n):
        cid = f"C{rng.randrange(customers):06d}"
        issue = AS_OF - timedelta(days=rng.randint(0, 200))
        due = issue + timedelta(days=rng.choice([14, 30, 45, 60]))
        yield (cid, f"Customer {cid}", f"ap@{cid.lower()}.example", f"INV-{i:08d}", issue.isoformat(),
               due.isoformat(), f"{rng.uniform(50, 50000):.2f}", CURRENCIES[hash(cid) % 4], "open")


def bench_import(url: str, rows: int) -> None:
    engine = make_engine(Settings(database_url=url))
    migrate(engine)
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ledger.csv"
        with path.open("w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["customer_id", "customer_name", "contact_email", "invoice_number", "issue_date",
                        "due_date", "amount", "currency", "status"])
            w.writerows(invoice_rows(rows, 5000, rng))
        t0 = time.perf_counter()
        with session_scope(engine) as s:
            summary = import_ledger_csv(session=s, path=path)
        first = time.perf_counter() - t0
        t0 = time.perf_counter()
        with session_scope(engine) as s:
            import_ledger_csv(session=s, path=path)
        again = time.perf_counter() - t0
    engine.dispose()
    print(f"import {summary.invoices_created:,} invoices ({summary.customers_created:,} customers): "
          f"{first:.1f} s, {rows / first:,.0f} rows/s; re-import unchanged: {again:.1f} s")


def load_open_invoices(url: str, rows: int, customers: int) -> None:
    """Fill the invoice table with COPY (set-up, not measured)."""
    engine = make_engine(Settings(database_url=url))
    migrate(engine)
    rng = random.Random(2)
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        with cur.copy("COPY customer (id, name, manual, created_at) FROM STDIN") as copy:
            for c in range(customers):
                copy.write_row((f"C{c:06d}", f"Customer {c}", False, "2026-01-01T00:00:00Z"))
        with cur.copy("COPY invoice (number, customer_id, issue_date, due_date, currency, amount, paid_amount, "
                      "status, created_at) FROM STDIN") as copy:
            for cid, _n, _e, number, issue, due, amount, currency, status in invoice_rows(rows, customers, rng):
                paid = "0" if rng.random() < 0.8 else f"{float(amount) / 2:.2f}"
                copy.write_row((number, cid, issue, due, currency, amount, paid, status, "2026-01-01T00:00:00Z"))
        raw.commit()
        cur.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()
        engine.dispose()


def bench_aging(url: str, repeats: int) -> None:
    engine = make_engine(Settings(database_url=url))
    ours, hand = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        with engine.connect() as conn:
            result = conn.execute(sa.text(HAND_WRITTEN), {"as_of": AS_OF}).all()
        hand.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        with session_scope(engine) as s:
            report = aging_report(session=s, as_of=AS_OF)
        ours.append(time.perf_counter() - t0)
    engine.dispose()
    h, o = statistics.median(hand), statistics.median(ours)
    print(f"aging over the invoice table: hand-written GROUP BY {h:.2f} s ({len(result):,} rows); "
          f"arbot report {o:.2f} s ({len(report.customers):,} customer rows); ratio {o / h:.2f}x "
          f"(median of {repeats})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--aging-rows", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    for label, job in (("import", lambda url: bench_import(url, args.import_rows)),
                       ("aging", lambda url: (load_open_invoices(url, args.aging_rows, args.customers),
                                              bench_aging(url, args.repeats)))):
        name, url = fresh_database(args.pg)
        try:
            job(url)
        finally:
            drop_database(args.pg, name)
        del label


if __name__ == "__main__":
    io.DEFAULT_BUFFER_SIZE = 1 << 16
    main()
