"""Real servers for the integration tier, as pytest fixtures: Dovecot (IMAP) and aiosmtpd (SMTP).

Import the fixtures into a test module: `from tests.servers import dovecot, imap_account, smtp`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers.dovecot import DovecotAccount, DovecotServer, available, running_server
from tests.servers.smtp import RecordingHandler, SmtpServer, running_smtp_server


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """One Dovecot server for the test session; each test takes its own account."""
    if not available():
        pytest.skip("Dovecot is not installed or we are not root")
    yield from running_server()


@pytest.fixture
def imap_account(dovecot: DovecotServer) -> DovecotAccount:
    """A fresh mail user with an empty INBOX and Sent folder."""
    return dovecot.add_account()


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    """An aiosmtpd server for one test; script its replies through smtp.handler.replies."""
    yield from running_smtp_server()


__all__ = [
    "DovecotAccount",
    "DovecotServer",
    "RecordingHandler",
    "SmtpServer",
    "dovecot",
    "imap_account",
    "smtp",
]
