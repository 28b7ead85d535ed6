"""The context every tool runs in: bound to one customer and one message, injected, never global."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from agent.config import Settings
from agent.ledger import audit
from agent.ledger.errors import ForeignCustomer, LedgerError

log = logging.getLogger(__name__)

Result = dict[str, Any]
CENT = Decimal("0.01")


@dataclass
class ToolContext:
    """Who the tools act for and on: resolved in code from the sender and thread, never from text.

    Attributes:
        session: the open session; tools add to it, the caller commits or rolls back.
        customer_id: the one customer every tool is bound to.
        message_id: the MailMessage that caused the actions (on every audit event).
        actor: "agent:local" or "agent:llm:MODEL".
        settings: grace days, dispute SLA, seller name.
        as_of: the message's date: relative dates, SLAs and plan starts count from it.
        log: one entry per tool call: tool, args, ok, result or refusal.
        refusals: short reasons a tool refused (the send policy holds such drafts for a person).
        lock: serializes tool calls; LangGraph runs parallel tool calls in threads, and they
            share one session.
    """

    session: Session
    customer_id: str
    settings: Settings
    message_id: int | None = None
    actor: str = "agent:local"
    as_of: date = field(default_factory=date.today)
    log: list[dict[str, Any]] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False, compare=False)

    @property
    def seller_name(self) -> str:
        """Return the name printed on documents (settings.seller_name if configured)."""
        return str(getattr(self.settings, "seller_name", None) or self.settings.from_name)


def jsonable(value: Any) -> Any:
    """Return value with Decimals and dates as strings, for the model and the audit trail."""
    if isinstance(value, Decimal):
        cents = value.quantize(CENT)
        return str(cents if cents == value else value.normalize())
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    return value


def run_tool(ctx: ToolContext, name: str, args: dict[str, Any], action: Callable[[], Result]) -> Result:
    """Run one tool's action inside a savepoint; log it, audit it, translate ledger errors.

    Another customer's (or an unknown) invoice gives a refusal, anything else the ledger rejects
    an error; both reach the model as a short message and leave the ledger as it was.
    """
    with ctx.lock:
        return _run_locked(ctx, name, jsonable(args), action)


def _run_locked(ctx: ToolContext, name: str, args: dict[str, Any], action: Callable[[], Result]) -> Result:
    savepoint = ctx.session.begin_nested()
    try:
        result = jsonable(action())
        savepoint.commit()
        outcome: Result = {"ok": True, **result}
    except ForeignCustomer as e:
        savepoint.rollback()
        refusal = f"{name} refused: {e}"
        ctx.refusals.append(refusal)
        outcome = {"ok": False, "refused": f"{e}. Only this customer's own invoices can be used."}
    except LedgerError as e:
        savepoint.rollback()
        outcome = {"ok": False, "error": str(e)}
    except BaseException:
        if savepoint.is_active:
            savepoint.rollback()
        raise
    ctx.log.append({"tool": name, "args": args, **outcome})
    audit.record(session=ctx.session, actor=ctx.actor, action=f"tool.{name}", entity="tool",
                 entity_id=name, customer_id=ctx.customer_id, message_id=ctx.message_id,
                 reason=outcome.get("refused") or outcome.get("error"),
                 details={"args": args, "ok": outcome["ok"]})
    log.info("tool %s customer=%s message=%s ok=%s", name, ctx.customer_id, ctx.message_id, outcome["ok"])
    return outcome
