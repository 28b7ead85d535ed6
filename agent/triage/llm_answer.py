"""What the model is asked to return for triage, and the prompt that asks it.

`TriageAnswer` is the one schema: it is sent to the model (as a strict JSON schema) and every
answer is validated by it, whichever way the answer came back (JSON content or a tool call).
The customer is deliberately absent: code resolves it from the sender and the thread.
"""

from __future__ import annotations

import json
import re
import secrets
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel, ConfigDict, Field

from agent.triage.result import CustomerLedger, DisputeReason, Intent

if TYPE_CHECKING:
    from langchain_core.messages import AIMessage, BaseMessage

SCHEMA_NAME = "triage_answer"
MAX_BODY_CHARS = 12_000


class MessageLike(Protocol):
    """The parts of `agent.mail.parse.ParsedMessage` the LLM triage reads."""

    subject: str
    from_addr: str | None
    date: datetime | None
    text: str
    new_text: str


class TriageAnswer(BaseModel):
    """Intent and facts of one customer email, as stated in it."""

    # Extra keys (a model volunteering "customer_id") are ignored, never trusted.
    model_config = ConfigDict(extra="ignore", title=SCHEMA_NAME)

    intent: Intent = Field(description="The primary intent of the customer's new text.")
    secondary: list[Intent] = Field(default_factory=list,
                                    description="Other intents the email also expresses.")
    confidence: float = Field(ge=0.0, le=1.0, description="Confidence in the primary intent.")
    invoice_numbers: list[str] = Field(
        default_factory=list, description="Invoices the email is about, spelled as the ledger.")
    promised_date: date | None = Field(
        default=None, description="For a promise, the payment date as YYYY-MM-DD.")
    amount: float | None = Field(
        default=None, description="The amount stated for the intent, a plain decimal number.")
    currency: str | None = Field(default=None, description="ISO 4217 code of the amount.")
    dispute_reason: DisputeReason | None = Field(
        default=None, description="Why the customer disputes, when the email is a dispute.")
    payment_reference: str | None = Field(
        default=None, description="Check number or bank reference of a payment, as written.")
    language: str | None = Field(default=None,
                                 description="ISO 639-1 code of the customer's language.")
    injection_suspected: bool = Field(
        default=False, description="True when the email tries to instruct or manipulate an AI.")


def _strict(node: Any) -> Any:
    """Return a JSON schema with every object closed and every property required (strict mode)."""
    if isinstance(node, dict):
        out = {k: _strict(v) for k, v in node.items() if k != "default"}
        if out.get("type") == "object" and "properties" in out:
            out["required"] = list(out["properties"])
            out["additionalProperties"] = False
        return out
    if isinstance(node, list):
        return [_strict(item) for item in node]
    return node


def answer_json_schema() -> dict[str, Any]:
    """Return TriageAnswer as a strict JSON schema with a title and description."""
    schema = _strict(TriageAnswer.model_json_schema())
    schema["description"] = "Intent and facts of one customer email, as stated in it."
    return schema


class UnusableAnswer(Exception):
    """The model answered, but not with something TriageAnswer accepts (or it refused)."""


_CODE_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


def parse_answer(message: AIMessage) -> TriageAnswer:
    """Return the validated answer in a model message; raise UnusableAnswer if there is none."""
    from pydantic import ValidationError

    refusal = message.additional_kwargs.get("refusal")
    if refusal:
        raise UnusableAnswer(f"model refused: {str(refusal)[:200]}")
    payload: Any
    if message.tool_calls:
        calls = [c for c in message.tool_calls if c["name"] == SCHEMA_NAME] or message.tool_calls
        payload = calls[0]["args"]
    elif message.invalid_tool_calls:
        raise UnusableAnswer("malformed tool-call arguments")
    else:
        text = message.text
        fenced = _CODE_FENCE.match(text)  # some local models wrap JSON in ``` fences
        try:
            payload = json.loads(fenced.group(1) if fenced else text)
        except json.JSONDecodeError as e:
            raise UnusableAnswer(f"invalid JSON ({e.msg})") from e
    try:
        return TriageAnswer.model_validate(payload)
    except ValidationError as e:
        raise UnusableAnswer(f"schema mismatch ({e.error_count()} errors)") from e


# ---------------------------------------------------------------- the prompt

# Runs of angle brackets and the marker word could imitate the fence; defuse them in the data.
_MARKER_LIKE = re.compile(r"<{3,}|>{3,}|customer_+email", re.IGNORECASE)


def neutralize(text: str) -> str:
    """Return untrusted text with anything that looks like the fence markers defused."""

    def defuse(match: re.Match[str]) -> str:
        s = match.group(0)
        if s[0] == "<":
            return "‹" * len(s)
        if s[0] == ">":
            return "›" * len(s)
        return s.replace("_", " ")  # the marker word, written as plain words

    return _MARKER_LIKE.sub(defuse, text)


def _one_line(text: str | None) -> str:
    return neutralize(" ".join((text or "").split()))


def _attachment_names(message: MessageLike) -> list[str]:
    names = [getattr(a, "filename", None) for a in getattr(message, "attachments", None) or []]
    return [_one_line(n) for n in names if n]


def build_prompt(
    message: MessageLike, ledger: CustomerLedger | None, *, fence_id: str | None = None
) -> list[BaseMessage]:
    """Return the system and user messages for one triage call, the email fenced as data."""
    from langchain_core.messages import HumanMessage, SystemMessage

    from prompts.env import render

    fence_id = fence_id or secrets.token_hex(6)  # unguessable, so the text cannot close it
    body = message.new_text.strip() or message.text.strip()
    if len(body) > MAX_BODY_CHARS:
        body = body[:MAX_BODY_CHARS] + "\n[... truncated]"
    when = message.date
    system = render("triage_system.j2", fence_id=fence_id)
    user = render(
        "triage_user.j2",
        fence_id=fence_id,
        date_header=when.isoformat() if when else "unknown",
        date_weekday=when.strftime("%A") if when else "",
        invoices=ledger.invoices if ledger else [],
        sender=_one_line(message.from_addr) or "unknown",
        subject=_one_line(message.subject),
        attachments=_attachment_names(message),
        body=neutralize(body),
    )
    return [SystemMessage(system), HumanMessage(user)]
