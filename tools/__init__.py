"""LangChain tools over the ledger, bound to one customer through an injected ToolContext.

The implementation functions take the ToolContext first and return small JSON-able dicts; the
local policy calls them directly, and ALL_TOOLS wraps them for a LangChain agent.
"""

from tools.account import get_account
from tools.actions import (
    apply_remittance,
    escalate,
    log_dispute,
    propose_payment_plan,
    record_promise,
    update_contact,
)
from tools.context import ToolContext, run_tool
from tools.documents import attach_documents


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    # LangChain costs about two seconds to import: load the wrappers only when an agent asks.
    if name == "ALL_TOOLS":
        from tools.langchain_tools import ALL_TOOLS

        return ALL_TOOLS
    raise AttributeError(name)


__all__ = [
    "ALL_TOOLS", "ToolContext", "apply_remittance", "attach_documents", "escalate", "get_account",
    "log_dispute", "propose_payment_plan", "record_promise", "run_tool", "update_contact",
]
