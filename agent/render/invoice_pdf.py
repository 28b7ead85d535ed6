"""Render an invoice copy as PDF with fpdf2, from ledger figures only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from fpdf import FPDF

# A Unicode font when the system has one (customer names are not all Latin-1).
UNICODE_FONTS = (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                 Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))


@dataclass(frozen=True)
class InvoiceCopy:
    """What an invoice copy shows."""

    seller_name: str
    customer_name: str
    customer_id: str
    number: str
    issue_date: date
    due_date: date
    currency: str
    amount: Decimal
    paid_amount: Decimal
    open_balance: Decimal
    status: str
    as_of: date
    po_number: str | None = None


def _money(value: Decimal, currency: str) -> str:
    return f"{currency} {value:,.2f}"


def _fonts(pdf: FPDF) -> tuple[str, bool]:
    """Register a Unicode font if present; return (family, unicode)."""
    regular, bold = UNICODE_FONTS
    if regular.exists() and bold.exists():
        pdf.add_font("DejaVu", "", str(regular))
        pdf.add_font("DejaVu", "B", str(bold))
        return "DejaVu", True
    return "Helvetica", False


def render_invoice_pdf(copy: InvoiceCopy) -> bytes:
    """Return the PDF bytes of an invoice copy (deterministic for the same figures)."""
    pdf = FPDF(format="A4")
    # A fixed creation date keeps identical copies byte-identical.
    pdf.set_creation_date(datetime.combine(copy.as_of, datetime.min.time(), tzinfo=UTC))
    pdf.set_title(f"Invoice {copy.number}")
    pdf.set_author(copy.seller_name)
    family, is_unicode = _fonts(pdf)

    def text(value: str) -> str:
        return value if is_unicode else value.encode("latin-1", "replace").decode("latin-1")

    pdf.add_page()
    pdf.set_font(family, "B", 18)
    pdf.cell(0, 10, text(copy.seller_name), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "B", 14)
    pdf.cell(0, 10, text(f"Invoice {copy.number} (copy)"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    rows = [
        ("Bill to", f"{copy.customer_name} ({copy.customer_id})"),
        ("Invoice number", copy.number),
        ("PO number", copy.po_number or "-"),
        ("Issue date", copy.issue_date.isoformat()),
        ("Due date", copy.due_date.isoformat()),
        ("Invoice amount", _money(copy.amount, copy.currency)),
        ("Paid", _money(copy.paid_amount, copy.currency)),
        (f"Open balance as of {copy.as_of.isoformat()}", _money(copy.open_balance, copy.currency)),
        ("Status", copy.status),
    ]
    for label, value in rows:
        pdf.set_font(family, "B", 11)
        pdf.cell(70, 8, text(label))
        pdf.set_font(family, "", 11)
        pdf.cell(0, 8, text(value), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font(family, "", 9)
    pdf.multi_cell(0, 5, text(f"This copy was produced from {copy.seller_name}'s accounts receivable "
                              "ledger. Please quote the invoice number with your payment."))
    return bytes(pdf.output())
