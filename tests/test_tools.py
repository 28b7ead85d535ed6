"""The tools: bound to one customer, refusing others' invoices, audited, and injected by LangChain."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from langchain.agents import create_agent
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, ToolMessage
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

import tools
from agent.config import Settings
from agent.ledger.errors import ValidationFailed
from agent.ledger.models import AuditEvent, Customer, Escalation, Promise
from tests.collections_helpers import AS_OF, add_message, seed_ledger
from tests.ledger_helpers import snapshot
from tools import ALL_TOOLS, ToolContext


@pytest.fixture
def ctx(session: Session, settings: Settings) -> ToolContext:
    seed_ledger(session)
    message_id = add_message(session, "C1")
    session.commit()
    return ToolContext(session=session, customer_id="C1", settings=settings, message_id=message_id,
                       actor="agent:test", as_of=AS_OF)


def _without_audit(engine: Engine) -> dict[str, Any]:
    return {name: rows for name, rows in snapshot(engine).items() if name != "auditevent"}


FOREIGN_CALLS: dict[str, Callable[[ToolContext], dict[str, Any]]] = {
    "record_promise": lambda c: tools.record_promise(c, promised_date=date(2026, 11, 27),
                                                     invoice_numbers=["INV-100", "INV-900"]),
    "log_dispute": lambda c: tools.log_dispute(c, invoice_numbers=["INV-900"], reason="pricing"),
    "apply_remittance": lambda c: tools.apply_remittance(c, amount=Decimal("250"), currency="USD",
                                                         invoice_numbers=["INV-900"]),
    "propose_payment_plan": lambda c: tools.propose_payment_plan(c, instalments=3, invoice_numbers=["INV-900"]),
    "attach_documents": lambda c: tools.attach_documents(c, kinds=["invoice_copy"], invoice_numbers=["INV-900"]),
}


@pytest.mark.parametrize("name", sorted(FOREIGN_CALLS))
def test_every_tool_refuses_another_customers_invoice_and_changes_nothing(
        ctx: ToolContext, engine: Engine, name: str) -> None:
    before = _without_audit(engine)
    result = FOREIGN_CALLS[name](ctx)
    ctx.session.commit()
    assert result["ok"] is False and "INV-900" in result["refused"]
    assert "Bolt" not in str(result) and "C2" not in str(result)
    assert len(ctx.refusals) == 1 and ctx.log[-1]["tool"] == name and ctx.log[-1]["ok"] is False
    assert _without_audit(engine) == before
    event = ctx.session.exec(select(AuditEvent).where(AuditEvent.action == f"tool.{name}")).one()
    assert (event.message_id, event.customer_id, event.details["ok"]) == (ctx.message_id, "C1", False)


def test_unknown_and_foreign_invoices_get_the_same_answer(ctx: ToolContext) -> None:
    foreign = tools.log_dispute(ctx, invoice_numbers=["INV-900"], reason="pricing")
    unknown = tools.log_dispute(ctx, invoice_numbers=["INV-999"], reason="pricing")
    assert foreign["refused"].replace("900", "999") == unknown["refused"]


def test_a_failed_action_is_rolled_back_to_its_savepoint(ctx: ToolContext, engine: Engine) -> None:
    before = _without_audit(engine)

    def half_done() -> dict[str, Any]:
        ctx.session.add(Escalation(customer_id="C1", kind="agent", reason="half"))
        ctx.session.flush()
        raise ValidationFailed("second step failed")

    assert tools.run_tool(ctx, "half_done", {}, half_done) == {"ok": False, "error": "second step failed"}
    ctx.session.commit()
    assert _without_audit(engine) == before and ctx.refusals == []


def test_tools_act_on_the_bound_customer_and_audit_with_the_message(ctx: ToolContext) -> None:
    promise = tools.record_promise(ctx, promised_date=date(2026, 11, 27), amount=Decimal("1000"),
                                   currency="usd", invoice_numbers=["INV 100"])
    assert promise["ok"] and promise["invoices"] == ["INV-100"] and promise["hold_until"] == "2026-11-30"
    dispute = tools.log_dispute(ctx, invoice_numbers=["INV-101"], reason="contract_terms",
                                customer_words="we cancelled")
    assert dispute["ok"] and dispute["sla_due"] == "2026-11-30"
    remit = tools.apply_remittance(ctx, amount=Decimal("480.00"), currency="USD", payment_reference="CHK 7")
    assert remit["ok"] and remit["status"] == "applied" and remit["applied"] == [
        {"invoice": "INV-102", "amount": "480.00"}]
    plan = tools.propose_payment_plan(ctx, instalments=12, invoice_numbers=["INV-103"])
    assert plan["ok"] and plan["needs_manager"] is True
    docs = tools.attach_documents(ctx, kinds=["invoice_copy", "proof_of_delivery", "w9"],
                                  invoice_numbers=["INV-103"])
    assert docs["ok"] and [d["kind"] for d in docs["documents"]] == ["invoice_copy"]
    assert docs["missing"] == ["proof_of_delivery for INV-103", "w9"]
    contact = tools.update_contact(ctx, email="jane@acme.example", name="Jane", role="ap", redirect=True)
    assert contact["ok"] and contact["primary"] is True
    assert tools.escalate(ctx, kind="legal_threat", reason="mentions a lawyer")["ok"]
    assert tools.escalate(ctx, kind="whatever", reason="x")["ok"] is False
    account = tools.get_account(ctx)
    assert account["ok"] and account["customer"]["id"] == "C1"
    assert account["balance_by_currency"] == {"USD": "2645.75", "EUR": "900.00"}
    assert [p["invoices"] for p in account["open_promises"]] == [["INV-100"]]
    assert [d["invoices"] for d in account["open_disputes"]] == [["INV-101"]]
    assert account["payment_plan"]["invoices"] == ["INV-103"]
    assert {i["number"]: i["days_past_due"] for i in account["open_invoices"]}["INV-100"] == 80
    ctx.session.commit()
    assert [e["tool"] for e in ctx.log] == ["record_promise", "log_dispute", "apply_remittance",
                                            "propose_payment_plan", "attach_documents", "update_contact",
                                            "escalate", "escalate", "get_account"]
    events = ctx.session.exec(select(AuditEvent)).all()
    assert {e.message_id for e in events} == {ctx.message_id}
    assert {e.customer_id for e in events} == {"C1"}
    assert ctx.refusals == []


def test_no_tool_exposes_a_customer_argument_and_every_argument_is_described() -> None:
    assert [t.name for t in ALL_TOOLS] == ["get_account", "record_promise", "log_dispute", "apply_remittance",
                                           "propose_payment_plan", "attach_documents", "update_contact",
                                           "escalate"]
    for tool in ALL_TOOLS:
        schema = tool.tool_call_schema.model_json_schema()
        assert tool.description
        assert not any("customer" in p and p != "customer_words" for p in schema.get("properties", {}))
        assert "runtime" not in schema.get("properties", {}) and "ctx" not in schema.get("properties", {})
        for name, prop in schema.get("properties", {}).items():
            assert prop.get("description"), f"{tool.name}.{name} has no description"


class ToolCallingFake(GenericFakeChatModel):
    """A scripted chat model that accepts tools (GenericFakeChatModel does not bind them)."""

    def bind_tools(self, tools: Any, **kwargs: Any) -> ToolCallingFake:  # noqa: ARG002
        return self


def test_create_agent_injects_the_context_into_the_tools(ctx: ToolContext) -> None:
    script = iter([
        AIMessage(content="", tool_calls=[
            {"name": "record_promise", "id": "call-1",
             "args": {"promised_date": "2026-11-27", "amount": 250, "currency": "USD",
                      "invoice_numbers": ["INV-101"]}},
            # A model steered by the email tries another customer's invoice and a customer id.
            {"name": "log_dispute", "id": "call-2",
             "args": {"invoice_numbers": ["INV-900"], "reason": "pricing", "customer_id": "C2"}},
        ]),
        AIMessage(content="Thanks, noted your payment for Friday."),
    ])
    agent = create_agent(ToolCallingFake(messages=script), ALL_TOOLS, context_schema=ToolContext,
                         system_prompt="You are an AR assistant.")
    out = agent.invoke({"messages": [{"role": "user", "content": "We'll pay INV-101 on Friday."}]}, context=ctx)
    ctx.session.commit()
    tool_messages = [m for m in out["messages"] if isinstance(m, ToolMessage)]
    assert len(tool_messages) == 2 and "refused" in str(tool_messages[1].content)
    assert out["messages"][-1].content.startswith("Thanks")
    promise = ctx.session.exec(select(Promise)).one()
    assert (promise.customer_id, promise.amount, promise.source_message_id) == ("C1", Decimal("250"), ctx.message_id)
    assert sorted(e["tool"] for e in ctx.log) == ["log_dispute", "record_promise"] and len(ctx.refusals) == 1
    assert ctx.session.get(Customer, "C2") is not None
    assert ctx.session.exec(select(AuditEvent).where(AuditEvent.customer_id == "C2")).all() == []
