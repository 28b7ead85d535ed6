"""Facts of a message, read from its new text and subject and checked against the ledger."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from agent.mail.parse import ParsedMessage
from agent.triage.amounts import find_amounts
from agent.triage.attachments import attachment_text, has_pdf
from agent.triage.dates import find_dates
from agent.triage.directory import LedgerDirectory, normalize_number
from agent.triage.fact_patterns import MAX_PROMISE_DAYS
from agent.triage.facts import Facts
from agent.triage.language import detect_language
from agent.triage.message_text import message_text, message_words, resolve_customer, trim_signature
from agent.triage.numbers import NumberToken, find_number_tokens
from agent.triage.references import find_references
from agent.triage.result import TriageResult

__all__ = ["MAX_PROMISE_DAYS", "Facts", "apply_facts", "extract_facts", "message_text", "message_words",
           "resolve_customer", "trim_signature"]


def extract_facts(parsed: ParsedMessage, directory: LedgerDirectory) -> Facts:
    """Read customer, invoices, dates, amounts, references and language from a message."""
    text, full_text = message_words(parsed)
    subject = parsed.subject or ""
    attached = attachment_text(parsed, pdf=False) if parsed.attachments else ""
    subject_tokens = find_number_tokens(subject)
    # Invoice numbers are read from everything the customer wrote, signature included.
    tokens = subject_tokens + find_number_tokens(full_text)
    attached_tokens = find_number_tokens(attached) if attached else []
    customer_id = resolve_customer(parsed, directory, tokens)
    invoices, _ = directory.resolve_invoices(
        ((t.text, t.is_po) for t in tokens + attached_tokens), customer_id)
    if customer_id is None:
        invoices = []
    text_tokens = tokens[len(subject_tokens):] if text == full_text else find_number_tokens(text)
    invoice_keys = {normalize_number(n) for n in invoices}
    invoice_keys |= {re.sub(r"^[A-Z]+", "", k) for k in invoice_keys}
    references = find_references(text, invoice_like=invoice_keys)
    base = parsed.date.date() if parsed.date else date.today()
    language = detect_language(text) if text else None
    currency = directory.customer_currency(customer_id)
    month_first = language == "en" and currency == "USD"
    dates = find_dates(text, base, language=language, month_first=month_first)
    exclude = [(t.start, t.end) for t in text_tokens if t.labelled or _is_invoice(t, invoice_keys)]
    exclude += [(r.start, r.end) for r in references]
    exclude += [(d.start, d.end) for d in dates]
    amounts = find_amounts(text, customer_currency=currency, exclude=exclude)
    facts = Facts(customer_id, invoices, dates, amounts, references, language, text,
                  currency=currency, invoice_keys=invoice_keys,
                  pdf_pending=bool(parsed.attachments) and has_pdf(parsed), base=base,
                  signed_text=full_text)
    if attached:
        facts._add_attached(attached, directory)  # CSV and text advices cost nothing to read
    return facts


def _is_invoice(token: NumberToken, invoice_keys: set[str]) -> bool:
    key = normalize_number(token.text)
    return key in invoice_keys or re.sub(r"^[A-Z]+", "", key) in invoice_keys


_MONEY_INTENTS = ("promise_to_pay", "remittance", "payment_plan_request", "dispute")


def apply_facts(result: TriageResult, facts: Facts) -> None:
    """Set the promised date, amount and payment reference that the result's intents call for.

    The date belongs to a promise, primary or secondary; the amount to the primary intent (a
    dispute with a secondary promise names the disputed amount); the reference to a remittance,
    primary or secondary.
    """
    intents = {result.intent.value, *(intent.value for intent in result.secondary)}
    if "promise_to_pay" in intents:
        result.promised_date = facts.promised_date
    if result.intent.value in _MONEY_INTENTS:
        money = facts.amount_for(result.intent.value)
        if money is not None:
            result.amount = Decimal(money.amount)
            result.currency = money.currency
    if "remittance" in intents:
        result.payment_reference = facts.payment_reference
