"""The API skeleton: bearer tokens, customers, invoices, the aging report, errors."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from agent.config import Settings
from agent.db import session_scope
from agent.ledger.importer import import_ledger_csv
from agent.ledger.models import ApiToken, Role
from agent.ledger.users import create_user
from api import create_app
from tests.conftest import REPO

SAMPLE = REPO / "agent" / "demo" / "sample_ledger.csv"


@pytest.fixture
def client(settings: Settings, engine: Engine) -> Iterator[TestClient]:
    with session_scope(engine) as s:
        import_ledger_csv(session=s, path=SAMPLE)
    with TestClient(create_app(settings, engine=engine)) as c:
        yield c


@pytest.fixture
def token(engine: Engine) -> str:
    with session_scope(engine) as s:
        _user, tok = create_user(session=s, name="sam", role=Role.SPECIALIST)
    return tok


def test_healthz_needs_no_token(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}


def test_every_other_route_refuses_missing_and_wrong_tokens(client: TestClient, token: str) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    routes = [(m.upper(), p) for p, ops in paths.items() if p != "/healthz" for m in ops]
    assert ("GET", "/api/invoices") in routes
    for method, template in routes:
        path = template.replace("{customer_id}", "C001").replace("{id}", "1")
        for headers in ({}, {"Authorization": "Bearer arb_wrong"}, {"Authorization": f"Bearer {token}x"}):
            response = client.request(method, path, headers=headers)
            assert response.status_code == 401, (method, path, headers)
            assert response.headers["www-authenticate"] == "Bearer"


def test_only_the_token_hash_is_stored(engine: Engine, token: str) -> None:
    with Session(engine) as s:
        stored = s.exec(select(ApiToken)).one()
    assert token not in stored.token_hash and len(stored.token_hash) == 64


def test_customer_with_balances(client: TestClient, token: str) -> None:
    auth = {"Authorization": f"Bearer {token}"}
    body = client.get("/api/customers/C001", headers=auth).json()
    assert body["customer_id"] == "C001" and body["name"] == "Acme Logistics Inc."
    assert [b["currency"] for b in body["balances"]] == ["USD"]
    assert client.get("/api/customers/NOPE", headers=auth).status_code == 404


def test_invoices_filtered_by_customer_and_status(client: TestClient, token: str) -> None:
    auth = {"Authorization": f"Bearer {token}"}
    rows = client.get("/api/invoices", params={"customer_id": "C009", "status": "open"}, headers=auth).json()
    assert rows and {r["customer_id"] for r in rows} == {"C009"} and {r["status"] for r in rows} == {"open"}
    assert all(r["open_amount"] == r["amount"] - r["paid_amount"] for r in rows)
    assert client.get("/api/invoices", params={"status": "closed"}, headers=auth).status_code == 422


def test_aging_report_matches_the_cli_shape(client: TestClient, token: str) -> None:
    auth = {"Authorization": f"Bearer {token}"}
    body = client.get("/api/reports/aging", params={"as_of": "2026-11-20"}, headers=auth).json()
    assert body["as_of"] == "2026-11-20"
    assert set(body["totals"][0]) == {"currency", "current", "1-30", "31-60", "61-90", "91+", "total"}
    assert client.get("/api/reports/aging", params={"as_of": "20/11/2026"}, headers=auth).status_code == 422


def test_openapi_is_served(client: TestClient) -> None:
    assert "/api/invoices" in client.get("/openapi.json").json()["paths"]
    assert client.get("/docs").status_code == 200
