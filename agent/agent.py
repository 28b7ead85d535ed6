"""The LLM collections agent (ARBOT_LLM=openai:MODEL): LangChain `create_agent` over the tools.

The customer's email is fenced as untrusted data; the customer is fixed in code through the
injected ToolContext; model and tool calls are bounded by middleware; the final answer is a
structured `DraftAnswer`. Anything else (a limit hit, no final answer, an API failure) raises
`AgentFailed`, and the pipeline falls back to the local policy: the message is never lost.
"""

from __future__ import annotations

import logging
import secrets
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from agent.triage.llm_answer import MAX_BODY_CHARS, neutralize
from agent.triage.result import TriageResult
from prompts.env import render

if TYPE_CHECKING:
    from agent.config import Settings
    from agent.llm import ChatModel
    from agent.mail.parse import ParsedMessage
    from tools.context import ToolContext

log = logging.getLogger(__name__)



class AgentFailed(Exception):
    """The agent gave no usable final draft (limit reached, no answer, model error)."""


class DraftAnswer(BaseModel):
    """The reply email to the customer, written after the actions are done."""

    subject: str = Field(default="", description="Subject line; the system threads it as 'Re: ...'.")
    body: str = Field(description="The full plain-text email body, greeting to signature.")
    language: str = Field(description="ISO 639-1 code of the language the body is written in.")
    needs_reply: bool = Field(default=True, description="False when the message needs no reply.")
    to_addrs: list[str] = Field(default_factory=list,
                                description="Leave empty to reply to the customer's contact on file.")
    attachment_document_ids: list[int] = Field(
        default_factory=list, description="Ids of documents returned by attach_documents to attach.")


class CollectionsAgent:
    """A compiled LangChain agent plus the limits it runs under."""

    def __init__(self, graph: Any, *, label: str, max_model_calls: int) -> None:
        self.graph = graph
        self.label = label
        self.max_model_calls = max_model_calls

    def run(
        self,
        *,
        ctx: ToolContext,
        parsed: ParsedMessage,
        triage: TriageResult,
        customer_name: str,
        language: str,
    ) -> DraftAnswer:
        """Act on one message and return the reply draft; raise AgentFailed otherwise."""
        from langchain_core.messages import HumanMessage

        user = user_message(parsed=parsed, triage=triage, customer_name=customer_name,
                            language=language)
        try:
            state = self.graph.invoke(
                {"messages": [HumanMessage(user)]}, context=ctx,
                config={"recursion_limit": 4 * self.max_model_calls + 4},
            )
        except Exception as e:  # noqa: BLE001 - any failure falls back to the local policy
            raise AgentFailed(f"{type(e).__name__}: {str(e)[:300]}") from e
        answer = state.get("structured_response")
        if not isinstance(answer, DraftAnswer):
            raise AgentFailed("the agent gave no final draft (step limit reached or no answer)")
        return answer


def user_message(*, parsed: ParsedMessage, triage: TriageResult, customer_name: str,
                 language: str, fence_id: str | None = None) -> str:
    """Return the user message: facts from our systems, then the email fenced as data."""
    body = (parsed.new_text or parsed.text or "").strip()
    if len(body) > MAX_BODY_CHARS:
        body = body[:MAX_BODY_CHARS] + "\n[... truncated]"
    names = [neutralize(" ".join((a.filename or "").split())) for a in parsed.attachments if a.filename]
    return render(
        "agent_user.j2",
        fence_id=fence_id or secrets.token_hex(6),
        customer_name=neutralize(customer_name),
        language=language,
        date_header=parsed.date.isoformat() if parsed.date else "unknown",
        intent=str(triage.intent),
        secondary=[str(i) for i in triage.secondary],
        invoice_numbers=triage.invoice_numbers,
        promised_date=triage.promised_date.isoformat() if triage.promised_date else "",
        amount=str(triage.amount) if triage.amount is not None else "",
        currency=triage.currency or "",
        sender=neutralize(" ".join((parsed.from_addr or "unknown").split())),
        subject=neutralize(" ".join(parsed.subject.split())),
        attachments=names,
        body=neutralize(body),
    )


def build_agent(settings: Settings, model: ChatModel) -> CollectionsAgent:
    """Build the agent: the tools, the system prompt, the context schema and the call limits."""
    from langchain.agents import create_agent
    from langchain.agents.middleware import ModelCallLimitMiddleware, ToolCallLimitMiddleware
    from langchain.agents.structured_output import ToolStrategy

    from tools import ALL_TOOLS
    from tools.context import ToolContext

    max_model_calls = settings.agent_max_model_calls
    max_tool_calls = settings.agent_max_tool_calls
    system = render("agent_system.j2", seller_name=settings.from_name, max_tool_calls=max_tool_calls)
    graph = create_agent(
        model,
        tools=ALL_TOOLS,
        system_prompt=system,
        context_schema=ToolContext,
        response_format=ToolStrategy(DraftAnswer),
        # The limit middlewares extend the agent state with counters; langchain's generics
        # cannot express that variance, hence the ignores.
        middleware=[
            ModelCallLimitMiddleware(run_limit=max_model_calls, exit_behavior="end"),  # type: ignore[list-item]
            ToolCallLimitMiddleware(run_limit=max_tool_calls, exit_behavior="end"),  # type: ignore[list-item]
        ],
    )
    return CollectionsAgent(graph, label=f"agent:llm:{settings.llm.partition(':')[2] or 'model'}",
                            max_model_calls=max_model_calls)
