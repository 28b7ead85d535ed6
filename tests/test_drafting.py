"""Drafting, the draft guard and the send policy, table-driven against a real ledger."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from agent import draft_guard, drafting, send_policy
from agent.drafting import Step
from agent.triage.result import Intent, TriageResult
from tests.test_pipeline import seed_ledger


@pytest.fixture
def db(engine: Engine) -> Session:
    with Session(engine, expire_on_commit=False) as s:
        seed_ledger(s)
        yield s


@pytest.mark.parametrize(("triage", "customer", "expected"), [
    ("es", "en", "es"), ("it", "fr", "fr"), (None, "de", "de"), ("ja", None, "en"),
    ("PT", None, "pt"), ("nl", "en", "nl"), (None, None, "en"),
])
def test_language_is_triage_then_customer_then_english(triage: str | None, customer: str | None,
                                                       expected: str) -> None:
    assert drafting.choose_language(triage, customer) == expected


@pytest.mark.parametrize(("original", "expected"), [
    ("Payment reminder INV-10001", "Re: Payment reminder INV-10001"),
    ("RE: Re: AW: Payment reminder", "Re: Payment reminder"),
    ("Re:\r\n Bcc: evil@example.org", "Re: Bcc: evil@example.org"),
    ("", "Re: your message"),
])
def test_subject_is_re_once_on_one_line(original: str, expected: str) -> None:
    assert drafting.reply_subject(original) == expected


@pytest.mark.parametrize(("sender", "expected"), [
    ("bob@acme.example", ["bob@acme.example"]),          # a contact: answer them
    ("BOB@ACME.EXAMPLE", ["bob@acme.example"]),
    ("someone@acme.example", ["jane@acme.example"]),     # a colleague not on file: the primary
    ("attacker@evil.example", ["jane@acme.example"]),    # never an address not on file
    (None, ["jane@acme.example"]),
])
def test_recipients_are_always_the_customers_contacts(db: Session, sender: str | None,
                                                      expected: list[str]) -> None:
    assert drafting.choose_recipients(session=db, customer_id="C1", sender=sender) == expected


STEPS = {
    Intent.PROMISE_TO_PAY: Step(Intent.PROMISE_TO_PAY, "record_promise",
                                {"promised_date": "2026-12-04", "amount": None, "currency": None},
                                {"ok": True, "invoices": ["INV-10001"], "promised_date": "2026-12-04"}),
    Intent.DISPUTE: Step(Intent.DISPUTE, "log_dispute", {"invoice_numbers": ["INV-10002"]},
                         {"ok": True, "invoices": ["INV-10002"], "sla_due": "2026-12-05"}),
    Intent.REMITTANCE: Step(Intent.REMITTANCE, "apply_remittance",
                            {"amount": "4200.00", "currency": "USD", "payment_reference": "CHK 4471"},
                            {"ok": True, "status": "applied", "unapplied": "0.00",
                             "applied": [{"invoice": "INV-10001", "amount": "4200.00"}]}),
    Intent.PAYMENT_PLAN_REQUEST: Step(Intent.PAYMENT_PLAN_REQUEST, "propose_payment_plan",
                                      {"instalments": 2, "invoice_numbers": ["INV-10001"]},
                                      {"ok": True, "within_policy": True, "currency": "USD",
                                       "invoices": ["INV-10001"],
                                       "schedule": [{"due_date": "2026-12-01", "amount": "2100.00"},
                                                    {"due_date": "2026-12-31", "amount": "2100.00"}]}),
    Intent.DOCUMENT_REQUEST: Step(Intent.DOCUMENT_REQUEST, "attach_documents", {"kinds": ["invoice_copy", "w9"]},
                                  {"ok": True, "documents": [{"id": 5, "kind": "invoice_copy",
                                                              "filename": "INV-10001.pdf"}],
                                   "missing": ["w9"]}),
    Intent.REDIRECT: Step(Intent.REDIRECT, "update_contact", {"email": "bob@acme.example"},
                          {"ok": True, "email": "bob@acme.example", "verified": True}),
    Intent.OTHER: Step(Intent.OTHER),
}
PHRASES = {
    "en": ["recorded your promise", "December 4, 2026", "logged your dispute", "$4,200.00",
           "applied it to INV-10001", "payment plan", "INV-10001.pdf", "W-9", "bob@acme.example"],
    "de": ["Zahlungszusage", "4. Dezember 2026", "Beanstandung", "4.200,00 $", "Ratenplan"],
    "es": ["compromiso de pago", "4 de diciembre de 2026", "reclamación", "4.200,00 US$", "plan de pagos"],
    "fr": ["engagement de paiement", "4 décembre 2026", "contestation", "échéancier"],
    "pt": ["compromisso de pagamento", "4 de dezembro de 2026", "contestação", "plano de pagamentos"],
    "nl": ["betalingstoezegging", "4 december 2026", "bezwaar", "betalingsregeling"],
}


@pytest.mark.parametrize("language", sorted(PHRASES))
def test_every_intent_renders_in_every_language_and_passes_the_guard(db: Session, language: str) -> None:
    reply = drafting.render_local_reply(session=db, customer_id="C1", steps=list(STEPS.values()),
                                        language=language, subject="Re: reminder", greeting="Jane",
                                        sender_name="Accounts Receivable")
    assert reply is not None and reply.attachment_document_ids == [5]
    body = reply.body.replace("\u202f", " ").replace("\xa0", " ")
    for phrase in PHRASES[language]:
        assert phrase in body, (language, phrase, reply.body)
    assert "{{" not in reply.body and "None" not in reply.body
    actions = [s.result for s in STEPS.values() if s.result]
    facts = draft_guard.gather_facts(session=db, customer_id="C1", actions=actions)
    assert draft_guard.check_draft(session=db, facts=facts, to_addrs=["jane@acme.example"],
                                   cc_addrs=[], subject=reply.subject, body=reply.body) == []


CLEAN = "Dear Jane,\n\nWe have recorded your promise to pay INV-10001 ($4,200.00).\n\nKind regards"


@pytest.mark.parametrize(("to", "subject", "body", "problem"), [
    (["jane@acme.example"], "Re: x", CLEAN, None),
    (["attacker@evil.example"], "Re: x", CLEAN, "not an active contact"),
    (["buchhaltung@globex.example"], "Re: x", CLEAN, "not an active contact"),
    (["jane@acme.example\r\nBcc: x@evil.example"], "Re: x", CLEAN, "not a valid address"),
    (["jane@acme.example"], "Re: x\r\nBcc: x@evil.example", CLEAN, "line break"),
    (["jane@acme.example"], "Re: x", CLEAN + "\nAlso INV-20001 is open.", "another customer"),
    (["jane@acme.example"], "Re: x", CLEAN + "\nGlobex Handels GmbH owes €9,999.99.", "another customer"),
    (["jane@acme.example"], "Re: x", CLEAN + "\nTotal due: $12,345.67", "amount"),
    (["jane@acme.example"], "Re: x", CLEAN + "\nPay here: https://evil.example/pay", "link"),
    (["jane@acme.example"], "Re: x", CLEAN + "\nSee www.evil.example", "link"),
    (["jane@acme.example"], "Re: x", CLEAN + "\nInvoice INV-99999 too.", "not an invoice of customer"),
    (["jane@acme.example"], "Re: x", CLEAN + "\nBalance: 5.450,50 USD", None),  # 4200 + 1250.50
])
def test_guard(db: Session, to: list[str], subject: str, body: str, problem: str | None) -> None:
    facts = draft_guard.gather_facts(session=db, customer_id="C1")
    problems = draft_guard.check_draft(session=db, facts=facts, to_addrs=to, cc_addrs=[],
                                       subject=subject, body=body)
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems


def test_guard_allows_links_on_the_allow_list(db: Session) -> None:
    facts = draft_guard.gather_facts(session=db, customer_id="C1", allowed_link_domains=["pay.example.com"])
    body = CLEAN + "\nPay online at https://pay.example.com/acme"
    assert draft_guard.check_draft(session=db, facts=facts, to_addrs=["jane@acme.example"],
                                   cc_addrs=[], subject="Re: x", body=body) == []


def _triage(**kw: object) -> TriageResult:
    return TriageResult(**({"intent": Intent.PROMISE_TO_PAY, "confidence": 0.95} | kw))  # type: ignore[arg-type]


@pytest.mark.parametrize(("triage", "rules", "kw", "auto"), [
    (_triage(), {}, {}, False),                                        # nothing allowed by default
    (_triage(), {"promise_to_pay": 0.9}, {}, True),
    (_triage(confidence=0.8), {"promise_to_pay": 0.9}, {}, False),
    (_triage(), {"dispute": 0.5}, {}, False),
    (_triage(injection_suspected=True), {"promise_to_pay": 0.5}, {}, False),
    (_triage(needs_review=True), {"promise_to_pay": 0.5}, {}, False),  # llm and local disagree
    (_triage(), {"promise_to_pay": 0.5}, {"refusals": ["refused"]}, False),
    (_triage(), {"promise_to_pay": 0.5}, {"guard_problems": ["link"]}, False),
    (_triage(), {"promise_to_pay": 0.5}, {"customer_manual": True}, False),
    (_triage(intent=Intent.AUTO_REPLY), {"auto_reply": 0.1}, {}, False),
    (_triage(intent=Intent.BOUNCE), {"bounce": 0.1}, {}, False),
])
def test_send_policy(triage: TriageResult, rules: dict[str, float], kw: dict[str, object], auto: bool) -> None:
    assert send_policy.decide(triage=triage, rules=rules, **kw).auto_send is auto  # type: ignore[arg-type]


def test_no_reply_for_auto_replies_and_bounces() -> None:
    assert not send_policy.wants_reply(_triage(intent=Intent.AUTO_REPLY))
    assert not send_policy.wants_reply(_triage(intent=Intent.BOUNCE))
    assert send_policy.wants_reply(_triage(intent=Intent.OTHER))


def test_amounts_parse_in_every_locale() -> None:
    for text in ("4,200.00", "4.200,00", "4\u202f200,00", "4 200,00", "4200.00", "4200"):
        assert draft_guard.parse_amount(text) == Decimal("4200.00"), text
