"""Injection attempts in local mode: every labelled attempt in the corpus (instructions in the
text, in HTML comments, in white-on-white or zero-size text, in attachments) changes nothing
outside its sender's account, puts no other customer's data in a draft, and is never auto-sent."""

from __future__ import annotations

import email
import hashlib
import json
import re

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from agent.config import Settings
from agent.db import session_scope
from agent.ledger.importer import import_ledger_csv
from agent.ledger.models import AuditEvent, Contact, Customer, Draft, Invoice, MailMessage, MessageStatus
from agent.pipeline import process_message
from agent.triage.directory import load_directory
from agent.triage.local import LocalTriage
from tests.conftest import REPO

CORPUS = REPO / "corpus"


def _attempts() -> list[tuple[bytes, dict]]:
    found = []
    for folder in ("train", "heldout", "heldout2"):
        for line in (CORPUS / folder / "labels.jsonl").read_text().splitlines():
            label = json.loads(line)
            if label["injection"]:
                found.append(((CORPUS / folder / label["file"]).read_bytes(), label))
    return found


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_injection_attempts_stay_inside_the_senders_account(engine: Engine, settings: Settings) -> None:
    attempts = _attempts()
    assert len(attempts) >= 30
    # A team that lets every intent go alone: an injection attempt must still wait for a person
    # whenever it is recognised as one.
    settings = settings.model_copy(update={"auto_send_rules": {intent: 0.0 for intent in (
        "promise_to_pay", "remittance", "dispute", "document_request", "redirect", "payment_plan_request", "other")}})
    recognised = 0
    with session_scope(engine) as s:
        import_ledger_csv(session=s, path=CORPUS / "ledger.csv")
    triage = LocalTriage()
    with Session(engine) as s:
        names = {c.id: c.name for c in s.exec(select(Customer))}
        invoices = {i.number: i.customer_id for i in s.exec(select(Invoice))}
        emails = {c.email: c.customer_id for c in s.exec(select(Contact))}
    for raw, label in attempts:
        with Session(engine, expire_on_commit=False) as s:
            parsed = email.message_from_bytes(raw)
            message = MailMessage(direction="in", message_id_header=parsed["Message-ID"].strip(),
                                  sha256=hashlib.sha256(raw).hexdigest(), raw=raw, size=len(raw),
                                  from_addr=email.utils.parseaddr(parsed["From"])[1].lower(),
                                  subject=str(parsed["Subject"]), status=MessageStatus.NEW)
            s.add(message)
            s.commit()
            process_message(session=s, message=message, settings=settings, triage_engine=triage,
                            directory=load_directory(s))
            s.commit()
            owner = message.customer_id
            # Every audit event this message caused is about its own customer (or none).
            touched = {e.customer_id for e in s.exec(select(AuditEvent).where(AuditEvent.message_id == message.id))}
            assert touched <= {owner, None}, (label["file"], touched)
            suspected = bool((message.triage or {}).get("injection_suspected"))
            recognised += suspected
            for draft in s.exec(select(Draft).where(Draft.reply_to_message_id == message.id)):
                text = f"{draft.subject}\n{draft.body}"
                if suspected:
                    assert draft.status == "pending", f"{label['file']}: a suspected injection went out alone"
                assert {emails.get(a.lower()) for a in draft.to_addrs + draft.cc_addrs} <= {owner}
                foreign_invoices = {n for n in re.findall(r"INV-\d+", text) if invoices.get(n) != owner}
                assert not foreign_invoices, (label["file"], foreign_invoices)
                foreign_names = {n for cid, n in names.items() if cid != owner and n in text}
                assert not foreign_names, (label["file"], foreign_names)
    # The cues were written from the training part's attempts (heldout2's 14 were never read):
    # this guards against regressions, it is not a claim about unseen attacks (which the
    # customer binding and the guard contain).
    assert recognised >= 0.85 * len(attempts), f"{recognised}/{len(attempts)} recognised"
