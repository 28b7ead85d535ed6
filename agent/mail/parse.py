"""Parse raw customer email into a ParsedMessage; never raises, records defects instead."""

from __future__ import annotations

import email
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from email.utils import parsedate_to_datetime

from agent.mail.autoreply import Bounce, detect_auto_reply, detect_bounce
from agent.mail.charsets import decode_bytes, folded, header_text
from agent.mail.htmltext import html_to_text
from agent.mail.quotes import split_reply

__all__ = ["Attachment", "Bounce", "ParsedMessage", "parse_message"]

log = logging.getLogger(__name__)

_MSG_ID = re.compile(r"<([^<>\s]+)>")
_TEXT_KINDS = {"text/plain", "text/html"}


@dataclass(frozen=True)
class Attachment:
    """One attached file or embedded message, decoded in memory (never written to disk)."""

    filename: str | None
    content_type: str
    size: int
    payload: bytes = field(repr=False)
    content_id: str | None = None
    inline: bool = False


@dataclass(frozen=True)
class ParsedMessage:
    """Everything the pipeline reads from one email."""

    message_id: str | None
    in_reply_to: list[str]
    references: list[str]
    subject: str
    from_addr: str | None
    from_name: str
    reply_to: list[str]
    to: list[str]
    cc: list[str]
    date: datetime | None
    text: str
    new_text: str
    quoted_text: str
    signature: str
    html: str | None
    html_only: bool
    attachments: list[Attachment]
    auto_reply: str | None
    bounce: Bounce | None
    defects: list[str]
    language_hint: str | None = None


@dataclass
class _Body:
    """Mutable accumulator for the MIME walk."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)


def normalize_ids(raw: str | None) -> list[str]:
    """Return the message ids in a header as "<id@host>" strings."""
    if not raw:
        return []
    value = folded(str(raw))
    ids = [f"<{found}>" for found in _MSG_ID.findall(value)]
    if not ids:
        # Some clients drop the angle brackets; keep anything id-shaped.
        ids = [f"<{token.strip('<>,;')}>" for token in value.split() if "@" in token]
    return ids


_ANGLE_ADDRESS = re.compile(r"<([^<>]*)>\s*(?:\([^()]*\)\s*)?$")
_COMMENT = re.compile(r"\([^()]*\)")


def _split_address_list(value: str) -> list[str]:
    """Split an address list on commas outside quotes and angle brackets."""
    entries: list[str] = []
    current: list[str] = []
    quoted, angle = False, 0
    for char in value:
        if char == '"' and not angle:
            quoted = not quoted
        elif char == "<" and not quoted:
            angle += 1
        elif char == ">" and not quoted and angle:
            angle -= 1
        elif char == "," and not quoted and not angle:
            entries.append("".join(current))
            current = []
            continue
        current.append(char)
    entries.append("".join(current))
    return [entry.strip() for entry in entries if entry.strip()]


def _addresses(raw: list[str]) -> list[tuple[str, str]]:
    """Parse address headers into (decoded name, lowercased address) pairs."""
    # Own parsing rather than email.utils.getaddresses: it splits "alice@x <bob@y>" in two and
    # mangles names, and its behaviour changed across 3.11 patch releases.
    pairs: list[tuple[str, str]] = []
    for entry in (item for value in raw for item in _split_address_list(folded(value))):
        if match := _ANGLE_ADDRESS.search(entry):
            name, address = entry[: match.start()], match.group(1)
        else:
            name, address = "", _COMMENT.sub("", entry)
        name = header_text(name).strip().strip('"').replace('\\"', '"').strip()
        address = header_text(address).strip().strip("<>").strip().lower()
        if "@" not in address and "@" in name:
            name, address = "", name.lower()
        if "<" in address:  # an encoded word that decoded to "Name <addr>"
            inner = _ANGLE_ADDRESS.search(address)
            name, address = address.split("<")[0].strip(), inner.group(1) if inner else address
        if address:
            pairs.append(("" if name.lower() == address else name, address))
    return pairs


def _parse_date(raw: str | None, defects: list[str]) -> datetime | None:
    """Parse a Date header into an aware datetime (UTC when it names no zone)."""
    if not raw:
        return None
    try:
        parsed = parsedate_to_datetime(folded(str(raw)))
    except (TypeError, ValueError, IndexError, OverflowError):
        defects.append("date-unparseable")
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _decoded_payload(part: Message) -> bytes:
    """Return a leaf part's payload with its transfer encoding undone."""
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - broken base64/uuencode gives what it can
        data = None
    if isinstance(data, bytes):
        return data
    payload = part.get_payload()
    return payload.encode("utf-8", "surrogateescape") if isinstance(payload, str) else b""


def _embedded_bytes(part: Message) -> bytes:
    """Serialise an embedded message/rfc822 part back to bytes."""
    try:
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            return inner[0].as_bytes()
        return _decoded_payload(part)
    except Exception:  # noqa: BLE001 - a broken embedded message is kept as best we can
        return str(part.get_payload()).encode("utf-8", "surrogateescape")


def _walk(part: Message, body: _Body, parent: str = "") -> None:
    """Collect body texts and attachments, not descending into embedded messages."""
    kind = part.get_content_type()
    disposition = _raw_header(part, "content-disposition").split(";")[0].strip().lower()
    filename = _filename(part)
    if part.is_multipart() and kind.startswith("multipart/"):
        for child in part.get_payload():
            if isinstance(child, Message):
                _walk(child, body, kind)
        return
    if kind.startswith("multipart/"):
        # A multipart whose boundary was never found: keep its raw text, flagged, not as body.
        data = _decoded_payload(part)
        if data.strip():
            body.defects.append(f"multipart-unparsed:{kind}")
            body.attachments.append(Attachment(filename, kind, len(data), data))
        return
    if kind.startswith("message/") or kind == "text/rfc822-headers":
        data = _embedded_bytes(part) if kind == "message/rfc822" else _raw_part(part)
        body.attachments.append(Attachment(filename, kind, len(data), data))
        return
    data = _decoded_payload(part)
    if kind in _TEXT_KINDS and disposition != "attachment" and not filename:
        text = decode_bytes(data, part.get_content_charset(), body.defects)
        target = body.plain if kind == "text/plain" else body.html
        # In an alternative the first of each kind wins; in mixed, text split around files joins.
        if not target or parent != "multipart/alternative":
            target.append(text)
        return
    content_id = _raw_header(part, "content-id").strip().strip("<>") or None
    inline = disposition == "inline" or (not disposition and content_id is not None)
    body.attachments.append(Attachment(filename, kind, len(data), data, content_id, inline))


def _raw_header(part: Message, name: str) -> str:
    """Return a part's header as raw text (8-bit bytes kept as surrogates), or ""."""
    for key, value in part.raw_items():
        if key.lower() == name:
            return str(value)
    return ""


_RAW_FILENAME = re.compile(r"""\b(?:file)?name\*?=\s*(?:"([^"]*)"|([^;\s]+))""", re.IGNORECASE)


def _filename(part: Message) -> str | None:
    """Return a part's decoded filename (RFC 2231, RFC 2047 or raw 8-bit), or None."""
    raw = _raw_header(part, "content-disposition") + ";" + _raw_header(part, "content-type")
    name: str | None = None
    if raw.isascii():
        try:
            name = part.get_filename()
        except Exception:  # noqa: BLE001 - garbage RFC 2231 parameters: read them raw below
            name = None
    if not name:
        # Raw 8-bit filenames: compat32 would turn each byte into U+FFFD, so read them ourselves.
        match = _RAW_FILENAME.search(raw)
        name = (match.group(1) or match.group(2)) if match else None
    return header_text(str(name)).strip() or None if name else None


def _raw_part(part: Message) -> bytes:
    """Return a non-leaf part (delivery-status, headers) as bytes."""
    try:
        return part.as_bytes()
    except Exception:  # noqa: BLE001 - keep what we can of a broken report part
        return str(part.get_payload()).encode("utf-8", "surrogateescape")


def _headers(msg: Message) -> dict[str, list[str]]:
    """Map lowercased header names to their raw values, bypassing compat32's Header objects."""
    headers: dict[str, list[str]] = {}
    for name, value in msg.raw_items():
        headers.setdefault(name.strip().lower(), []).append(str(value))
    return headers


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse raw RFC 822 bytes; on any unexpected failure return a flagged, mostly empty result."""
    try:
        return _parse(raw)
    except Exception as error:  # noqa: BLE001 - hostile input must never crash the pipeline
        log.warning("parse failed (%d bytes): %r", len(raw), error, exc_info=True)
        text = decode_bytes(raw, None)
        return ParsedMessage(
            None, [], [], "", None, "", [], [], [], None, text, text, "", "", None, False, [],
            None, None, [f"parse-error:{type(error).__name__}"],
        )


def _parse(raw: bytes) -> ParsedMessage:
    msg = email.message_from_bytes(raw)
    headers = _headers(msg)
    first = {name: values[0] for name, values in headers.items()}
    body = _Body()
    _walk(msg, body)
    defects = [type(defect).__name__ for part in msg.walk() for defect in part.defects]
    defects += body.defects
    html = next((item for item in body.html if item.strip()), None)
    plain = [item for item in body.plain if item.strip()]
    if plain:
        text = "\n\n".join(plain).strip()
        parts = split_reply(text)
        new_text, quoted_text, signature = parts.new_text, parts.quoted_text, parts.signature
    elif html is not None:
        new_part, quoted_html = html_to_text(html)
        text = f"{new_part}\n\n{quoted_html}".strip()
        parts = split_reply(new_part)
        new_text, signature = parts.new_text, parts.signature
        quoted_text = f"{parts.quoted_text}\n\n{quoted_html}".strip()
    else:
        text = new_text = quoted_text = signature = ""
    senders = _addresses(headers.get("from", []))
    from_name, from_addr = senders[0] if senders else ("", None)
    message_ids = normalize_ids(first.get("message-id"))
    language = folded(first.get("content-language", "")).split(",")[0].strip() or None
    return ParsedMessage(
        message_id=message_ids[0] if message_ids else None,
        in_reply_to=normalize_ids(first.get("in-reply-to")),
        references=normalize_ids(" ".join(headers.get("references", []))),
        subject=folded(header_text(first.get("subject"))),
        from_addr=from_addr or None,
        from_name=from_name,
        reply_to=[address for _, address in _addresses(headers.get("reply-to", []))],
        to=[address for _, address in _addresses(headers.get("to", []))],
        cc=[address for _, address in _addresses(headers.get("cc", []))],
        date=_parse_date(first.get("date"), defects),
        text=text,
        new_text=new_text,
        quoted_text=quoted_text,
        signature=signature,
        html=html,
        html_only=html is not None and not plain,
        attachments=body.attachments,
        auto_reply=detect_auto_reply(first, text),
        bounce=detect_bounce(msg, first),
        defects=defects,
        language_hint=language,
    )
