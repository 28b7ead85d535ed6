"""Render a customer's statement of open invoices as PDF (attached to reminders)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from fpdf import FPDF

from agent.render.invoice_pdf import _fonts


@dataclass(frozen=True)
class StatementLine:
    number: str
    issue_date: date
    due_date: date
    currency: str
    open_amount: Decimal


def render_statement_pdf(*, seller_name: str, customer_name: str, customer_id: str, as_of: date,
                         lines: list[StatementLine]) -> bytes:
    """Return the PDF bytes of a statement: each open invoice, days past due, totals per currency."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.combine(as_of, datetime.min.time(), tzinfo=UTC))
    pdf.set_title(f"Statement {customer_id} {as_of.isoformat()}")
    family, is_unicode = _fonts(pdf)

    def text(value: str) -> str:
        return value if is_unicode else value.encode("latin-1", "replace").decode("latin-1")

    pdf.add_page()
    pdf.set_font(family, "B", 16)
    pdf.cell(0, 10, text(seller_name), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "B", 13)
    pdf.cell(0, 9, text(f"Statement of account as of {as_of.isoformat()}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 11)
    pdf.cell(0, 7, text(f"{customer_name} ({customer_id})"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    widths = (38, 28, 28, 24, 52)
    pdf.set_font(family, "B", 10)
    for width, head in zip(widths, ("Invoice", "Issued", "Due", "Days late", "Open amount"), strict=True):
        pdf.cell(width, 7, head, border="B")
    pdf.ln()
    pdf.set_font(family, "", 10)
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for line in lines:
        late = max(0, (as_of - line.due_date).days)
        cells = (line.number, line.issue_date.isoformat(), line.due_date.isoformat(), str(late),
                 f"{line.currency} {line.open_amount:,.2f}")
        for width, value in zip(widths, cells, strict=True):
            pdf.cell(width, 6, text(value))
        pdf.ln()
        totals[line.currency] += line.open_amount
    pdf.ln(2)
    pdf.set_font(family, "B", 10)
    for currency, total in sorted(totals.items()):
        pdf.cell(sum(widths[:4]), 7, f"Total open ({currency})")
        pdf.cell(widths[4], 7, f"{currency} {total:,.2f}", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
