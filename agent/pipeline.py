"""One message at a time: parse → thread → triage → act → draft → send policy.

Acting and drafting run in a savepoint inside the message's transaction: a failure rolls back
that message's actions, flags the message with the error, and keeps its triage; the next message
goes on. With an LLM agent, its tool calls run in a nested savepoint: when it fails (limit,
no answer, model error) its changes are undone and the local policy acts instead. When its
draft fails the guard, its actions stand (tools are bound to the customer) and the local
template words the reply, with the guard's findings as review reasons.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from sqlalchemy.engine import Engine
from sqlmodel import Session

from agent import draft_guard, drafting, policy, send_policy
from agent.agent import AgentFailed, CollectionsAgent
from agent.approval import approve_draft
from agent.config import Settings
from agent.ledger import customers as customer_service
from agent.ledger.models import Draft, MailMessage, MessageStatus
from agent.mail.parse import ParsedMessage, parse_message
from agent.mail.thread import thread_message
from agent.triage.result import TriageResult
from tools.context import ToolContext

log = logging.getLogger(__name__)


class TriageEngine(Protocol):
    """LocalTriage or LlmTriage: `.triage(parsed, directory) -> TriageResult`."""

    def triage(self, parsed: Any, directory: Any) -> TriageResult: ...


@dataclass
class ProcessOutcome:
    """What processing one message did."""

    message_id: int | None
    status: str
    customer_id: str | None = None
    intent: str | None = None
    draft_id: int | None = None
    auto_sent: bool = False
    review_reasons: list[str] = field(default_factory=list)
    error: str | None = None


def triage_json(triage: TriageResult) -> dict[str, Any]:
    """Return the triage as stored on the message: the public fields plus provenance."""
    return triage.public_dict() | {
        "engine": triage.engine, "injection_suspected": triage.injection_suspected,
        "needs_review": triage.needs_review, "review_reasons": triage.review_reasons,
    }


def process_message(
    *,
    session: Session,
    message: MailMessage,
    settings: Settings,
    triage_engine: TriageEngine,
    directory: Any,
    agent: CollectionsAgent | None = None,
    parsed: ParsedMessage | None = None,
) -> ProcessOutcome:
    """Process one stored message in the caller's transaction (the caller commits).

    Args:
        parsed: the message already parsed and threaded (the worker's hook); None to parse and
            thread here.
        agent: the LLM agent; None for the local policy.
    """
    outcome = ProcessOutcome(message_id=message.id, status=str(message.status))
    if parsed is None:
        try:
            parsed = parse_message(message.raw)
        except Exception as e:  # noqa: BLE001 - a broken message is kept and flagged
            return _flag(session, message, outcome, f"parse failed: {type(e).__name__}: {e}")
        thread = thread_message(session=session, message=message, parsed=parsed,
                                own_addresses={settings.from_address})
        if thread.matched_by == "own":
            message.status = MessageStatus.IGNORED
            outcome.status = str(message.status)
            return outcome
        message.status = MessageStatus.PROCESSED if thread.customer_id else MessageStatus.UNMATCHED
    outcome.customer_id = message.customer_id
    triage = triage_engine.triage(parsed, directory)
    if triage.customer_id != message.customer_id:  # the thread decides, in code
        triage = triage.model_copy(update={"customer_id": message.customer_id})
    message.triage, message.intent = triage_json(triage), str(triage.intent)
    session.add(message)
    outcome.intent, outcome.status = str(triage.intent), str(message.status)
    if message.customer_id is None:
        return outcome
    savepoint = session.begin_nested()
    try:
        draft = _act_and_draft(session, message, parsed, triage, settings, agent, outcome)
        savepoint.commit()
    except Exception as e:  # noqa: BLE001 - log and continue: the message is flagged, not lost
        savepoint.rollback()
        log.exception("message id=%s customer=%s: acting failed; flagged", message.id,
                      message.customer_id)
        return _flag(session, message, outcome, f"processing failed: {type(e).__name__}: {e}")
    if draft is not None:
        outcome.draft_id, outcome.review_reasons = draft.id, list(draft.review_reasons)
    return outcome


def _flag(session: Session, message: MailMessage, outcome: ProcessOutcome, error: str) -> ProcessOutcome:
    message.status, message.error = MessageStatus.FLAGGED, error[:2000]
    session.add(message)
    outcome.status, outcome.error = str(MessageStatus.FLAGGED), error
    return outcome


def _act_and_draft(
    session: Session, message: MailMessage, parsed: ParsedMessage, triage: TriageResult,
    settings: Settings, agent: CollectionsAgent | None, outcome: ProcessOutcome,
) -> Draft | None:
    customer_id = message.customer_id
    if customer_id is None:
        return None
    customer = customer_service.get_customer(session=session, customer_id=customer_id)
    as_of = parsed.date.date() if parsed.date else date.today()
    ctx = ToolContext(session=session, customer_id=customer_id, settings=settings,
                      message_id=message.id, actor=agent.label if agent else "agent:local", as_of=as_of)
    language = drafting.choose_language(triage.language, customer.language)
    subject = drafting.reply_subject(parsed.subject or message.subject)
    sender = parsed.from_addr or message.from_addr
    to_addrs = drafting.choose_recipients(session=session, customer_id=customer_id, sender=sender)
    greeting = drafting.greeting_name(session=session, customer_id=customer_id, address=sender,
                                      from_name=parsed.from_name)
    review = list(triage.review_reasons)
    content: drafting.ReplyContent | None = None
    steps: list[drafting.Step] = []
    used_agent = False
    wants_reply = send_policy.wants_reply(triage)

    def local_words(for_steps: list[drafting.Step]) -> drafting.ReplyContent | None:
        return drafting.render_local_reply(session=session, customer_id=customer_id, steps=for_steps,
                                           language=language, subject=subject, greeting=greeting,
                                           sender_name=settings.from_name)

    if agent is not None and wants_reply:
        nested = session.begin_nested()
        try:
            answer = agent.run(ctx=ctx, parsed=parsed, triage=triage, customer_name=customer.name,
                               language=language)
            nested.commit()
            used_agent = True
        except AgentFailed as e:
            nested.rollback()
            log.warning("message id=%s customer=%s: llm agent failed (%s); local policy acts",
                        message.id, customer_id, e)
            ctx.log.clear()
            ctx.refusals.clear()
            ctx.actor = "agent:local"
            review.append(f"llm agent failed ({str(e)[:200]}); the local policy acted")
    if used_agent:
        steps = drafting.steps_from_log(ctx.log, triage.intent)
        if answer.needs_reply:
            documents = drafting.logged_document_ids(ctx.log)
            chosen = [d for d in answer.attachment_document_ids if d in documents] or documents
            content = drafting.ReplyContent(subject=subject, body=answer.body.strip() + "\n",
                                            language=language, attachment_document_ids=chosen)
            if answer.to_addrs:
                to_addrs = [a.strip() for a in answer.to_addrs]
    else:
        acted = policy.act(ctx=ctx, triage=triage, parsed=parsed)
        steps = acted.steps
        review += acted.review_reasons
        if acted.reply and wants_reply:
            content = local_words(steps)
    if content is None:
        log.info("message id=%s customer=%s: %s, no reply", message.id, customer_id, triage.intent)
        return None
    facts = draft_guard.gather_facts(
        session=session, customer_id=customer_id, actions=ctx.log,
        stated_amounts=[triage.amount] if triage.amount is not None else [],
        customer_text=parsed.new_text or parsed.text,
        allowed_link_domains=settings.allowed_link_domains,
    )

    def check(words: drafting.ReplyContent, recipients: list[str]) -> list[str]:
        return draft_guard.check_draft(session=session, facts=facts, to_addrs=recipients, cc_addrs=[],
                                       subject=words.subject, body=words.body)

    problems = check(content, to_addrs)
    if problems and used_agent:
        # The model's words broke a rule: keep its actions, word the reply from the template.
        review += [f"llm draft refused by the guard: {p}" for p in problems]
        to_addrs = drafting.choose_recipients(session=session, customer_id=customer_id, sender=sender)
        content = local_words(steps) or local_words([drafting.Step(intent=triage.intent)])
        if content is None:
            return None
        problems = check(content, to_addrs)
    review += [f"guard: {p}" for p in problems]
    if ctx.refusals:
        review += ctx.refusals
    draft = drafting.new_draft(session=session, message=message, customer_id=customer_id,
                               content=content, to_addrs=to_addrs, intent=str(triage.intent),
                               actions=ctx.log, review_reasons=review)
    decision = send_policy.decide(triage=triage, rules=send_policy.auto_send_rules(settings),
                                  guard_problems=problems, refusals=ctx.refusals,
                                  review_reasons=draft.review_reasons,
                                  customer_manual=customer.manual)
    draft.auto_send_allowed = decision.auto_send
    session.add(draft)
    if decision.auto_send:
        approve_draft(session=session, draft_id=draft.id, user=None, settings=settings)  # type: ignore[arg-type]
        outcome.auto_sent = True
    return draft


# ---------------------------------------------------------------- the worker's entry points

def build_engines(settings: Settings) -> tuple[TriageEngine, CollectionsAgent | None]:
    """Return the triage engine and, with ARBOT_LLM=openai:MODEL, the LLM agent."""
    from agent.triage.llm import build_llm_triage
    from agent.triage.local import LocalTriage

    local = LocalTriage()
    llm_triage = build_llm_triage(settings, local_triage=local.triage)
    if llm_triage is None:
        return local, None
    from agent.agent import build_agent
    from agent.llm import build_chat_model

    return llm_triage, build_agent(settings, build_chat_model(settings))


def build_process_hook(
    settings: Settings, *, triage_engine: TriageEngine | None = None,
    agent: CollectionsAgent | None = None,
) -> Any:
    """Return the `process` hook for `agent.jobs.run_once`: triage, act and draft each message."""
    if triage_engine is None:
        triage_engine, agent = build_engines(settings)
    loaded: dict[str, Any] = {}

    def hook(session: Session, message: MailMessage, parsed: ParsedMessage) -> None:
        # The ledger changes under a long-running worker (imports, new contacts): reload the
        # directory at most once per poll interval rather than once per process.
        now = time.monotonic()
        if not loaded or now - loaded["at"] > settings.poll_seconds:
            from agent.triage.directory import load_directory

            loaded.update(at=now, directory=load_directory(session))
        process_message(session=session, message=message, settings=settings,
                        triage_engine=triage_engine, directory=loaded["directory"], agent=agent,
                        parsed=parsed)

    return hook


def process_pending(
    settings: Settings, engine: Engine, *, triage_engine: TriageEngine | None = None,
    agent: CollectionsAgent | None = None,
) -> Any:
    """Process every `new` message, one transaction each; return the worker's RunReport."""
    from agent.jobs import process_new_messages

    hook = build_process_hook(settings, triage_engine=triage_engine, agent=agent)
    return process_new_messages(engine=engine, settings=settings, process=hook)
