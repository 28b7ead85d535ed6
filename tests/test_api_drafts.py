"""The approval API: the inbox, approve (once, threaded, with attachments), reject, collections."""

from __future__ import annotations

from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from agent.config import Settings
from agent.jobs import send_outbox
from agent.ledger.models import Draft, MailMessage, OutboundEmail, Role
from agent.ledger.users import create_user
from agent.triage.result import Intent
from api import create_app
from tests.test_pipeline import FixedTriage, process, seed_ledger


@pytest.fixture
def world(settings: Settings, engine: Engine) -> Iterator[tuple[TestClient, dict[str, str]]]:
    with Session(engine, expire_on_commit=False) as s:
        seed_ledger(s)
        tokens = {}
        for name, role in (("sam", Role.SPECIALIST), ("mia", Role.MANAGER)):
            _user, tokens[name] = create_user(session=s, name=name, role=role)
        s.commit()
        process(s, settings, FixedTriage(intent=Intent.DOCUMENT_REQUEST, invoice_numbers=["INV-10001"]),
                sender="bob@acme.example", subject="Payment reminder INV-10001",
                body="Hello, could you send us a copy of invoice INV-10001? Thanks, Bob")
        process(s, settings, FixedTriage(intent=Intent.PAYMENT_PLAN_REQUEST, amount=None),
                sender="jane@acme.example", subject="Payment reminder",
                body="Could we split the balance into 12 monthly payments?")
    with TestClient(create_app(settings, engine=engine)) as client:
        yield client, {k: f"Bearer {v}" for k, v in tokens.items()}


def auth(tokens: dict[str, str], name: str) -> dict[str, str]:
    return {"Authorization": tokens[name]}


def test_inbox_shows_message_triage_actions_reply_and_attachments(world: tuple[TestClient, dict[str, str]]) -> None:
    client, tokens = world
    drafts = client.get("/api/drafts?status=pending", headers=auth(tokens, "sam")).json()
    assert len(drafts) == 2
    doc = drafts[0]
    assert doc["message"]["from_addr"] == "bob@acme.example"
    assert "copy of invoice INV-10001" in doc["message"]["new_text"]
    assert doc["triage"]["intent"] == "document_request"
    assert [a["tool"] for a in doc["actions"]] == ["attach_documents"]
    assert doc["attachments"] and doc["attachments"][0]["filename"].endswith(".pdf")
    assert doc["to_addrs"] == ["bob@acme.example"] and "attached" in doc["body"]
    assert client.get(f"/api/drafts/{doc['id']}", headers=auth(tokens, "sam")).json()["id"] == doc["id"]


def test_approval_queues_one_threaded_email_with_attachments_and_sends_it_once(
        world: tuple[TestClient, dict[str, str]], settings: Settings, engine: Engine, tmp_path: Path) -> None:
    client, tokens = world
    draft_id = client.get("/api/drafts", headers=auth(tokens, "sam")).json()[0]["id"]
    response = client.post(f"/api/drafts/{draft_id}/approve", headers=auth(tokens, "sam"))
    assert response.status_code == 200, response.text
    assert response.json()["draft"]["status"] == "approved"
    again = client.post(f"/api/drafts/{draft_id}/approve", headers=auth(tokens, "sam"))
    assert again.status_code == 409
    with Session(engine) as s:
        rows = s.exec(select(OutboundEmail)).all()
        assert len(rows) == 1 and rows[0].draft_id == draft_id
        draft = s.get(Draft, draft_id)
        original = s.get(MailMessage, draft.reply_to_message_id)  # type: ignore[union-attr]
        sent = message_from_bytes(rows[0].raw, policy=policy.default)
        assert sent["In-Reply-To"] == original.message_id_header  # type: ignore[union-attr]
        assert original.message_id_header in sent["References"]  # type: ignore[union-attr]
        assert sent["To"] == "bob@acme.example"
        assert sent["Subject"] == "Re: Payment reminder INV-10001"
        names = [p.get_filename() or "" for p in sent.iter_attachments()]  # type: ignore[attr-defined]
        assert len(names) == 1 and "10001" in names[0] and names[0].endswith(".pdf")
    send_outbox(engine=engine, settings=settings)
    send_outbox(engine=engine, settings=settings)
    delivered = [p for p in (tmp_path / "outbox").rglob("*") if p.is_file()
                 and p.parent.name in ("new", "cur")]
    assert len(delivered) == 1


def test_edited_approval_is_guarded(world: tuple[TestClient, dict[str, str]], engine: Engine) -> None:
    client, tokens = world
    draft_id = client.get("/api/drafts", headers=auth(tokens, "sam")).json()[0]["id"]
    bad = client.post(f"/api/drafts/{draft_id}/approve", headers=auth(tokens, "sam"),
                      json={"body": "Pay at https://evil.example/pay, also INV-20001."})
    assert bad.status_code == 422
    assert client.post(f"/api/drafts/{draft_id}/approve", headers=auth(tokens, "sam"),
                       json={"subject": "Re: x\r\nBcc: a@b.c"}).status_code == 422
    good = client.post(f"/api/drafts/{draft_id}/approve", headers=auth(tokens, "sam"),
                       json={"subject": "Your invoice copy", "body": "Hello Bob,\n\nAttached.\n"})
    assert good.status_code == 200 and good.json()["draft"]["body"] == "Hello Bob,\n\nAttached.\n"
    with Session(engine) as s:
        assert len(s.exec(select(OutboundEmail)).all()) == 1


def test_reject_needs_a_reason(world: tuple[TestClient, dict[str, str]]) -> None:
    client, tokens = world
    draft_id = client.get("/api/drafts", headers=auth(tokens, "sam")).json()[0]["id"]
    assert client.post(f"/api/drafts/{draft_id}/reject", headers=auth(tokens, "sam")).status_code == 422
    assert client.post(f"/api/drafts/{draft_id}/reject", headers=auth(tokens, "sam"),
                       json={"reason": "  "}).status_code == 422
    done = client.post(f"/api/drafts/{draft_id}/reject", headers=auth(tokens, "sam"),
                       json={"reason": "customer called instead"})
    assert done.status_code == 200 and done.json()["status"] == "rejected"
    assert client.post(f"/api/drafts/{draft_id}/approve", headers=auth(tokens, "sam")).status_code == 409


def test_unknown_ids_and_bad_fields(world: tuple[TestClient, dict[str, str]]) -> None:
    client, tokens = world
    h = auth(tokens, "sam")
    assert client.get("/api/drafts/999", headers=h).status_code == 404
    assert client.post("/api/drafts/999/approve", headers=h).status_code == 404
    assert client.get("/api/conversations/999", headers=h).status_code == 404
    assert client.get("/api/drafts?status=bogus", headers=h).status_code == 422
    assert client.get("/api/drafts/abc", headers=h).status_code == 422
    assert client.patch("/api/disputes/999", headers=h, json={"resolution": "x"}).status_code == 404
    assert client.patch("/api/disputes/1", headers=h, json={"colour": "red"}).status_code == 422


@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/api/drafts"), ("GET", "/api/drafts/1"), ("POST", "/api/drafts/1/approve"),
    ("POST", "/api/drafts/1/reject"), ("GET", "/api/conversations/1"), ("GET", "/api/escalations"),
    ("POST", "/api/escalations/1/resolve"), ("GET", "/api/promises"), ("GET", "/api/disputes"),
    ("PATCH", "/api/disputes/1"),
])
def test_wrong_or_missing_token_is_401(world: tuple[TestClient, dict[str, str]], method: str, path: str) -> None:
    client, tokens = world
    for headers in ({}, {"Authorization": "Bearer arb_nope"}, {"Authorization": tokens["sam"] + "x"}):
        assert client.request(method, path, headers=headers).status_code == 401


def test_plan_beyond_policy_needs_a_manager_and_escalations_are_resolved_by_managers(
        world: tuple[TestClient, dict[str, str]]) -> None:
    client, tokens = world
    plan = client.get("/api/drafts", headers=auth(tokens, "sam")).json()[1]
    assert plan["intent"] == "payment_plan_request" and plan["needs_manager"]
    assert client.post(f"/api/drafts/{plan['id']}/approve", headers=auth(tokens, "sam")).status_code == 403
    escalations = client.get("/api/escalations", headers=auth(tokens, "sam")).json()
    assert escalations and escalations[0]["kind"] == "plan_beyond_policy"
    eid = escalations[0]["id"]
    assert client.post(f"/api/escalations/{eid}/resolve", headers=auth(tokens, "sam"),
                       json={"resolution": "ok"}).status_code == 403
    assert client.post(f"/api/escalations/{eid}/resolve", headers=auth(tokens, "mia"),
                       json={}).status_code == 422
    ok = client.post(f"/api/escalations/{eid}/resolve", headers=auth(tokens, "mia"),
                     json={"resolution": "12 months approved"})
    assert ok.status_code == 200 and ok.json()["status"] == "resolved"
    assert client.post(f"/api/drafts/{plan['id']}/approve", headers=auth(tokens, "mia")).status_code == 200
    conversation = client.get(f"/api/conversations/{plan['conversation_id']}", headers=auth(tokens, "sam")).json()
    assert [d["status"] for d in conversation["drafts"]] == ["approved"] or conversation["drafts"]
