"""The LangChain face of the tools: typed, described arguments; context injected by the runtime.

The model never sees or chooses the customer: `runtime.context` is the ToolContext the
pipeline built from the sender and the thread (`agent.invoke(..., context=ctx)`).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from langchain.tools import ToolRuntime, tool

from tools import account, actions, documents
from tools.context import ToolContext

DisputeReasonName = Literal["pricing", "quantity", "quality", "not_received", "duplicate",
                            "billing_error", "contract_terms", "other"]
DocumentKindName = Literal["invoice_copy", "proof_of_delivery", "timesheet", "statement", "w9", "bank_letter"]
EscalationKindName = Literal["needs_person", "legal_threat", "insolvency", "complaint", "fraud_suspected", "other"]


def _money(value: float | str | None) -> Decimal | None:
    return None if value is None else Decimal(str(value))


@tool("get_account", parse_docstring=True)
def get_account_tool(runtime: ToolRuntime[ToolContext]) -> dict[str, Any]:
    """Look up this customer's account: open invoices (open amount, due date, days past due),
    balance by currency, open promises, open disputes and the payment plan. Read-only.
    """
    return account.get_account(runtime.context)


@tool("record_promise", parse_docstring=True)
def record_promise_tool(
    runtime: ToolRuntime[ToolContext],
    promised_date: date | None = None,
    amount: float | None = None,
    currency: str | None = None,
    invoice_numbers: list[str] | None = None,
) -> dict[str, Any]:
    """Record the customer's promise to pay (money still to come); pauses reminders on those invoices.

    Args:
        promised_date: The day the customer says it will pay, as YYYY-MM-DD; null if no date was given.
        amount: The amount promised, as stated in the message; null if not stated.
        currency: ISO 4217 code of the promised amount, e.g. USD; null if not stated.
        invoice_numbers: The invoice numbers the promise covers, as the ledger spells them; empty for all open invoices.
    """
    return actions.record_promise(runtime.context, promised_date=promised_date, amount=_money(amount),
                                  currency=currency, invoice_numbers=invoice_numbers or [])


@tool("log_dispute", parse_docstring=True)
def log_dispute_tool(
    runtime: ToolRuntime[ToolContext],
    invoice_numbers: list[str],
    reason: DisputeReasonName,
    amount: float | None = None,
    currency: str | None = None,
    customer_words: str | None = None,
) -> dict[str, Any]:
    """Log a dispute on specific invoices; only those invoices stop being reminded.

    Args:
        invoice_numbers: The disputed invoice numbers, as the ledger spells them (at least one).
        reason: Why the customer disputes. Cancellations and auto-renewals are contract_terms;
            a wrong legal entity, tax, PO or VAT number is billing_error.
        amount: The disputed amount if the customer states one; null otherwise.
        currency: ISO 4217 code of the disputed amount; null if not stated.
        customer_words: The customer's own sentence(s) stating the objection, quoted briefly.
    """
    return actions.log_dispute(runtime.context, invoice_numbers=invoice_numbers, reason=reason,
                               amount=_money(amount), currency=currency, customer_words=customer_words)


@tool("apply_remittance", parse_docstring=True)
def apply_remittance_tool(
    runtime: ToolRuntime[ToolContext],
    amount: float | None,
    currency: str | None = None,
    payment_reference: str | None = None,
    invoice_numbers: list[str] | None = None,
    paid_on: date | None = None,
) -> dict[str, Any]:
    """Record money the customer says it already sent and apply it to invoices when the match is certain;
    otherwise the payment waits for a person. Never guess.

    Args:
        amount: The amount the customer says it paid; null if not stated.
        currency: ISO 4217 code of that amount; null if not stated.
        payment_reference: Check number, transfer or remittance reference, if any.
        invoice_numbers: Invoice numbers the customer says the payment covers, as the ledger spells them.
        paid_on: The payment date as YYYY-MM-DD if stated; null for the message's date.
    """
    return actions.apply_remittance(runtime.context, amount=_money(amount), currency=currency,
                                    payment_reference=payment_reference,
                                    invoice_numbers=invoice_numbers or [], paid_on=paid_on)


@tool("propose_payment_plan", parse_docstring=True)
def propose_payment_plan_tool(
    runtime: ToolRuntime[ToolContext],
    instalments: int,
    first_payment: float | None = None,
    invoice_numbers: list[str] | None = None,
) -> dict[str, Any]:
    """Propose a plan of monthly instalments starting today; beyond policy it needs a manager's approval.

    Args:
        instalments: Number of monthly instalments the customer asks for.
        first_payment: The first instalment's amount if the customer offers one; null to split evenly.
        invoice_numbers: The invoices the plan covers, as the ledger spells them; empty for all open invoices.
    """
    return actions.propose_payment_plan(runtime.context, instalments=instalments,
                                        first_payment=_money(first_payment),
                                        invoice_numbers=invoice_numbers or [])


@tool("attach_documents", parse_docstring=True)
def attach_documents_tool(
    runtime: ToolRuntime[ToolContext],
    kinds: list[DocumentKindName],
    invoice_numbers: list[str] | None = None,
) -> dict[str, Any]:
    """Find the documents the customer asked for (invoice copies are rendered from the ledger as PDF)
    and return their ids for the reply, plus what is missing.

    Args:
        kinds: The kinds of document requested.
        invoice_numbers: The invoices the documents are for, as the ledger spells them; empty for all open invoices.
    """
    return documents.attach_documents(runtime.context, kinds=kinds, invoice_numbers=invoice_numbers or [])


@tool("update_contact", parse_docstring=True)
def update_contact_tool(
    runtime: ToolRuntime[ToolContext],
    email: str,
    name: str | None = None,
    role: Literal["billing", "ap", "portal", "other"] | None = None,
    note: str | None = None,
    redirect: bool = False,
) -> dict[str, Any]:
    """Add or update a contact of this customer, e.g. a person or AP address the customer redirects us to,
    or a note on the supplier portal to submit invoices through.

    Args:
        email: The contact's email address.
        name: The contact's name if given.
        role: billing, ap (accounts payable), portal (an e-invoicing or supplier-portal address) or other.
        note: A short note, e.g. "submit invoices via Coupa" or "replaces Jane Doe".
        redirect: True when the customer asks us to write to this address from now on.
    """
    return actions.update_contact(runtime.context, email=email, name=name, role=role, note=note, redirect=redirect)


@tool("escalate", parse_docstring=True)
def escalate_tool(runtime: ToolRuntime[ToolContext], kind: EscalationKindName, reason: str) -> dict[str, Any]:
    """Hand this customer's case to a manager when it needs a person.

    Args:
        kind: What kind of problem it is.
        reason: One or two sentences a manager can act on.
    """
    return actions.escalate(runtime.context, kind=kind, reason=reason)


ALL_TOOLS = [get_account_tool, record_promise_tool, log_dispute_tool, apply_remittance_tool,
             propose_payment_plan_tool, attach_documents_tool, update_contact_tool, escalate_tool]
