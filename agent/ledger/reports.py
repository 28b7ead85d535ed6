"""Aging and DSO reports, computed in the database and never adding currencies together."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from agent.ledger.models import Customer, Invoice, InvoiceStatus, PaymentApplication

BUCKETS = ("current", "1-30", "31-60", "61-90", "91+")
ZERO = Decimal("0")


def bucket_for(days_past_due: int) -> str:
    """Return the aging bucket for days past due (as-of date minus due date)."""
    if days_past_due <= 0:
        return "current"
    if days_past_due <= 30:
        return "1-30"
    if days_past_due <= 60:
        return "31-60"
    if days_past_due <= 90:
        return "61-90"
    return "91+"


@dataclass
class AgingRow:
    currency: str
    buckets: dict[str, Decimal] = field(default_factory=lambda: dict.fromkeys(BUCKETS, ZERO))
    customer_id: str | None = None
    customer_name: str | None = None

    @property
    def total(self) -> Decimal:
        return sum(self.buckets.values(), ZERO)

    def as_dict(self) -> dict[str, Any]:
        head: dict[str, Any] = {}
        if self.customer_id is not None:
            head = {"customer_id": self.customer_id, "customer_name": self.customer_name}
        amounts = {k: _number(v) for k, v in self.buckets.items()}
        return {**head, "currency": self.currency, **amounts, "total": _number(self.total)}


@dataclass
class AgingReport:
    as_of: date
    totals: list[AgingRow]
    customers: list[AgingRow]

    def as_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "totals": [t.as_dict() for t in self.totals],
            "customers": [c.as_dict() for c in self.customers],
        }


def _number(value: Decimal) -> float:
    # JSON has one number type; balances are exact to the cent in the database.
    return float(value.quantize(Decimal("0.01")))


def _bucket_conditions(as_of: date) -> dict[str, sa.ColumnElement[bool]]:
    """Bucket predicates on due_date as date ranges, so they are portable and use the index."""
    due = col(Invoice.due_date)
    d = lambda n: as_of - timedelta(days=n)  # noqa: E731
    return {
        "current": due >= as_of,
        "1-30": sa.and_(due < as_of, due >= d(30)),
        "31-60": sa.and_(due < d(30), due >= d(60)),
        "61-90": sa.and_(due < d(60), due >= d(90)),
        "91+": due < d(90),
    }


def aging_report(*, session: Session, as_of: date, customer_id: str | None = None) -> AgingReport:
    """Return open balances by bucket per customer and currency, and totals per currency.

    Open balance is amount less payments applied. Invoices issued after as_of are left out,
    and payments applied after as_of are added back, so a past as_of shows that day's book.
    """
    conditions = _bucket_conditions(as_of)
    balance = col(Invoice.amount) - col(Invoice.paid_amount)
    query = (
        select(Invoice.customer_id, Invoice.currency,
               *[sa.func.sum(balance).filter(cond).label(f"b{i}") for i, cond in enumerate(conditions.values())])
        .where(Invoice.status == InvoiceStatus.OPEN, col(Invoice.issue_date) <= as_of)
        .group_by(Invoice.customer_id, Invoice.currency)
    )
    if customer_id is not None:
        query = query.where(Invoice.customer_id == customer_id)
    rows: dict[tuple[str, str], AgingRow] = {}
    for cid, currency, *sums in session.exec(query):
        row = rows.setdefault((cid, currency), AgingRow(currency=currency, customer_id=cid))
        for name, value in zip(BUCKETS, sums, strict=True):
            row.buckets[name] += Decimal(value or 0)
    _add_back_later_payments(session, as_of, conditions, rows, customer_id)
    names = _customer_names(session, {cid for cid, _ in rows})
    customers = sorted((r for r in rows.values() if r.total != 0), key=lambda r: (r.customer_id, r.currency))
    totals: dict[str, AgingRow] = {}
    for row in customers:
        row.customer_name = names.get(row.customer_id or "")
        total = totals.setdefault(row.currency, AgingRow(currency=row.currency))
        for name in BUCKETS:
            total.buckets[name] += row.buckets[name]
    return AgingReport(as_of=as_of, totals=[totals[c] for c in sorted(totals)], customers=customers)


def _customer_names(session: Session, ids: set[str]) -> dict[str, str]:
    query = select(Customer.id, Customer.name)
    # A long IN list costs more than reading every name (measured: 0.97 s vs 0.07 s at 20,000).
    if len(ids) <= 1000:
        query = query.where(col(Customer.id).in_(ids))
    return dict(session.exec(query).all())


def _add_back_later_payments(
    session: Session, as_of: date, conditions: dict[str, sa.ColumnElement[bool]],
    rows: dict[tuple[str, str], AgingRow], customer_id: str | None,
) -> None:
    bucket = sa.case(*[(cond, name) for name, cond in conditions.items()])
    query = (
        select(Invoice.customer_id, Invoice.currency, bucket, sa.func.sum(PaymentApplication.amount))
        .join(Invoice, col(Invoice.id) == col(PaymentApplication.invoice_id))
        .where(col(PaymentApplication.applied_on) > as_of, col(Invoice.issue_date) <= as_of,
               Invoice.status != InvoiceStatus.VOID)
        .group_by(Invoice.customer_id, Invoice.currency, bucket)
    )
    if customer_id is not None:
        query = query.where(Invoice.customer_id == customer_id)
    for cid, currency, name, amount in session.exec(query):
        row = rows.setdefault((cid, currency), AgingRow(currency=currency, customer_id=cid))
        row.buckets[name] += Decimal(amount or 0)


@dataclass
class DsoRow:
    currency: str
    receivables: Decimal
    credit_sales: Decimal
    days: int

    @property
    def dso(self) -> Decimal | None:
        if self.credit_sales <= 0:
            return None
        return (self.receivables / self.credit_sales * self.days).quantize(Decimal("0.1"))

    def as_dict(self) -> dict[str, Any]:
        dso = self.dso
        return {"currency": self.currency, "receivables": _number(self.receivables),
                "credit_sales": _number(self.credit_sales), "days": self.days,
                "dso": None if dso is None else float(dso)}


DSO_FORMULA = (
    "DSO = accounts receivable at the as-of date / credit sales invoiced in the period x days in "
    "the period (the standard period-end formula), per currency. Receivables are the open "
    "balances of the aging report; credit sales are the amounts of invoices issued in the "
    "DAYS days ending on the as-of date, void invoices excluded."
)


def totals_at(session: Session) -> Callable[[date], list[AgingRow]]:
    """Return a function giving the aging totals per currency at a date, each date read once."""
    return cache(lambda day: aging_report(session=session, as_of=day).totals)


def credit_sales(*, session: Session, after: date, upto: date) -> dict[str, Decimal]:
    """Return the amounts invoiced per currency in (after, upto], void invoices excluded."""
    return {currency: Decimal(total or 0) for currency, total in session.exec(
        select(Invoice.currency, sa.func.sum(Invoice.amount))
        .where(col(Invoice.issue_date) > after, col(Invoice.issue_date) <= upto,
               Invoice.status != InvoiceStatus.VOID)
        .group_by(Invoice.currency))}


def dso_report(*, session: Session, as_of: date, days: int = 90,
               totals: Callable[[date], list[AgingRow]] | None = None) -> list[DsoRow]:
    """Return DSO per currency over the `days` days ending on as_of.

    Args:
        totals: aging totals by date, when the caller reads several reports (see totals_at).
    """
    if days <= 0:
        raise ValueError("days must be positive")
    totals = totals or totals_at(session)
    receivables = {t.currency: t.total for t in totals(as_of)}
    sales = defaultdict(lambda: ZERO, credit_sales(session=session, after=as_of - timedelta(days=days),
                                                   upto=as_of))
    currencies = sorted(set(receivables) | set(sales))
    return [DsoRow(currency=c, receivables=receivables.get(c, ZERO), credit_sales=sales[c], days=days)
            for c in currencies]
