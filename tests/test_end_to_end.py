"""The whole loop on real servers: 260 labelled replies in Dovecot, `arbot run --once` in local
mode, drafts approved through the API and delivered by SMTP to aiosmtpd exactly once."""

from __future__ import annotations

import email
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from agent.config import Settings
from agent.db import make_engine, session_scope
from agent.ledger.importer import import_ledger_csv
from agent.ledger.models import (
    Dispute,
    DisputeInvoice,
    Draft,
    Invoice,
    MailMessage,
    Payment,
    PaymentApplication,
    Promise,
    PromiseInvoice,
    Role,
)
from agent.ledger.users import create_user
from api import create_app
from tests.conftest import REPO
from tests.servers import DovecotAccount, SmtpServer, dovecot, imap_account, smtp  # noqa: F401

pytestmark = pytest.mark.imap

CORPUS = REPO / "corpus"
NO_REPLY = {"auto_reply", "bounce"}
ACTIONABLE = {"promise_to_pay", "dispute", "remittance", "payment_plan_request", "document_request", "redirect"}


def _mailbox() -> list[tuple[str, dict]]:
    """The 170 held-out replies and the first 90 training ones: 260 varied, labelled replies."""
    chosen = []
    for folder, limit in (("heldout", 170), ("train", 90)):
        labels = [json.loads(line) for line in (CORPUS / folder / "labels.jsonl").read_text().splitlines()]
        chosen += [(str(CORPUS / folder / label["file"]), label) for label in sorted(labels, key=lambda r: r["file"])[:limit]]
    return chosen


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "agent.cli", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def test_260_replies_processed_end_to_end_and_an_approved_draft_sent_once(
    imap_account: DovecotAccount, smtp: SmtpServer, db_url: str, tmp_path: Path
) -> None:
    settings = Settings(database_url=db_url, inbox=imap_account.url(), outbox=smtp.url(), llm="local",
                        from_address="ar@northwind-analytics.com", data_dir=tmp_path)
    engine = make_engine(settings)
    with session_scope(engine) as s:
        import_ledger_csv(session=s, path=CORPUS / "ledger.csv")
    mailbox = _mailbox()
    labels_by_id = {}
    for path, label in mailbox:
        raw = Path(path).read_bytes()
        labels_by_id[email.message_from_bytes(raw)["Message-ID"].strip()] = label
    imap_account.append([Path(p).read_bytes() for p, _ in mailbox])
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("ARBOT_")}, "ARBOT_DATABASE_URL": db_url,
           "ARBOT_INBOX": settings.inbox, "ARBOT_OUTBOX": settings.outbox, "ARBOT_LLM": "local",
           "ARBOT_FROM_ADDRESS": settings.from_address, "ARBOT_DATA_DIR": str(tmp_path), "ARBOT_LOG_LEVEL": "WARNING"}

    _run(env, "run", "--once")
    with Session(engine) as s:
        messages = s.exec(select(MailMessage).where(MailMessage.direction == "in")).all()
        drafts_before = len(s.exec(select(Draft)).all())
    assert len(messages) == 260
    _run(env, "run", "--once")  # a second run finds nothing new and drafts nothing again
    listed = [json.loads(line) for line in _run(env, "messages", "--json").stdout.splitlines()]
    with Session(engine) as s:
        assert len(s.exec(select(MailMessage).where(MailMessage.direction == "in")).all()) == 260
        assert len(s.exec(select(Draft)).all()) == drafts_before
    assert len(listed) == 260 and all("intent" in row for row in listed if row["status"] == "processed")

    with Session(engine) as s:
        messages = s.exec(select(MailMessage).where(MailMessage.direction == "in")).all()
        drafts = {d.reply_to_message_id: d for d in s.exec(select(Draft))}
        owner = {i.id: i.customer_id for i in s.exec(select(Invoice))}
        number = {i.id: i.number for i in s.exec(select(Invoice))}
        statuses = Counter(str(m.status) for m in messages)
        assert statuses["flagged"] == 0, statuses  # nothing failed in processing
        for m in messages:
            intent = (m.triage or {}).get("intent")
            if intent in NO_REPLY:
                assert m.id not in drafts, f"message {m.id} ({intent}) got a reply"
            elif intent in ACTIONABLE and m.customer_id:
                assert m.id in drafts, f"message {m.id} ({intent}) needs an answer and has no draft"
        by_message = {m.id: m for m in messages}

        # Every ledger change from a message is on that message's own customer.
        promise_sets: dict[int, set[str]] = {}
        for p in s.exec(select(Promise).where(Promise.source_message_id.is_not(None))):  # type: ignore[union-attr]
            invoices = {link.invoice_id for link in s.exec(select(PromiseInvoice).where(PromiseInvoice.promise_id == p.id))}
            assert {owner[i] for i in invoices} <= {by_message[p.source_message_id].customer_id}
            promise_sets[p.source_message_id] = {number[i] for i in invoices}  # type: ignore[index]
        dispute_sets: dict[int, set[str]] = {}
        for d in s.exec(select(Dispute).where(Dispute.source_message_id.is_not(None))):  # type: ignore[union-attr]
            invoices = {link.invoice_id for link in s.exec(select(DisputeInvoice).where(DisputeInvoice.dispute_id == d.id))}
            assert {owner[i] for i in invoices} <= {by_message[d.source_message_id].customer_id}
            dispute_sets[d.source_message_id] = {number[i] for i in invoices}  # type: ignore[index]
        misapplied = []
        for payment in s.exec(select(Payment).where(Payment.source_message_id.is_not(None))):  # type: ignore[union-attr]
            label = labels_by_id[by_message[payment.source_message_id].message_id_header]  # type: ignore[index]
            for application in s.exec(select(PaymentApplication).where(PaymentApplication.payment_id == payment.id)):
                assert owner[application.invoice_id] == payment.customer_id
                if "remittance" not in {label["intent"], *label["secondary"]} or (
                        label["invoice_numbers"] and number[application.invoice_id] not in label["invoice_numbers"]):
                    misapplied.append((label["file"], number[application.invoice_id]))
        assert misapplied == [], f"payments applied to invoices the customer did not pay: {misapplied}"
        applied = len(s.exec(select(PaymentApplication)).all())
        print(f"statuses {dict(statuses)}; drafts {len(drafts)}; payments applied {applied}, none misapplied")

        # Promises and disputes land on the invoices the customer named, when it was read as one.
        def agreement(sets: dict[int, set[str]], intent: str) -> tuple[int, int]:
            checked = right = 0
            for message_id, invoices in sets.items():
                label = labels_by_id[by_message[message_id].message_id_header]
                if label["intent"] == intent and label["invoice_numbers"]:
                    checked += 1
                    right += invoices == set(label["invoice_numbers"])
            return right, checked
        for sets, intent in ((promise_sets, "promise_to_pay"), (dispute_sets, "dispute")):
            right, checked = agreement(sets, intent)
            print(f"{intent}: invoices as labelled in {right}/{checked}")
            assert checked and right / checked >= 0.9, f"{intent}: {right}/{checked} on the labelled invoices"

    # A specialist approves a document request's draft through the API; SMTP gets it once, threaded.
    with session_scope(engine) as s:
        _user, token = create_user(session=s, name="sam", role=Role.SPECIALIST)
        draft = next(d for d in s.exec(select(Draft).where(Draft.status == "pending", Draft.kind == "reply"))
                     if d.attachment_document_ids)
        customer_message = s.get(MailMessage, draft.reply_to_message_id)
    with TestClient(create_app(settings, engine=engine)) as client:
        assert client.post(f"/api/drafts/{draft.id}/approve").status_code == 401
        response = client.post(f"/api/drafts/{draft.id}/approve", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200, response.text
        escalations = client.get("/api/escalations", headers={"Authorization": f"Bearer {token}"}).json()
        assert escalations  # the 260 replies leave some for managers (unmatched cash, plans beyond policy)
        denied = client.post(f"/api/escalations/{escalations[0]['id']}/resolve",
                             headers={"Authorization": f"Bearer {token}"}, json={"resolution": "done"})
        assert denied.status_code == 403
    _run(env, "run", "--once")
    _run(env, "run", "--once")
    assert len(smtp.handler.received) == 1
    sent = email.message_from_bytes(smtp.handler.received[0].content)
    assert sent["In-Reply-To"] == customer_message.message_id_header  # type: ignore[union-attr]
    assert customer_message.message_id_header in sent["References"]  # type: ignore[union-attr]
    assert [part.get_filename() for part in sent.walk() if part.get_filename()]
    with Session(engine) as s:
        assert s.get(Draft, draft.id).status == "sent"  # type: ignore[union-attr]
    engine.dispose()
