"""The web pages through HTTP: login, CSRF, roles, the inbox, approving, escaping, the manager."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from agent.config import Settings
from agent.ledger import passwords
from agent.ledger.models import Draft, OutboundEmail, Promise, PromiseStatus, Role, utcnow
from agent.ledger.passwords import hash_password, set_password, verify_password
from agent.ledger.reports import bucket_for
from agent.ledger.users import create_user
from agent.triage.result import Intent
from api import create_app
from tests.test_pipeline import FixedTriage, process, seed_ledger

PASSWORD = "correct horse battery"
HOSTILE = ('Hello,\n<script>alert("xss")</script>\n<img src=x onerror="alert(1)">\n'
           "We will pay INV-10002 next week.\n")


def cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hash test passwords with a small scrypt cost (the cost is stored with each hash)."""
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)


def seed_web(session: Session, settings: Settings) -> dict[str, int]:
    """A ledger, a specialist (sam) and a manager (mia) with passwords, and five pending drafts."""
    seed_ledger(session)
    for name, role in (("sam", Role.SPECIALIST), ("mia", Role.MANAGER)):
        create_user(session=session, name=name, role=role)
        set_password(session=session, name=name, password=PASSWORD)
    session.commit()
    drafts = {}
    cases = [
        ("promise", FixedTriage(intent=Intent.PROMISE_TO_PAY, invoice_numbers=["INV-10001"],
                                promised_date=date(2026, 12, 4), amount=Decimal("4200"), currency="USD",
                                confidence=0.93),
         "jane@acme.example", "Re: Payment reminder INV-10001",
         "Hi, we will pay invoice INV-10001 on Friday, December 4.\n\nThanks, Jane\n\n"
         "On Mon, Nov 23, 2026 at 9:00 AM Accounts Receivable <ar@example.com> wrote:\n"
         "> Dear Jane,\n> invoice INV-10001 for $4,200.00 is now 55 days past due.\n"),
        ("dispute", FixedTriage(intent=Intent.DISPUTE, invoice_numbers=["INV-20001"], dispute_reason="pricing",
                                language="de", confidence=0.88),
         "buchhaltung@globex.example", "AW: Zahlungserinnerung INV-20001",
         "Die Rechnung INV-20001 ist falsch, der Preis stimmt nicht mit dem Angebot überein."),
        ("remittance", FixedTriage(intent=Intent.REMITTANCE, invoice_numbers=["INV-30001"], amount=Decimal("3000"),
                                   currency="EUR", payment_reference="TRX-88812", language="es", confidence=0.97),
         "pagos@iberia.example", "RE: Factura INV-30001",
         "Hemos pagado la factura INV-30001 hoy, referencia TRX-88812, importe 3000 EUR."),
        ("plan", FixedTriage(intent=Intent.PAYMENT_PLAN_REQUEST, confidence=0.71),
         "bob@acme.example", "Re: Payment reminder", "Could we split the balance into 12 monthly payments?"),
        ("hostile", FixedTriage(intent=Intent.PROMISE_TO_PAY, invoice_numbers=["INV-10002"], confidence=0.52),
         "jane@acme.example", 'Re: <script>alert("subject")</script>', HOSTILE),
    ]
    for key, triage, sender, subject, body in cases:
        _outcome, draft = process(session, settings, triage, sender=sender, subject=subject, body=body)
        assert draft is not None, key
        drafts[key] = draft.id or 0
    # Promise history for the promise-kept chart: judged in the last months.
    for months_ago, status in ((3, PromiseStatus.KEPT), (2, PromiseStatus.BROKEN), (2, PromiseStatus.KEPT),
                               (1, PromiseStatus.KEPT)):
        ago = timedelta(days=30 * months_ago)
        session.add(Promise(customer_id="C1", status=status, promised_date=date.today() - ago,
                            closed_at=utcnow() - ago))
    session.commit()
    return drafts


@pytest.fixture
def web(settings: Settings, engine: Engine,
        monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[TestClient, dict[str, int]]]:
    cheap_passwords(monkeypatch)
    with Session(engine, expire_on_commit=False) as s:
        drafts = seed_web(s, settings)
    with TestClient(create_app(settings, engine=engine), follow_redirects=False) as client:
        yield client, drafts


def csrf(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token on the page"
    return match.group(1)


def log_in(client: TestClient, name: str, password: str = PASSWORD) -> None:
    token = csrf(client.get("/login").text)
    response = client.post("/login", data={"name": name, "password": password, "csrf_token": token, "next": "/"})
    assert response.status_code == 303, response.text


def test_passwords_are_salted_scrypt() -> None:
    first, second = hash_password("s3cret-pass"), hash_password("s3cret-pass")
    assert first != second and first.startswith("scrypt$")
    assert verify_password("s3cret-pass", first) and not verify_password("s3cret-pasS", first)
    assert not verify_password("anything", None) and not verify_password("x", "md5$abc")


def test_pages_need_a_login(web: tuple[TestClient, dict[str, int]]) -> None:
    client, _ = web
    for path in ("/", "/drafts/1", "/customers/C1", "/outbox", "/manager?as_of=2026-11-20"):
        response = client.get(path)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/login?next=" + quote(path, safe=""))


def test_login_sets_a_safe_cookie_and_wrong_password_is_refused(web: tuple[TestClient, dict[str, int]]) -> None:
    client, _ = web
    page = client.get("/login")
    assert page.status_code == 200
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "unsafe-inline" not in page.headers["content-security-policy"]
    token = csrf(page.text)
    bad = client.post("/login", data={"name": "sam", "password": "wrong", "csrf_token": token})
    assert bad.status_code == 401 and "Wrong name or password" in bad.text
    nobody = client.post("/login", data={"name": "nobody", "password": PASSWORD, "csrf_token": token})
    assert nobody.status_code == 401
    good = client.post("/login", data={"name": "sam", "password": PASSWORD, "csrf_token": token,
                                       "next": "//evil.example/"})
    assert good.status_code == 303 and good.headers["location"] == "/"
    cookie = good.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert client.get("/").status_code == 200


def test_post_without_or_with_a_wrong_csrf_token_is_403(web: tuple[TestClient, dict[str, int]],
                                                         engine: Engine) -> None:
    client, drafts = web
    assert client.post("/login", data={"name": "sam", "password": PASSWORD}).status_code == 403
    log_in(client, "sam")
    target = f"/drafts/{drafts['promise']}/approve"
    assert client.post(target, data={"subject": "x", "body": "y"}).status_code == 403
    assert client.post(target, data={"csrf_token": "forged"}).status_code == 403
    with Session(engine) as s:
        assert s.get(Draft, drafts["promise"]).status == "pending"  # type: ignore[union-attr]
        assert not s.exec(select(OutboundEmail)).all()


def test_tampered_cookie_is_a_logged_out_visitor(web: tuple[TestClient, dict[str, int]]) -> None:
    client, _ = web
    log_in(client, "sam")
    value = client.cookies.get("arbot_session")
    payload, signature = value.split(".")
    client.cookies.clear()
    client.cookies.set("arbot_session", payload[:-2] + "xx." + signature)
    assert client.get("/").status_code == 303


def test_inbox_lists_pending_oldest_first_with_key_facts_and_filters(web: tuple[TestClient, dict[str, int]]) -> None:
    client, drafts = web
    log_in(client, "sam")
    page = client.get("/").text
    assert page.index(f"/drafts/{drafts['promise']}") < page.index(f"/drafts/{drafts['hostile']}")
    assert "Acme Logistics" in page and "Globex Handels GmbH" in page
    assert "2026-12-04" in page and "$4,200.00" in page  # promise date and amount
    assert "INV-20001" in page and "TRX-88812" in page  # disputed invoice, remittance reference
    only_disputes = client.get("/?intent=dispute").text
    assert f"/drafts/{drafts['dispute']}" in only_disputes and f"/drafts/{drafts['promise']}" not in only_disputes
    only_iberia = client.get("/?customer=C3").text
    assert f"/drafts/{drafts['remittance']}" in only_iberia and f"/drafts/{drafts['dispute']}" not in only_iberia
    confident = client.get("/?min_confidence=0.9").text
    assert f"/drafts/{drafts['remittance']}" in confident and f"/drafts/{drafts['plan']}" not in confident


def test_approve_an_edited_draft_queues_it_and_moves_on(web: tuple[TestClient, dict[str, int]],
                                                         engine: Engine) -> None:
    client, drafts = web
    log_in(client, "sam")
    page = client.get(f"/drafts/{drafts['promise']}").text
    assert "we will pay invoice INV-10001 on Friday" in page
    assert "<details" in page and "55 days past due" in page.split("<details", 1)[1]
    assert "Recorded a promise" in page
    body = "Dear Jane,\r\n\r\nThank you, we have noted your payment for December 4.\r\n\r\nKind regards\r\n"
    response = client.post(f"/drafts/{drafts['promise']}/approve",
                           data={"csrf_token": csrf(page), "subject": "Re: Payment reminder INV-10001", "body": body})
    assert response.status_code == 303
    assert response.headers["location"] == f"/drafts/{drafts['dispute']}?done={drafts['promise']}&action=approved"
    with Session(engine) as s:
        draft = s.get(Draft, drafts["promise"])
        assert draft is not None and draft.status == "approved" and draft.body == body.replace("\r\n", "\n")
        assert [r.draft_id for r in s.exec(select(OutboundEmail)).all()] == [drafts["promise"]]
    outbox = client.get("/outbox").text
    assert "queued" in outbox and "Re: Payment reminder INV-10001" in outbox
    again = client.post(f"/drafts/{drafts['promise']}/approve", data={"csrf_token": csrf(page)})
    assert again.status_code == 409


def test_guard_refuses_an_edit_and_keeps_the_text(web: tuple[TestClient, dict[str, int]]) -> None:
    client, drafts = web
    log_in(client, "sam")
    page = client.get(f"/drafts/{drafts['promise']}").text
    response = client.post(f"/drafts/{drafts['promise']}/approve",
                           data={"csrf_token": csrf(page), "subject": "Re: x",
                                 "body": "Pay now at https://evil.example/pay please"})
    assert response.status_code == 422 and "was not approved" in response.text
    assert "https://evil.example/pay" in response.text


def test_reject_needs_a_reason(web: tuple[TestClient, dict[str, int]], engine: Engine) -> None:
    client, drafts = web
    log_in(client, "sam")
    token = csrf(client.get(f"/drafts/{drafts['dispute']}").text)
    blank = client.post(f"/drafts/{drafts['dispute']}/reject", data={"csrf_token": token, "reason": " "})
    assert blank.status_code == 422
    done = client.post(f"/drafts/{drafts['dispute']}/reject", data={"csrf_token": token, "reason": "called them"})
    assert done.status_code == 303
    with Session(engine) as s:
        assert s.get(Draft, drafts["dispute"]).reject_reason == "called them"  # type: ignore[union-attr]


def test_customer_email_is_escaped(web: tuple[TestClient, dict[str, int]]) -> None:
    client, drafts = web
    log_in(client, "sam")
    page = client.get(f"/drafts/{drafts['hostile']}").text
    assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in page
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=" in page
    inbox = client.get("/").text
    assert "<script>alert" not in inbox
    scripts = re.findall(r"<script[^>]*>", page)
    assert scripts == ['<script src="/static/app.js" defer>']


def test_specialist_gets_403_on_manager_pages_and_manager_resolves(web: tuple[TestClient, dict[str, int]]) -> None:
    client, _ = web
    log_in(client, "sam")
    assert client.get("/manager").status_code == 403
    token = csrf(client.get("/").text)
    assert client.post("/escalations/1/resolve", data={"csrf_token": token, "resolution": "ok"}).status_code == 403
    client.cookies.clear()
    log_in(client, "mia")
    page = client.get("/manager")
    assert page.status_code == 200
    html = page.text
    assert "<svg" in html and "Aging, USD" in html and "Aging, EUR" in html
    assert "DSO (days)" in html and "CEI (%)" in html and "Promise-kept rate" in html
    assert "plan beyond policy" in html  # the escalation, with its form
    assert ">pricing<" in html  # open disputes by reason
    resolved = client.post("/escalations/1/resolve", data={"csrf_token": csrf(html), "resolution": "12 months OK"})
    assert resolved.status_code == 303 and resolved.headers["location"] == "/manager?done=1"
    assert "No open escalations" in client.get("/manager").text


def test_customer_page_shows_invoices_promises_disputes_plans_and_history(
        web: tuple[TestClient, dict[str, int]]) -> None:
    client, _ = web
    log_in(client, "sam")
    page = client.get("/customers/C1").text
    late = (date.today() - date(2026, 10, 1)).days
    assert "INV-10001" in page and "INV-10002" in page and f"{late} days late" in page
    assert f">{bucket_for(late)}<" in page
    assert "2026-12-04" in page  # the open promise
    assert "beyond policy" in page  # the proposed plan
    assert "Could we split" not in page and "Re: Payment reminder" in page
    assert client.get("/customers/NOPE").status_code == 404
    globex = client.get("/customers/C2").text
    assert "pricing" in globex and "INV-20001" in globex


def test_password_change_and_logout_end_the_session(web: tuple[TestClient, dict[str, int]], engine: Engine) -> None:
    client, _ = web
    log_in(client, "sam")
    token = csrf(client.get("/").text)
    assert client.post("/logout", data={"csrf_token": token}).status_code == 303
    assert client.get("/").status_code == 303
    log_in(client, "sam")
    with Session(engine) as s:
        set_password(session=s, name="sam", password="another long password")
        s.commit()
    assert client.get("/").status_code == 303
