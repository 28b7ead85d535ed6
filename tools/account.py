"""The read-only tool: the bound customer's account as the agent needs to see it."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from agent.ledger.customers import open_balance
from agent.ledger.disputes import dispute_invoices, list_disputes
from agent.ledger.models import DisputeStatus, PromiseStatus
from agent.ledger.plans import current_plan, plan_instalments, plan_invoices
from agent.ledger.promises import list_promises, promise_invoices
from agent.ledger.scoping import open_invoices, require_customer
from tools.context import Result, ToolContext, run_tool

MAX_INVOICES_SHOWN = 50


def get_account(ctx: ToolContext) -> Result:
    """Return the customer's open invoices, balance by currency, open promises, disputes and plan."""
    return run_tool(ctx, "get_account", {}, lambda: _account(ctx))


def _account(ctx: ToolContext) -> Result:
    session, customer_id = ctx.session, ctx.customer_id
    customer = require_customer(session=session, customer_id=customer_id)
    invoices = open_invoices(session=session, customer_id=customer_id)
    balance: dict[str, Decimal] = defaultdict(Decimal)
    for invoice in invoices:
        balance[invoice.currency] += open_balance(invoice)
    promises = list_promises(session=session, customer_id=customer_id, status=PromiseStatus.OPEN)
    disputes = list_disputes(session=session, customer_id=customer_id, status=DisputeStatus.OPEN)
    plan = current_plan(session=session, customer_id=customer_id)
    return {
        "customer": {"id": customer.id, "name": customer.name, "language": customer.language},
        "as_of": ctx.as_of,
        "open_invoices": [
            {"number": i.number, "po_number": i.po_number, "currency": i.currency, "amount": i.amount,
             "open_amount": open_balance(i), "issue_date": i.issue_date, "due_date": i.due_date,
             "days_past_due": max((ctx.as_of - i.due_date).days, 0)}
            for i in invoices[:MAX_INVOICES_SHOWN]],
        "open_invoice_count": len(invoices),
        "balance_by_currency": dict(balance),
        "open_promises": [
            {"id": p.id, "promised_date": p.promised_date, "amount": p.amount, "currency": p.currency,
             "hold_until": p.hold_until,
             "invoices": [i.number for i in promise_invoices(session=session, promise_id=p.id)]}  # type: ignore[arg-type]
            for p in promises],
        "open_disputes": [
            {"id": d.id, "reason": d.reason, "amount": d.amount, "currency": d.currency,
             "sla_due": d.sla_due,
             "invoices": [i.number for i in dispute_invoices(session=session, dispute_id=d.id)]}  # type: ignore[arg-type]
            for d in disputes],
        "payment_plan": None if plan is None else {
            "id": plan.id, "status": str(plan.status), "within_policy": plan.within_policy,
            "total": plan.total, "currency": plan.currency,
            "invoices": [i.number for i in plan_invoices(session=session, plan_id=plan.id)],  # type: ignore[arg-type]
            "instalments": [{"seq": s.seq, "due_date": s.due_date, "amount": s.amount}
                            for s in plan_instalments(session=session, plan_id=plan.id)]},  # type: ignore[arg-type]
    }
