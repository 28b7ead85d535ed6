"""Read-only queries for the web pages: the approval inbox, a customer's file, the outbox, charts."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from typing import Any

from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from agent.ledger.models import (
    Customer,
    Dispute,
    DisputeStatus,
    Draft,
    DraftStatus,
    MailMessage,
    OutboundEmail,
    PaymentPlan,
    Promise,
    PromiseStatus,
)

DISPUTE_AGES = ("0-7", "8-30", "31-60", "61+")


@dataclass
class InboxRow:
    """One pending draft as the inbox lists it, with the facts a specialist scans for."""

    draft: Draft
    customer_name: str | None
    from_addr: str | None
    confidence: float | None
    promised_date: str | None = None
    amount: str | None = None
    currency: str | None = None
    disputed_invoices: list[str] = field(default_factory=list)
    payment_reference: str | None = None
    invoice_numbers: list[str] = field(default_factory=list)


def key_facts(draft: Draft, triage: Mapping[str, Any] | None) -> dict[str, Any]:
    """Return the facts worth a glance: what the actions recorded, else what triage read."""
    triage = triage or {}
    facts: dict[str, Any] = {
        "promised_date": triage.get("promised_date"), "amount": triage.get("amount"),
        "currency": triage.get("currency"), "disputed_invoices": [],
        "payment_reference": triage.get("payment_reference"),
        "invoice_numbers": list(triage.get("invoice_numbers") or []),
    }
    for action in draft.actions or []:
        tool, args = action.get("tool"), action.get("args") or {}
        if tool == "record_promise":
            facts["promised_date"] = action.get("promised_date") or args.get("promised_date")
            facts["amount"] = action.get("amount") or args.get("amount") or facts["amount"]
            facts["currency"] = action.get("currency") or args.get("currency") or facts["currency"]
        elif tool == "log_dispute":
            facts["disputed_invoices"] += list(action.get("invoices") or args.get("invoice_numbers") or [])
        elif tool == "apply_remittance":
            facts["payment_reference"] = args.get("payment_reference") or facts["payment_reference"]
            facts["amount"] = args.get("amount") or facts["amount"]
            facts["currency"] = args.get("currency") or facts["currency"]
    if facts["amount"] is not None:
        facts["amount"] = str(facts["amount"])
    return facts


def inbox_rows(
    *,
    session: Session,
    intent: str | None = None,
    customer_id: str | None = None,
    min_confidence: float | None = None,
    limit: int = 500,
) -> list[InboxRow]:
    """Return pending drafts, oldest first, filtered by intent, customer and triage confidence."""
    query = (select(Draft, MailMessage.triage, MailMessage.from_addr, Customer.name)
             .outerjoin(MailMessage, col(MailMessage.id) == col(Draft.reply_to_message_id))
             .outerjoin(Customer, col(Customer.id) == col(Draft.customer_id))
             .where(Draft.status == DraftStatus.PENDING)
             .order_by(col(Draft.created_at), col(Draft.id)).limit(limit))
    if intent:
        query = query.where(Draft.intent == intent)
    if customer_id:
        query = query.where(Draft.customer_id == customer_id)
    rows = []
    for draft, triage, from_addr, name in session.exec(query).all():
        confidence = (triage or {}).get("confidence")
        # Confidence lives in the message's triage JSON; filter here rather than per dialect.
        if min_confidence is not None and (confidence is None or confidence < min_confidence):
            continue
        rows.append(InboxRow(draft=draft, customer_name=name, from_addr=from_addr,
                             confidence=confidence, **key_facts(draft, triage)))
    return rows


def pending_intents(*, session: Session) -> list[str]:
    """Return the intents that pending drafts carry, for the inbox filter."""
    return sorted({i for i in session.exec(select(Draft.intent).where(Draft.status == DraftStatus.PENDING)
                                           .distinct()).all() if i})


def customer_choices(*, session: Session) -> list[tuple[str, str]]:
    """Return (id, name) of every customer, by name."""
    return [(c, n) for c, n in session.exec(select(Customer.id, Customer.name).order_by(col(Customer.name)))]


def neighbour_pending_ids(*, session: Session, draft_id: int) -> tuple[int | None, int | None]:
    """Return the pending drafts before and after this one in inbox order (ids), or None."""
    ids = list(session.exec(select(Draft.id).where(Draft.status == DraftStatus.PENDING)
                            .order_by(col(Draft.created_at), col(Draft.id))).all())
    if draft_id not in ids:
        return None, (ids[0] if ids else None)
    at = ids.index(draft_id)
    return (ids[at - 1] if at > 0 else None), (ids[at + 1] if at + 1 < len(ids) else None)


def list_plans(*, session: Session, customer_id: str) -> Sequence[PaymentPlan]:
    """Return the customer's payment plans, newest first."""
    return session.exec(select(PaymentPlan).where(PaymentPlan.customer_id == customer_id)
                        .order_by(col(PaymentPlan.id).desc())).all()


def customer_messages(*, session: Session, customer_id: str, limit: int = 200) -> Sequence[MailMessage]:
    """Return the customer's messages in and out, newest first, without their raw bytes."""
    return session.exec(select(MailMessage).where(MailMessage.customer_id == customer_id)
                        .options(defer(MailMessage.raw))  # type: ignore[arg-type]
                        .order_by(col(MailMessage.id).desc()).limit(limit)).all()


def customer_drafts(*, session: Session, customer_id: str, limit: int = 100) -> Sequence[Draft]:
    """Return the customer's drafts, newest first."""
    return session.exec(select(Draft).where(Draft.customer_id == customer_id)
                        .order_by(col(Draft.id).desc()).limit(limit)).all()


@dataclass
class OutboxRow:
    email: OutboundEmail
    subject: str
    customer_id: str | None


def outbox_rows(*, session: Session, limit: int = 200) -> list[OutboxRow]:
    """Return the newest outbox emails with their subject (read from the stored headers)."""
    query = (select(OutboundEmail, Draft.customer_id)
             .outerjoin(Draft, col(Draft.id) == col(OutboundEmail.draft_id))
             .order_by(col(OutboundEmail.id).desc()).limit(limit))
    parser = BytesHeaderParser(policy=default_policy)
    rows = []
    for email, customer_id in session.exec(query).all():
        subject = str(parser.parsebytes(email.raw).get("Subject") or "")
        rows.append(OutboxRow(email=email, subject=subject, customer_id=customer_id))
    return rows


def promise_kept_by_month(*, session: Session, start: date, end: date) -> list[tuple[str, float | None, int]]:
    """Return (YYYY-MM, kept rate, judged count) for promises judged in each month of the period."""
    judged = (PromiseStatus.KEPT, PromiseStatus.PARTLY_KEPT, PromiseStatus.BROKEN)
    closed = session.exec(select(Promise.status, Promise.closed_at)
                          .where(col(Promise.status).in_(judged), col(Promise.closed_at).is_not(None))).all()
    kept: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for status, closed_at in closed:
        if closed_at is None or not start <= closed_at.date() <= end:
            continue
        month = closed_at.strftime("%Y-%m")
        total[month] += 1
        kept[month] += status == PromiseStatus.KEPT
    points = []
    cursor = date(start.year, start.month, 1)
    while cursor <= end:
        month = cursor.strftime("%Y-%m")
        points.append((month, round(kept[month] / total[month], 4) if total[month] else None, total[month]))
        cursor = date(cursor.year + (cursor.month == 12), cursor.month % 12 + 1, 1)
    return points


def dispute_age_bucket(days: int) -> str:
    """Return the age bucket of an open dispute."""
    if days <= 7:
        return "0-7"
    if days <= 30:
        return "8-30"
    if days <= 60:
        return "31-60"
    return "61+"


def open_disputes_by_reason_and_age(*, session: Session, as_of: date) -> dict[str, dict[str, int]]:
    """Return open dispute counts as {reason: {age bucket: count}}, reasons by count."""
    table: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(DISPUTE_AGES, 0))
    for reason, created_at in session.exec(select(Dispute.reason, Dispute.created_at)
                                           .where(Dispute.status == DisputeStatus.OPEN)).all():
        table[reason][dispute_age_bucket((as_of - created_at.date()).days)] += 1
    return dict(sorted(table.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])))

