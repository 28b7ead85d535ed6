"""The scripted OpenAI-compatible server itself: the shapes the agent tests of issue 5 rely on."""

from __future__ import annotations

import json
from typing import Any

import openai
import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langchain_core.tools import tool

from agent.config import Settings
from agent.llm import build_chat_model
from tests.llm_server import RecordedRequest, Reply, ScriptedLLMServer

pytest_plugins = ["tests.fixtures_llm"]  # the llm_server fixture


def chat_model(server: ScriptedLLMServer, **kw: Any) -> Any:
    settings = Settings(llm="openai:scripted", OPENAI_API_KEY="k",
                        OPENAI_BASE_URL=server.base_url, llm_timeout_seconds=2, llm_max_retries=0)
    model = build_chat_model(settings)
    return model.model_copy(update=kw) if kw else model


@tool
def get_account(include_paid: bool = False) -> str:
    """Return the current customer's open invoices.

    Args:
        include_paid: also list invoices already paid.
    """
    return json.dumps({"invoices": [{"number": "INV-10023", "open": "4200.00"}]})


def test_raw_openai_client_round_trip(llm_server: ScriptedLLMServer) -> None:
    llm_server.queue(Reply.text("hello"))
    client = openai.OpenAI(base_url=llm_server.base_url, api_key="k", max_retries=0)

    completion = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}])

    assert completion.choices[0].message.content == "hello"
    assert completion.usage is not None and completion.usage.total_tokens == 150
    assert llm_server.requests[0].user_text == "hi"


def test_unscripted_call_fails_fast(llm_server: ScriptedLLMServer) -> None:
    client = openai.OpenAI(base_url=llm_server.base_url, api_key="k", max_retries=3)

    with pytest.raises(openai.BadRequestError, match="no reply queued"):
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert llm_server.unscripted_calls == 1 and llm_server.calls == 1  # 400 is not retried


def test_tool_loop_with_a_responder(llm_server: ScriptedLLMServer) -> None:
    """A responder sees the conversation so far: answer a tool result with the final text."""

    def after_tool(request: RecordedRequest) -> Reply:
        tool_results = [m for m in request.messages if m["role"] == "tool"]
        return Reply.text(f"saw {len(tool_results)} tool result(s)")

    llm_server.queue(Reply.tool_call("get_account", {"include_paid": False}), after_tool)
    model = chat_model(llm_server).bind_tools([get_account])

    first = model.invoke([HumanMessage("What do we owe?")])
    assert isinstance(first, AIMessage) and first.tool_calls[0]["name"] == "get_account"
    call = first.tool_calls[0]
    output = get_account.invoke(call["args"])
    second = model.invoke([HumanMessage("What do we owe?"), first,
                           ToolMessage(output, tool_call_id=call["id"])])

    assert second.content == "saw 1 tool result(s)"
    assert llm_server.requests[0].tool_names == ["get_account"]
    assert [m["role"] for m in llm_server.requests[1].messages] == ["user", "assistant", "tool"]
    assert second.usage_metadata is not None and second.usage_metadata["total_tokens"] == 150


def test_streaming_tool_calls_and_usage(llm_server: ScriptedLLMServer) -> None:
    llm_server.queue(Reply.calls(("get_account", {}), ("get_account", {"include_paid": True})))
    model = chat_model(llm_server, streaming=True, stream_usage=True).bind_tools([get_account])

    message = model.invoke([HumanMessage("Balance?")])

    assert llm_server.requests[0].body["stream"] is True
    assert [c["args"] for c in message.tool_calls] == [{}, {"include_paid": True}]
    assert message.usage_metadata["total_tokens"] == 150


def test_create_agent_loop_is_bounded(llm_server: ScriptedLLMServer) -> None:
    """A model that keeps calling tools is stopped by the agent's model-call limit."""
    from langchain.agents import create_agent
    from langchain.agents.middleware import ModelCallLimitMiddleware

    llm_server.queue(*(Reply.tool_call("get_account", {}) for _ in range(10)))
    agent = create_agent(chat_model(llm_server), tools=[get_account],
                         system_prompt="You are an AR assistant.",
                         middleware=[ModelCallLimitMiddleware(run_limit=3, exit_behavior="end")])

    state = agent.invoke({"messages": [HumanMessage("Loop forever")]})

    assert llm_server.calls == 3
    assert llm_server.requests[0].system_text == "You are an AR assistant."
    assert sum(isinstance(m, ToolMessage) for m in state["messages"]) == 3


def test_create_agent_reaches_a_final_answer(llm_server: ScriptedLLMServer) -> None:
    from langchain.agents import create_agent

    llm_server.queue(Reply.tool_call("get_account", {}), Reply.text("You owe 4,200.00 USD."))
    agent = create_agent(chat_model(llm_server), tools=[get_account])

    state = agent.invoke({"messages": [HumanMessage("What do we owe?")]})

    assert state["messages"][-1].content == "You owe 4,200.00 USD."
    assert "INV-10023" in llm_server.requests[1].messages[-1]["content"]
