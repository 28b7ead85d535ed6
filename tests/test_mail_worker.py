"""`arbot run --once` as a user runs it: 260 replies in Dovecot, killed mid-run, run again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from agent.config import Settings
from agent.db import make_engine
from tests.conftest import REPO
from tests.servers import DovecotAccount, SmtpServer, dovecot, imap_account, smtp  # noqa: F401
from tests.servers.messages import reply

pytestmark = pytest.mark.imap

# The CLI without the other command modules, so this test does not depend on them.
ARBOT = [
    sys.executable,
    "-c",
    "import sys; import agent.cli.mail_cmds; from agent.cli.app import app; "
    "sys.argv[0] = 'arbot'; app()",
]


def arbot(env: dict[str, str], *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*ARBOT, *args], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def count(url: str) -> int:
    engine = make_engine(Settings(database_url=url))
    try:
        with engine.connect() as conn:
            return int(
                conn.execute(
                    sa.text("SELECT count(*) FROM mailmessage WHERE direction = 'in'")
                ).scalar_one()
            )
    except sa.exc.OperationalError:
        return 0
    finally:
        engine.dispose()


def test_killed_mid_run_and_restarted_ingests_each_message_exactly_once(
    imap_account: DovecotAccount, db_url: str, tmp_path: Path
):
    total = 260  # the figure; enough that the kill lands mid-run
    imap_account.append([reply(i) for i in range(total)])
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "ARBOT_DATABASE_URL": db_url,
        "ARBOT_INBOX": imap_account.url(batch=20),
        "ARBOT_OUTBOX": f"maildir:{tmp_path / 'out'}",
        "ARBOT_LOG_LEVEL": "WARNING",
    }
    worker = arbot(env, "run", "--once")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and worker.poll() is None:
        if count(db_url) > 0:
            worker.send_signal(signal.SIGKILL)
            break
        time.sleep(0.02)
    worker.wait(timeout=30)
    assert worker.returncode == -signal.SIGKILL, "the worker finished before it could be killed"
    at_kill = count(db_url)
    assert 0 < at_kill <= total  # killed mid-ingest, or at worst mid-processing

    for _ in range(2):  # the restart, then a run that must find nothing new
        again = arbot(env, "run", "--once")
        out, err = again.communicate(timeout=120)
        assert again.returncode == 0, err.decode()
        assert count(db_url) == total

    listing = arbot(env, "messages", "--json")
    out, err = listing.communicate(timeout=60)
    assert listing.returncode == 0, err.decode()
    rows = [json.loads(line) for line in out.decode().splitlines()]
    assert len(rows) == total
    assert len({r["message_id"] for r in rows}) == total
    assert {
        "id",
        "message_id",
        "from",
        "subject",
        "date",
        "customer_id",
        "conversation_id",
        "status",
    } <= set(rows[0])
    # No customers in this ledger: every reply is kept for a person to assign.
    assert {r["status"] for r in rows} == {"unmatched"}
    assert not any(b"\\Seen" in f for f in imap_account.flags().values())


def test_run_once_sends_the_outbox_over_smtp(
    imap_account: DovecotAccount, smtp: SmtpServer, settings: Settings, tmp_path: Path
):
    from sqlmodel import Session

    from agent.db import make_engine as engine_for
    from agent.jobs import run_once
    from agent.mail.outbox import build_email, queue_email

    settings = settings.model_copy(update={"inbox": imap_account.url(), "outbox": smtp.url()})
    imap_account.append([reply(i) for i in range(3)])
    engine = engine_for(settings)
    with Session(engine) as session:
        queue_email(
            session=session,
            message=build_email(
                from_addr=settings.from_address,
                to_addrs=["ap@customer.example"],
                subject="Hello",
                text="Hello",
                in_reply_to="<reply.0.0@customer.example>",
            ),
        )
        session.commit()
    report = run_once(settings, engine)
    assert report.errors == [] and report.ingest is not None and report.ingest.stored == 3
    assert report.send is not None and len(report.send.sent) == 1
    assert len(smtp.handler.received) == 1
    assert (
        len(imap_account.search_header("Sent", "In-Reply-To", "<reply.0.0@customer.example>")) == 1
    )
    # The Sent copy is not in INBOX, and a second cycle sends nothing.
    again = run_once(settings, engine)
    assert again.send is not None and again.send.sent == [] and len(smtp.handler.received) == 1
    engine.dispose()
