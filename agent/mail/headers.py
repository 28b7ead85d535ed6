"""Read the four header fields ingest keeps (Message-ID, From, Subject, Date), fast and safely.

Ingest must keep up with the IMAP fetch, and both share one interpreter lock: `email.parser`
builds every header of every message (about 10 per message) in Python and took as long as the
fetch itself. Here one C-level regex finds just the four fields in the header block; the values
are then decoded as `email.parser` (compat32) would see them, by the same helpers parse.py uses.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import getaddresses, parsedate_to_datetime

from agent.mail.charsets import folded, header_text
from agent.mail.inbox import split_header
from agent.mail.parse import normalize_ids

log = logging.getLogger(__name__)

# A header field line: a name of printable characters other than ":", then ":".
_FIELD_NAME = rb"[\x21-\x39\x3b-\x7e]+[ \t]*:"
# The first line that is neither a field, nor a continuation, nor empty ends the header block,
# as it does for email.parser.
_NOT_A_HEADER_LINE = re.compile(rb"^(?![ \t]|" + _FIELD_NAME + rb"|\r?$)", re.M)
_FIRST_FIELD = re.compile(_FIELD_NAME)
_WANTED = re.compile(
    rb"^(message-id|from|subject|date)[ \t]*:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.I | re.M
)
_SINGLE_ID = re.compile(r"\s*(<[^<>\s]+>)\s*")
# RFC 5322 dates as nearly every client writes them: "Wed, 1 May 2024 09:30:00 +0200".
_DATE = re.compile(
    r"\s*(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+"
    r"(\d{2}):(\d{2})(?::(\d{2}))?\s+([+-])(\d{2})(\d{2})\s*(?:\([^()]*\)\s*)?"
)
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_ANGLE_ADDRESS = re.compile(r"<\s*([^<>\s]+@[^<>\s]+)\s*>")
_BARE_ADDRESS = re.compile(r"\s*([^\s<>()\[\],;:\"]+@[^\s<>()\[\],;:\"]+)\s*")


@dataclass(frozen=True)
class HeaderRecord:
    """What ingest keeps of a message besides its bytes."""

    message_id: str
    sha256: str
    from_addr: str | None
    subject: str | None
    sent_at: datetime | None
    error: str | None = None


def synthetic_message_id(sha256: str) -> str:
    """Return the stable Message-ID given to a message that has none."""
    return f"<{sha256[:40]}@sha256.arbot.invalid>"


def read_headers(raw: bytes) -> HeaderRecord:
    """Read Message-ID, sender, subject and date from the header block; never raise."""
    digest = hashlib.sha256(raw).hexdigest()
    try:
        fields = _header_fields(raw)
        if fields is None:
            return _broken(digest, "broken: no header fields")
        message_ids = fields.get("message-id")
        subject = fields.get("subject")
        dates = fields.get("date")
        return HeaderRecord(
            message_id=_message_id(message_ids[0] if message_ids else None, digest),
            sha256=digest,
            from_addr=_sender(fields.get("from") or []),
            subject=_unfolded(header_text(subject[0])) if subject else None,
            sent_at=_sent_at(dates[0] if dates else None),
        )
    except Exception as e:  # noqa: BLE001 - hostile bytes must be stored, not crash ingest
        log.warning("header read failed (%d bytes): %r", len(raw), e)
        return _broken(digest, f"broken: {type(e).__name__}: {e}")


def _broken(digest: str, error: str) -> HeaderRecord:
    return HeaderRecord(synthetic_message_id(digest), digest, None, None, None, error=error)


def _header_fields(raw: bytes) -> dict[str, list[str]] | None:
    """Return {lowercase name: [raw values]} of the wanted fields; None if there is no header."""
    if not raw or raw.isspace():  # (strip() would copy the whole message)
        return None
    block, _ = split_header(raw)
    if block.startswith(b"From "):  # an mbox "From " line before the header (unixfrom)
        block = block.partition(b"\n")[2]
    if not _FIRST_FIELD.match(block):
        return None
    end = _NOT_A_HEADER_LINE.search(block)
    if end is not None:
        block = block[: end.start()]
    fields: dict[str, list[str]] = {}
    for name, value in _WANTED.findall(block):
        # As compat32 does: 8-bit bytes kept as surrogate escapes, decoded by header_text.
        text = value.decode("ascii", "surrogateescape").rstrip("\r\n")
        fields.setdefault(name.decode("ascii").lower(), []).append(text)
    return fields


def _unfolded(value: str) -> str:
    """Unfold a header value and collapse runs of whitespace (charsets.folded, in one step)."""
    return " ".join(value.split())


def _message_id(value: str | None, digest: str) -> str:
    """Return the first message id of the field; a synthetic one if there is none."""
    if value is None:
        return synthetic_message_id(digest)
    if found := _SINGLE_ID.fullmatch(value):
        return found.group(1)
    ids = normalize_ids(value)
    return ids[0] if ids else synthetic_message_id(digest)


def _sender(values: list[str]) -> str | None:
    """Return the first address of the From field(s), lowercased."""
    decoded = [header_text(value) for value in values]
    if len(decoded) == 1 and decoded[0].count("@") == 1:
        # The common shapes, "Name <a@b>" and "a@b", without the full address parser.
        if found := _ANGLE_ADDRESS.search(decoded[0]):
            return found.group(1).lower()
        if found := _BARE_ADDRESS.fullmatch(decoded[0]):
            return found.group(1).lower()
    senders = getaddresses(decoded)
    return next((addr.strip().lower() for _, addr in senders if "@" in addr), None)


def _sent_at(value: str | None) -> datetime | None:
    if not value:
        return None
    if (found := _DATE.fullmatch(value)) and (month := _MONTHS.get(found.group(2).lower())):
        day, _, year, hour, minute, second, sign, tz_hours, tz_minutes = found.groups()
        offset = timedelta(hours=int(tz_hours), minutes=int(tz_minutes))
        try:
            return datetime(
                int(year),
                month,
                int(day),
                int(hour),
                int(minute),
                int(second or 0),
                tzinfo=timezone(-offset if sign == "-" else offset),
            )
        except ValueError:
            pass  # an impossible date: let the full parser decide
    try:
        parsed = parsedate_to_datetime(folded(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
