"""How outgoing mail leaves: SMTP (smtplib; TLS, STARTTLS, AUTH) or a local Maildir (default)."""

from __future__ import annotations

import hashlib
import logging
import os
import smtplib
import socket
import ssl
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol
from urllib.parse import unquote, urlsplit

from agent.config import Settings
from agent.mail.urls import read_mail_url

log = logging.getLogger(__name__)



class SendError(Exception):
    """The email was not accepted."""


class TemporarySendError(SendError):
    """A 4xx reply or a dropped connection: try again later."""


class PermanentSendError(SendError):
    """A 5xx reply: the email will never be accepted as it is."""


class Transport(Protocol):
    """Hands a finished email to the next hop."""

    def send(self, *, raw: bytes, sender: str, recipients: list[str]) -> None:
        """Deliver raw to recipients; raise TemporarySendError or PermanentSendError."""
        ...

    def delivered(self, message_id: str) -> bool | None:
        """Return whether this Message-ID was already delivered, or None if it cannot tell."""
        ...

    def close(self) -> None:
        """Release any connection."""
        ...


@dataclass(frozen=True)
class SmtpConfig:
    """Where and how to reach the SMTP submission server."""

    host: str
    port: int
    username: str | None
    password: str | None
    security: Literal["tls", "starttls", "plain"]
    verify_tls: bool = True
    timeout: float = 60.0


def parse_smtp_url(url: str) -> SmtpConfig:
    """Parse smtp[s]://[user:pass@]host:port[?starttls=1&verify=0&timeout=60].

    smtps:// is TLS from the start; smtp:// uses STARTTLS, except on a loopback address where
    it stays plain unless starttls=1 is given.
    """
    read = read_mail_url(url, plain="smtp", tls="smtps")
    if read is None:
        parts = urlsplit(url)
        raise ValueError(f"not an SMTP address: {parts.scheme}://{parts.hostname or ''}")
    parts, options, security = read.parts, read.options, read.security
    return SmtpConfig(
        host=read.host,
        port=parts.port or (465 if parts.scheme == "smtps" else 587),
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        security=security,
        verify_tls=options.get("verify", "1") != "0",
        timeout=float(options.get("timeout", "60")),
    )


class SmtpTransport:
    """SMTP submission through smtplib; one connection reused for a send cycle."""

    def __init__(self, config: SmtpConfig) -> None:
        self.config = config
        self._smtp: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        cfg = self.config
        context = ssl.create_default_context()
        if not cfg.verify_tls:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        smtp: smtplib.SMTP
        if cfg.security == "tls":
            smtp = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout, context=context)
        else:
            smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
            if cfg.security == "starttls":
                smtp.starttls(context=context)
        if cfg.username:
            smtp.login(cfg.username, cfg.password or "")
        return smtp

    def send(self, *, raw: bytes, sender: str, recipients: list[str]) -> None:
        try:
            if self._smtp is None:
                self._smtp = self._connect()
            refused = self._smtp.sendmail(sender, recipients, raw)
        except smtplib.SMTPRecipientsRefused as e:
            self.close()
            codes = [code for code, _ in e.recipients.values()]
            detail = "; ".join(
                f"{rcpt}: {code} {msg!r}" for rcpt, (code, msg) in e.recipients.items()
            )
            if codes and all(500 <= code < 600 for code in codes):
                raise PermanentSendError(f"all recipients refused: {detail}") from e
            raise TemporarySendError(f"recipients refused: {detail}") from e
        except smtplib.SMTPAuthenticationError as e:
            # A wrong password is a setting to fix, not a reason to give the email up.
            self.close()
            raise TemporarySendError(f"SMTP login refused: {e.smtp_code} {e.smtp_error!r}") from e
        except smtplib.SMTPResponseException as e:
            self.close()
            reason = f"{e.smtp_code} {e.smtp_error.decode(errors='replace') if isinstance(e.smtp_error, bytes) else e.smtp_error}"
            if 500 <= e.smtp_code < 600:
                raise PermanentSendError(reason) from e
            raise TemporarySendError(reason) from e
        except (TimeoutError, smtplib.SMTPException, OSError) as e:
            self.close()
            raise TemporarySendError(f"{type(e).__name__}: {e}") from e
        if refused:
            log.warning("smtp: some recipients refused: %s", refused)

    def delivered(self, message_id: str) -> bool | None:
        return None  # an SMTP server cannot be asked; the IMAP Sent folder can

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()


class MaildirTransport:
    """Delivers into a local Maildir; the file name carries a hash of the Message-ID.

    The rename from tmp/ to new/ is atomic, so a delivery either happened or did not, and
    `delivered` answers exactly.
    """

    def __init__(self, path: Path) -> None:
        self.path = path.resolve()

    @staticmethod
    def _tag(message_id: str) -> str:
        return "arbot-" + hashlib.sha256(message_id.encode()).hexdigest()[:32]

    def _ensure(self) -> None:
        for sub in ("tmp", "new", "cur"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)

    def send(self, *, raw: bytes, sender: str, recipients: list[str]) -> None:
        from agent.mail.ingest import read_headers

        self._ensure()
        message_id = read_headers(raw).message_id
        name = f"{int(time.time())}.{self._tag(message_id)}.{socket.gethostname()}"
        tmp = self.path / "tmp" / name
        try:
            with tmp.open("wb") as handle:
                handle.write(raw)
                handle.flush()
                os.fsync(handle.fileno())
            os.rename(tmp, self.path / "new" / name)
        except OSError as e:
            raise TemporarySendError(f"maildir {self.path}: {e}") from e

    def delivered(self, message_id: str) -> bool | None:
        tag = self._tag(message_id)
        return any(
            next((self.path / sub).glob(f"*.{tag}.*"), None)
            for sub in ("new", "cur")
            if (self.path / sub).exists()
        )

    def close(self) -> None:
        return None


def transport_from_settings(settings: Settings) -> Transport:
    """Build the transport that settings.outbox names (maildir:PATH, smtp://..., smtps://...)."""
    address = settings.outbox
    if address.startswith("maildir:"):
        return MaildirTransport(settings.resolve(address.removeprefix("maildir:")))
    if address.startswith(("smtp://", "smtps://")):
        return SmtpTransport(parse_smtp_url(address))
    raise ValueError(
        f"unsupported outbox {address.split(':', 1)[0]!r}: use maildir:, smtp://, smtps://"
    )
