"""Which invoices are due a reminder today, at which stage, and which are held and why."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from agent.dunning.cadence import Cadence, Stage
from agent.ledger.customers import list_contacts, list_customers
from agent.ledger.holds import customer_holds, invoice_holds
from agent.ledger.models import (
    Contact,
    ContactStatus,
    DunningRun,
    Invoice,
    InvoiceStatus,
    PaymentPlan,
    PlanInvoice,
    PlanStatus,
    ReminderLog,
)
from agent.ledger.plans import plan_instalments

LANGUAGE_BY_TLD = {"de": "de", "at": "de", "ch": "de", "fr": "fr", "be": "fr", "es": "es", "mx": "es",
                   "ar": "es", "co": "es", "cl": "es", "br": "pt", "pt": "pt", "it": "it", "nl": "nl"}


@dataclass
class InvoiceLine:
    invoice_id: int
    number: str
    due_date: date
    days_past_due: int
    stage: str
    open_amount: Decimal
    currency: str
    already_sent: bool

    def as_dict(self) -> dict[str, Any]:
        return {"invoice_number": self.number, "due_date": self.due_date.isoformat(),
                "days_past_due": self.days_past_due, "stage": self.stage,
                "open_amount": float(self.open_amount), "currency": self.currency,
                "already_sent": self.already_sent}


@dataclass
class CustomerPlan:
    customer_id: str
    customer_name: str
    language: str
    to: list[str]
    cc: list[str]
    lines: list[InvoiceLine] = field(default_factory=list)
    held: list[tuple[str, str]] = field(default_factory=list)
    hold: str | None = None
    done_today: bool = False
    stages: dict[str, Stage] = field(default_factory=dict)
    broken: list[Any] = field(default_factory=list)  # promises judged broken today

    @property
    def due_now(self) -> list[InvoiceLine]:
        return [line for line in self.lines if not line.already_sent]

    @property
    def action(self) -> str:
        if self.hold:
            return "skip"
        if self.done_today:
            return "already_reminded_today"
        return "remind" if self.due_now else "nothing_due"

    @property
    def needs_approval(self) -> bool:
        return any(self.stages[line.stage].approval for line in self.due_now)

    @property
    def escalate(self) -> bool:
        return any(self.stages[line.stage].escalate for line in self.due_now)

    @property
    def tone(self) -> str:
        order = ("friendly", "polite", "firm", "final")
        return max((self.stages[line.stage].tone for line in self.due_now), key=order.index, default="friendly")

    def as_dict(self) -> dict[str, Any]:
        return {
            "customer_id": self.customer_id, "customer_name": self.customer_name, "action": self.action,
            "hold": self.hold, "language": self.language, "to": self.to, "tone": self.tone if self.due_now else None,
            "needs_approval": self.needs_approval, "invoices": [line.as_dict() for line in self.lines],
            "held": [{"invoice_number": number, "hold": why} for number, why in self.held],
            "broken_promises": [p.id for p in self.broken],
        }


def customer_language(customer_language: str | None, emails: list[str]) -> str:
    """Return the customer's language: as set, else guessed from their contacts' domains, else en."""
    if customer_language:
        return customer_language
    for email in emails:
        tld = email.rpartition(".")[2].lower()
        if tld in LANGUAGE_BY_TLD:
            return LANGUAGE_BY_TLD[tld]
    return "en"


def plan_dunning(*, session: Session, cadence: Cadence, as_of: date) -> list[CustomerPlan]:
    """Return, for every customer, the open invoices at their stage, what is held, and why."""
    customers = list_customers(session=session)
    held_customers = customer_holds(session=session)
    held_invoices = invoice_holds(session=session, as_of=as_of)
    # Only what was sent for invoices still open matters; the log of paid ones grows forever.
    sent = set(session.exec(select(ReminderLog.invoice_id, ReminderLog.stage)
                            .join(Invoice, col(Invoice.id) == col(ReminderLog.invoice_id))
                            .where(Invoice.status == InvoiceStatus.OPEN)).all())
    done_today = set(session.exec(select(DunningRun.customer_id).where(DunningRun.run_date == as_of)))
    invoices: dict[str, list[Invoice]] = defaultdict(list)
    for invoice in session.exec(select(Invoice).where(Invoice.status == InvoiceStatus.OPEN)
                                .order_by(col(Invoice.due_date), col(Invoice.number))):
        if invoice.amount - invoice.paid_amount > 0 and invoice.issue_date <= as_of:
            invoices[invoice.customer_id].append(invoice)
    plans = []
    live: dict[str, list[Contact]] = defaultdict(list)
    for contact in list_contacts(session=session):  # one query, not one per customer
        if contact.status == ContactStatus.ACTIVE:
            live[contact.customer_id].append(contact)
    for customer in customers:
        contacts = live[customer.id]
        contacts.sort(key=lambda c: (not c.is_primary, c.id))
        emails = [c.email for c in contacts]
        plan = CustomerPlan(customer_id=customer.id, customer_name=customer.name,
                            language=customer_language(customer.language, emails), to=emails[:1], cc=emails[1:],
                            hold=held_customers.get(customer.id), done_today=customer.id in done_today,
                            stages={s.name: s for s in cadence.stages_for(customer.id)})
        for invoice in invoices.get(customer.id, []):
            days = (as_of - invoice.due_date).days
            stage = cadence.stage_on(customer.id, days)
            if stage is None:
                continue
            if invoice.id in held_invoices:
                plan.held.append((invoice.number, held_invoices[invoice.id]))
                continue
            plan.lines.append(InvoiceLine(
                invoice_id=invoice.id, number=invoice.number, due_date=invoice.due_date,  # type: ignore[arg-type]
                days_past_due=days, stage=stage.name, open_amount=invoice.amount - invoice.paid_amount,
                currency=invoice.currency, already_sent=(invoice.id, stage.name) in sent))
        plans.append(plan)
    _add_instalments(session, {p.customer_id: p for p in plans}, as_of, sent)
    return plans


def _add_instalments(session: Session, plans: dict[str, CustomerPlan], as_of: date,
                     sent: set[tuple[int, str]]) -> None:
    """A payment plan replaces the cadence: remind each instalment 3 days before it is due, and
    again a week after if it is still unpaid (logged against the plan's first invoice)."""
    active = session.exec(select(PaymentPlan).where(PaymentPlan.status == PlanStatus.ACTIVE)).all()
    for payment_plan in active:
        customer = plans.get(payment_plan.customer_id)
        first = session.exec(select(PlanInvoice.invoice_id).where(PlanInvoice.plan_id == payment_plan.id)
                             .order_by(col(PlanInvoice.invoice_id))).first()
        if customer is None or first is None:
            continue
        instalments = plan_instalments(session=session, plan_id=payment_plan.id)  # type: ignore[arg-type]
        for instalment in instalments:
            days = (as_of - instalment.due_date).days
            owed = instalment.amount - instalment.paid_amount
            kind = "due" if -3 <= days <= 0 else "late" if days >= 7 else None
            if owed <= 0 or kind is None:
                continue
            stage = f"plan{payment_plan.id}.{instalment.seq}.{kind}"
            customer.stages[stage] = Stage(name=stage, offset=0, tone="friendly" if kind == "due" else "firm")
            customer.lines.append(InvoiceLine(
                invoice_id=first, number=f"#{instalment.seq}/{len(instalments)} (plan {payment_plan.id})",
                due_date=instalment.due_date, days_past_due=days, stage=stage, open_amount=owed,
                currency=payment_plan.currency, already_sent=(first, stage) in sent))
