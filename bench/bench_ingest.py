"""Ingest throughput: a bare imapclient fetch vs arbot's ingest into PostgreSQL, same messages.

    python3 bench/bench_ingest.py [--count 10000] [--runs 1] [--pg postgresql+psycopg://...]

Starts its own Dovecot (as the tests do; needs root and dovecot-imapd), loads --count messages
with IMAP APPEND (the corpus in corpus/train/mail/*.eml if present, else generated replies),
then times, in the same run: a bare fetch (BODY.PEEK[], 200 UIDs per FETCH) and
arbot's ingest_mailbox into a fresh PostgreSQL database. Prints messages/s, the ratio, and where
ingest spent its time. --runs N repeats the fetch and the ingest (each into a new database) on
the same loaded mailbox; each run prints its own figures.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from agent.config import Settings  # noqa: E402
from agent.db import make_engine, migrate  # noqa: E402
from agent.mail.inbox import inbox_from_settings  # noqa: E402
from agent.mail.ingest import ingest_mailbox  # noqa: E402
from tests.servers.dovecot import DovecotServer  # noqa: E402
from tests.servers.messages import corpus_or_generated  # noqa: E402


def bare_fetch(account, batch: int = 200) -> tuple[int, int, float]:  # type: ignore[no-untyped-def]
    """Fetch every message with BODY.PEEK[], batch UIDs per FETCH; return (count, bytes, s)."""
    client = account.client()
    started = time.perf_counter()
    client.select_folder("INBOX", readonly=True)
    uids = sorted(client.search(["ALL"]))
    total = 0
    for start in range(0, len(uids), batch):
        found = client.fetch(uids[start : start + batch], ["BODY.PEEK[]"])
        total += sum(len(data[b"BODY[]"]) for data in found.values())
    elapsed = time.perf_counter() - started
    client.logout()
    return len(uids), total, elapsed


def one_run(pg_url: str, account, db_name: str) -> float:  # type: ignore[no-untyped-def]
    """Time a bare fetch, then ingest into a fresh database; print both; return the ratio."""
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{db_name}"')
    try:
        url = sa.make_url(pg_url).set(database=db_name).render_as_string(hide_password=False)
        settings = Settings(database_url=url, inbox=account.url(batch=200))
        engine = make_engine(settings)
        migrate(engine)
        count, size, fetch_s = bare_fetch(account)
        inbox = inbox_from_settings(settings)
        started = time.perf_counter()
        report = ingest_mailbox(
            engine=engine, inbox=inbox, max_message_bytes=settings.max_message_bytes
        )
        ingest_s = time.perf_counter() - started
        inbox.close()
        engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')
        admin.dispose()
    fetch_rate, ingest_rate = count / fetch_s, report.stored / ingest_s
    print(
        f"bare fetch : {count} messages, {size / 1e6:.1f} MB in {fetch_s:.2f}s "
        f"= {fetch_rate:,.0f} messages/s"
    )
    print(
        f"ingest (PG): {report.stored} stored, {report.duplicates} duplicates in "
        f"{ingest_s:.2f}s = {ingest_rate:,.0f} messages/s"
    )
    phases = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in report.timings.items())
    print(f"  phases   : {phases} (fetch runs in its own thread, beside the rest)")
    print(f"ratio      : ingest takes {ingest_s / fetch_s:.2f}x the bare fetch time (goal <= 2)")
    return ingest_s / fetch_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument(
        "--pg",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
        help="admin URL of the PostgreSQL server (a scratch DB is created there)",
    )
    parser.add_argument("--runs", type=int, default=1, help="fetch + ingest runs (one load)")
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus" / "train" / "mail")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    server = DovecotServer()
    server.start()
    db_name = f"arbot_bench_{uuid.uuid4().hex[:8]}"
    try:
        account = server.add_account()
        raws = corpus_or_generated(args.count, args.corpus)
        source = (
            "corpus" if args.corpus.is_dir() and any(args.corpus.glob("*.eml")) else "generated"
        )
        started = time.perf_counter()
        account.append(raws, chunk=500)
        print(
            f"loaded {len(raws)} {source} messages ({sum(map(len, raws)) / 1e6:.1f} MB) "
            f"in {time.perf_counter() - started:.1f}s"
        )

        bare_fetch(account, batch=200)  # warm Dovecot's index and the page cache for all runs
        for run in range(1, args.runs + 1):
            ratio = one_run(args.pg, account, f"{db_name}_{run}")
            print(f"run {run}/{args.runs}: ratio {ratio:.2f}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
