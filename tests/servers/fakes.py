"""In-memory fakes of the mail facades, for unit tests that need no server."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from agent.mail.inbox import FetchedMessage, UidValidityChanged
from agent.mail.ingest import read_headers
from agent.mail.transport import PermanentSendError, TemporarySendError


@dataclass
class FakeInbox:
    """A mailbox held in a dict {uid: raw}; tests change uidvalidity or add messages at will."""

    mailbox: str = "fake://inbox"
    uidvalidity: int = 7
    messages: dict[int, bytes] = field(default_factory=dict)
    monotonic_uids: bool = True
    change_uidvalidity_after: int | None = None  # simulate a renumbering mid-fetch
    fetches: int = 0

    def add(self, raw: bytes) -> int:
        uid = max(self.messages, default=0) + 1
        self.messages[uid] = raw
        return uid

    def open(self) -> int:
        return self.uidvalidity

    def list_uids(self, *, after_uid: int) -> list[int]:
        return sorted(uid for uid in self.messages if uid > after_uid)

    def fetch(self, uids: Sequence[int], *, max_bytes: int) -> Iterator[FetchedMessage]:
        for uid in sorted(uids):
            if (
                self.change_uidvalidity_after is not None
                and self.fetches >= self.change_uidvalidity_after
            ):
                self.change_uidvalidity_after = None
                self.uidvalidity += 1
                raise UidValidityChanged("fake renumbering")
            self.fetches += 1
            raw = self.messages[uid]
            if len(raw) > max_bytes:
                yield FetchedMessage(uid, raw[:max_bytes] + b"\r\n[truncated]", len(raw), True)
            else:
                yield FetchedMessage(uid, raw, len(raw))

    def wait_for_changes(self, timeout: float) -> bool:
        return False

    def close(self) -> None:
        return None


@dataclass
class FakeTransport:
    """Records sent mail; answers with the scripted outcomes first ("4xx", "5xx", "ok")."""

    outcomes: list[str] = field(default_factory=list)
    sent: list[bytes] = field(default_factory=list)

    def send(self, *, raw: bytes, sender: str, recipients: list[str]) -> None:
        outcome = self.outcomes.pop(0) if self.outcomes else "ok"
        if outcome == "4xx":
            raise TemporarySendError("451 try later")
        if outcome == "5xx":
            raise PermanentSendError("550 no such user")
        self.sent.append(raw)

    def delivered(self, message_id: str) -> bool | None:
        return None

    def close(self) -> None:
        return None


@dataclass
class FakeSentFolder:
    """A Sent folder in memory, searched by Message-ID."""

    stored: list[bytes] = field(default_factory=list)

    def contains(self, message_id: str) -> bool:
        return any(read_headers(raw).message_id == message_id for raw in self.stored)

    def append(self, raw: bytes) -> None:
        self.stored.append(raw)

    def close(self) -> None:
        return None
