"""IMAP through imapclient: a read-only inbox and the Sent folder, reconnecting with backoff."""

from __future__ import annotations

import contextlib
import imaplib
import logging
import socket
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar
from urllib.parse import unquote, urlsplit

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from agent.mail.imap_fetch import fetch_bodies
from agent.mail.inbox import (
    FetchedMessage,
    InboxError,
    UidValidityChanged,
    split_header,
    truncated_copy,
)
from agent.mail.urls import read_mail_url

log = logging.getLogger(__name__)

T = TypeVar("T")
# A dropped connection, a reset socket, a timeout: worth a reconnect.
_TRANSIENT: tuple[type[BaseException], ...] = (
    IMAPClientAbortError,
    imaplib.IMAP4.abort,
    ConnectionError,
    socket.timeout,
    ssl.SSLError,
    EOFError,
    OSError,
)


@dataclass(frozen=True)
class ImapConfig:
    """Where and how to reach one IMAP mailbox."""

    host: str
    port: int
    username: str
    password: str
    mailbox: str = "INBOX"
    security: Literal["tls", "starttls", "plain"] = "tls"
    verify_tls: bool = True
    idle: bool = False
    batch_size: int = 200
    timeout: float = 60.0

    @property
    def name(self) -> str:
        """A stable name for the ingest bookkeeping (no password)."""
        return f"imap://{self.username}@{self.host}:{self.port}/{self.mailbox}"


def parse_imap_url(url: str) -> ImapConfig:
    """Parse imap[s]://user:pass@host:port/MAILBOX[?starttls=1&idle=1&batch=200&verify=0].

    imaps:// is TLS from the start; imap:// uses STARTTLS, except on a loopback address
    where it stays plain unless starttls=1 is given.
    """
    read = read_mail_url(url, plain="imap", tls="imaps")
    if read is None:
        parts = urlsplit(url)
        raise InboxError(f"not an IMAP address: {parts.scheme}://{parts.hostname or ''}")
    parts, options, security = read.parts, read.options, read.security
    return ImapConfig(
        host=read.host,
        port=parts.port or (993 if parts.scheme == "imaps" else 143),
        username=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
        mailbox=unquote(parts.path.lstrip("/")) or "INBOX",
        security=security,
        verify_tls=options.get("verify", "1") != "0",
        idle=options.get("idle") == "1",
        batch_size=max(1, int(options.get("batch", "200"))),
        timeout=float(options.get("timeout", "60")),
    )


class ImapSession:
    """One IMAP connection with one folder selected; reconnects with exponential backoff."""

    def __init__(
        self,
        config: ImapConfig,
        *,
        folder: str,
        readonly: bool = True,
        pin_uidvalidity: bool = True,
        retries: int = 5,
        backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.config = config
        self.folder = folder
        self.readonly = readonly
        self.pin_uidvalidity = pin_uidvalidity
        self.retries = retries
        self.backoff = backoff
        self._sleep = sleep
        self.client: IMAPClient | None = None
        self.uidvalidity: int | None = None

    def connect(self) -> IMAPClient:
        """Connect, log in and select the folder; return the client."""
        cfg = self.config
        context = ssl.create_default_context()
        if not cfg.verify_tls:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        try:
            client = IMAPClient(
                cfg.host,
                port=cfg.port,
                ssl=cfg.security == "tls",
                ssl_context=context,
                timeout=cfg.timeout,
            )
            if cfg.security == "starttls":
                client.starttls(context)
            client.login(cfg.username, cfg.password)
        except LoginError as e:
            raise InboxError(f"{cfg.name}: login refused: {e}") from e
        info = client.select_folder(self.folder, readonly=self.readonly)
        uidvalidity = int(info[b"UIDVALIDITY"])
        if self.pin_uidvalidity and self.uidvalidity not in (None, uidvalidity):
            client.logout()
            raise UidValidityChanged(
                f"{cfg.name} folder={self.folder}: UIDVALIDITY {self.uidvalidity} -> {uidvalidity}"
            )
        self.uidvalidity = uidvalidity
        self.client = client
        return client

    def call(self, operation: Callable[[IMAPClient], T]) -> T:
        """Run operation on the connection; on a dropped connection reconnect and run it again."""
        for attempt in range(self.retries + 1):
            try:
                client = self.client or self.connect()
                return operation(client)
            except (InboxError, LoginError):
                raise
            except _TRANSIENT as e:
                self._drop()
                if attempt == self.retries:
                    raise InboxError(
                        f"{self.config.name}: gave up after {attempt} retries: {e}"
                    ) from e
                delay = self.backoff * 2**attempt
                log.warning(
                    "imap %s folder=%s: %s; reconnecting in %.1fs",
                    self.config.name,
                    self.folder,
                    e,
                    delay,
                )
                self._sleep(delay)
            except IMAPClientError as e:
                raise InboxError(f"{self.config.name} folder={self.folder}: {e}") from e
        raise InboxError(f"{self.config.name}: unreachable")  # the loop always returns or raises

    def _drop(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            with contextlib.suppress(Exception):  # the socket is already broken
                client.shutdown()

    def close(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            with contextlib.suppress(Exception):  # closing a dead connection is fine
                client.logout()


class ImapInbox:
    """An IMAP mailbox, EXAMINEd (read-only) and fetched with BODY.PEEK[] so \\Seen never changes."""

    monotonic_uids = True

    def __init__(self, config: ImapConfig, **session_options: object) -> None:
        self.config = config
        self.mailbox = config.name
        self._session = ImapSession(config, folder=config.mailbox, **session_options)  # type: ignore[arg-type]

    def open(self) -> int:
        self._session.uidvalidity = None
        self._session.close()
        self._session.call(lambda client: None)
        return int(self._session.uidvalidity or 0)

    def list_uids(self, *, after_uid: int) -> list[int]:
        # "N:*" always matches the highest UID, even below N: filter it out.
        found = self._session.call(lambda c: c.search(["UID", f"{after_uid + 1}:*"]))
        return sorted(int(uid) for uid in found if uid > after_uid)

    def fetch(self, uids: Sequence[int], *, max_bytes: int) -> Iterator[FetchedMessage]:
        # One FETCH per batch brings the size and at most max_bytes of each message: sizes are
        # not listed beforehand (that cost a third of the fetch time in FETCH responses to
        # parse), and an oversized message is cut from the prefix it came with.
        ordered = sorted(uids)
        step = self.config.batch_size
        for start in range(0, len(ordered), step):
            batch = ordered[start : start + step]
            found = self._session.call(
                lambda c: fetch_bodies(c, batch, max_bytes=max_bytes)  # noqa: B023
            )
            for uid in batch:
                size, body = found.get(uid, (None, None))
                if body is None:
                    log.info("imap %s uid=%s: expunged before it was fetched", self.mailbox, uid)
                    continue
                raw = bytes(body)
                if (size or len(raw)) > max_bytes:
                    yield self._truncated(uid, raw, size or len(raw), max_bytes)
                else:
                    yield FetchedMessage(uid, raw, len(raw))

    def _truncated(self, uid: int, prefix: bytes, size: int, max_bytes: int) -> FetchedMessage:
        header, body = split_header(prefix)
        raw = truncated_copy(header, body, size=size, max_bytes=max_bytes)
        log.warning(
            "imap %s uid=%s: %d bytes over the limit; stored truncated", self.mailbox, uid, size
        )
        return FetchedMessage(uid, raw, size, truncated=True)

    def wait_for_changes(self, timeout: float) -> bool:
        if not self.config.idle:
            time.sleep(timeout)
            return False

        def idle(client: IMAPClient) -> bool:
            client.idle()
            try:
                responses = client.idle_check(timeout=timeout)
            finally:
                client.idle_done()
            return any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses)

        return self._session.call(idle)

    def close(self) -> None:
        self._session.close()


class ImapSentFolder:
    """The IMAP Sent folder: copies of sent mail, searched by Message-ID after a crash."""

    def __init__(
        self, config: ImapConfig, *, folder: str = "Sent", **session_options: object
    ) -> None:
        self.config = config
        self.folder = folder
        self._session = ImapSession(
            config,
            folder=folder,
            pin_uidvalidity=False,
            **session_options,  # type: ignore[arg-type]
        )
        self._ensured = False

    def _ensure_folder(self) -> None:
        if self._ensured:
            return
        probe = ImapSession(self.config, folder="INBOX")
        try:

            def create(client: IMAPClient) -> None:
                if not client.folder_exists(self.folder):
                    client.create_folder(self.folder)

            probe.call(create)
        finally:
            probe.close()
        self._ensured = True

    def contains(self, message_id: str) -> bool:
        self._ensure_folder()

        def search(client: IMAPClient) -> bool:
            client.noop()  # see appends made by other connections
            return bool(client.search(["HEADER", "Message-ID", message_id]))

        return self._session.call(search)

    def append(self, raw: bytes) -> None:
        self._ensure_folder()
        self._session.call(lambda c: c.append(self.folder, raw, flags=[b"\\Seen"]))

    def close(self) -> None:
        self._session.close()
