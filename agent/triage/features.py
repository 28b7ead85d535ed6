"""What the intent classifier reads: the subject and the customer's own words, plus shape tokens."""

from __future__ import annotations

import re

from agent.mail.parse import ParsedMessage
from agent.triage.extract import Facts
from agent.triage.intent_cues import CUE_NAMES as INTENT_CUE_NAMES
from agent.triage.intent_cues import intent_cues
from agent.triage.model import normalize_text

_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|vs|rv|r|ref|fwd?|tr|wg|enc|i|doorst)\s*:\s*)+",
                           re.IGNORECASE)
_FORWARD = re.compile(r"\b(?:fwd?|tr|wg|enc|i|doorst)\s*:", re.IGNORECASE)
MAX_CHARS = 3000
# Where the dates the text names fall against the Date header: "value date 4 Dec" a week ahead is
# money to come, "sent 11/4" money gone; words alone ("payment ordered") cannot tell them apart.
DATE_CUE_NAMES = ("date_ahead", "date_today", "date_past")
CUE_NAMES: tuple[str, ...] = (*INTENT_CUE_NAMES, *DATE_CUE_NAMES, "injection")


def classifier_text(parsed: ParsedMessage, facts: Facts) -> str:
    """Return the normalized text the classifier scores (never the quoted reminder)."""
    # A reply's subject is our own reminder's ("Payment reminder: … is overdue"): it says
    # nothing about the answer, so only the subject of a new thread or a forward is read.
    raw_subject = parsed.subject or ""
    prefix = _REPLY_PREFIX.match(raw_subject)
    is_reply = prefix is not None and not _FORWARD.search(prefix.group(0))
    subject = "zzreply" if is_reply else _REPLY_PREFIX.sub("", raw_subject)
    shape = []
    if parsed.html_only:
        shape.append("zzhtmlonly")
    if parsed.attachments:
        shape.append("zzattachment")
    if parsed.auto_reply:
        shape.append("zzautoheader")
    if parsed.bounce is not None:
        shape.append("zzbounce")
    if facts.dates:
        shape.append("zzdate")
    if facts.amounts:
        shape.append("zzamount")
    if facts.references:
        shape.append("zzreference")
    if _REPLY_PREFIX.match(parsed.subject or "") and "fw" in (parsed.subject or "")[:5].lower():
        shape.append("zzforward")
    if len(facts.text) < 40:
        shape.append("zzshort")
    body = facts.text[:MAX_CHARS]
    return normalize_text(f"{subject} \n {body} \n {' '.join(shape)}")


def cue_text(parsed: ParsedMessage, facts: Facts) -> str:
    """Return the normalized subject and new text the intent cues read."""
    subject = _REPLY_PREFIX.sub("", parsed.subject or "")
    return normalize_text(subject) + "\n" + facts.normalized


def classifier_cues(parsed: ParsedMessage, facts: Facts) -> list[float]:
    """Return the cue values the classifier weighs beside the n-grams (see intent_cues)."""
    values = intent_cues(facts.normalized)
    # The subject of a new thread says what it is ("Remittance advice", "Copy of invoice");
    # a reply's subject is our own reminder's, so it only counts for new threads.
    subject = parsed.subject or ""
    if subject and not _REPLY_PREFIX.match(subject):
        values = [max(a, b) for a, b in zip(values, intent_cues(normalize_text(subject)),
                                             strict=True)]
    return values + _date_cues(parsed, facts) + [
        1.0 if facts.injection_in_text else 0.0]


def _date_cues(parsed: ParsedMessage, facts: Facts) -> list[float]:
    base = parsed.date.date() if parsed.date else None
    if base is None or not facts.dates:
        return [0.0, 0.0, 0.0]
    values = [found.value for found in facts.dates]
    return [float(any(v > base for v in values)), float(any(v == base for v in values)),
            float(any(v < base for v in values))]


__all__ = ["CUE_NAMES", "classifier_cues", "classifier_text", "cue_text"]
