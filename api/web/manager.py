"""The manager's page: escalations to resolve, aging, DSO, CEI, promise-kept rate, disputes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import Response

from agent.ledger import escalations as escalation_service
from agent.ledger import views
from agent.ledger.errors import LedgerError, NotFound
from agent.ledger.models import EscalationStatus, Role, User
from agent.ledger.performance import promise_report, trend_report
from agent.ledger.reports import BUCKETS, aging_report
from api.deps import SessionDep
from api.web import charts
from api.web import session as web_session
from api.web.render import PageUserDep, forbidden, redirect, render

router = APIRouter(include_in_schema=False)

MONTHS = 6


def _first_of_month_back(day: date, months: int) -> date:
    month = day.month - months
    year = day.year + (month - 1) // 12
    return date(year, (month - 1) % 12 + 1, 1)


def _parse_day(text: str | None) -> date:
    try:
        return date.fromisoformat(text) if text else date.today()
    except ValueError:
        return date.today()


def _manager_page(request: Request, db: SessionDep, user: User, as_of: date, *, status_code: int = 200,
                  error: str | None = None, notice: str | None = None) -> Response:
    aging = aging_report(session=db, as_of=as_of)
    aging_charts = [charts.bar_chart(f"Aging, {row.currency}", [(b, float(row.buckets[b])) for b in BUCKETS])
                    for row in aging.totals]
    start = _first_of_month_back(as_of, MONTHS - 1) - timedelta(days=1)
    trend = trend_report(session=db, start=start, end=as_of)
    labels = [p["as_of"][:7] for p in trend]
    currencies = sorted({r["currency"] for p in trend for kind in ("dso", "cei") for r in p[kind]})

    def series(kind: str) -> dict[str, list[float | None]]:
        return {c: [next((r[kind] for r in p[kind] if r["currency"] == c), None) for p in trend] for c in currencies}

    kept = views.promise_kept_by_month(session=db, start=start + timedelta(days=1), end=as_of)
    disputes = views.open_disputes_by_reason_and_age(session=db, as_of=as_of)
    return render(
        request, "manager.html", status_code=status_code, user=user, title="Manager", as_of=as_of,
        error=error, notice=notice,
        escalations=escalation_service.list_escalations(session=db, status=EscalationStatus.OPEN),
        aging=aging, buckets=BUCKETS, aging_charts=aging_charts,
        dso_chart=charts.line_chart("DSO (days)", labels, series("dso")),
        cei_chart=charts.line_chart("CEI (%)", labels, series("cei"), fixed_top=100),
        kept_chart=charts.line_chart("Promise-kept rate (%)", [m for m, _, _ in kept],
                                     {"kept": [None if r is None else r * 100 for _, r, _ in kept]},
                                     fixed_top=100),
        kept_counts=kept, promises=promise_report(session=db)["overall"],
        disputes=disputes, dispute_ages=views.DISPUTE_AGES,
        dispute_chart=charts.bar_chart("Open disputes by reason",
                                       [(r.replace("_", " "), sum(a.values())) for r, a in disputes.items()],
                                       min_top=4),
    )


@router.get("/manager")
def manager_page(request: Request, db: SessionDep, user: PageUserDep,
                 as_of: Annotated[str | None, Query(max_length=10)] = None,
                 done: int | None = None) -> Response:
    """The manager's view (managers only)."""
    if user.role != Role.MANAGER:
        return forbidden(request, user, "The manager's page is for managers.")
    return _manager_page(request, db, user, _parse_day(as_of),
                         notice=f"Escalation {done} resolved." if done is not None else None)


@router.post("/escalations/{escalation_id}/resolve", dependencies=[web_session.CsrfDep])
def resolve(request: Request, escalation_id: int, db: SessionDep, user: PageUserDep,
            resolution: Annotated[str, Form(max_length=2000)] = "") -> Response:
    """Resolve an escalation with a note (managers only)."""
    if user.role != Role.MANAGER:
        return forbidden(request, user, "Only managers resolve escalations.")
    try:
        escalation_service.resolve_escalation(session=db, escalation_id=escalation_id, user=user,
                                              resolution=resolution)
    except NotFound:
        return render(request, "error.html", status_code=404, user=user, title="Not found",
                      message=f"There is no escalation {escalation_id}.")
    except LedgerError as e:
        db.rollback()
        return _manager_page(request, db, user, date.today(), status_code=422, error=str(e))
    db.commit()
    return redirect(request, f"/manager?done={escalation_id}")
