"""Tools with side effects: each creates a record or a proposal on the bound customer only."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from agent.ledger import cash, contacts, disputes, escalations, plans, promises
from agent.ledger.errors import ValidationFailed
from tools.context import Result, ToolContext, run_tool

DEFAULT_POLICY = plans.PlanPolicy()
ESCALATION_KINDS = ("needs_person", "legal_threat", "insolvency", "complaint", "fraud_suspected", "other")


def record_promise(
    ctx: ToolContext,
    *,
    promised_date: date | None,
    amount: Decimal | None = None,
    currency: str | None = None,
    invoice_numbers: Sequence[str] = (),
) -> Result:
    """Record a promise to pay on the customer's open invoices (all when none are named)."""
    def action() -> Result:
        promise = promises.record_promise(
            session=ctx.session, customer_id=ctx.customer_id, invoice_numbers=invoice_numbers,
            promised_date=promised_date, amount=amount, currency=currency,
            grace_days=ctx.settings.promise_grace_days, as_of=ctx.as_of, actor=ctx.actor,
            message_id=ctx.message_id)
        covered = promises.promise_invoices(session=ctx.session, promise_id=promise.id)  # type: ignore[arg-type]
        return {"promise_id": promise.id, "invoices": [i.number for i in covered],
                "promised_date": promise.promised_date, "hold_until": promise.hold_until,
                "amount": promise.amount, "currency": promise.currency}
    return run_tool(ctx, "record_promise", {"promised_date": promised_date, "amount": amount,
                                            "currency": currency, "invoice_numbers": list(invoice_numbers)},
                    action)


def log_dispute(
    ctx: ToolContext,
    *,
    invoice_numbers: Sequence[str],
    reason: str,
    amount: Decimal | None = None,
    currency: str | None = None,
    customer_words: str | None = None,
) -> Result:
    """Open a dispute on the named invoices; only those invoices stop being reminded."""
    def action() -> Result:
        dispute = disputes.log_dispute(
            session=ctx.session, customer_id=ctx.customer_id, invoice_numbers=invoice_numbers,
            reason=reason, amount=amount, currency=currency, customer_words=customer_words,
            sla_days=ctx.settings.dispute_sla_days, as_of=ctx.as_of, actor=ctx.actor,
            message_id=ctx.message_id)
        covered = disputes.dispute_invoices(session=ctx.session, dispute_id=dispute.id)  # type: ignore[arg-type]
        return {"dispute_id": dispute.id, "invoices": [i.number for i in covered],
                "reason": dispute.reason, "owner_user_id": dispute.owner_user_id,
                "sla_due": dispute.sla_due}
    return run_tool(ctx, "log_dispute", {"invoice_numbers": list(invoice_numbers), "reason": reason,
                                         "amount": amount, "currency": currency,
                                         "customer_words": customer_words}, action)


def apply_remittance(
    ctx: ToolContext,
    *,
    amount: Decimal | None,
    currency: str | None,
    payment_reference: str | None = None,
    invoice_numbers: Sequence[str] = (),
    paid_on: date | None = None,
) -> Result:
    """Record money the customer says it sent and apply it where the match is certain."""
    def action() -> Result:
        return cash.match_remittance(
            session=ctx.session, customer_id=ctx.customer_id, amount=amount, currency=currency,
            invoice_numbers=invoice_numbers, reference=payment_reference,
            paid_on=paid_on or ctx.as_of, actor=ctx.actor, message_id=ctx.message_id).as_dict()
    return run_tool(ctx, "apply_remittance", {"amount": amount, "currency": currency,
                                              "payment_reference": payment_reference,
                                              "invoice_numbers": list(invoice_numbers),
                                              "paid_on": paid_on}, action)


def propose_payment_plan(
    ctx: ToolContext,
    *,
    instalments: int,
    first_payment: Decimal | None = None,
    invoice_numbers: Sequence[str] = (),
    policy: plans.PlanPolicy = DEFAULT_POLICY,
) -> Result:
    """Propose monthly instalments; beyond policy the proposal goes to a manager."""
    def action() -> Result:
        plan = plans.propose_payment_plan(
            session=ctx.session, customer_id=ctx.customer_id, invoice_numbers=invoice_numbers,
            instalments=instalments, first_payment=first_payment, start_date=ctx.as_of,
            policy=policy, actor=ctx.actor, message_id=ctx.message_id)
        schedule = plans.plan_instalments(session=ctx.session, plan_id=plan.id)  # type: ignore[arg-type]
        return {"plan_id": plan.id, "status": str(plan.status), "within_policy": plan.within_policy,
                "needs_manager": not plan.within_policy, "total": plan.total, "currency": plan.currency,
                "schedule": [{"due_date": s.due_date, "amount": s.amount} for s in schedule]}
    return run_tool(ctx, "propose_payment_plan", {"instalments": instalments, "first_payment": first_payment,
                                                  "invoice_numbers": list(invoice_numbers)}, action)


def update_contact(
    ctx: ToolContext,
    *,
    email: str,
    name: str | None = None,
    role: str | None = None,
    note: str | None = None,
    redirect: bool = False,
) -> Result:
    """Add or update a contact of the customer (a redirect target, an AP portal note)."""
    def action() -> Result:
        contact = contacts.update_contact(
            session=ctx.session, customer_id=ctx.customer_id, email=email, name=name, role=role,
            note=note, redirect=redirect, actor=ctx.actor, message_id=ctx.message_id)
        return {"contact_id": contact.id, "email": contact.email, "role": contact.role,
                "status": str(contact.status), "primary": contact.is_primary,
                "verified": contact.status == "active"}
    return run_tool(ctx, "update_contact", {"email": email, "name": name, "role": role, "note": note,
                                            "redirect": redirect}, action)


def escalate(ctx: ToolContext, *, kind: str, reason: str) -> Result:
    """Open an escalation for a manager about this customer."""
    def action() -> Result:
        if kind not in ESCALATION_KINDS:
            raise ValidationFailed(f"unknown escalation kind {kind!r}; one of {', '.join(ESCALATION_KINDS)}")
        escalation = escalations.open_escalation(
            session=ctx.session, customer_id=ctx.customer_id, kind=kind, reason=reason[:2000],
            actor=ctx.actor, message_id=ctx.message_id)
        return {"escalation_id": escalation.id, "kind": escalation.kind}
    return run_tool(ctx, "escalate", {"kind": kind, "reason": reason}, action)
