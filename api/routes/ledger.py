"""Customers, invoices and reports."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from agent.ledger.customers import get_customer, list_contacts, list_invoices, open_balance
from agent.ledger.errors import NotFound
from agent.ledger.models import Invoice, InvoiceStatus
from agent.ledger.performance import CEI_FORMULA, cei_report, promise_report, trend_report
from agent.ledger.reports import DSO_FORMULA, aging_report, dso_report
from api.deps import SessionDep, UserDep
from api.schemas import BalanceOut, ContactOut, CustomerOut, InvoiceOut

router = APIRouter(prefix="/api", tags=["ledger"])


def invoice_out(invoice: Invoice) -> InvoiceOut:
    return InvoiceOut(
        number=invoice.number, customer_id=invoice.customer_id, po_number=invoice.po_number,
        issue_date=invoice.issue_date, due_date=invoice.due_date, currency=invoice.currency,
        amount=invoice.amount, paid_amount=invoice.paid_amount, open_amount=open_balance(invoice),
        status=str(invoice.status),
    )


@router.get("/customers/{customer_id}", response_model=CustomerOut)
def read_customer(customer_id: str, session: SessionDep, _user: UserDep) -> CustomerOut:
    """A customer with contacts and open balance per currency."""
    try:
        customer = get_customer(session=session, customer_id=customer_id)
    except NotFound as e:
        raise HTTPException(status_code=404, detail=str(e)) from e
    balances: dict[str, list[Decimal]] = defaultdict(list)
    for invoice in list_invoices(session=session, customer_id=customer_id, status=InvoiceStatus.OPEN):
        balances[invoice.currency].append(open_balance(invoice))
    return CustomerOut(
        customer_id=customer.id, name=customer.name, manual=customer.manual,
        contacts=[ContactOut(email=c.email, name=c.name, role=c.role, status=str(c.status), is_primary=c.is_primary)
                  for c in list_contacts(session=session, customer_id=customer_id)],
        balances=[BalanceOut(currency=cur, open_amount=sum(v, Decimal(0)), open_invoices=len(v))
                  for cur, v in sorted(balances.items())],
    )


@router.get("/invoices", response_model=list[InvoiceOut])
def read_invoices(
    session: SessionDep,
    _user: UserDep,
    customer_id: str | None = None,
    status: InvoiceStatus | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[InvoiceOut]:
    """Invoices, filtered by customer and status, oldest due first."""
    rows = list_invoices(session=session, customer_id=customer_id, status=status, limit=limit, offset=offset)
    return [invoice_out(i) for i in rows]


@router.get("/reports/aging")
def read_aging(session: SessionDep, _user: UserDep, as_of: date | None = None) -> dict[str, Any]:
    """The aging report, in the same shape as `arbot report aging --json`."""
    return aging_report(session=session, as_of=as_of or date.today()).as_dict()


@router.get("/reports/dso", description=DSO_FORMULA)
def read_dso(
    session: SessionDep, _user: UserDep, as_of: date | None = None,
    days: Annotated[int, Query(ge=1, le=3650)] = 90,
) -> dict[str, Any]:
    day = as_of or date.today()
    return {"as_of": day.isoformat(), "days": days,
            "dso": [r.as_dict() for r in dso_report(session=session, as_of=day, days=days)]}


@router.get("/reports/promises")
def read_promise_report(session: SessionDep, _user: UserDep) -> dict[str, Any]:
    """Promises by status and the kept rate, per customer and overall."""
    return promise_report(session=session)


@router.get("/reports/cei", description=CEI_FORMULA)
def read_cei(session: SessionDep, _user: UserDep, start: date, as_of: date | None = None) -> dict[str, Any]:
    day = as_of or date.today()
    try:
        rows = cei_report(session=session, start=start, end=day)
    except ValueError as e:
        raise HTTPException(status_code=422, detail=str(e)) from e
    return {"from": start.isoformat(), "as_of": day.isoformat(), "cei": [r.as_dict() for r in rows]}


@router.get("/reports/trend")
def read_trend(session: SessionDep, _user: UserDep, start: date, as_of: date | None = None) -> list[dict[str, Any]]:
    """DSO and CEI at each month end between start and as_of."""
    day = as_of or date.today()
    if day <= start:
        raise HTTPException(status_code=422, detail="the period must end after it starts")
    return trend_report(session=session, start=start, end=day)
