"""The approval inbox, a draft, a customer's file and the outbox."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import Response

from agent import approval
from agent.ledger import customers as customer_service
from agent.ledger import disputes as dispute_service
from agent.ledger import plans as plan_service
from agent.ledger import promises as promise_service
from agent.ledger import views
from agent.ledger.errors import LedgerError, NotFound
from agent.ledger.escalations import PermissionDenied
from agent.ledger.models import Customer, Draft, DraftStatus, MailMessage
from agent.ledger.reports import bucket_for
from agent.mail.parse import parse_message
from api.deps import SessionDep
from api.web import session as web_session
from api.web.render import PageUserDep, redirect, render

router = APIRouter(include_in_schema=False)


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() or None if value else None


@router.get("/")
def inbox(request: Request, db: SessionDep, user: PageUserDep, intent: str | None = None,
          customer: str | None = None,
          min_confidence: Annotated[str | None, Query(max_length=10)] = None,
          done: int | None = None, action: str | None = None) -> Response:
    """Pending drafts, oldest first, filterable by intent, customer and confidence."""
    try:
        floor = float(min_confidence) if min_confidence else None
    except ValueError:
        floor = None
    rows = views.inbox_rows(session=db, intent=_blank_to_none(intent), customer_id=_blank_to_none(customer),
                            min_confidence=floor)
    return render(request, "inbox.html", user=user, title="Inbox", rows=rows,
                  intents=views.pending_intents(session=db), customers=views.customer_choices(session=db),
                  filters={"intent": intent or "", "customer": customer or "", "min_confidence": min_confidence or ""},
                  needs_manager={r.draft.id: approval.needs_manager(r.draft) for r in rows},
                  notice=_notice(done, action))


def _notice(done: int | None, action: str | None) -> str | None:
    if done is None or action not in ("approved", "rejected"):
        return None
    return f"Draft {done} {action}." + (" Its email is queued in the outbox." if action == "approved" else "")


def _message_view(message: MailMessage | None) -> dict[str, object] | None:
    if message is None:
        return None
    try:
        parsed = parse_message(message.raw)
    except Exception:  # noqa: BLE001 - a broken message still shows its headers
        return {"message": message, "new_text": "", "quoted_text": "", "signature": "", "attachments": [],
                "broken": True}
    return {"message": message, "new_text": parsed.new_text or parsed.text, "quoted_text": parsed.quoted_text,
            "signature": parsed.signature, "broken": False,
            "attachments": [a.filename or "(unnamed)" for a in parsed.attachments]}


def _draft_page(request: Request, db: SessionDep, user: PageUserDep, draft: Draft, *, status_code: int = 200,
                error: str | None = None, notice: str | None = None, subject: str | None = None,
                body: str | None = None) -> Response:
    message = db.get(MailMessage, draft.reply_to_message_id) if draft.reply_to_message_id else None
    previous_id, next_id = views.neighbour_pending_ids(session=db, draft_id=draft.id or 0)
    customer = db.get(Customer, draft.customer_id) if draft.customer_id else None
    return render(request, "draft.html", status_code=status_code, user=user, title=f"Draft {draft.id}",
                  draft=draft, customer=customer, mail=_message_view(message),
                  triage=(message.triage or {}) if message else {},
                  facts=views.key_facts(draft, message.triage if message else None),
                  attachments=approval.draft_documents(session=db, draft=draft),
                  needs_manager=approval.needs_manager(draft), previous_id=previous_id, next_id=next_id,
                  error=error, notice=notice, subject=draft.subject if subject is None else subject,
                  body=draft.body if body is None else body)


@router.get("/drafts/{draft_id}")
def draft_page(request: Request, draft_id: int, db: SessionDep, user: PageUserDep,
               done: int | None = None, action: str | None = None) -> Response:
    """One draft beside the customer's message, with triage, actions, and approve / reject."""
    try:
        draft = approval.get_draft(session=db, draft_id=draft_id)
    except NotFound:
        return render(request, "error.html", status_code=404, user=user, title="Not found",
                      message=f"There is no draft {draft_id}.")
    return _draft_page(request, db, user, draft, notice=_notice(done, action))


def _after_decision(request: Request, db: SessionDep, draft_id: int, action: str) -> Response:
    _previous, next_id = views.neighbour_pending_ids(session=db, draft_id=draft_id)
    if next_id is None:
        return redirect(request, f"/?done={draft_id}&action={action}")
    return redirect(request, f"/drafts/{next_id}?done={draft_id}&action={action}")


def _decision_error(error: LedgerError) -> tuple[int, str]:
    match error:
        case approval.DraftNotPending():
            return 409, str(error)
        case PermissionDenied():
            return 403, str(error)
        case approval.DraftRejectedByGuard():
            return 422, "The edited reply was not approved: " + "; ".join(error.problems)
    return 422, str(error)


@router.post("/drafts/{draft_id}/approve", dependencies=[web_session.CsrfDep])
def approve(request: Request, draft_id: int, db: SessionDep, user: PageUserDep,
            subject: Annotated[str | None, Form(max_length=998)] = None,
            body: Annotated[str | None, Form(max_length=100_000)] = None) -> Response:
    """Approve the draft as edited; its email goes to the outbox."""
    # Browsers send textarea line breaks as CRLF; the draft keeps LF like everything else.
    body = body.replace("\r\n", "\n") if body is not None else None
    try:
        approval.approve_draft(session=db, draft_id=draft_id, user=user, settings=request.app.state.settings,
                               subject=subject, body=body)
    except NotFound:
        return render(request, "error.html", status_code=404, user=user, title="Not found",
                      message=f"There is no draft {draft_id}.")
    except LedgerError as e:
        db.rollback()
        status, text = _decision_error(e)
        draft = approval.get_draft(session=db, draft_id=draft_id)
        return _draft_page(request, db, user, draft, status_code=status, error=text, subject=subject, body=body)
    db.commit()
    return _after_decision(request, db, draft_id, "approved")


@router.post("/drafts/{draft_id}/reject", dependencies=[web_session.CsrfDep])
def reject(request: Request, draft_id: int, db: SessionDep, user: PageUserDep,
           reason: Annotated[str, Form(max_length=2000)] = "") -> Response:
    """Reject the draft with a reason; nothing is sent."""
    try:
        approval.reject_draft(session=db, draft_id=draft_id, user=user, reason=reason)
    except NotFound:
        return render(request, "error.html", status_code=404, user=user, title="Not found",
                      message=f"There is no draft {draft_id}.")
    except LedgerError as e:
        db.rollback()
        status, text = _decision_error(e)
        draft = approval.get_draft(session=db, draft_id=draft_id)
        return _draft_page(request, db, user, draft, status_code=status, error=text)
    db.commit()
    return _after_decision(request, db, draft_id, "rejected")


@router.get("/customers/{customer_id}")
def customer_page(request: Request, customer_id: str, db: SessionDep, user: PageUserDep) -> Response:
    """A customer's open invoices with aging, promises, disputes, plans and conversations."""
    try:
        customer = customer_service.get_customer(session=db, customer_id=customer_id)
    except NotFound:
        return render(request, "error.html", status_code=404, user=user, title="Not found",
                      message="There is no such customer.")
    today = date.today()
    invoices = [{"invoice": i, "balance": customer_service.open_balance(i),
                 "days": (today - i.due_date).days, "bucket": bucket_for((today - i.due_date).days)}
                for i in customer_service.list_open_invoices(session=db, customer_id=customer_id)]
    promises = [{"promise": p, "invoices": [i.number for i in promise_service.promise_invoices(
                    session=db, promise_id=p.id or 0)]}
                for p in promise_service.list_promises(session=db, customer_id=customer_id)]
    disputes = [{"dispute": d, "invoices": [i.number for i in dispute_service.dispute_invoices(
                    session=db, dispute_id=d.id or 0)]}
                for d in dispute_service.list_disputes(session=db, customer_id=customer_id)]
    plans = [{"plan": p, "instalments": plan_service.plan_instalments(session=db, plan_id=p.id or 0)}
             for p in views.list_plans(session=db, customer_id=customer_id)]
    return render(request, "customer.html", user=user, title=customer.name, customer=customer,
                  invoices=invoices, promises=promises, disputes=disputes, plans=plans,
                  contacts=customer_service.list_contacts(session=db, customer_id=customer_id),
                  messages=views.customer_messages(session=db, customer_id=customer_id),
                  drafts=views.customer_drafts(session=db, customer_id=customer_id),
                  pending=DraftStatus.PENDING)


@router.get("/outbox")
def outbox(request: Request, db: SessionDep, user: PageUserDep) -> Response:
    """Emails queued and sent, newest first."""
    return render(request, "outbox.html", user=user, title="Outbox", rows=views.outbox_rows(session=db))
