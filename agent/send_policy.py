"""The send policy: which messages get a reply at all, and which drafts may go without a person.

Every draft waits for a person unless a configured rule allows its intent at or above a minimum
confidence (`auto_send_rules`, empty by default: nothing is sent alone). Even then it waits when
an injection is suspected, when the LLM and the local triage disagree or triage asked for review,
when a tool refused, when the guard flagged the draft, or when the customer is marked manual.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from agent.triage.result import Intent, TriageResult

NO_REPLY_INTENTS = frozenset({Intent.AUTO_REPLY, Intent.BOUNCE})


@dataclass
class SendDecision:
    """Whether a draft may be sent by the policy, and why not when it may not."""

    auto_send: bool
    reasons: list[str] = field(default_factory=list)


def auto_send_rules(settings: Any) -> dict[str, float]:
    """Return {intent: minimum confidence} from settings (`auto_send_rules`; none by default)."""
    rules = settings.auto_send_rules
    return {str(k): float(v) for k, v in dict(rules).items()}


def wants_reply(triage: TriageResult) -> bool:
    """Tell whether a message of this intent gets a reply at all (never auto-replies, bounces)."""
    return triage.intent not in NO_REPLY_INTENTS


def decide(
    *,
    triage: TriageResult,
    rules: Mapping[str, float],
    guard_problems: Sequence[str] = (),
    refusals: Sequence[str] = (),
    review_reasons: Sequence[str] = (),
    customer_manual: bool = False,
) -> SendDecision:
    """Decide whether a draft for this triage result may be sent without a person."""
    blockers: list[str] = []
    if triage.intent in NO_REPLY_INTENTS:
        blockers.append(f"{triage.intent} messages get no reply")
    if triage.injection_suspected:
        blockers.append("possible prompt injection")
    if triage.needs_review:
        blockers.append("triage asked for review")
    if refusals:
        blockers.append("a tool refused an action")
    if guard_problems:
        blockers.append("the draft guard flagged the draft")
    if review_reasons:
        blockers.append("the draft carries review reasons")
    if customer_manual:
        blockers.append("the customer is handled manually")
    minimum = rules.get(str(triage.intent))
    if minimum is None:
        blockers.append(f"no auto-send rule for {triage.intent}")
    elif triage.confidence < minimum:
        blockers.append(f"confidence {triage.confidence:.2f} below the rule's {minimum:.2f}")
    return SendDecision(auto_send=not blockers, reasons=blockers)
