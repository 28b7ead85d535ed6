"""Supporting documents: stored ones (proof of delivery, timesheets, W-9...) and invoice copies."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Session, col, select

from agent.ledger import audit
from agent.ledger.customers import open_balance
from agent.ledger.errors import ForeignCustomer, ValidationFailed
from agent.ledger.models import Customer, Document, Invoice
from agent.ledger.scoping import customer_invoices, require_customer

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class DocumentKind(StrEnum):
    INVOICE_COPY = "invoice_copy"
    PROOF_OF_DELIVERY = "proof_of_delivery"
    TIMESHEET = "timesheet"
    STATEMENT = "statement"
    W9 = "w9"
    BANK_LETTER = "bank_letter"


def _kind(kind: str) -> DocumentKind:
    try:
        return DocumentKind(kind.strip().lower())
    except ValueError as e:
        raise ValidationFailed(f"unknown document kind {kind!r}; one of "
                               f"{', '.join(k.value for k in DocumentKind)}") from e


def safe_filename(name: str) -> str:
    """Return a filename without paths or odd characters, never empty."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return (_UNSAFE.sub("_", base).strip("._") or "document")[:255]


def store_document(
    *,
    session: Session,
    customer_id: str | None,
    kind: str,
    filename: str,
    content: bytes,
    content_type: str = "application/pdf",
    invoice_number: str | None = None,
    actor: str,
    message_id: int | None = None,
) -> Document:
    """Store a supporting document for a customer (and one of its invoices), or for everyone.

    A document without a customer (e.g. the seller's W-9 or bank letter) serves every customer.
    """
    document_kind = _kind(kind)
    if not content:
        raise ValidationFailed("a document cannot be empty")
    if len(content) > MAX_DOCUMENT_BYTES:
        raise ValidationFailed(f"a document may have at most {MAX_DOCUMENT_BYTES} bytes")
    invoice_id = None
    if invoice_number:
        if customer_id is None:
            raise ValidationFailed("a document for an invoice needs the invoice's customer")
        (invoice,) = customer_invoices(session=session, customer_id=customer_id, numbers=[invoice_number])
        invoice_id = invoice.id
    elif customer_id is not None:
        require_customer(session=session, customer_id=customer_id)
    document = Document(customer_id=customer_id, invoice_id=invoice_id, kind=document_kind.value,
                        filename=safe_filename(filename), content_type=content_type[:120],
                        content=content)
    session.add(document)
    session.flush()
    audit.record(session=session, actor=actor, action="document.stored", entity="document",
                 entity_id=document.id, customer_id=customer_id, message_id=message_id,
                 details={"kind": document_kind.value, "filename": document.filename,
                          "invoice": invoice_number, "bytes": len(content)})
    return document


def list_documents(
    *,
    session: Session,
    customer_id: str,
    kinds: Collection[str] | None = None,
    invoice_ids: Collection[int] | None = None,
) -> Sequence[Document]:
    """Return the customer's documents and the shared ones (no customer), newest first.

    With invoice_ids, documents tied to another invoice are left out; those tied to none stay.
    """
    query = (select(Document)
             .where(sa.or_(col(Document.customer_id) == customer_id, col(Document.customer_id).is_(None)))
             .order_by(col(Document.id).desc()))
    if kinds is not None:
        query = query.where(col(Document.kind).in_([_kind(k).value for k in kinds]))
    if invoice_ids is not None:
        query = query.where(sa.or_(col(Document.invoice_id).in_(list(invoice_ids)),
                                   col(Document.invoice_id).is_(None)))
    return session.exec(query).all()


def invoice_copy_pdf(
    *,
    session: Session,
    invoice: Invoice,
    customer: Customer,
    seller_name: str,
    as_of: date,
    actor: str,
    message_id: int | None = None,
) -> Document:
    """Render the invoice copy from the ledger as PDF and store it (reused if unchanged)."""
    if invoice.customer_id != customer.id:
        raise ForeignCustomer(f"invoice {invoice.number} is not customer {customer.id}'s")
    from agent.render.invoice_pdf import InvoiceCopy, render_invoice_pdf  # fpdf loads slowly

    content = render_invoice_pdf(InvoiceCopy(
        seller_name=seller_name, customer_name=customer.name, customer_id=customer.id,
        number=invoice.number, po_number=invoice.po_number, issue_date=invoice.issue_date,
        due_date=invoice.due_date, currency=invoice.currency, amount=invoice.amount,
        paid_amount=invoice.paid_amount, open_balance=open_balance(invoice),
        status=str(invoice.status), as_of=as_of))
    latest = session.exec(select(Document).where(
        Document.invoice_id == invoice.id, Document.kind == DocumentKind.INVOICE_COPY.value)
        .order_by(col(Document.id).desc())).first()
    if latest is not None and latest.content == content:
        return latest
    document = Document(customer_id=customer.id, invoice_id=invoice.id,
                        kind=DocumentKind.INVOICE_COPY.value,
                        filename=safe_filename(f"invoice-{invoice.number}.pdf"),
                        content_type="application/pdf", content=content)
    session.add(document)
    session.flush()
    audit.record(session=session, actor=actor, action="document.rendered", entity="document",
                 entity_id=document.id, customer_id=customer.id, message_id=message_id,
                 details={"kind": DocumentKind.INVOICE_COPY.value, "invoice": invoice.number,
                          "bytes": len(content)})
    return document
