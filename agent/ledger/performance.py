"""Collection performance: promise-kept rate, CEI and DSO over a period."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from agent.ledger.models import Customer, Promise, PromiseStatus
from agent.ledger.reports import ZERO, AgingRow, credit_sales, dso_report, totals_at

CLOSED = (PromiseStatus.KEPT, PromiseStatus.PARTLY_KEPT, PromiseStatus.BROKEN)

CEI_FORMULA = (
    "CEI = (receivables at the start + credit sales in the period - receivables at the end) / "
    "(receivables at the start + credit sales in the period - current receivables at the end) x 100, "
    "per currency (the Collection Effectiveness Index; 100 means everything collectable was collected)."
)


@dataclass
class PromiseStats:
    customer_id: str | None
    customer_name: str | None
    open: int = 0
    kept: int = 0
    partly_kept: int = 0
    broken: int = 0
    cancelled: int = 0

    @property
    def kept_rate(self) -> float | None:
        judged = self.kept + self.partly_kept + self.broken
        return None if judged == 0 else round(self.kept / judged, 4)

    def as_dict(self) -> dict[str, Any]:
        head = {"customer_id": self.customer_id, "customer_name": self.customer_name} if self.customer_id else {}
        return {**head, "open": self.open, "kept": self.kept, "partly_kept": self.partly_kept,
                "broken": self.broken, "cancelled": self.cancelled, "kept_rate": self.kept_rate}


def promise_report(*, session: Session, since: date | None = None) -> dict[str, Any]:
    """Return promises by status per customer and overall, with the kept rate of judged ones."""
    query = select(Promise.customer_id, Promise.status, sa.func.count()).group_by(Promise.customer_id, Promise.status)
    if since is not None:
        query = query.where(sa.func.date(Promise.created_at) >= since)
    per: dict[str, PromiseStats] = {}
    overall = PromiseStats(customer_id=None, customer_name=None)
    names = dict(session.exec(select(Customer.id, Customer.name)).all())
    for customer_id, status, count in session.exec(query):
        stats = per.setdefault(customer_id, PromiseStats(customer_id=customer_id, customer_name=names.get(customer_id)))
        for target in (stats, overall):
            setattr(target, str(status), getattr(target, str(status)) + count)
    return {"overall": overall.as_dict(), "customers": [per[c].as_dict() for c in sorted(per)]}


@dataclass
class CeiRow:
    currency: str
    start_receivables: Decimal
    credit_sales: Decimal
    end_receivables: Decimal
    end_current: Decimal

    @property
    def cei(self) -> Decimal | None:
        denominator = self.start_receivables + self.credit_sales - self.end_current
        if denominator <= 0:
            return None
        collected = self.start_receivables + self.credit_sales - self.end_receivables
        return (collected / denominator * 100).quantize(Decimal("0.1"))

    def as_dict(self) -> dict[str, Any]:
        cei = self.cei
        return {"currency": self.currency, "start_receivables": float(self.start_receivables),
                "credit_sales": float(self.credit_sales), "end_receivables": float(self.end_receivables),
                "end_current": float(self.end_current), "cei": None if cei is None else float(cei)}


def cei_report(*, session: Session, start: date, end: date,
               totals: Callable[[date], list[AgingRow]] | None = None) -> list[CeiRow]:
    """Return the CEI per currency for the period (start, end].

    Args:
        totals: aging totals by date, when the caller reads several reports (see totals_at).
    """
    if end <= start:
        raise ValueError("the period must end after it starts")
    totals = totals or totals_at(session)
    begin = {t.currency: t.total for t in totals(start)}
    finish = {t.currency: t for t in totals(end)}
    sales = defaultdict(lambda: ZERO, credit_sales(session=session, after=start, upto=end))
    currencies = sorted(set(begin) | set(finish) | set(sales))
    return [CeiRow(currency=c, start_receivables=begin.get(c, ZERO), credit_sales=sales[c],
                   end_receivables=finish[c].total if c in finish else ZERO,
                   end_current=finish[c].buckets["current"] if c in finish else ZERO) for c in currencies]


def month_ends(start: date, end: date) -> list[date]:
    """Return the last day of each month from start's month to end's, the last one capped at end."""
    days = []
    cursor = date(start.year, start.month, 1)
    while cursor <= end:
        nxt = date(cursor.year + (cursor.month == 12), cursor.month % 12 + 1, 1)
        days.append(min(nxt - timedelta(days=1), end))
        cursor = nxt
    return days


def trend_report(*, session: Session, start: date, end: date, dso_days: int = 90) -> list[dict[str, Any]]:
    """Return DSO and CEI per currency at each month end of the period (for charts)."""
    points = []
    previous = start
    totals = totals_at(session)  # each month end's aging serves its DSO and two CEI periods
    for day in month_ends(start, end):
        if day <= previous:
            continue
        points.append({
            "as_of": day.isoformat(),
            "dso": [r.as_dict() for r in dso_report(session=session, as_of=day, days=dso_days, totals=totals)],
            "cei": [r.as_dict() for r in cei_report(session=session, start=previous, end=day, totals=totals)],
        })
        previous = day
    return points
