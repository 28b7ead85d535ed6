"""Mail server addresses (imap://, imaps://, smtp://, smtps://): one reading of scheme and security."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from urllib.parse import SplitResult, parse_qs, urlsplit

LOOPBACK = {"127.0.0.1", "::1", "localhost"}
Security = Literal["tls", "starttls", "plain"]


@dataclass(frozen=True)
class MailUrl:
    parts: SplitResult
    options: dict[str, str]
    security: Security

    @property
    def host(self) -> str:
        return self.parts.hostname or ""


def read_mail_url(url: str, *, plain: str, tls: str) -> MailUrl | None:
    """Split a server address; None if its scheme is neither `plain` nor `tls` or it has no host.

    The TLS scheme is TLS from the start; the plain one uses STARTTLS, except on a loopback
    address where it stays plain unless ?starttls=1 is given (test servers, local relays).
    """
    parts = urlsplit(url)
    if parts.scheme not in (plain, tls) or not parts.hostname:
        return None
    options = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    security: Security
    if parts.scheme == tls:
        security = "tls"
    elif options.get("starttls") == "1" or parts.hostname not in LOOPBACK:
        security = "starttls"
    else:
        security = "plain"
    return MailUrl(parts=parts, options=options, security=security)
