"""`arbot demo` on the embedded defaults: it prints the aging report and its API answers."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_demo_prints_aging_and_serves_the_api(tmp_path: Path) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARBOT_")}
    proc = subprocess.Popen([sys.executable, "-m", "agent.cli", "demo", "--port", str(port)], cwd=tmp_path,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = ""
    try:
        deadline = time.monotonic() + 90
        while "Serving on" not in output and time.monotonic() < deadline:
            line = proc.stdout.readline()  # type: ignore[union-attr]
            if not line and proc.poll() is not None:
                break
            output += line
        assert "Serving on" in output, output
        assert "Aging as of 2026-11-20" in output and "USD" in output
        token = re.search(r"(arb_[A-Za-z0-9_-]+)", output).group(1)  # type: ignore[union-attr]
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                if httpx.get(f"{base}/healthz").status_code == 200:
                    break
            except httpx.ConnectError:
                time.sleep(0.1)
        assert httpx.get(f"{base}/api/reports/aging").status_code == 401
        body = httpx.get(f"{base}/api/reports/aging", params={"as_of": "2026-11-20"},
                         headers={"Authorization": f"Bearer {token}"}).json()
        assert {t["currency"] for t in body["totals"]} >= {"USD", "EUR", "GBP"}
        assert (tmp_path / "arbot-demo" / "arbot.db").exists()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
