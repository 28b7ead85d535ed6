"""A real SMTP server (aiosmtpd) whose answers a test can script: 4xx, then 250, or 5xx."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.servers.dovecot import free_port

SMTP_USER = "arbot"
SMTP_PASSWORD = "s3cret"


@dataclass
class Received:
    """One message the server accepted."""

    mail_from: str
    rcpt_tos: list[str]
    content: bytes


@dataclass
class RecordingHandler:
    """Answers DATA with the scripted replies in order (then 250) and records what it accepted."""

    replies: list[str] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)
    attempts: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server, session, envelope) -> str:  # type: ignore[no-untyped-def]
        with self.lock:
            self.attempts += 1
            reply = self.replies.pop(0) if self.replies else "250 2.0.0 OK"
            if reply.startswith("2"):
                self.received.append(
                    Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content))
                )
        return reply


def _authenticate(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login.decode() == SMTP_USER
        and auth_data.password.decode() == SMTP_PASSWORD
    )
    return AuthResult(success=ok)


@dataclass
class SmtpServer:
    """The running server: its port, handler, and the URL arbot's outbox setting takes."""

    port: int
    handler: RecordingHandler

    def url(self, auth: bool = True) -> str:
        creds = f"{SMTP_USER}:{SMTP_PASSWORD}@" if auth else ""
        return f"smtp://{creds}127.0.0.1:{self.port}"


def running_smtp_server() -> Iterator[SmtpServer]:
    """Start aiosmtpd on a free loopback port (AUTH allowed without TLS), yield it, stop it."""
    handler = RecordingHandler()
    port = free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        authenticator=_authenticate,
        auth_require_tls=False,
    )
    controller.start()
    try:
        yield SmtpServer(port, handler)
    finally:
        controller.stop()
