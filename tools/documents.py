"""The attach_documents tool: invoice copies rendered from the ledger, and stored documents."""

from __future__ import annotations

from collections.abc import Sequence

from agent.ledger import documents
from agent.ledger.models import Document, Invoice
from agent.ledger.scoping import customer_invoices, open_invoices, require_customer
from tools.context import Result, ToolContext, run_tool

PER_INVOICE_KINDS = {"invoice_copy", "proof_of_delivery", "timesheet"}
MAX_COPIES = 10


def attach_documents(ctx: ToolContext, *, kinds: Sequence[str], invoice_numbers: Sequence[str] = ()) -> Result:
    """Find or render the documents asked for; return their ids and what is missing."""
    def action() -> Result:
        customer = require_customer(session=ctx.session, customer_id=ctx.customer_id)
        invoices = (customer_invoices(session=ctx.session, customer_id=ctx.customer_id,
                                      numbers=invoice_numbers)
                    or open_invoices(session=ctx.session, customer_id=ctx.customer_id)[:MAX_COPIES])
        found: list[Document] = []
        missing: list[str] = []
        for kind in dict.fromkeys(k.strip().lower() for k in kinds):
            if kind == documents.DocumentKind.INVOICE_COPY:
                found += [documents.invoice_copy_pdf(
                    session=ctx.session, invoice=i, customer=customer, seller_name=ctx.seller_name,
                    as_of=ctx.as_of, actor=ctx.actor, message_id=ctx.message_id) for i in invoices]
            elif kind in PER_INVOICE_KINDS:
                got, lacking = _per_invoice(ctx, kind, invoices)
                found += got
                missing += lacking
            else:
                stored = documents.list_documents(session=ctx.session, customer_id=ctx.customer_id,
                                                  kinds=[kind])
                if stored:
                    found.append(stored[0])
                else:
                    missing.append(kind)
        return {"documents": [{"id": d.id, "kind": d.kind, "filename": d.filename} for d in found],
                "missing": missing}
    return run_tool(ctx, "attach_documents", {"kinds": list(kinds), "invoice_numbers": list(invoice_numbers)},
                    action)


def _per_invoice(ctx: ToolContext, kind: str, invoices: list[Invoice]) -> tuple[list[Document], list[str]]:
    stored = documents.list_documents(session=ctx.session, customer_id=ctx.customer_id, kinds=[kind],
                                      invoice_ids=[i.id for i in invoices if i.id is not None])
    newest: dict[int | None, Document] = {}
    for document in stored:  # newest first
        newest.setdefault(document.invoice_id, document)
    found: list[Document] = []
    missing: list[str] = []
    for invoice in invoices:
        match = newest.get(invoice.id) or newest.get(None)
        if match is None:
            missing.append(f"{kind} for {invoice.number}")
        elif match not in found:
            found.append(match)
    return found, missing
