"""Invoice copies are real PDFs from the ledger; stored documents and contacts."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlmodel import Session, select

from agent.ledger.cash import match_remittance
from agent.ledger.contacts import active_contacts, mark_bounced, update_contact
from agent.ledger.documents import invoice_copy_pdf, list_documents, safe_filename, store_document
from agent.ledger.errors import ForeignCustomer, ValidationFailed
from agent.ledger.models import AuditEvent, ContactStatus, Customer, Document
from tests.collections_helpers import AS_OF, add_message, invoice, seed_ledger


@pytest.fixture
def ledger(session: Session) -> Session:
    seed_ledger(session)
    return session


def test_invoice_copy_is_a_real_pdf_with_the_ledger_figures(ledger: Session) -> None:
    match_remittance(session=ledger, customer_id="C1", amount=Decimal("103.50"), currency="USD",
                     invoice_numbers=["INV-103"], reference="W1", paid_on=AS_OF, actor="bank")
    message_id = add_message(ledger, "C1")
    customer = ledger.get(Customer, "C1")
    document = invoice_copy_pdf(session=ledger, invoice=invoice(ledger, "INV-103"), customer=customer,
                                seller_name="Northwind Supplies", as_of=AS_OF, actor="agent:test",
                                message_id=message_id)
    ledger.commit()
    assert document.content.startswith(b"%PDF")
    assert (document.kind, document.filename, document.content_type) == (
        "invoice_copy", "invoice-INV-103.pdf", "application/pdf")
    text = PdfReader(io.BytesIO(document.content)).pages[0].extract_text()
    for expected in ("Northwind Supplies", "Acme Corp", "INV-103", "2026-10-15", "USD 1,320.50", "USD 1,217.00"):
        assert expected in text
    again = invoice_copy_pdf(session=ledger, invoice=invoice(ledger, "INV-103"), customer=customer,
                             seller_name="Northwind Supplies", as_of=AS_OF, actor="agent:test")
    assert again.id == document.id  # unchanged figures: the stored copy is reused
    event = ledger.exec(select(AuditEvent).where(AuditEvent.action == "document.rendered")).one()
    assert event.message_id == message_id
    with pytest.raises(ForeignCustomer):
        invoice_copy_pdf(session=ledger, invoice=invoice(ledger, "INV-900"), customer=customer,
                         seller_name="x", as_of=AS_OF, actor="agent:test")


def test_stored_documents_are_listed_for_their_customer_and_invoice(ledger: Session) -> None:
    pod = store_document(session=ledger, customer_id="C1", kind="proof_of_delivery", filename="../../pod 100.pdf",
                         content=b"%PDF-1.4 pod", invoice_number="INV-100", actor="user:ana")
    w9 = store_document(session=ledger, customer_id=None, kind="w9", filename="w9.pdf", content=b"%PDF w9",
                        actor="user:ana")
    store_document(session=ledger, customer_id="C2", kind="statement", filename="s.pdf", content=b"x",
                   actor="user:ana")
    ledger.commit()
    assert pod.filename == "pod_100.pdf" and safe_filename("") == "document"
    assert [d.id for d in list_documents(session=ledger, customer_id="C1")] == [w9.id, pod.id]
    assert list_documents(session=ledger, customer_id="C1", kinds=["proof_of_delivery"],
                          invoice_ids=[invoice(ledger, "INV-101").id]) == []
    with pytest.raises(ForeignCustomer):
        store_document(session=ledger, customer_id="C1", kind="timesheet", filename="t.pdf", content=b"t",
                       invoice_number="INV-900", actor="user:ana")
    with pytest.raises(ValidationFailed):
        store_document(session=ledger, customer_id="C1", kind="selfie", filename="t.pdf", content=b"t",
                       actor="user:ana")
    assert len(ledger.exec(select(Document)).all()) == 3


def test_redirect_portal_note_and_bounce(ledger: Session) -> None:
    message_id = add_message(ledger, "C1")
    new = update_contact(session=ledger, customer_id="C1", email="Payables@Acme.example", name="Payables",
                         role="ap", redirect=True, actor="agent:test", message_id=message_id)
    assert (new.email, new.status, new.is_primary) == ("payables@acme.example", ContactStatus.ACTIVE, True)
    assert [c.email for c in active_contacts(session=ledger, customer_id="C1")][0] == "payables@acme.example"
    portal = update_contact(session=ledger, customer_id="C1", email="acme@coupahost.example", role="portal",
                            note="submit invoices via Coupa", redirect=True, actor="agent:test")
    # An address at a new domain waits for a person; it does not take over the customer's mail.
    assert (portal.status, portal.is_primary) == (ContactStatus.INACTIVE, False)
    assert "pending verification" in (portal.note or "") and "Coupa" in (portal.note or "")
    bounced = mark_bounced(session=ledger, customer_id="C1", email="ap@acme.example", actor="mail")
    ledger.commit()
    assert bounced is not None and bounced.status == ContactStatus.BOUNCED
    assert mark_bounced(session=ledger, customer_id="C1", email="ap@bolt.example", actor="mail") is None
    with pytest.raises(ValidationFailed):
        update_contact(session=ledger, customer_id="C1", email="not an address", actor="agent:test")
