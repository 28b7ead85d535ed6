"""The approval inbox: pending drafts beside the customer's message, approve or reject."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from sqlmodel import Session

from agent import approval
from agent.ledger.errors import LedgerError, NotFound, ValidationFailed
from agent.ledger.escalations import PermissionDenied
from agent.ledger.models import Draft, DraftStatus, MailMessage
from agent.mail.parse import parse_message
from api.deps import SessionDep, UserDep
from api.schemas_drafts import (
    ApprovedOut,
    ApproveIn,
    AttachmentOut,
    DraftOut,
    MessageOut,
    RejectIn,
)

router = APIRouter(prefix="/api", tags=["drafts"])


def http_error(error: LedgerError) -> HTTPException:
    """Translate a ledger or approval error into the HTTP answer it stands for."""
    match error:
        case NotFound():
            return HTTPException(status_code=404, detail=str(error))
        case approval.DraftNotPending():
            return HTTPException(status_code=409, detail=str(error))
        case PermissionDenied():
            return HTTPException(status_code=403, detail=str(error))
        case approval.DraftRejectedByGuard():
            return HTTPException(status_code=422, detail={"problems": error.problems})
        case ValidationFailed():
            return HTTPException(status_code=422, detail=str(error))
    return HTTPException(status_code=400, detail=str(error))


def message_out(message: MailMessage | None) -> MessageOut | None:
    if message is None:
        return None
    try:
        parsed = parse_message(message.raw)
        new_text, names = parsed.new_text or parsed.text, [a.filename or "" for a in parsed.attachments]
    except Exception:  # noqa: BLE001 - a broken message still shows its headers
        new_text, names = "", []
    return MessageOut(id=message.id or 0, from_addr=message.from_addr, subject=message.subject,
                      date=message.sent_at, new_text=new_text, attachments=[n for n in names if n])


def draft_out(session: Session, draft: Draft) -> DraftOut:
    message = session.get(MailMessage, draft.reply_to_message_id) if draft.reply_to_message_id else None
    return DraftOut(
        id=draft.id or 0, status=str(draft.status), customer_id=draft.customer_id,
        conversation_id=draft.conversation_id, intent=draft.intent, language=draft.language,
        to_addrs=draft.to_addrs, cc_addrs=draft.cc_addrs, subject=draft.subject, body=draft.body,
        auto_send_allowed=draft.auto_send_allowed, review_reasons=draft.review_reasons,
        needs_manager=approval.needs_manager(draft), actions=draft.actions,
        attachments=[AttachmentOut(id=d.id or 0, kind=d.kind, filename=d.filename,
                                   content_type=d.content_type)
                     for d in approval.draft_documents(session=session, draft=draft)],
        message=message_out(message), triage=message.triage if message else None,
        created_at=draft.created_at, decided_by_user_id=draft.decided_by_user_id,
        decided_at=draft.decided_at, reject_reason=draft.reject_reason,
    )


@router.get("/drafts", response_model=list[DraftOut])
def list_drafts(
    session: SessionDep, _user: UserDep, status: DraftStatus | None = DraftStatus.PENDING,
    limit: Annotated[int, Query(ge=1, le=500)] = 100, offset: Annotated[int, Query(ge=0)] = 0,
) -> list[DraftOut]:
    """Drafts (pending by default), each with the customer's message, triage and actions."""
    return [draft_out(session, d)
            for d in approval.list_drafts(session=session, status=status, limit=limit, offset=offset)]


@router.get("/drafts/{id}", response_model=DraftOut)
def read_draft(id: int, session: SessionDep, _user: UserDep) -> DraftOut:  # noqa: A002 - route param
    """One draft with its message, triage, actions and attachments."""
    try:
        return draft_out(session, approval.get_draft(session=session, draft_id=id))
    except LedgerError as e:
        raise http_error(e) from e


@router.post("/drafts/{id}/approve", response_model=ApprovedOut)
def approve(id: int, request: Request, session: SessionDep, user: UserDep,  # noqa: A002
            edit: ApproveIn | None = None) -> ApprovedOut:
    """Approve a pending draft, optionally with an edited subject and body; queue its email."""
    edit = edit or ApproveIn()
    try:
        row = approval.approve_draft(session=session, draft_id=id, user=user,
                                     settings=request.app.state.settings,
                                     subject=edit.subject, body=edit.body)
        draft = approval.get_draft(session=session, draft_id=id)
    except LedgerError as e:
        raise http_error(e) from e
    return ApprovedOut(draft=draft_out(session, draft), outbound_id=row.id or 0,
                       message_id=row.message_id_header)


@router.post("/drafts/{id}/reject", response_model=DraftOut)
def reject(id: int, body: RejectIn, session: SessionDep, user: UserDep) -> DraftOut:  # noqa: A002
    """Reject a pending draft with a reason; nothing is sent."""
    try:
        draft = approval.reject_draft(session=session, draft_id=id, user=user, reason=body.reason)
    except LedgerError as e:
        raise http_error(e) from e
    return draft_out(session, draft)
