"""Payments: recording money received and applying it to invoices (cash application)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlmodel import Session, col, select

from agent.ledger import audit
from agent.ledger.csvfmt import (
    CsvImportError,
    DateFormat,
    RowError,
    map_header,
    parse_amount,
    parse_currency,
    parse_date,
    read_rows,
)
from agent.ledger.errors import ForeignCustomer, ValidationFailed
from agent.ledger.models import Customer, Invoice, InvoiceStatus, Payment, PaymentApplication, utcnow

PAYMENT_ALIASES: dict[str, tuple[str, ...]] = {
    "payment_id": ("payment", "payment_no", "payment_number", "receipt_id", "id"),
    "customer_id": ("cust_id", "customer_no", "customer_number", "account_id", "account"),
    "date": ("payment_date", "received", "received_date", "value_date"),
    "amount": ("total", "payment_amount", "paid"),
    "currency": ("ccy", "cur", "currency_code"),
    "reference": ("ref", "payment_reference", "check_number", "memo"),
    "invoice_number": ("invoice_no", "invoice", "inv_no", "invoice_id"),
}
PAYMENT_REQUIRED = {"payment_id", "customer_id", "date", "amount", "currency"}


def apply_payment(
    *,
    session: Session,
    payment: Payment,
    invoice: Invoice,
    amount: Decimal | None = None,
    applied_on: date | None = None,
    actor: str,
    message_id: int | None = None,
    reason: str | None = None,
) -> PaymentApplication:
    """Apply (part of) a payment to an invoice of the same customer and currency.

    Applies at most what is unapplied on the payment and open on the invoice; an invoice
    whose balance reaches zero becomes paid. Raises ValidationFailed when nothing can apply.
    """
    if invoice.customer_id != payment.customer_id:
        raise ForeignCustomer(f"invoice {invoice.number} is not customer {payment.customer_id}'s")
    if invoice.currency != payment.currency:
        raise ValidationFailed(
            f"payment {payment.external_id} is in {payment.currency}, invoice {invoice.number} in {invoice.currency}")
    if invoice.status != InvoiceStatus.OPEN:
        raise ValidationFailed(f"invoice {invoice.number} is {invoice.status}, not open")
    balance = invoice.amount - invoice.paid_amount
    wanted = payment.unapplied_amount if amount is None else amount
    applied = min(wanted, payment.unapplied_amount, balance)
    if applied <= 0:
        raise ValidationFailed(f"nothing to apply from payment {payment.external_id} to invoice {invoice.number}")
    application = PaymentApplication(
        payment_id=payment.id, invoice_id=invoice.id, amount=applied,  # type: ignore[arg-type]
        applied_on=applied_on or payment.received_date,
    )
    session.add(application)
    payment.unapplied_amount -= applied
    invoice.paid_amount += applied
    invoice.updated_at = utcnow()
    if invoice.paid_amount >= invoice.amount:
        invoice.status = InvoiceStatus.PAID
    audit.record(
        session=session, actor=actor, action="payment.applied", entity="invoice", entity_id=invoice.number,
        customer_id=invoice.customer_id, message_id=message_id, reason=reason,
        details={"payment": payment.external_id, "amount": str(applied), "currency": invoice.currency,
                 "open_after": str(invoice.amount - invoice.paid_amount)},
    )
    return application


@dataclass
class PaymentImportSummary:
    rows: int = 0
    payments_created: int = 0
    payments_unchanged: int = 0
    applications: int = 0
    unapplied: int = 0


@dataclass(frozen=True)
class PaymentRow:
    line: int
    payment_id: str
    customer_id: str
    received: date
    amount: Decimal
    currency: str
    reference: str | None
    invoice_number: str | None


def _parse_payment_rows(path: Path, date_format: DateFormat, decimal_comma: bool) -> list[PaymentRow]:
    header, raw_rows = read_rows(path)
    mapping = map_header(header, PAYMENT_ALIASES, PAYMENT_REQUIRED, path)
    errors: list[RowError] = []
    rows: list[PaymentRow] = []
    for line, raw in raw_rows:
        cells = {k: ((raw.get(v) or "").strip() if v else "") for k, v in mapping.items()}
        if not any(cells.values()):
            continue
        bad = [RowError(line, mapping[k], "is empty") for k in sorted(PAYMENT_REQUIRED) if not cells[k]]
        parsed: dict[str, object] = {}
        for name, fn in (("date", lambda v: parse_date(v, date_format)),
                         ("amount", lambda v: parse_amount(v, decimal_comma=decimal_comma)),
                         ("currency", parse_currency)):
            if cells[name]:
                try:
                    parsed[name] = fn(cells[name])
                except ValueError as e:
                    bad.append(RowError(line, mapping[name], str(e)))
        if bad:
            errors.extend(bad)
            continue
        rows.append(PaymentRow(
            line=line, payment_id=cells["payment_id"], customer_id=cells["customer_id"],
            received=parsed["date"], amount=parsed["amount"], currency=parsed["currency"],  # type: ignore[arg-type]
            reference=cells.get("reference") or None, invoice_number=cells.get("invoice_number") or None,
        ))
    if errors:
        raise CsvImportError(path, errors)
    return rows


def import_payments_csv(
    *,
    session: Session,
    path: Path,
    date_format: DateFormat = DateFormat.ISO,
    decimal_comma: bool = False,
    actor: str = "import",
) -> PaymentImportSummary:
    """Record payments from a CSV and apply each to its invoice where one is given.

    One transaction: any bad row (unknown customer, another customer's invoice, a currency
    that differs from the invoice's, a changed payment) aborts the whole file.
    """
    rows = _parse_payment_rows(path, date_format, decimal_comma)
    summary = PaymentImportSummary(rows=len(rows))
    known_customers = set(session.exec(select(Customer.id).where(
        col(Customer.id).in_({r.customer_id for r in rows}))))
    existing = {p.external_id: p for p in session.exec(select(Payment).where(
        col(Payment.external_id).in_([r.payment_id for r in rows])))}
    invoices = {i.number: i for i in session.exec(select(Invoice).where(
        col(Invoice.number).in_([r.invoice_number for r in rows if r.invoice_number])))}
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    for r in rows:
        if r.payment_id in seen:
            errors.append(RowError(r.line, "payment_id", f"payment {r.payment_id} is already on line {seen[r.payment_id]}"))
        seen[r.payment_id] = r.line
        if r.customer_id not in known_customers:
            errors.append(RowError(r.line, "customer_id", f"unknown customer {r.customer_id!r}"))
        old = existing.get(r.payment_id)
        if old and (old.customer_id, old.amount, old.currency, old.received_date) != (
                r.customer_id, r.amount, r.currency, r.received):
            errors.append(RowError(r.line, "payment_id",
                                   f"payment {r.payment_id} was imported before with other values"))
        if r.invoice_number and not old:
            inv = invoices.get(r.invoice_number)
            if inv is None:
                errors.append(RowError(r.line, "invoice_number", f"unknown invoice {r.invoice_number!r}"))
            elif inv.customer_id != r.customer_id:
                errors.append(RowError(r.line, "invoice_number",
                                       f"invoice {r.invoice_number} belongs to another customer"))
            elif inv.currency != r.currency:
                errors.append(RowError(r.line, "currency",
                                       f"{r.currency} differs from invoice {inv.number}'s {inv.currency}"))
    if errors:
        raise CsvImportError(path, errors)
    for r in rows:
        if r.payment_id in existing:
            summary.payments_unchanged += 1
            continue
        payment = Payment(external_id=r.payment_id, customer_id=r.customer_id, received_date=r.received,
                          amount=r.amount, unapplied_amount=r.amount, currency=r.currency, reference=r.reference)
        session.add(payment)
        session.flush()
        audit.record(session=session, actor=actor, action="payment.recorded", entity="payment",
                     entity_id=r.payment_id, customer_id=r.customer_id, reason=f"{path.name}, line {r.line}",
                     details={"amount": str(r.amount), "currency": r.currency, "reference": r.reference})
        summary.payments_created += 1
        invoice = invoices.get(r.invoice_number or "")
        if invoice is not None and invoice.status == InvoiceStatus.OPEN:
            apply_payment(session=session, payment=payment, invoice=invoice, actor=actor,
                          reason=f"{path.name}, line {r.line}")
            summary.applications += 1
        if payment.unapplied_amount > 0:
            summary.unapplied += 1
    return summary
