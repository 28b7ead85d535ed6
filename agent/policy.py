"""The local policy (ARBOT_LLM=local): what a good AR specialist does for each triage result.

One `match` maps each intent, primary and secondary, to the same tool calls the LLM agent would
make, through the same tool implementations (bound to the customer, audited, refusing other
customers' invoices). The choices, and why:

- promise_to_pay → record_promise on the named invoices, else on all open ones ("will pay this
  week" answers a reminder about the whole balance). No date is still a promise; the reply asks
  for one.
- dispute → log_dispute on the named invoices; with none named, on the only open invoice if
  there is exactly one, else nothing is logged and the reply asks which invoice (guessing would
  pause reminders on the wrong ones).
- remittance → apply_remittance when the message states an amount; without one, nothing is
  applied (a wrong match is worse than none): the draft carries a note for a person.
- payment_plan_request → propose_payment_plan (instalments read from the text, default 3; the
  stated amount as first payment); beyond policy the tool escalates to a manager.
- document_request → attach_documents with the kinds the text asks for (invoice copy by default)
  for the named invoices, else the open ones.
- redirect → update_contact for each new address the text names (a new domain stays inactive
  until verified, so the reply goes to the sender); a portal without an address is a note.
- auto_reply → nothing, no reply. bounce → the failed contact is marked bounced, no reply.
- other → a reply only when the customer asks something (a question needs a person's answer,
  so the draft holds for review); a bare "thanks, noted" gets none.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from agent.drafting import REPLY_INTENTS, Step
from agent.ledger import contacts as contact_service
from agent.ledger import customers as customer_service
from agent.mail.parse import ParsedMessage
from agent.triage.result import DisputeReason, Intent, TriageResult
from tools.context import ToolContext

log = logging.getLogger(__name__)

MAX_DOCUMENT_INVOICES = 10
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_PORTAL = re.compile(r"(?i)\b(ariba|coupa|tungsten|basware|taulia|jaggaer|tradeshift|supplier portal|"
                     r"e-?invoic\w*|portal)\b")
_QUESTION = re.compile(r"[?¿]|(?i:\bplease (?:advise|confirm|let (?:us|me) know|explain)\b)")
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "twelve": 12,
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "deux": 2, "trois": 3, "quatre": 4,
    "cinq": 5, "six ": 6, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "duas": 2,
    "três": 3, "quatro": 4, "twee": 2, "drie": 3,
}
_INSTALMENTS = re.compile(
    r"(?i)\b(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s+(?:equal\s+|monthly\s+)?"
    r"(instal+ments?|payments?|months?|parts?|tranches?|pagos|plazos|cuotas|meses|mensualités|"
    r"versements|mois|raten|monate|zahlungen|parcelas|prestações|meses|termijnen|maanden)\b")
_DOC_KINDS = [
    ("w9", re.compile(r"(?i)\bw-?9\b|tax form|formulario fiscal")),
    ("bank_letter", re.compile(r"(?i)bank (?:letter|details|confirmation)|remit-?to|bankbest|"
                               r"attestation bancaire|rib\b|certificado bancario")),
    ("statement", re.compile(r"(?i)statement|estado de cuenta|relevé|kontoauszug|extrato|"
                             r"rekeningoverzicht|saldenbest")),
    ("proof_of_delivery", re.compile(r"(?i)proof of delivery|\bpod\b|delivery note|bon de livraison|"
                                     r"lieferschein|albarán|comprovativo de entrega|afleverbewijs")),
    ("timesheet", re.compile(r"(?i)time ?sheets?|hojas de horas|feuilles? de temps|stundenzettel|"
                             r"urenstaten|folhas de horas")),
]
_INVOICE_COPY = re.compile(r"(?i)invoice|copy|factura|facture|rechnung|fatura|factuur|pdf")


@dataclass
class PolicyOutcome:
    """What the policy did for a message, and whether it needs a reply."""

    steps: list[Step] = field(default_factory=list)
    reply: bool = False
    review_reasons: list[str] = field(default_factory=list)


ToolCaller = Callable[..., dict[str, Any]]


def _tool(name: str) -> ToolCaller:
    """Return the implementation function of a tool (ctx first, JSON-able dict back)."""
    import tools

    return getattr(tools, name)  # type: ignore[no-any-return]


def act(*, ctx: ToolContext, triage: TriageResult, parsed: ParsedMessage) -> PolicyOutcome:
    """Act on a triage result with the tools; return the steps taken and whether to reply."""
    outcome = PolicyOutcome()
    for intent in dict.fromkeys([triage.intent, *triage.secondary]):
        step, reply, notes = _act_on(ctx, intent, triage, parsed)
        if step is not None:
            outcome.steps.append(step)
        outcome.reply = outcome.reply or reply
        outcome.review_reasons += notes
    if outcome.reply and not any(s.intent in REPLY_INTENTS for s in outcome.steps):
        outcome.reply = False
    return outcome


def _call(ctx: ToolContext, intent: Intent, tool_name: str, **args: Any) -> Step:
    result = _tool(tool_name)(ctx, **args)
    refused = None if result.get("ok", True) else str(result.get("refused") or result.get("error"))
    return Step(intent=intent, tool=tool_name, args=args, result=result, refused=refused)


def _act_on(ctx: ToolContext, intent: Intent, triage: TriageResult,
            parsed: ParsedMessage) -> tuple[Step | None, bool, list[str]]:
    """Return (step, wants a reply, review notes) for one intent. The one routing table."""
    text = parsed.new_text or parsed.text
    named = list(triage.invoice_numbers)
    match intent:
        case Intent.PROMISE_TO_PAY:
            step = _call(ctx, intent, "record_promise", promised_date=triage.promised_date,
                         amount=triage.amount, currency=triage.currency,
                         invoice_numbers=named)  # none named: the tool covers all open invoices
            return step, True, []
        case Intent.DISPUTE:
            invoices = named or _only_open_invoice(ctx)
            if not invoices:
                return Step(intent=intent), True, ["dispute names no invoice: ask which one"]
            step = _call(ctx, intent, "log_dispute", invoice_numbers=invoices,
                         reason=str(triage.dispute_reason or DisputeReason.OTHER),
                         amount=triage.amount, currency=triage.currency,
                         customer_words=text.strip()[:2000])
            return step, True, []
        case Intent.REMITTANCE:
            if triage.amount is None:
                return (Step(intent=intent), True,
                        ["remittance without an amount: check the bank before applying anything"])
            paid_on = parsed.date.date() if parsed.date else None
            step = _call(ctx, intent, "apply_remittance", amount=triage.amount,
                         currency=triage.currency, payment_reference=triage.payment_reference,
                         invoice_numbers=named, paid_on=paid_on)
            return step, True, []
        case Intent.PAYMENT_PLAN_REQUEST:
            step = _call(ctx, intent, "propose_payment_plan", instalments=instalment_count(text),
                         first_payment=triage.amount, invoice_numbers=named or _open_numbers(ctx))
            return step, True, []
        case Intent.DOCUMENT_REQUEST:
            numbers = (named or _open_numbers(ctx))[:MAX_DOCUMENT_INVOICES]
            step = _call(ctx, intent, "attach_documents", kinds=document_kinds(text),
                         invoice_numbers=numbers)
            return step, True, []
        case Intent.REDIRECT:
            return _redirect(ctx, text, parsed)
        case Intent.AUTO_REPLY:
            return None, False, []
        case Intent.BOUNCE:
            return _bounce(ctx, parsed), False, []
        case Intent.OTHER:
            if _QUESTION.search(text):
                return Step(intent=intent), True, ["the customer asks a question: answer it"]
            return None, False, []
    return None, False, []


def _open_numbers(ctx: ToolContext) -> list[str]:
    return [i.number for i in customer_service.list_open_invoices(session=ctx.session,
                                                                  customer_id=ctx.customer_id)]


def _only_open_invoice(ctx: ToolContext) -> list[str]:
    numbers = _open_numbers(ctx)
    return numbers if len(numbers) == 1 else []


def instalment_count(text: str) -> int:
    """Return the number of instalments the customer asks for (3 when the text says none)."""
    match = _INSTALMENTS.search(text)
    if match is None:
        return 3
    word = match.group(1).lower()
    count = int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 3)
    return max(2, min(count, 24))


def document_kinds(text: str) -> list[str]:
    """Return the document kinds the text asks for (an invoice copy when it names none)."""
    kinds = [kind for kind, pattern in _DOC_KINDS if pattern.search(text)]
    if not kinds or _INVOICE_COPY.search(text) and "statement" not in kinds:
        kinds.insert(0, "invoice_copy")
    return list(dict.fromkeys(kinds))


def _redirect(ctx: ToolContext, text: str,
              parsed: ParsedMessage) -> tuple[Step | None, bool, list[str]]:
    own = {(parsed.from_addr or "").lower(), str(ctx.settings.from_address).lower()}
    addresses = [a.lower().rstrip(".") for a in _EMAIL.findall(text)]
    addresses = [a for a in dict.fromkeys(addresses) if a not in own][:3]
    portal = _PORTAL.search(text)
    if not addresses:
        note = (f"the customer asks to submit invoices via {portal.group(0)}: set that up"
                if portal else "redirect without a new address: check who to write to")
        return Step(intent=Intent.REDIRECT), True, [note]
    step: Step | None = None
    for address in addresses:
        step = _call(ctx, Intent.REDIRECT, "update_contact", email=address, name=None,
                     role="portal" if portal else "ap",
                     note=f"named by {parsed.from_addr or 'the customer'} as the address for invoices")
    return step, True, []


def _bounce(ctx: ToolContext, parsed: ParsedMessage) -> Step | None:
    """Mark the customer's contacts that bounced (a bounce never gets a reply)."""
    failed = parsed.bounce.failed_recipients if parsed.bounce else []
    marked = []
    for address in failed:
        contact = contact_service.mark_bounced(session=ctx.session, customer_id=ctx.customer_id,
                                               email=address, actor=ctx.actor,
                                               message_id=ctx.message_id, reason="delivery failed")
        if contact is not None:
            marked.append(contact.email)
    entry = {"tool": "mark_bounced", "args": {"emails": failed}, "ok": True, "marked": marked}
    ctx.log.append(entry)
    return Step(intent=Intent.BOUNCE, tool="mark_bounced", args={"emails": failed}, result=entry)
