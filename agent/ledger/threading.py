"""Tie an inbound message to a customer and a conversation, from the sender and the thread only.

The customer comes from our own records: the conversation a reply's In-Reply-To/References point
at, else the sender's address, then the sender's domain, among the contacts. Invoice numbers in
the text never choose the customer (anyone can type one); they pick the conversation within the
customer, and a mismatch is noted for a person.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from agent.ledger import audit
from agent.ledger.models import Contact, Conversation, Draft, Invoice, MailMessage, OutboundEmail

log = logging.getLogger(__name__)

FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.co.uk",
        "yahoo.fr",
        "ymail.com",
        "hotmail.com",
        "hotmail.co.uk",
        "hotmail.fr",
        "outlook.com",
        "live.com",
        "msn.com",
        "aol.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "proton.me",
        "protonmail.com",
        "gmx.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "mail.com",
        "yandex.com",
        "yandex.ru",
        "mail.ru",
        "qq.com",
        "163.com",
        "126.com",
        "zoho.com",
        "fastmail.com",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "libero.it",
        "t-online.de",
        "btinternet.com",
        "comcast.net",
        "verizon.net",
        "hey.com",
    }
)
# Digit runs of 4+ digits, allowing single spaces, dashes, dots or slashes between digits.
_DIGIT_RUN = re.compile(r"(?<![\w])(?:[A-Za-z]{1,6}[-#/ ]?)?#?\d(?:[ \-./]?\d){3,}(?![\w])")
_SUBJECT_PREFIX = re.compile(
    r"^\s*((re|fw|fwd|aw|wg|sv|vs|tr|rv|r|enc|antw)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE
)


@dataclass
class ThreadResult:
    """Where a message belongs, how that was decided, and what a person should know."""

    customer_id: str | None = None
    conversation_id: int | None = None
    matched_by: str | None = None  # "thread" | "sender" | "domain" | "bounce" | None
    invoice_numbers: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def invoice_key(number: str) -> str:
    """Normalize an invoice number the way customers mangle it: no prefix, spaces or '#'."""
    key = re.sub(r"[^0-9A-Za-z]", "", number).upper()
    return re.sub(r"^[A-Z]+", "", key)


def invoice_candidates(text: str) -> set[str]:
    """Return the normalized keys of everything in text that may be an invoice number."""
    keys: set[str] = set()
    for match in _DIGIT_RUN.finditer(text):
        token = match.group(0)
        keys.add(invoice_key(token))
        # "10023 10024" is two numbers more often than one: try the pieces as well.
        for piece in re.split(r"\s+", token):
            if sum(ch.isdigit() for ch in piece) >= 4:
                keys.add(invoice_key(piece))
    return {k for k in keys if k}


def normalize_subject(subject: str | None) -> str:
    """Return the subject without Re:/Fwd:/AW: prefixes, lowercased and unfolded."""
    return " ".join(_SUBJECT_PREFIX.sub("", subject or "").split()).lower()


def conversation_from_headers(
    *, session: Session, message_ids: Sequence[str]
) -> Conversation | None:
    """Return the conversation of the nearest earlier message these Message-IDs point at."""
    wanted = [m for m in message_ids if m][:100]
    if not wanted:
        return None
    rows = session.exec(
        select(MailMessage.message_id_header, MailMessage.conversation_id).where(
            col(MailMessage.message_id_header).in_(wanted),
            col(MailMessage.conversation_id).is_not(None),
        )
    ).all()
    found = {mid: conv for mid, conv in rows}
    drafts = session.exec(
        select(OutboundEmail.message_id_header, Draft.conversation_id)
        .join(Draft, col(Draft.id) == col(OutboundEmail.draft_id))
        .where(
            col(OutboundEmail.message_id_header).in_(wanted),
            col(Draft.conversation_id).is_not(None),
        )
    ).all()
    for mid, conv in drafts:
        found.setdefault(mid, conv)
    for mid in wanted:  # nearest first: In-Reply-To, then References newest to oldest
        if found.get(mid) is not None:
            return session.get(Conversation, found[mid])
    return None


def customers_for_address(*, session: Session, address: str) -> set[str]:
    """Return the customers that have this exact contact address."""
    rows = session.exec(
        select(Contact.customer_id).where(Contact.email == address.strip().lower())
    ).all()
    return set(rows)


def customers_for_domain(*, session: Session, domain: str) -> set[str]:
    """Return the customers with a contact at this domain (never for free-mail domains)."""
    domain = domain.strip().lower()
    if not domain or domain in FREE_MAIL_DOMAINS:
        return set()
    rows = session.exec(
        select(Contact.customer_id).where(col(Contact.email).like(f"%@{domain}"))
    ).all()
    return set(rows)


def customer_invoices_in(*, session: Session, customer_id: str, keys: set[str]) -> list[str]:
    """Return the customer's invoice numbers (as the ledger spells them) among these keys."""
    if not keys:
        return []
    numbers = session.exec(select(Invoice.number).where(Invoice.customer_id == customer_id)).all()
    return sorted(n for n in numbers if invoice_key(n) in keys)


def other_customers_for_invoices(
    *, session: Session, keys: set[str], customer_id: str | None
) -> dict[str, str]:
    """Return {invoice number: customer} for other customers' invoices among these keys."""
    digit_keys = {key for key in sorted(keys)[:20] if key.isdigit() and len(key) >= 4}
    if not digit_keys:
        return {}
    # One query for all keys: each "%key" pattern scans the table, so they share the scan.
    rows = session.exec(select(Invoice.number, Invoice.customer_id).where(
        sa.or_(*(col(Invoice.number).like(f"%{key}") for key in sorted(digit_keys))))).all()
    return {n: c for n, c in rows if invoice_key(n) in digit_keys and c != customer_id}


def find_or_start_conversation(
    *,
    session: Session,
    customer_id: str,
    subject: str | None,
    invoice_numbers: Sequence[str],
    at: datetime | None,
) -> Conversation:
    """Return the customer's conversation about these invoices or this subject, or start one."""
    recent = session.exec(
        select(Conversation)
        .where(Conversation.customer_id == customer_id)
        .order_by(col(Conversation.id).desc())
        .limit(50)
    ).all()
    keys = {invoice_key(n) for n in invoice_numbers}
    if keys:
        for conversation in recent:
            if keys & invoice_candidates(conversation.subject):
                return conversation
    wanted = normalize_subject(subject)
    if wanted:
        for conversation in recent:
            if normalize_subject(conversation.subject) == wanted:
                return conversation
    conversation = Conversation(
        customer_id=customer_id, subject=(subject or "")[:500], last_message_at=at
    )
    session.add(conversation)
    session.flush()
    return conversation


def sender_customer(
    *, session: Session, address: str | None
) -> tuple[str | None, str | None, list[str]]:
    """Resolve the sender to one customer: (customer, "sender" | "domain", notes)."""
    if not address or "@" not in address:
        return None, None, []
    by_address = customers_for_address(session=session, address=address)
    if len(by_address) == 1:
        return next(iter(by_address)), "sender", []
    if len(by_address) > 1:
        return (
            None,
            None,
            [
                f"sender {address} is a contact of several customers: "
                f"{', '.join(sorted(by_address))}"
            ],
        )
    domain = address.rpartition("@")[2]
    by_domain = customers_for_domain(session=session, domain=domain)
    if len(by_domain) == 1:
        return next(iter(by_domain)), "domain", []
    if len(by_domain) > 1:
        return (
            None,
            None,
            [f"domain {domain} has contacts of several customers: {', '.join(sorted(by_domain))}"],
        )
    return None, None, []


def assign(*, session: Session, message: MailMessage, result: ThreadResult) -> None:
    """Write the threading decision onto the message and the audit trail."""
    message.customer_id = result.customer_id
    message.conversation_id = result.conversation_id
    session.add(message)
    if result.conversation_id is not None:
        conversation = session.get(Conversation, result.conversation_id)
        if (
            conversation is not None
            and message.sent_at is not None
            and (
                conversation.last_message_at is None
                or conversation.last_message_at < message.sent_at
            )
        ):
            conversation.last_message_at = message.sent_at
            session.add(conversation)
    audit.record(
        session=session,
        actor="agent:thread",
        action="message.threaded",
        entity="mailmessage",
        entity_id=message.id,
        customer_id=result.customer_id,
        message_id=message.id,
        reason=result.matched_by or "unmatched",
        details={
            "conversation_id": result.conversation_id,
            "matched_by": result.matched_by,
            "invoice_numbers": result.invoice_numbers,
            "notes": result.notes,
        },
    )
