"""What the local reply says about each step the policy took: facts for the templates, in the
customer's locale, and the steps an actions log records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_currency
from sqlmodel import Session

from agent.ledger import customers as customer_service
from agent.ledger.models import Invoice
from agent.triage.result import Intent

KIND_LABELS: dict[str, dict[str, str]] = {
    "en": {"invoice_copy": "the invoice copy", "proof_of_delivery": "the proof of delivery",
           "timesheet": "the timesheets", "statement": "the account statement",
           "w9": "the W-9 form", "bank_letter": "the bank letter"},
    "es": {"invoice_copy": "la copia de la factura", "proof_of_delivery": "el comprobante de entrega",
           "timesheet": "las hojas de horas", "statement": "el estado de cuenta",
           "w9": "el formulario W-9", "bank_letter": "el certificado bancario"},
    "fr": {"invoice_copy": "la copie de la facture", "proof_of_delivery": "la preuve de livraison",
           "timesheet": "les feuilles de temps", "statement": "le relevé de compte",
           "w9": "le formulaire W-9", "bank_letter": "l'attestation bancaire"},
    "de": {"invoice_copy": "Die Rechnungskopie", "proof_of_delivery": "Den Liefernachweis",
           "timesheet": "Die Stundenzettel", "statement": "Den Kontoauszug",
           "w9": "Das W-9-Formular", "bank_letter": "Die Bankbestätigung"},
    "pt": {"invoice_copy": "a cópia da fatura", "proof_of_delivery": "o comprovativo de entrega",
           "timesheet": "as folhas de horas", "statement": "o extrato de conta",
           "w9": "o formulário W-9", "bank_letter": "a declaração bancária"},
    "nl": {"invoice_copy": "De factuurkopie", "proof_of_delivery": "Het afleverbewijs",
           "timesheet": "De urenstaten", "statement": "Het rekeningoverzicht",
           "w9": "Het W-9-formulier", "bank_letter": "De bankverklaring"},
}


@dataclass
class Step:
    """One thing the policy did (or tried) for one intent: the tool, its arguments, its answer."""

    intent: Intent
    tool: str | None = None
    args: dict[str, Any] = field(default_factory=dict)
    result: dict[str, Any] | None = None
    refused: str | None = None


# ---------------------------------------------------------------- formatting for templates

def money(amount: Decimal | float | str | None, currency: str | None, language: str) -> str:
    """Return an amount in the customer's locale ("4.200,00 €"), or "" when unknown."""
    if amount is None or amount == "":
        return ""
    value = Decimal(str(amount))
    if not currency:
        return format_currency(value, "XXX", locale=language).replace("XXX", "").strip()
    return format_currency(value, currency, locale=language)


def long_date(day: date | str | None, language: str) -> str:
    """Return a date in the customer's language ("10. Mai 2024"), or "" when unknown."""
    if not day:
        return ""
    value = date.fromisoformat(day) if isinstance(day, str) else day
    return format_date(value, format="long", locale=language)


def listing(items: Sequence[str], language: str) -> str:
    """Return "a, b and c" in the customer's language."""
    items = [i for i in items if i]
    return format_list(items, locale=language) if items else ""


def invoice_phrase(*, session: Session, customer_id: str, numbers: Sequence[str], language: str) -> str:
    """Return "INV-1 (€4,200.00) and INV-2 (…)" for this customer's invoices, open amounts."""
    return _invoice_phrase(_invoices_by_number(session, customer_id), numbers, language)


def _invoices_by_number(session: Session, customer_id: str) -> dict[str, Invoice]:
    return {i.number: i for i in customer_service.list_invoices(session=session, customer_id=customer_id)}


def _invoice_phrase(by_number: dict[str, Invoice], numbers: Sequence[str], language: str) -> str:
    parts = []
    for number in numbers:
        invoice = by_number.get(number)
        if invoice is None:
            continue  # never name an invoice that is not this customer's
        open_amount = customer_service.open_balance(invoice) or invoice.amount
        parts.append(f"{number} ({money(open_amount, invoice.currency, language)})")
    return listing(parts, language)


def facts_for_step(
    *, session: Session, customer_id: str, step: Step, language: str
) -> tuple[dict[str, Any], list[int]]:
    """Return the template facts for one step, and the document ids it attaches.

    Facts come from what the tool reports it did; invoice numbers are shown only when they are
    this customer's (invoice_phrase looks them up in the customer's own ledger).
    """
    result = step.result or {}
    done = bool(step.result) and step.refused is None and result.get("ok", True) is not False
    numbers = [str(n) for n in (result.get("invoices") or step.args.get("invoice_numbers") or [])]
    # A refused or failed call's arguments are not facts: never echo them to the customer.
    args = step.args if done else {}
    currency = result.get("currency") or args.get("currency")
    amount = result.get("amount", args.get("amount"))

    @cache
    def by_number() -> dict[str, Invoice]:  # the customer's invoices, read once per step
        return _invoices_by_number(session, customer_id)

    def phrase(nums: Sequence[str]) -> str:
        return _invoice_phrase(by_number(), nums, language)

    facts: dict[str, Any] = {
        "done": done,
        "invoice_list": phrase(numbers) if done else "",
        "numbers_list": listing(numbers, language) if done else "",
        "amount": money(amount, currency, language) if amount not in (None, "") and currency else "",
        "promised_date": long_date(result.get("promised_date") or args.get("promised_date"), language),
        "sla_date": long_date(result.get("sla_due"), language),
        "reference": str(args.get("payment_reference") or ""),
        "applied_list": "", "remaining_list": "", "unapplied": "",
        "within_policy": result.get("within_policy", True) is not False and not result.get("escalation_id"),
        "schedule": [],
        "documents": [], "documents_list": "", "missing_list": "",
        "new_contact": "", "open_list": "",
    }
    documents: list[int] = []
    match step.intent:
        case Intent.REMITTANCE if done:
            invoices = by_number()
            applied = [(str(a.get("invoice")), a.get("amount")) for a in result.get("applied") or []
                       if isinstance(a, dict) and a.get("invoice") in invoices]
            pay_currency = currency or next((invoices[n].currency for n, _ in applied), None)
            if pay_currency and not facts["amount"] and amount not in (None, ""):
                facts["amount"] = money(amount, pay_currency, language)
            facts["applied_list"] = listing(
                [f"{n} ({money(v, invoices[n].currency, language)})" for n, v in applied], language)
            facts["remaining_list"] = phrase(
                [n for n, _ in applied if customer_service.open_balance(invoices[n]) > 0])
            unapplied = result.get("unapplied")
            if result.get("status") == "partly_applied" and unapplied and pay_currency:
                facts["unapplied"] = money(unapplied, pay_currency, language)
        case Intent.PAYMENT_PLAN_REQUEST if done:
            plan_currency = result.get("currency") or currency
            for item in result.get("instalments") or result.get("schedule") or []:
                due = item.get("due_date") if isinstance(item, dict) else item[0]
                value = item.get("amount") if isinstance(item, dict) else item[1]
                facts["schedule"].append(f"{long_date(due, language)}: {money(value, plan_currency, language)}")
        case Intent.DOCUMENT_REQUEST:
            rows = result.get("documents") or []
            documents = [int(d) for d in result.get("document_ids") or
                         [r.get("id") for r in rows if isinstance(r, dict) and r.get("id")]]
            names = [str(r.get("filename")) for r in rows if isinstance(r, dict) and r.get("filename")]
            facts["documents"] = documents
            facts["documents_list"] = listing(names, language) if names else listing(
                [KIND_LABELS[language]["invoice_copy"]], language)
            missing = [KIND_LABELS[language].get(str(m), str(m)) if isinstance(m, str) else
                       KIND_LABELS[language].get(str(m.get("kind")), str(m.get("kind")))
                       for m in result.get("missing") or []]
            if not done and not missing:
                missing = [KIND_LABELS[language].get(k, k) for k in step.args.get("kinds") or []]
            facts["missing_list"] = listing(list(dict.fromkeys(missing)), language)
        case Intent.REDIRECT if done and result.get("verified", True):
            facts["new_contact"] = str(result.get("email") or step.args.get("email") or "")
        case Intent.OTHER:
            facts["open_list"] = phrase([i.number for i in customer_service.list_open_invoices(
                session=session, customer_id=customer_id)][:10])
    return facts, documents


_TOOL_INTENTS = {
    "record_promise": Intent.PROMISE_TO_PAY, "log_dispute": Intent.DISPUTE,
    "apply_remittance": Intent.REMITTANCE, "propose_payment_plan": Intent.PAYMENT_PLAN_REQUEST,
    "attach_documents": Intent.DOCUMENT_REQUEST, "update_contact": Intent.REDIRECT,
}


def steps_from_log(entries: Sequence[dict[str, Any]], primary: Intent) -> list[Step]:
    """Return the steps an actions log records (the agent's tool calls), primary intent first."""
    steps = [Step(intent=_TOOL_INTENTS[e["tool"]], tool=e["tool"], args=dict(e.get("args") or {}),
                  result=e, refused=None if e.get("ok", True) else str(e.get("refused") or e.get("error")))
             for e in entries if e.get("tool") in _TOOL_INTENTS]
    if not any(s.intent == primary for s in steps):
        steps.append(Step(intent=primary))
    return sorted(steps, key=lambda s: s.intent != primary)


def logged_document_ids(entries: Sequence[dict[str, Any]]) -> list[int]:
    """Return the ids of the documents attach_documents found, in order."""
    ids = [int(d["id"]) for e in entries if e.get("tool") == "attach_documents" and e.get("ok")
           for d in e.get("documents") or [] if isinstance(d, dict) and d.get("id")]
    return list(dict.fromkeys(ids))
