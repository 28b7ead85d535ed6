"""The web pages in headless Chromium: log in, review, edit, approve, see it leave; roles, escaping, CSRF."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from sqlmodel import Session, select

from agent.config import Settings
from agent.db import make_engine, migrate
from agent.jobs import send_outbox
from agent.ledger import passwords
from agent.ledger.models import Draft, OutboundEmail
from api import create_app
from tests.conftest import REPO
from tests.test_web_pages import PASSWORD, seed_web

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
# The README shows these; a run refreshes them only when asked (ARBOT_UPDATE_SCREENSHOTS=1), so
# that running the suite leaves the checkout as it was.
SCREENSHOTS = (REPO / "docs" / "screenshots" if os.environ.get("ARBOT_UPDATE_SCREENSHOTS") == "1"
               else Path(os.environ.get("TMPDIR", "/tmp")) / "arbot-screenshots")
SCREENSHOTS.mkdir(parents=True, exist_ok=True)

if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROMIUM} is missing and CI needs it (apt-get install chromium)")
    pytest.skip(f"{CHROMIUM} is not installed", allow_module_level=True)

sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright


@dataclass
class Site:
    url: str
    settings: Settings
    engine: object
    drafts: dict[str, int]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The app served by uvicorn in a thread, on a migrated SQLite ledger with pending drafts."""
    base = tmp_path_factory.mktemp("web")
    settings = Settings(database_url=f"sqlite:///{base / 'arbot.db'}", inbox=f"maildir:{base / 'inbox'}",
                        outbox=f"maildir:{base / 'outbox'}", data_dir=base, llm="local")
    engine = make_engine(settings)
    migrate(engine)
    cost = passwords.SCRYPT_N
    passwords.SCRYPT_N = 2**10  # cheap hashes for the test users; the cost is stored per hash
    try:
        with Session(engine, expire_on_commit=False) as s:
            drafts = seed_web(s, settings)
    finally:
        passwords.SCRYPT_N = cost
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings, engine=engine, run_migrations=False),
                                           host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield Site(url=f"http://127.0.0.1:{port}", settings=settings, engine=engine, drafts=drafts)
    server.should_exit = True
    thread.join(timeout=10)
    engine.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1360, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    page.set_default_timeout(10_000)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    yield page
    context.close()


def log_in(page: object, site: Site, name: str, path: str = "/") -> None:
    page.goto(f"{site.url}{path}")  # type: ignore[attr-defined]
    assert "/login" in page.url  # type: ignore[attr-defined]
    page.fill("input[name=name]", name)  # type: ignore[attr-defined]
    page.fill("input[name=password]", PASSWORD)  # type: ignore[attr-defined]
    page.click("button:has-text('Log in')")  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]


def draft_status(site: Site, draft_id: int) -> str:
    with Session(site.engine) as s:  # type: ignore[arg-type]
        draft = s.get(Draft, draft_id)
        assert draft is not None
        return str(draft.status)


def test_review_edit_approve_and_see_it_leave(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    log_in(page, site, "sam")
    assert page.url == f"{site.url}/"
    assert page.locator("h1").inner_text().startswith("Approval inbox")
    rows = page.locator("table.inbox tbody tr")
    assert rows.count() == len(site.drafts)
    assert "Acme Logistics" in rows.first.inner_text() and "2026-12-04" in rows.first.inner_text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "inbox.png"))

    page.click(f"a.button[href='/drafts/{site.drafts['promise']}']")
    page.wait_for_url(f"**/drafts/{site.drafts['promise']}")
    assert "we will pay invoice INV-10001 on Friday" in page.locator("#mail-text").inner_text()
    quoted = page.locator("details.quoted")
    assert not quoted.evaluate("d => d.open")  # history folded
    page.screenshot(path=str(SCREENSHOTS / "draft.png"), full_page=True)
    quoted.locator("summary").click()
    assert "55 days past due" in quoted.inner_text()

    page.fill("#subject", "Re: Payment reminder INV-10001 - noted")
    page.fill("#body", "Dear Jane,\n\nThank you: we have noted your payment of $4,200.00 for December 4.\n\n"
                       "Kind regards,\nAccounts Receivable")
    page.click("#approve")
    page.wait_for_url(f"**/drafts/{site.drafts['dispute']}?done={site.drafts['promise']}&action=approved")
    assert "queued in the outbox" in page.locator(".notice").inner_text()
    assert draft_status(site, site.drafts["promise"]) == "approved"

    page.click("header nav a:has-text('Outbox')")
    row = page.locator("table.outbox tbody tr", has_text="noted")
    assert row.locator(".badge").text_content() == "queued"
    report = send_outbox(engine=site.engine, settings=site.settings)  # type: ignore[arg-type]
    assert report is not None
    page.reload()
    assert page.locator("table.outbox tbody tr", has_text="noted").locator(".badge").text_content() == "sent"
    delivered = [p for p in (Path(site.settings.outbox.removeprefix("maildir:")) / "new").iterdir()]
    assert len(delivered) == 1 and b"noted your payment" in delivered[0].read_bytes()
    assert not page.dialogs


def test_keyboard_approve_does_not_fire_while_typing(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    draft_id = site.drafts["remittance"]
    log_in(page, site, "sam", f"/drafts/{draft_id}")
    page.wait_for_url(f"**/drafts/{draft_id}")
    page.click("#body")
    page.keyboard.press("End")
    page.keyboard.type(" a j n")  # typing shortcut letters in the reply changes only the text
    assert page.url.endswith(f"/drafts/{draft_id}") and draft_status(site, draft_id) == "pending"
    assert page.input_value("#body").endswith(" a j n")
    page.keyboard.press("Escape")  # leave the field; now keys are shortcuts
    page.keyboard.press("a")
    page.wait_for_url(f"**done={draft_id}&action=approved")
    assert draft_status(site, draft_id) == "approved"
    with Session(site.engine) as s:  # type: ignore[arg-type]
        row = s.exec(select(OutboundEmail).where(OutboundEmail.draft_id == draft_id)).one()
        assert b" a j n" in row.raw
    before = page.url
    has_next = page.locator("a[rel=next]").count() > 0
    page.keyboard.press("j")  # next pending draft, or stays put when there is none
    if has_next:  # wait for the navigation itself: load-state alone returns before it starts
        page.wait_for_url(lambda url: url != before)
    else:
        page.wait_for_load_state()
        assert page.url == before


def test_specialist_cannot_open_the_manager_page(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    log_in(page, site, "sam")
    assert page.locator("header nav a:has-text('Manager')").count() == 0
    response = page.goto(f"{site.url}/manager")
    assert response.status == 403
    assert "for managers" in page.locator("main").inner_text()


def test_manager_sees_charts_and_escalations(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    log_in(page, site, "mia", "/manager")
    assert page.url.endswith("/manager")
    assert page.locator("figure.chart svg").count() >= 5
    assert page.locator("form[action^='/escalations/']").count() >= 1
    page.screenshot(path=str(SCREENSHOTS / "manager.png"), full_page=True)


def test_hostile_email_shows_as_text_and_runs_nothing(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    draft_id = site.drafts["hostile"]
    log_in(page, site, "sam", f"/drafts/{draft_id}")
    page.wait_for_url(f"**/drafts/{draft_id}")
    text = page.locator("#mail-text").inner_text()
    assert '<script>alert("xss")</script>' in text
    assert '<img src=x onerror="alert(1)">' in text
    assert page.locator("main script").count() == 0 and page.locator("main img").count() == 0
    page.goto(f"{site.url}/")  # the subject is on the inbox too
    page.wait_for_timeout(200)
    assert page.dialogs == []


def test_post_without_csrf_token_is_refused(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    draft_id = site.drafts["plan"]
    log_in(page, site, "mia", f"/drafts/{draft_id}")
    response = page.request.post(f"{site.url}/drafts/{draft_id}/approve", form={"subject": "x", "body": "y"})
    assert response.status == 403
    page.evaluate("document.querySelector('#approve-form input[name=csrf_token]').value = 'forged'")
    page.click("#approve")
    assert "CSRF" in page.locator("body").inner_text()
    assert draft_status(site, draft_id) == "pending"


def test_chromium_is_the_system_one() -> None:
    assert shutil.which("chromium") or Path(CHROMIUM).exists()
