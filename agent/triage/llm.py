"""LLM triage: one structured-output call per message, checked against the ledger like local.

The local engine always runs first: its result is the fallback when the model cannot be
reached or answers with something unusable, and the second opinion that sends a message to a
person when the two disagree on the intent. The message is never lost.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Literal, Protocol, cast

from agent.llm import RetryPolicy, is_transient, retry_after
from agent.triage.llm_answer import (
    SCHEMA_NAME,
    MessageLike,
    TriageAnswer,
    UnusableAnswer,
    answer_json_schema,
    build_prompt,
    parse_answer,
)
from agent.triage.result import CustomerLedger, Intent, TriageResult

if TYPE_CHECKING:
    from langchain_core.messages import AIMessage, BaseMessage
    from langchain_core.runnables import Runnable

    from agent.config import Settings
    from agent.llm import ChatModel

log = logging.getLogger(__name__)

StructuredMethod = Literal["json_schema", "function_calling"]


class LedgerLookup(Protocol):
    """Where the customer's slice of the ledger comes from (`LedgerDirectory` is one)."""

    def customer_ledger(self, customer_id: str) -> CustomerLedger: ...


LocalTriageFn = Callable[[Any, Any], TriageResult]
"""`LocalTriage(...).triage`: (parsed message, directory) -> TriageResult."""


def _tokens(message: AIMessage | None) -> int:
    usage = getattr(message, "usage_metadata", None) or {}
    return int(usage.get("total_tokens") or 0)


@dataclass
class _Outcome:
    answer: TriageAnswer | None
    tokens: int
    failure: str | None = None


class LlmTriage:
    """Triage with a chat model, checked by the ledger and by the local engine."""

    def __init__(
        self,
        model: ChatModel,
        *,
        local_triage: LocalTriageFn,
        method: StructuredMethod = "json_schema",
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        model_label: str = "llm",
    ) -> None:
        """Wrap a chat model.

        Args:
            model: a ChatOpenAI (see `agent.llm.build_chat_model`) or any LangChain chat model;
                models without structured-output support (fakes) are called plainly and their
                answer parsed the same way.
            local_triage: the local engine, `(parsed, directory) -> TriageResult`.
            method: "json_schema" (response_format) or "function_calling" (one forced tool),
                for endpoints that lack json_schema.
            retry: backoff policy; the openai client's own retries should be 0 with this.
            sleep: how to wait between retries (tests pass a recorder).
            model_label: recorded as the result's `engine`, e.g. "llm:gpt-4o-mini".
        """
        self._local = local_triage
        self._retry = retry or RetryPolicy()
        self._sleep = sleep
        self._label = model_label
        self._runnable = self._structured(model, method)

    @staticmethod
    def _structured(model: ChatModel, method: StructuredMethod) -> Runnable[Any, dict[str, Any]]:
        from langchain_core.runnables import RunnableParallel

        kwargs: dict[str, Any] = {"method": method, "include_raw": True}
        if method == "json_schema":
            kwargs["strict"] = True
        try:
            return cast("Runnable[Any, dict[str, Any]]",
                        model.with_structured_output(answer_json_schema(), **kwargs))
        except NotImplementedError:
            # Fake chat models cannot bind a schema; their raw answer is parsed all the same.
            return RunnableParallel(raw=model)

    def triage(self, parsed: Any, directory: LedgerLookup) -> TriageResult:
        """Triage one message: local engine, then one model call, then ledger checks."""
        local = self._local(parsed, directory)
        ledger = None
        if local.customer_id is not None:
            try:
                ledger = directory.customer_ledger(local.customer_id)
            except LookupError:
                ledger = None
        return self.triage_with(parsed, local_result=local, ledger=ledger)

    def triage_with(
        self, parsed: MessageLike, *, local_result: TriageResult, ledger: CustomerLedger | None
    ) -> TriageResult:
        """Triage with the local result and the customer's ledger already known."""
        msg_id = getattr(parsed, "message_id", None)
        outcome = self._call(build_prompt(parsed, ledger), msg_id)
        if outcome.answer is None:
            log.warning("message %s customer=%s: llm triage failed (%s); using local result",
                        msg_id, local_result.customer_id, outcome.failure)
            return local_result.model_copy(update={
                "needs_review": True,
                "review_reasons": [*local_result.review_reasons,
                                   f"llm triage failed ({outcome.failure}); local result used"],
                "tokens_used": local_result.tokens_used + outcome.tokens,
            })
        llm_result = self._to_result(outcome.answer, ledger, local_result, outcome.tokens)
        return combine(local_result, llm_result)

    def _call(self, messages: list[BaseMessage], msg_id: str | None) -> _Outcome:
        """Make the one model call (retrying only transient failures); never raise."""
        tokens = 0
        attempt = 0
        while True:
            try:
                out = self._runnable.invoke(messages)
            except Exception as e:  # noqa: BLE001 - any failure falls back; the message stays
                if not is_transient(e):
                    log.warning("message %s: llm call failed: %r", msg_id, e)
                    return _Outcome(None, tokens, f"{type(e).__name__}: {str(e)[:200]}")
                delay = (self._retry.delay(attempt, retry_after(e))
                         if attempt < self._retry.max_retries else None)
                if delay is None:
                    return _Outcome(None, tokens, f"{type(e).__name__} after {attempt + 1} "
                                                  "attempts")
                log.info("message %s: llm call attempt %d failed (%s); retrying in %.2fs",
                         msg_id, attempt + 1, type(e).__name__, delay)
                self._sleep(delay)
                attempt += 1
                continue
            raw = out.get("raw")
            tokens += _tokens(raw)
            if raw is None:
                return _Outcome(None, tokens, "model returned no message")
            try:
                return _Outcome(parse_answer(raw), tokens)
            except UnusableAnswer as e:
                return _Outcome(None, tokens, str(e))

    def _to_result(
        self, answer: TriageAnswer, ledger: CustomerLedger | None, local: TriageResult,
        tokens: int,
    ) -> TriageResult:
        """Turn a validated answer into a TriageResult, keeping only facts the ledger backs."""
        reasons: list[str] = []
        if ledger is not None:
            numbers, dropped = match_invoices(answer.invoice_numbers, ledger)
        else:  # unknown customer: only numbers the local engine resolved in code are kept
            numbers = [n for n in answer.invoice_numbers if n in local.invoice_numbers]
            dropped = [n for n in answer.invoice_numbers if n not in local.invoice_numbers]
        if dropped:
            reasons.append(f"llm named invoices not on this customer's ledger (dropped): "
                           f"{', '.join(dropped[:5])}")
        intents = {answer.intent, *answer.secondary}
        return TriageResult(
            intent=answer.intent,
            secondary=[i for i in dict.fromkeys(answer.secondary) if i != answer.intent],
            confidence=answer.confidence,
            customer_id=local.customer_id,  # resolved in code, never by the model
            invoice_numbers=numbers,
            promised_date=answer.promised_date,
            amount=_decimal(answer.amount),
            currency=_code(answer.currency, 3, str.upper),
            dispute_reason=answer.dispute_reason if Intent.DISPUTE in intents else None,
            payment_reference=(answer.payment_reference or "").strip() or None,
            language=_code(answer.language, 2, str.lower),
            engine=self._label,
            injection_suspected=answer.injection_suspected,
            needs_review=bool(reasons),
            review_reasons=reasons,
            tokens_used=tokens,
        )


def _decimal(value: float | None) -> Decimal | None:
    try:
        return Decimal(str(value)) if value is not None else None
    except InvalidOperation:
        return None


def _code(value: str | None, length: int, case: Callable[[str], str]) -> str | None:
    """Return an ISO code in its usual case, or None when the model wrote something else."""
    value = (value or "").strip()
    return case(value) if len(value) == length and value.isalpha() else None


_NON_ALNUM = re.compile(r"[^0-9A-Z]")


def _keys(number: str) -> tuple[str, str]:
    """Return (full, digits-only) keys: "inv 10023" → ("INV10023", "10023")."""
    full = _NON_ALNUM.sub("", number.upper())
    return full, re.sub(r"^[A-Z]+", "", full)


def match_invoices(candidates: list[str], ledger: CustomerLedger) -> tuple[list[str], list[str]]:
    """Map written numbers to the ledger's spelling; return (kept, dropped).

    A candidate matches an invoice of this customer by its number or PO number, with case,
    punctuation and a letter prefix ignored. Anything else (another customer's invoice, an
    invented number) is dropped.
    """
    by_key: dict[str, set[str]] = {}
    for invoice in ledger.invoices:
        for written in filter(None, (invoice.number, invoice.po_number)):
            for key in _keys(written):
                if key:
                    by_key.setdefault(key, set()).add(invoice.number)
    kept: list[str] = []
    dropped: list[str] = []
    for candidate in candidates:
        full, core = _keys(candidate)
        hits = by_key.get(full) or by_key.get(core) or set()
        if len(hits) == 1:
            kept.append(next(iter(hits)))
        else:
            dropped.append(candidate)
    return list(dict.fromkeys(kept)), dropped


def combine(local_result: TriageResult, llm_result: TriageResult) -> TriageResult:
    """Return the LLM's result, marked for a person where it and the local engine disagree."""
    reasons = list(llm_result.review_reasons)
    if llm_result.intent != local_result.intent:
        reasons.append(f"llm and local triage disagree on intent: llm={llm_result.intent}, "
                       f"local={local_result.intent}")
    injection = llm_result.injection_suspected or local_result.injection_suspected
    if injection:
        reasons.append("possible prompt injection in the message")
    reasons += [f"local: {r}" for r in local_result.review_reasons if r not in reasons]
    return llm_result.model_copy(update={
        "customer_id": local_result.customer_id,
        "injection_suspected": injection,
        "needs_review": bool(reasons) or llm_result.needs_review or local_result.needs_review,
        "review_reasons": list(dict.fromkeys(reasons)),
    })


def build_llm_triage(
    settings: Settings, *, local_triage: LocalTriageFn, model: ChatModel | None = None,
    method: StructuredMethod = "json_schema", retry: RetryPolicy | None = None,
) -> LlmTriage | None:
    """Return the LLM triage when `settings.llm` is `openai:MODEL`, else None (local only)."""
    from agent.llm import OPENAI_PREFIX, build_chat_model

    if not settings.llm.startswith(OPENAI_PREFIX):
        return None
    # One retry loop, ours: the openai client's own retries would multiply with it.
    chat_model = model if model is not None else build_chat_model(settings, max_retries=0)
    return LlmTriage(
        chat_model,
        local_triage=local_triage,
        method=method,
        retry=retry or RetryPolicy(max_retries=settings.llm_max_retries),
        model_label=f"llm:{settings.llm[len(OPENAI_PREFIX):]}",
    )


__all__ = [
    "SCHEMA_NAME", "LedgerLookup", "LlmTriage", "RetryPolicy", "build_llm_triage", "combine",
    "match_invoices",
]
