"""Every template under prompts/ renders with StrictUndefined; the triage prompt is complete."""

from __future__ import annotations

from typing import Any

import jinja2
import pytest

from agent.triage.result import DisputeReason, Intent
from prompts.env import get_env, list_templates, render

INVOICE = {"number": "INV-10023", "po_number": "PO-77", "amount": "4200.00", "currency": "USD",
           "open_amount": "4200.00", "due_date": "2024-04-01", "status": "open"}

# One sample context per template: a new template must add its own here, so that it is rendered.
SAMPLE_CONTEXTS: dict[str, dict[str, Any]] = {
    "triage_system.j2": {"fence_id": "a1b2c3"},
    "triage_user.j2": {
        "fence_id": "a1b2c3", "date_header": "2024-05-08T09:30:00+00:00",
        "date_weekday": "Wednesday", "invoices": [INVOICE], "sender": "ap@acme.example",
        "subject": "Re: reminder", "attachments": ["advice.pdf"], "body": "Paid yesterday.",
    },
}


def test_every_template_has_a_sample_context() -> None:
    assert set(list_templates()) <= set(SAMPLE_CONTEXTS), "add a sample context for new templates"


@pytest.mark.parametrize("name", sorted(SAMPLE_CONTEXTS))
def test_template_renders_strictly(name: str) -> None:
    text = render(name, **SAMPLE_CONTEXTS[name])
    assert text.strip()
    context = dict(SAMPLE_CONTEXTS[name])
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
