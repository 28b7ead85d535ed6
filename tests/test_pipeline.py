"""The whole loop in local mode: a stored reply → triage → tools → a pending draft (or none)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from agent.config import Settings
from agent.ledger.models import (
    Contact,
    Customer,
    Dispute,
    DisputeInvoice,
    Draft,
    Invoice,
    MailMessage,
    MessageStatus,
    Payment,
    PaymentPlan,
    Promise,
)
from agent.pipeline import ProcessOutcome, process_message, process_pending
from agent.triage.directory import load_directory
from agent.triage.local import LocalTriage
from agent.triage.result import Intent, TriageResult

WHEN = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)  # a Wednesday


def seed_ledger(session: Session) -> None:
    """Three customers in three languages, each with its own contacts and invoices."""
    session.add_all([
        Customer(id="C1", name="Acme Logistics", language="en"),
        Customer(id="C2", name="Globex Handels GmbH", language="de"),
        Customer(id="C3", name="Iberia Foods", language="es"),
    ])
    session.flush()
    session.add_all([
        Contact(customer_id="C1", email="jane@acme.example", name="Jane Miller", is_primary=True),
        Contact(customer_id="C1", email="bob@acme.example", name="Bob Stone"),
        Contact(customer_id="C2", email="buchhaltung@globex.example", name="Anna Weber", is_primary=True),
        Contact(customer_id="C3", email="pagos@iberia.example", name="Lucía Pérez", is_primary=True),
    ])
    rows = [("INV-10001", "C1", "4200.00", "USD"), ("INV-10002", "C1", "1250.50", "USD"),
            ("INV-20001", "C2", "9999.99", "EUR"), ("INV-20002", "C2", "777.00", "EUR"),
            ("INV-30001", "C3", "3000.00", "EUR")]
    for number, customer, amount, currency in rows:
        session.add(Invoice(number=number, customer_id=customer, issue_date=date(2026, 9, 1),
                            due_date=date(2026, 10, 1), currency=currency, amount=Decimal(amount)))
    session.commit()


def raw_email(*, sender: str, subject: str, body: str, html: str | None = None,
              attachments: Sequence[tuple[str, bytes]] = (), in_reply_to: str | None = None,
              headers: dict[str, str] | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "ar@example.com"
    message["Subject"] = subject
    message["Date"] = format_datetime(WHEN)
    message["Message-ID"] = make_msgid(domain="customer.example")
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    if html is not None:
        message.add_alternative(html, subtype="html")
    for filename, data in attachments:
        message.add_attachment(data, maintype="application", subtype="pdf", filename=filename)
    return message.as_bytes()


def store(session: Session, raw: bytes, sender: str, subject: str) -> MailMessage:
    from email import message_from_bytes

    message_id = message_from_bytes(raw)["Message-ID"]
    row = MailMessage(direction="in", message_id_header=message_id, sha256=hashlib.sha256(raw).hexdigest(),
                      raw=raw, size=len(raw), from_addr=sender, subject=subject, sent_at=WHEN,
                      status=MessageStatus.NEW)
    session.add(row)
    session.commit()
    return row


@pytest.fixture
def ledger(engine: Engine) -> Engine:
    with Session(engine) as s:
        seed_ledger(s)
    return engine


@pytest.fixture(scope="module")
def local_triage() -> LocalTriage:
    return LocalTriage()


def run(session: Session, settings: Settings, triage: LocalTriage, *, sender: str, subject: str,
        body: str, **kw: object) -> tuple[ProcessOutcome, Draft | None]:
    message = store(session, raw_email(sender=sender, subject=subject, body=body, **kw), sender, subject)
    outcome = process_message(session=session, message=message, settings=settings,
                              triage_engine=triage, directory=load_directory(session))
    session.commit()
    draft = session.get(Draft, outcome.draft_id) if outcome.draft_id else None
    return outcome, draft


def test_promise_records_and_drafts_in_english(ledger: Engine, settings: Settings, local_triage: LocalTriage) -> None:
    with Session(ledger, expire_on_commit=False) as s:
        outcome, draft = run(s, settings, local_triage, sender="jane@acme.example",
                             subject="Re: Payment reminder INV-10001",
                             body="Hi, we will pay invoice INV-10001 on Friday, December 4. Thanks, Jane")
        assert outcome.intent == "promise_to_pay", outcome
        promise = s.exec(select(Promise)).one()
        assert promise.customer_id == "C1" and promise.promised_date == date(2026, 12, 4)
        assert draft is not None and draft.status == "pending" and draft.language == "en"
        assert draft.to_addrs == ["jane@acme.example"]
        assert draft.subject == "Re: Payment reminder INV-10001"
        assert "recorded your promise" in draft.body and "INV-10001" in draft.body
        assert "December 4, 2026" in draft.body and "Dear Jane" in draft.body
        assert any(a["tool"] == "record_promise" for a in draft.actions)
        print(draft.body)


class FixedTriage:
    """A triage engine that answers what the test says (isolates acting and drafting)."""

    def __init__(self, **fields: object) -> None:
        self.fields = {"intent": Intent.PROMISE_TO_PAY, "confidence": 0.95, "language": "en"} | fields

    def triage(self, parsed: object, directory: object) -> TriageResult:
        return TriageResult(**self.fields)  # type: ignore[arg-type]


def process(session: Session, settings: Settings, engine: object, *, sender: str, subject: str,
            body: str, agent: object = None, **kw: object) -> tuple[ProcessOutcome, Draft | None]:
    """Store a reply from sender and process it; return the outcome and the draft."""
    message = store(session, raw_email(sender=sender, subject=subject, body=body, **kw), sender, subject)
    outcome = process_message(session=session, message=message, settings=settings,
                              triage_engine=engine, directory=load_directory(session),  # type: ignore[arg-type]
                              agent=agent)  # type: ignore[arg-type]
    session.commit()
    draft = session.get(Draft, outcome.draft_id) if outcome.draft_id else None
    return outcome, draft


def test_promise_end_to_end_local(ledger: Engine, settings: Settings, local_triage: LocalTriage) -> None:
    with Session(ledger, expire_on_commit=False) as s:
        outcome, draft = process(s, settings, local_triage, sender="jane@acme.example",
                                 subject="Re: Payment reminder INV-10001",
                                 body="Hi, we will pay invoice INV-10001 on Friday, December 4. Thanks, Jane")
        assert outcome.intent == "promise_to_pay", outcome
        assert s.exec(select(Promise)).one().customer_id == "C1"
        assert draft is not None and draft.language == "en"


CASES = [
    # (sender, subject, body, intent, language, check)
    ("buchhaltung@globex.example", "AW: Zahlungserinnerung INV-20001",
     "Guten Tag, die Rechnung INV-20001 ist falsch: der vereinbarte Preis war niedriger. Wir "
     "widersprechen der Rechnung. Mit freundlichen Grüßen, Anna Weber", "dispute", "de", "dispute"),
    ("pagos@iberia.example", "RE: Recordatorio de pago INV-30001",
     "Buenos días, ya hemos pagado la factura INV-30001 por 3.000,00 EUR mediante transferencia "
     "ayer, referencia TRF-5521. Saludos, Lucía", "remittance", "es", "payment"),
    ("jane@acme.example", "Re: Payment reminder",
     "Hi, could you please send us a copy of invoice INV-10002? We cannot find it. Thanks, Jane",
     "document_request", "en", "document"),
    ("bob@acme.example", "Re: Payment reminder",
     "Hello, we are short on cash this quarter. Could we pay the balance in 3 monthly "
     "instalments? Regards, Bob", "payment_plan_request", "en", "plan"),
    ("jane@acme.example", "Re: Payment reminder",
     "Hi, I have left the finance team. Please send invoices to bob@acme.example from now on. Jane",
     "redirect", "en", "contact"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[3] for c in CASES])
def test_each_intent_end_to_end_local(ledger: Engine, settings: Settings, local_triage: LocalTriage,
                                      case: tuple[str, str, str, str, str, str]) -> None:
    sender, subject, body, intent, language, check = case
    with Session(ledger, expire_on_commit=False) as s:
        outcome, draft = process(s, settings, local_triage, sender=sender, subject=subject, body=body)
        assert outcome.intent == intent, (outcome, s.get(MailMessage, outcome.message_id).triage)
        assert draft is not None and draft.status == "pending" and draft.language == language
        assert draft.to_addrs == [sender]
        customer = draft.customer_id
        match check:
            case "dispute":
                dispute = s.exec(select(Dispute)).one()
                assert dispute.customer_id == customer
                assert [d.invoice_id for d in s.exec(select(DisputeInvoice))] == [
                    s.exec(select(Invoice).where(Invoice.number == "INV-20001")).one().id]
            case "payment":
                payment = s.exec(select(Payment)).one()
                assert payment.customer_id == customer and payment.amount == Decimal("3000.00")
                assert s.exec(select(Invoice).where(Invoice.number == "INV-30001")).one().status == "paid"
            case "document":
                assert draft.attachment_document_ids
            case "plan":
                assert s.exec(select(PaymentPlan)).one().customer_id == customer
            case "contact":
                assert any(a["tool"] == "update_contact" for a in draft.actions)
        assert draft.subject.startswith("Re: ") and draft.subject.count(":") == 1


def test_auto_replies_and_bounces_get_no_draft(ledger: Engine, settings: Settings, local_triage: LocalTriage) -> None:
    with Session(ledger, expire_on_commit=False) as s:
        outcome, draft = process(s, settings, local_triage, sender="jane@acme.example",
                                 subject="Automatic reply: Payment reminder",
                                 body="I am out of the office until Monday with limited access to email.",
                                 headers={"Auto-Submitted": "auto-replied"})
        assert outcome.intent == "auto_reply" and draft is None
        assert s.exec(select(Draft)).all() == []


def test_a_failing_message_is_flagged_not_lost(ledger: Engine, settings: Settings,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import agent.policy

    def boom(**_kw: object) -> None:
        raise RuntimeError("tool exploded")

    monkeypatch.setattr(agent.policy, "act", boom)
    with Session(ledger, expire_on_commit=False) as s:
        outcome, draft = process(s, settings, FixedTriage(), sender="jane@acme.example",
                                 subject="Reminder", body="We will pay Friday.")
        message = s.get(MailMessage, outcome.message_id)
        assert draft is None and message.status == "flagged" and "tool exploded" in (message.error or "")
        assert message.triage and message.triage["intent"] == "promise_to_pay"


def test_process_pending_runs_every_new_message(ledger: Engine, settings: Settings) -> None:
    with Session(ledger, expire_on_commit=False) as s:
        for sender in ("jane@acme.example", "stranger@nowhere.example"):
            store(s, raw_email(sender=sender, subject="Re: reminder", body="We will pay INV-10001 Friday."),
                  sender, "Re: reminder")
    report = process_pending(settings, ledger, triage_engine=FixedTriage(invoice_numbers=["INV-10001"]))
    assert report.processed == 2 and report.unmatched == 1 and report.failed == 0
    with Session(ledger) as s:
        assert len(s.exec(select(Draft)).all()) == 1
        assert {m.status for m in s.exec(select(MailMessage))} == {"processed", "unmatched"}
