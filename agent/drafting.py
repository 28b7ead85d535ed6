"""Reply drafts: language, recipients, subject, the local template body, and the Draft record.

Both paths end here: the local policy renders `prompts/email/<intent>.<lang>.j2` from what its
tool calls did; the LLM agent writes the body itself. Either way `new_draft` stores the same
record (recipients, subject, body, language, intent, the actions log and attachments).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from agent.ledger import customers as customer_service
from agent.ledger.models import Contact, ContactStatus, Draft, DraftStatus, MailMessage
from agent.reply_facts import (  # noqa: F401  (re-exported for callers)
    KIND_LABELS,
    Step,
    facts_for_step,
    invoice_phrase,
    listing,
    logged_document_ids,
    long_date,
    money,
    steps_from_log,
)
from agent.triage.result import Intent
from prompts.env import render

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("en", "es", "fr", "de", "pt", "nl")
DEFAULT_LANGUAGE = "en"
REPLY_INTENTS = (Intent.PROMISE_TO_PAY, Intent.DISPUTE, Intent.REMITTANCE,
                 Intent.PAYMENT_PLAN_REQUEST, Intent.DOCUMENT_REQUEST, Intent.REDIRECT, Intent.OTHER)
_REPLY_PREFIX = re.compile(r"^\s*((re|aw|sv|vs|r|rv|res|antw|odp)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)




@dataclass
class ReplyContent:
    """The words of a reply, before it becomes a Draft."""

    subject: str
    body: str
    language: str
    attachment_document_ids: list[int] = field(default_factory=list)


def choose_language(triage_language: str | None, customer_language: str | None) -> str:
    """Return the triage language if supported, else the customer's, else English."""
    for candidate in (triage_language, customer_language):
        code = (candidate or "").strip().lower()[:2]
        if code in SUPPORTED_LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def reply_subject(original: str | None) -> str:
    """Return "Re: <original subject>" with exactly one Re: (and no line breaks)."""
    subject = " ".join((original or "").split())
    stripped = _REPLY_PREFIX.sub("", subject).strip()
    return f"Re: {stripped}" if stripped else "Re: your message"


def choose_recipients(*, session: Session, customer_id: str, sender: str | None) -> list[str]:
    """Return the sender if they are an active contact of the customer, else the primary contact.

    Never an address that is not one of the customer's contacts: the reply goes nowhere else.
    """
    contacts = [c for c in customer_service.list_contacts(session=session, customer_id=customer_id)
                if c.status == ContactStatus.ACTIVE]
    wanted = (sender or "").strip().lower()
    for contact in contacts:
        if contact.email.lower() == wanted:
            return [contact.email]
    primary = _primary(contacts)
    return [primary.email] if primary else []


def _primary(contacts: Sequence[Contact]) -> Contact | None:
    for contact in contacts:
        if contact.is_primary:
            return contact
    return contacts[0] if contacts else None


def greeting_name(*, session: Session, customer_id: str, address: str | None, from_name: str) -> str:
    """Return the first name to greet: the contact's name on file, else the sender's display name."""
    for contact in customer_service.list_contacts(session=session, customer_id=customer_id):
        if address and contact.email.lower() == address.lower() and contact.name:
            return contact.name.split()[0]
    name = " ".join(from_name.replace('"', "").split())
    if not name or "@" in name or len(name) > 60 or not re.match(r"^[^\W\d_][\w .'-]*$", name):
        return ""
    return name.split()[0] if " " in name else name


# ---------------------------------------------------------------- the local reply

def render_local_reply(
    *,
    session: Session,
    customer_id: str,
    steps: Sequence[Step],
    language: str,
    subject: str,
    greeting: str,
    sender_name: str,
) -> ReplyContent | None:
    """Render the template reply for what the policy did; None when nothing needs saying."""
    paragraphs: list[str] = []
    attachments: list[int] = []
    seen: set[Intent] = set()
    for step in steps:
        if step.intent not in REPLY_INTENTS or step.intent in seen:
            continue
        seen.add(step.intent)
        facts, documents = facts_for_step(session=session, customer_id=customer_id, step=step,
                                          language=language)
        attachments += documents
        text = render(f"email/{step.intent}.{language}.j2", f=facts).strip()
        if text:
            paragraphs.append(re.sub(r"\n{3,}", "\n\n", text))
    if not paragraphs:
        return None
    body = render(f"email/reply.{language}.j2", greeting_name=greeting, paragraphs=paragraphs,
                  sender_name=sender_name)
    return ReplyContent(subject=subject, body=body.strip() + "\n", language=language,
                        attachment_document_ids=list(dict.fromkeys(attachments)))


# ---------------------------------------------------------------- the record

def new_draft(
    *,
    session: Session,
    message: MailMessage,
    customer_id: str,
    content: ReplyContent,
    to_addrs: Sequence[str],
    intent: str,
    actions: Sequence[dict[str, Any]],
    review_reasons: Sequence[str],
    cc_addrs: Sequence[str] = (),
) -> Draft:
    """Add a pending Draft for this reply to the session (the caller commits)."""
    draft = Draft(
        customer_id=customer_id,
        conversation_id=message.conversation_id,
        reply_to_message_id=message.id,
        to_addrs=list(to_addrs),
        cc_addrs=list(cc_addrs),
        subject=content.subject,
        body=content.body,
        language=content.language,
        intent=intent,
        actions=[_jsonable(a) for a in actions],
        attachment_document_ids=list(content.attachment_document_ids),
        status=DraftStatus.PENDING,
        auto_send_allowed=False,
        review_reasons=list(dict.fromkeys(review_reasons)),
    )
    session.add(draft)
    session.flush()
    log.info("message id=%s customer=%s: draft id=%s (%s, %s) to %s%s", message.id, customer_id,
             draft.id, intent, content.language, list(to_addrs),
             f" review={draft.review_reasons}" if draft.review_reasons else "")
    return draft


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)
