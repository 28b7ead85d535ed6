"""Carry out a dunning plan: one reminder draft per customer per day, statement attached."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache

from babel.dates import format_date
from babel.numbers import format_currency
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from agent.config import Settings
from agent.dunning.cadence import Cadence
from agent.dunning.plan import CustomerPlan, plan_dunning
from agent.ledger import audit
from agent.ledger.disputes import escalate_overdue_disputes
from agent.ledger.escalations import open_escalation_once
from agent.ledger.models import (
    Conversation,
    Customer,
    Document,
    Draft,
    DunningRun,
    Escalation,
    Invoice,
    MailMessage,
    Promise,
    PromiseStatus,
    ReminderLog,
    utcnow,
)
from agent.ledger.promises import evaluate_due_promises, promise_invoices
from prompts.env import list_templates, render

log = logging.getLogger(__name__)
ACTOR = "dunning"


@dataclass
class DunningOutcome:
    as_of: date
    drafts: list[int] = field(default_factory=list)
    skipped_today: list[str] = field(default_factory=list)
    queued: list[int] = field(default_factory=list)
    escalations: list[int] = field(default_factory=list)


def _locale(language: str) -> str:
    return {"en": "en_US", "pt": "pt_BR"}.get(language, language)


@cache
def reminder_languages() -> frozenset[str]:
    """Return the languages that have a reminder template."""
    names = [n for n in list_templates() if n.startswith("reminders/reminder.")]
    return frozenset(n.split(".")[1] for n in names)


def render_reminder(plan: CustomerPlan, *, seller: str) -> tuple[str, str, str]:
    """Return (subject, body, language) of the reminder, in the customer's language if we have it."""
    language = plan.language if plan.language in reminder_languages() else "en"
    lines = plan.due_now
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for line in lines:
        totals[line.currency] += line.open_amount
    context = {
        "tone": plan.tone, "count": len(lines), "seller": seller, "customer_name": plan.customer_name,
        "lines": [{"number": line.number, "amount": format_currency(line.open_amount, line.currency,
                                                                     locale=_locale(language)),
                   "due_date": format_date(line.due_date, format="long", locale=_locale(language)),
                   "days_past_due": line.days_past_due} for line in lines],
        "totals": [format_currency(v, c, locale=_locale(language)) for c, v in sorted(totals.items())],
        "broken_promises": [{
            "made": format_date(p.created_at.date(), format="long", locale=_locale(language)),
            "amount": (format_currency(p.amount, p.currency, locale=_locale(language))
                       if p.amount is not None and p.currency else "—"),
            "date": (format_date(p.promised_date, format="long", locale=_locale(language))
                     if p.promised_date else "—")} for p in plan.broken],
    }
    text = render(f"reminders/reminder.{language}.j2", **context)
    subject, _, body = text.partition("\n")
    return subject.strip(), body.strip() + "\n", language


def _thread_anchor(session: Session, customer_id: str) -> tuple[int | None, int | None]:
    """Return (conversation id, latest message id) of the customer's most recent conversation."""
    conversation = session.exec(select(Conversation).where(Conversation.customer_id == customer_id)
                                .order_by(col(Conversation.last_message_at).desc().nulls_last(),
                                          col(Conversation.id).desc())).first()
    if conversation is None:
        return None, None
    message = session.exec(select(MailMessage).where(MailMessage.conversation_id == conversation.id)
                           .order_by(col(MailMessage.id).desc())).first()
    return conversation.id, message.id if message else None


def _statement(session: Session, plan: CustomerPlan, as_of: date, seller: str) -> Document:
    from agent.render.statement_pdf import StatementLine, render_statement_pdf  # fpdf loads slowly

    invoices = session.exec(select(Invoice).where(Invoice.customer_id == plan.customer_id,
                                                  Invoice.status == "open").order_by(col(Invoice.due_date))).all()
    lines = [StatementLine(i.number, i.issue_date, i.due_date, i.currency, i.amount - i.paid_amount)
             for i in invoices if i.amount > i.paid_amount and i.issue_date <= as_of]
    document = Document(customer_id=plan.customer_id, kind="statement",
                        filename=f"statement-{plan.customer_id}-{as_of.isoformat()}.pdf",
                        content_type="application/pdf",
                        content=render_statement_pdf(seller_name=seller, customer_name=plan.customer_name,
                                                     customer_id=plan.customer_id, as_of=as_of, lines=lines))
    session.add(document)
    session.flush()
    return document


def remind_customer(*, session: Session, plan: CustomerPlan, as_of: date, settings: Settings) -> Draft | None:
    """Create today's reminder draft for one customer; None if it already exists (idempotent)."""
    run = DunningRun(customer_id=plan.customer_id, run_date=as_of)
    try:
        with session.begin_nested():
            session.add(run)
            session.flush()
    except IntegrityError:
        log.info("dunning customer=%s day=%s: already reminded", plan.customer_id, as_of)
        return None
    subject, body, language = render_reminder(plan, seller=settings.seller_name)
    document = _statement(session, plan, as_of, settings.seller_name)
    conversation_id, anchor = _thread_anchor(session, plan.customer_id)
    draft = Draft(customer_id=plan.customer_id, conversation_id=conversation_id, reply_to_message_id=anchor,
                  kind="reminder", to_addrs=plan.to, cc_addrs=plan.cc, subject=subject, body=body,
                  language=language, attachment_document_ids=[document.id],
                  auto_send_allowed=not plan.needs_approval,
                  actions=[{"tool": "dunning", "stage": line.stage, "invoice": line.number}
                           for line in plan.due_now])
    session.add(draft)
    session.flush()
    run.draft_id = draft.id
    for line in plan.due_now:
        session.add(ReminderLog(invoice_id=line.invoice_id, customer_id=plan.customer_id, stage=line.stage,
                                run_date=as_of, draft_id=draft.id))
    audit.record(session=session, actor=ACTOR, action="reminder.drafted", entity="draft", entity_id=draft.id,
                 customer_id=plan.customer_id,
                 details={"stages": {line.number: line.stage for line in plan.due_now}, "tone": plan.tone})
    return draft


def queue_within_business_hours(*, session: Session, draft: Draft, cadence: Cadence, settings: Settings) -> bool:
    """Approve a reminder the cadence may send alone, to leave in the customer's business hours.

    Returns False (the draft stays pending for a person) when the draft guard objects.
    """
    from agent.approval import DraftRejectedByGuard, approve_draft

    customer = session.get(Customer, draft.customer_id)
    try:
        with session.begin_nested():
            outbound = approve_draft(session=session, draft_id=draft.id, user=None, settings=settings)  # type: ignore[arg-type]
    except DraftRejectedByGuard as e:
        log.warning("dunning draft=%s customer=%s: left for a person: %s", draft.id, draft.customer_id, e)
        return False
    outbound.next_attempt_at = cadence.next_send_time(utcnow(), customer.timezone if customer else None)
    return True


def run_dunning(*, session: Session, cadence: Cadence, as_of: date, settings: Settings) -> DunningOutcome:
    """Run the day's cadence: judge due promises, escalate late disputes, draft the reminders.

    A broken promise resumes the reminders of its invoices at once (even a stage already sent)
    and the reminder cites it; one email per customer per day, never two.
    """
    outcome = DunningOutcome(as_of=as_of)
    broken: dict[str, list[Promise]] = defaultdict(list)
    for promise in evaluate_due_promises(session=session, as_of=as_of, actor=ACTOR):
        if promise.status == PromiseStatus.BROKEN:
            broken[promise.customer_id].append(promise)
    outcome.escalations += [e.id for e in escalate_overdue_disputes(session=session, as_of=as_of, actor=ACTOR)]
    outcome.escalations += [e.id for e in session.exec(select(Escalation).where(
        Escalation.kind == "broken_promise", col(Escalation.promise_id).in_(
            [p.id for ps in broken.values() for p in ps])))]
    for plan in plan_dunning(session=session, cadence=cadence, as_of=as_of):
        plan.broken = broken.get(plan.customer_id, [])
        if plan.broken:
            promised = {i.id for p in plan.broken for i in promise_invoices(session=session, promise_id=p.id)}
            for line in plan.lines:
                if line.invoice_id in promised or not promised:
                    line.already_sent = False
        if plan.action == "already_reminded_today":
            outcome.skipped_today.append(plan.customer_id)
        if plan.action != "remind":
            continue
        draft = remind_customer(session=session, plan=plan, as_of=as_of, settings=settings)
        if draft is None:
            outcome.skipped_today.append(plan.customer_id)
            continue
        outcome.drafts.append(draft.id)  # type: ignore[arg-type]
        if draft.auto_send_allowed and queue_within_business_hours(
                session=session, draft=draft, cadence=cadence, settings=settings):
            outcome.queued.append(draft.id)  # type: ignore[arg-type]
        if plan.escalate:
            stage_lines = [line.number for line in plan.due_now if plan.stages[line.stage].escalate]
            escalation = open_escalation_once(session=session, customer_id=plan.customer_id, kind="dunning",
                                              reason=f"reached the escalation stage: {', '.join(stage_lines)}",
                                              actor=ACTOR)
            if escalation is not None:
                outcome.escalations.append(escalation.id)  # type: ignore[arg-type]
    return outcome
