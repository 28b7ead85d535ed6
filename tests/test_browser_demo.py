"""The README's walkthrough in a real browser: `arbot demo`, log in with the printed password,
approve a draft, and see the email leave the outbox (sent to the demo's outbox Maildir)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_browser_web import CHROMIUM, CHROMIUM_ARGS, sync_playwright
from tests.test_demo import _free_port

pytestmark = pytest.mark.browser


def test_a_new_user_approves_a_demo_draft_in_the_browser(tmp_path: Path) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARBOT_")}
    demo = subprocess.Popen([sys.executable, "-m", "agent.cli", "demo", "--port", str(port)], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = ""
    try:
        deadline = time.monotonic() + 120
        while "Serving on" not in output and time.monotonic() < deadline:
            line = demo.stdout.readline()  # type: ignore[union-attr]
            if not line and demo.poll() is not None:
                break
            output += line
        assert "Serving on" in output, output[-3000:]
        password = re.search(r"specialist sam / (\S+)", output).group(1)  # type: ignore[union-attr]
        base = f"http://127.0.0.1:{port}"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.set_default_timeout(15_000)
            for _ in range(100):  # uvicorn may still be starting
                try:
                    page.goto(f"{base}/login")
                    break
                except Exception:  # noqa: BLE001 - connection refused until it listens
                    time.sleep(0.1)
            page.fill("input[name=name]", "sam")
            page.fill("input[name=password]", password)
            page.click("button:has-text('Log in')")
            page.wait_for_url(f"{base}/")
            page.locator("a[href^='/drafts/']").first.click()
            page.wait_for_url(re.compile(r".*/drafts/\d+$"))
            subject = page.input_value("input[name=subject]")
            page.click("#approve")
            page.wait_for_load_state()
            page.goto(f"{base}/outbox")
            row = page.locator("table.outbox tbody tr", has_text=subject[:30]).first
            for _ in range(40):  # the demo sends approved mail every 3 seconds
                if row.locator(".badge").text_content() == "sent":
                    break
                time.sleep(0.5)
                page.reload()
                row = page.locator("table.outbox tbody tr", has_text=subject[:30]).first
            assert row.locator(".badge").text_content() == "sent"
            browser.close()
        delivered = list((tmp_path / "arbot-demo" / "mail" / "outbox" / "new").iterdir())
        assert len(delivered) == 1
    finally:
        demo.terminate()
        demo.wait(timeout=20)
