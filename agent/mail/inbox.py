"""Where customer replies come from: an IMAP mailbox, or a local Maildir (the embedded default).

Both are read-only for arbot: messages are fetched by UID with BODY.PEEK[] (IMAP, in an EXAMINEd
mailbox) or read in place (Maildir), so nothing a person sees in the mailbox ever changes.
"""

from __future__ import annotations

import hashlib
import logging
import mailbox
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from agent.config import Settings

log = logging.getLogger(__name__)

# A Maildir has no UIDVALIDITY; its keys never change, so one constant value is stable.
MAILDIR_UIDVALIDITY = 1
# What is kept of an oversized message's body after its headers: enough for the text parts.
TRUNCATED_BODY_BYTES = 256 * 1024


class InboxError(Exception):
    """The mailbox could not be read (bad address, refused login, server gone for good)."""


class UidValidityChanged(InboxError):
    """The server renumbered the mailbox while arbot was reading it; start the poll again."""


@dataclass(frozen=True)
class FetchedMessage:
    """One message as fetched: its raw bytes (maybe truncated) and its size on the server."""

    uid: int
    raw: bytes
    size: int
    truncated: bool = False


class Inbox(Protocol):
    """A mailbox read by UID; `mailbox` names it stably for the ingest bookkeeping."""

    mailbox: str
    # True when UIDs only grow (IMAP): ingest can resume after the highest UID it stored.
    monotonic_uids: bool

    def open(self) -> int:
        """Connect and select the mailbox; return its UIDVALIDITY."""
        ...

    def list_uids(self, *, after_uid: int) -> list[int]:
        """Return the UIDs above after_uid, in ascending order."""
        ...

    def fetch(self, uids: Sequence[int], *, max_bytes: int) -> Iterator[FetchedMessage]:
        """Yield the given messages in UID order, skipping those gone; over max_bytes truncated."""
        ...

    def wait_for_changes(self, timeout: float) -> bool:
        """Block up to timeout seconds for new mail (IMAP IDLE); return True if some arrived."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...


class SentFolder(Protocol):
    """Where copies of sent mail are kept and looked up by Message-ID after a crash."""

    def contains(self, message_id: str) -> bool:
        """Return True if a message with this Message-ID is stored."""
        ...

    def append(self, raw: bytes) -> None:
        """Store a copy of a sent message."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...


def split_header(raw: bytes) -> tuple[bytes, bytes]:
    """Split raw message bytes into (header block with its blank line, body)."""
    for sep in (b"\r\n\r\n", b"\n\n"):
        at = raw.find(sep)
        if at != -1:
            end = at + len(sep)
            return raw[:end], raw[end:]
    return raw, b""


def truncated_copy(header: bytes, body_head: bytes, *, size: int, max_bytes: int) -> bytes:
    """Return headers plus the start of the body and a marker saying what was cut."""
    if header and not header.endswith((b"\n\n", b"\r\n\r\n")):
        header += b"\r\n" if header.endswith(b"\n") else b"\r\n\r\n"
    marker = (
        f"\r\n\r\n[arbot: message truncated: {size} bytes exceed the limit of {max_bytes};"
        f" attachments were not stored]\r\n"
    ).encode("ascii")
    return header + body_head[:TRUNCATED_BODY_BYTES] + marker


class MaildirInbox:
    """A local Maildir read in place; a message's UID is a stable hash of its Maildir key."""

    monotonic_uids = False

    def __init__(self, path: Path, *, poll_interval: float = 1.0) -> None:
        self.path = path.resolve()
        self.mailbox = f"maildir:{self.path}"
        self._poll_interval = poll_interval
        self._maildir: mailbox.Maildir | None = None
        self._keys: dict[int, str] = {}

    def open(self) -> int:
        self._maildir = mailbox.Maildir(self.path, factory=None, create=True)
        return MAILDIR_UIDVALIDITY

    def _md(self) -> mailbox.Maildir:
        if self._maildir is None:
            raise InboxError(f"maildir {self.path}: open() was not called")
        return self._maildir

    @staticmethod
    def uid_for_key(key: str) -> int:
        """Return the 63-bit UID that stands for a Maildir key (its flags are not part of it)."""
        return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big") >> 1

    def list_uids(self, *, after_uid: int) -> list[int]:
        md = self._md()
        self._keys = {self.uid_for_key(key): key for key in md.iterkeys()}
        return sorted(self._keys)

    def fetch(self, uids: Sequence[int], *, max_bytes: int) -> Iterator[FetchedMessage]:
        md = self._md()
        for uid in sorted(uids):
            key = self._keys.get(uid)
            if key is None:
                continue
            try:
                with md.get_file(key) as handle:
                    raw = handle.read(max_bytes + 1)
                    if len(raw) > max_bytes:
                        handle.seek(0, 2)
                        size = handle.tell()
                        header, body = split_header(raw)
                        raw = truncated_copy(header, body, size=size, max_bytes=max_bytes)
                        yield FetchedMessage(uid, raw, size, truncated=True)
                        continue
            except (KeyError, FileNotFoundError):
                log.info("maildir %s key=%s: gone before it was read", self.path, key)
                continue
            yield FetchedMessage(uid, raw, len(raw))

    def wait_for_changes(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        before = self._snapshot()
        while time.monotonic() < deadline:
            time.sleep(min(self._poll_interval, max(0.0, deadline - time.monotonic())))
            if self._snapshot() != before:
                return True
        return False

    def _snapshot(self) -> tuple[float, float]:
        return tuple(  # type: ignore[return-value]
            (self.path / sub).stat().st_mtime if (self.path / sub).exists() else 0.0
            for sub in ("new", "cur")
        )

    def close(self) -> None:
        self._maildir = None


def inbox_from_settings(settings: Settings) -> Inbox:
    """Build the inbox that settings.inbox names (maildir:PATH, imap://..., imaps://...)."""
    from agent.mail.imap import ImapInbox, parse_imap_url

    address = settings.inbox
    if address.startswith("maildir:"):
        return MaildirInbox(settings.resolve(address.removeprefix("maildir:")))
    if address.startswith(("imap://", "imaps://")):
        return ImapInbox(parse_imap_url(address))
    raise InboxError(
        f"unsupported inbox {address.split(':', 1)[0]!r}: use maildir:, imap://, imaps://"
    )


def sent_folder_from_settings(settings: Settings) -> SentFolder | None:
    """Return the IMAP Sent folder when the inbox is IMAP, else None."""
    from agent.mail.imap import ImapSentFolder, parse_imap_url

    if settings.inbox.startswith(("imap://", "imaps://")):
        return ImapSentFolder(parse_imap_url(settings.inbox), folder=settings.sent_folder)
    return None


def __getattr__(name: str) -> object:
    """Expose the IMAP implementations (agent.mail.imap, which imports this module) lazily."""
    if name in ("ImapInbox", "ImapSentFolder", "parse_imap_url"):
        from agent.mail import imap

        return getattr(imap, name)
    raise AttributeError(name)
