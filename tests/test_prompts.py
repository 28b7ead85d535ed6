"""Every template under prompts/ renders with StrictUndefined; the triage prompt is complete."""

from __future__ import annotations

import fnmatch
from typing import Any

import jinja2
import pytest

from agent.triage.result import DisputeReason, Intent
from prompts.env import get_env, list_templates, render

INVOICE = {"number": "INV-10023", "po_number": "PO-77", "amount": "4200.00", "currency": "USD",
           "open_amount": "4200.00", "due_date": "2024-04-01", "status": "open"}

REMINDER = {"tone": "polite", "count": 2, "seller": "Northwind Analytics", "customer_name": "Acme Ltd",
            "lines": [{"number": "INV-1", "amount": "$1,200.00", "due_date": "Nov 1, 2026", "days_past_due": 19}],
            "totals": ["$1,200.00"],
            "broken_promises": [{"made": "Nov 2, 2026", "amount": "$1,200.00", "date": "Nov 10, 2026"}]}

# One sample context per template (a key may be a glob pattern such as "reminders/*.j2"):
# a new template must add its own here, so that it is rendered.
SAMPLE_CONTEXTS: dict[str, dict[str, Any]] = {
    "reminders/reminder.*.j2": REMINDER,
    "triage_system.j2": {"fence_id": "a1b2c3"},
    "triage_user.j2": {
        "fence_id": "a1b2c3", "date_header": "2024-05-08T09:30:00+00:00",
        "date_weekday": "Wednesday", "invoices": [INVOICE], "sender": "ap@acme.example",
        "subject": "Re: reminder", "attachments": ["advice.pdf"], "body": "Paid yesterday.",
    },
}


def context_for(name: str) -> dict[str, Any] | None:
    """Return the sample context for a template, by exact name or glob pattern."""
    if name in SAMPLE_CONTEXTS:
        return SAMPLE_CONTEXTS[name]
    return next((ctx for pattern, ctx in SAMPLE_CONTEXTS.items() if fnmatch.fnmatch(name, pattern)), None)

# The reply templates (agent/drafting.py renders them): one frame and one paragraph per intent.
EMAIL_FACTS: dict[str, Any] = {
    "done": True, "invoice_list": "INV-10023 ($4,200.00)", "numbers_list": "INV-10023",
    "amount": "$4,200.00", "promised_date": "May 10, 2024", "sla_date": "May 20, 2024",
    "reference": "CHK 4471", "applied_list": "INV-10023 ($4,200.00)", "remaining_list": "",
    "unapplied": "", "within_policy": True, "schedule": ["June 1, 2024: $1,400.00"],
    "documents": [7], "documents_list": "INV-10023.pdf", "missing_list": "the W-9 form",
    "new_contact": "ap@acme.example", "open_list": "INV-10023 ($4,200.00)",
}
for _lang in ("en", "es", "fr", "de", "pt", "nl"):
    SAMPLE_CONTEXTS[f"email/reply.{_lang}.j2"] = {
        "greeting_name": "Jane", "paragraphs": ["Thank you."], "sender_name": "Accounts Receivable"}
    for _intent in ("promise_to_pay", "dispute", "remittance", "payment_plan_request",
                    "document_request", "redirect", "other"):
        SAMPLE_CONTEXTS[f"email/{_intent}.{_lang}.j2"] = {"f": EMAIL_FACTS}
SAMPLE_CONTEXTS["agent_system.j2"] = {"seller_name": "Example Corp", "max_tool_calls": 8}
SAMPLE_CONTEXTS["agent_user.j2"] = {
    "fence_id": "a1b2c3", "customer_name": "Acme", "language": "en",
    "date_header": "2024-05-08T09:30:00+00:00", "intent": "promise_to_pay", "secondary": [],
    "invoice_numbers": ["INV-10023"], "promised_date": "2024-05-10", "amount": "4200.00",
    "currency": "USD", "sender": "ap@acme.example", "subject": "Re: reminder",
    "attachments": [], "body": "We will pay Friday.",
}


def test_every_template_has_a_sample_context() -> None:
    missing = [name for name in list_templates() if context_for(name) is None]
    assert missing == [], "add a sample context for new templates"


@pytest.mark.parametrize("name", sorted(list_templates()))
def test_template_renders_strictly(name: str) -> None:
    sample = context_for(name)
    if sample is None:
        pytest.fail(f"no sample context for {name}")
    text = render(name, **sample)
    assert text.strip()
    context = dict(sample)
    if context:
        context.pop(next(iter(context)))
        with pytest.raises(jinja2.UndefinedError):
            render(name, **context)


def test_one_environment_strict_and_html_autoescaped() -> None:
    env = get_env()
    assert env is get_env() and env.undefined is jinja2.StrictUndefined
    assert callable(env.autoescape)
    assert env.autoescape("emails/promise.en.html.j2") and env.autoescape("page.html")
    assert not env.autoescape("triage_user.j2")


def test_system_prompt_defines_every_intent_and_dispute_reason() -> None:
    system = render("triage_system.j2", fence_id="f00d")
    for value in [*Intent, *DisputeReason]:
        assert f"`{value}`" in system
    assert "already sent" in system and "still" in system  # remittance vs promise
    assert "Date header" in system and "injection_suspected" in system
    assert "<<<CUSTOMER_EMAIL f00d" in system and "CUSTOMER_EMAIL f00d>>>" in system


def test_user_prompt_without_a_customer_lists_no_invoices() -> None:
    context = SAMPLE_CONTEXTS["triage_user.j2"] | {"invoices": [], "attachments": []}
    text = render("triage_user.j2", **context)
    assert "none known" in text and "Attachments" not in text
