"""Recognise automated mail: auto-replies (RFC 3834, out-of-office wording) and bounces."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import Message

from agent.casefree import case_free, lowered
from agent.mail.charsets import decode_bytes, header_text

Headers = Mapping[str, str] | Message


@dataclass(frozen=True)
class Bounce:
    """A delivery failure report and the recipients it is about."""

    failed_recipients: list[str] = field(default_factory=list)
    status: str | None = None
    diagnostic: str | None = None
    permanent: bool = True


# Subject wording is strong on its own: customers do not title their replies like this.
_SUBJECT_OOO = [
    ("en", r"out of (?:the )?office|automatic reply|auto[- ]?reply|autoresponse|on vacation"),
    ("fr", r"réponse automatique|absence|absent(?:e)? du bureau|en congés?"),
    ("de", r"abwesenheitsnotiz|automatische antwort|abwesend|nicht im büro|außer haus"),
    ("es", r"respuesta automática|fuera de (?:la )?oficina|de vacaciones"),
    ("pt", r"resposta automática|fora do escritório|ausência|de férias"),
    ("it", r"risposta automatica|fuori (?:sede|ufficio)|assente|in ferie"),
    ("nl", r"automatisch antwoord|afwezig(?:heid)?|buiten kantoor|niet op kantoor"),
    ("es", r"\bausente\b"),  # also Portuguese; the body patterns disambiguate when they can
]
# Body wording must be present-tense and near the top: "I was out of office" is a human.
_BODY_OOO = [
    ("en", r"\b(?:i am|i'm|i will be) (?:currently )?(?:out of (?:the )?office|away from|"
           r"on (?:annual |parental |sick )?(?:leave|vacation|holiday))|this is an automatic"
           r" (?:reply|response)|this (?:e-?mail|message) (?:is|was) (?:sent )?automatically|"
           r"i am currently away|with limited access to (?:my )?e-?mail"),
    ("fr", r"\bje suis (?:actuellement )?(?:absente?|en congés?)|réponse automatique|"
           r"ceci est un message automatique"),
    ("de", r"\bich bin (?:bis|vom|ab|derzeit|zurzeit|momentan|leider)\b.{0,60}"
           r"(?:nicht im büro|abwesend|außer haus|im urlaub|nicht erreichbar)|"
           r"automatische antwort|abwesenheitsnotiz|\bbin (?:derzeit |zurzeit )?abwesend"),
    ("es", r"\bestoy (?:actualmente )?(?:fuera de (?:la )?oficina|de vacaciones|ausente)|"
           r"respuesta automática"),
    ("pt", r"\bestou (?:atualmente )?(?:fora do escritório|de férias|ausente)|"
           r"resposta automática"),
    ("it", r"\bsono (?:attualmente )?(?:fuori (?:sede|ufficio)|in ferie|assente)|"
           r"risposta automatica"),
    ("nl", r"\bik ben (?:momenteel |tot en met .{0,20})?(?:afwezig|niet op kantoor|met vakantie)"
           r"|automatisch antwoord|\bben ik afwezig"),
]


def _by_language(patterns: list[tuple[str, str]]) -> re.Pattern[str]:
    """Compile one alternation whose matching group names the language (one scan, not many)."""
    groups = (f"(?P<{lang}{index}>{pattern})" for index, (lang, pattern) in enumerate(patterns))
    # Every phrase starts a word: testing that first lets the scan skip the middle of words
    # without trying each alternative there (the body scan 188 -> 85 µs on the corpus).
    return re.compile(r"(?<!\w)(?:" + "|".join(groups) + ")", re.IGNORECASE)


_SUBJECT_RE = _by_language(_SUBJECT_OOO)
_BODY_RE = _by_language(_BODY_OOO)
_LOWER_SUBJECT_RE = case_free(_SUBJECT_RE)
_LOWER_BODY_RE = case_free(_BODY_RE)
# Only with X-Auto-Response-Suppress: acknowledgement wording that a human also might write.
_WEAK_ACK = re.compile(
    r"thank you for (?:your|contacting)|we have received your|ticket (?:#|number)|"
    r"do not reply to this|no-?reply",
    re.IGNORECASE,
)
_BULK_PRECEDENCE = {"bulk", "junk", "list", "auto_reply", "auto-reply"}


def _get(headers: Headers, name: str) -> str:
    """Read one header as decoded text, whatever kind of header mapping it is."""
    try:
        value = headers.get(name)
        if value is None and not isinstance(headers, Message):
            value = headers.get(name.lower())  # parse_message passes lowercased raw headers
    except Exception:  # noqa: BLE001 - broken header objects count as absent
        return ""
    return header_text(str(value)).strip() if value is not None else ""


def detect_auto_reply(msg_headers: Headers, text: str) -> str | None:
    """Return why a message is automated (e.g. "auto-submitted: auto-replied"), or None."""
    submitted = _get(msg_headers, "Auto-Submitted").lower().split(";")[0].strip()
    if submitted and submitted != "no":
        return f"auto-submitted: {submitted}"
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Reply"):
        if _get(msg_headers, name):
            return name.lower().replace("x-auto-reply", "x-autoreply")
    for name in ("Precedence", "X-Precedence"):
        value = _get(msg_headers, name).lower()
        if value in _BULK_PRECEDENCE:
            return f"{name.lower()}: {value}"
    subject = _get(msg_headers, "Subject")[:300]
    opening = text.lstrip()[:600]
    for pattern, lower_pattern, haystack in ((_SUBJECT_RE, _LOWER_SUBJECT_RE, subject),
                                             (_BODY_RE, _LOWER_BODY_RE, opening)):
        low = lowered(haystack)
        found = lower_pattern.search(low) if low is not None else pattern.search(haystack)
        if found and found.lastgroup:
            return f"ooo-wording:{found.lastgroup.rstrip('0123456789')}"
    if _get(msg_headers, "List-Id"):
        return "list-id"
    if _get(msg_headers, "List-Unsubscribe"):
        return "list-unsubscribe"
    suppress = _get(msg_headers, "X-Auto-Response-Suppress").lower()
    if suppress and ("all" in suppress or "oof" in suppress) and _WEAK_ACK.search(opening):
        return "x-auto-response-suppress"
    return None


_DSN_FIELD = re.compile(
    r"^(Final-Recipient|Original-Recipient|Action|Status|Diagnostic-Code)\s*:\s*(.*(?:\n[ \t].*)*)",
    re.IGNORECASE | re.MULTILINE,
)
_STATUS = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_DAEMON_SENDER = re.compile(
    r"mailer-daemon|postmaster|mail delivery (?:subsystem|system)|microsoftexchange", re.I
)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|delivery status notification|mail delivery failed|failure notice|returned mail"
    r"|delivery fail|unzustellbar|non remis|non distribuable|no se puede entregar|"
    r"não (?:é possível|foi possível) entregar|non recapitabile|onbestelbaar",
    re.IGNORECASE,
)
_BOUNCE_BODY = re.compile(
    r"created automatically by mail delivery software|following (?:address(?:es|\(es\))?|"
    r"recipients?) failed|this is the qmail-send program|delivery has failed to these recipients"
    r"|address not found|your message wasn't delivered|could not be delivered to one or more|"
    r"i'm sorry to have to inform you that your message could not|this is the mail system at"
    r"|delivery to the following recipients? failed|undeliverable|permanent error",
    re.IGNORECASE,
)
# Where the returned copy of the original message starts; addresses below it are not failures.
_ORIGINAL_START = re.compile(
    r"^(?:-{3,}.*(?:original message|copy of the message|below this line|returned message|"
    r"headers? of the (?:original )?message).*|Original message headers:|"
    r"Received: .*|Return-Path: .*|Reporting-MTA: .*)$",
    re.IGNORECASE | re.MULTILINE,
)
# Where each MTA puts the remote server's words, most specific first.
_DIAGNOSTICS = [
    re.compile(r"Remote Server returned '([^'\n]+)'", re.IGNORECASE),
    re.compile(r"\bsaid:\s*(.+(?:\n[ \t]+.+){0,3})", re.IGNORECASE),
    re.compile(r"SMTP error[^\n]*:\s*\n?\s*(.+)", re.IGNORECASE),
    re.compile(r"The response (?:from the remote server )?was:\s*\n+\s*(.+)", re.IGNORECASE),
    re.compile(r"^(.+\(#\d\.\d{1,3}\.\d{1,3}\))\s*$", re.MULTILINE),
]
_TEMPORARY = re.compile(r"temporar|will (?:retry|try again)|delayed|still trying", re.I)


def _report_text(msg: Message) -> str:
    """Join the decoded text of the parts a bounce explains itself in."""
    chunks: list[str] = []
    for part in msg.walk():
        kind = part.get_content_type()
        if kind in {"message/rfc822", "text/rfc822-headers"}:
            break  # the returned original follows; its addresses are not failures
        payload = part.get_payload()
        if kind.endswith("delivery-status") and isinstance(payload, list):
            blocks = [block for block in payload if isinstance(block, Message)]
            chunks.extend("\n".join(f"{k}: {v}" for k, v in block.items()) for block in blocks)
        elif kind.startswith("text/") or kind.endswith("delivery-status"):
            try:
                data = part.get_payload(decode=True)
            except Exception:  # noqa: BLE001 - bounces are often malformed
                data = None
            if isinstance(data, bytes):
                chunks.append(decode_bytes(data, part.get_content_charset()))
    return "\n".join(chunks)


def _from_dsn_fields(text: str) -> Bounce | None:
    """Read RFC 3464 per-recipient fields out of delivery-status text."""
    failed: list[str] = []
    delayed: list[str] = []
    status = diagnostic = None
    recipient: str | None = None
    for name, value in _DSN_FIELD.findall(text):
        name, value = name.lower(), " ".join(value.split())
        if name in {"final-recipient", "original-recipient"}:
            if name == "final-recipient" or recipient is None:
                found = _ADDRESS.search(value)
                recipient = found.group(0).lower() if found else recipient
        elif name == "action" and recipient:
            action = value.lower()
            target = failed if action.startswith("fail") else delayed if "delay" in action else None
            if target is not None and recipient not in target:
                target.append(recipient)
        elif name == "status" and status is None and (match := _STATUS.search(value)):
            status = match.group(0)
        elif name == "diagnostic-code" and diagnostic is None:
            diagnostic = value
    recipients = failed or delayed
    if not recipients:
        return None
    permanent = bool(failed) and (status is None or status.startswith("5"))
    return Bounce(recipients, status, diagnostic, permanent)


def detect_bounce(msg: Message, headers: Headers | None = None) -> Bounce | None:
    """Return the delivery failure a message reports, or None if it is not a bounce.

    Args:
        msg: the parsed message.
        headers: its headers as a faster mapping (lowercased names), if the caller has one.
    """
    try:
        return _detect_bounce(msg, msg if headers is None else headers)
    except Exception:  # noqa: BLE001 - a broken bounce is still not worth a crash
        return None


def _detect_bounce(msg: Message, headers: Headers) -> Bounce | None:
    content_type = msg.get_content_type()
    is_report = content_type == "multipart/report" and "delivery-status" in str(
        msg.get_param("report-type") or ""
    ).lower()
    sender = _get(headers, "From")
    return_path = _get(headers, "Return-Path")
    from_daemon = bool(_DAEMON_SENDER.search(sender)) or return_path.replace(" ", "") == "<>"
    if not (is_report or from_daemon or _BOUNCE_SUBJECT.search(_get(headers, "Subject"))):
        return None
    text = _report_text(msg)
    if is_report or "Final-Recipient" in text or "final-recipient" in text.lower():
        if dsn := _from_dsn_fields(text):
            return dsn
        if is_report:
            return None  # a DSN that reports success ("delivered", "relayed")
    if not _BOUNCE_BODY.search(text[:5000]):
        return None
    own = {address.lower() for address in _ADDRESS.findall(f"{sender} {_get(headers, 'To')}")}
    return _from_prose(text, own)


def _from_prose(text: str, own: set[str]) -> Bounce | None:
    """Read a non-standard (Postfix, Exim, qmail, Exchange, Gmail) bounce's prose."""
    cut = _ORIGINAL_START.search(text)
    explanation = text[: cut.start()] if cut else text
    recipients: list[str] = []
    for address in _ADDRESS.findall(explanation):
        address = address.lower().rstrip(".")
        if address not in own and address not in recipients and not _DAEMON_SENDER.search(address):
            recipients.append(address)
    if not recipients:
        return None
    status_match = _STATUS.search(explanation)
    status = status_match.group(0) if status_match else None
    diagnostic = None
    for pattern in _DIAGNOSTICS:
        if found := pattern.search(explanation):
            diagnostic = " ".join(found.group(1).split())[:500]
            break
    permanent = status.startswith("5") if status else not _TEMPORARY.search(explanation)
    return Bounce(recipients, status, diagnostic, permanent)
