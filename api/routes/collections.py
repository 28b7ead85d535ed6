"""Conversations, escalations, promises and disputes."""

from __future__ import annotations

from fastapi import APIRouter
from sqlmodel import Session

from agent import approval
from agent.ledger import disputes as dispute_service
from agent.ledger import escalations as escalation_service
from agent.ledger import promises as promise_service
from agent.ledger.errors import LedgerError
from agent.ledger.models import (
    Dispute,
    DisputeStatus,
    Escalation,
    EscalationStatus,
    Promise,
    PromiseStatus,
)
from api.deps import ManagerDep, SessionDep, UserDep
from api.routes.drafts import http_error
from api.schemas_drafts import (
    ConversationMessageOut,
    ConversationOut,
    DisputeOut,
    DisputePatch,
    DraftSummaryOut,
    EscalationOut,
    PromiseOut,
    ResolveIn,
)

router = APIRouter(prefix="/api", tags=["collections"])


def escalation_out(e: Escalation) -> EscalationOut:
    return EscalationOut.model_validate(e, from_attributes=True)


def promise_out(session: Session, p: Promise) -> PromiseOut:
    numbers = [i.number for i in promise_service.promise_invoices(session=session, promise_id=p.id or 0)]
    return PromiseOut(id=p.id or 0, customer_id=p.customer_id, promised_date=p.promised_date,
                      amount=p.amount, currency=p.currency, status=str(p.status),
                      hold_until=p.hold_until, invoice_numbers=numbers,
                      source_message_id=p.source_message_id, created_at=p.created_at)


def dispute_out(session: Session, d: Dispute) -> DisputeOut:
    numbers = [i.number for i in dispute_service.dispute_invoices(session=session, dispute_id=d.id or 0)]
    return DisputeOut(id=d.id or 0, customer_id=d.customer_id, reason=d.reason, amount=d.amount,
                      currency=d.currency, customer_words=d.customer_words, status=str(d.status),
                      owner_user_id=d.owner_user_id, sla_due=d.sla_due, resolution=d.resolution,
                      invoice_numbers=numbers, source_message_id=d.source_message_id,
                      created_at=d.created_at)


@router.get("/conversations/{id}", response_model=ConversationOut)
def read_conversation(id: int, session: SessionDep, _user: UserDep) -> ConversationOut:  # noqa: A002
    """A conversation: its messages in and out, and its drafts."""
    try:
        conversation = approval.get_conversation(session=session, conversation_id=id)
    except LedgerError as e:
        raise http_error(e) from e
    return ConversationOut(
        id=conversation.id or 0, customer_id=conversation.customer_id, subject=conversation.subject,
        messages=[ConversationMessageOut(id=m.id or 0, direction=m.direction, from_addr=m.from_addr,
                                         subject=m.subject, date=m.sent_at, status=str(m.status),
                                         intent=m.intent)
                  for m in approval.conversation_messages(session=session, conversation_id=id)],
        drafts=[DraftSummaryOut(id=d.id or 0, status=str(d.status), intent=d.intent, subject=d.subject,
                                reply_to_message_id=d.reply_to_message_id)
                for d in approval.conversation_drafts(session=session, conversation_id=id)],
    )


@router.get("/escalations", response_model=list[EscalationOut])
def list_escalations(session: SessionDep, _user: UserDep, status: EscalationStatus | None = None,
                     customer_id: str | None = None) -> list[EscalationOut]:
    """Escalations, newest first."""
    return [escalation_out(e) for e in escalation_service.list_escalations(
        session=session, status=status, customer_id=customer_id)]


@router.post("/escalations/{id}/resolve", response_model=EscalationOut)
def resolve_escalation(id: int, body: ResolveIn, session: SessionDep,  # noqa: A002
                       user: ManagerDep) -> EscalationOut:
    """Resolve an escalation (managers only)."""
    try:
        return escalation_out(escalation_service.resolve_escalation(
            session=session, escalation_id=id, user=user, resolution=body.resolution))
    except LedgerError as e:
        raise http_error(e) from e


@router.get("/promises", response_model=list[PromiseOut])
def list_promises(session: SessionDep, _user: UserDep, status: PromiseStatus | None = None,
                  customer_id: str | None = None) -> list[PromiseOut]:
    """Promises to pay, newest first."""
    return [promise_out(session, p) for p in promise_service.list_promises(
        session=session, customer_id=customer_id, status=status)]


@router.get("/disputes", response_model=list[DisputeOut])
def list_disputes(session: SessionDep, _user: UserDep, status: DisputeStatus | None = None,
                  customer_id: str | None = None) -> list[DisputeOut]:
    """Disputes, newest first."""
    return [dispute_out(session, d) for d in dispute_service.list_disputes(
        session=session, customer_id=customer_id, status=status)]


@router.patch("/disputes/{id}", response_model=DisputeOut)
def patch_dispute(id: int, body: DisputePatch, session: SessionDep, user: UserDep) -> DisputeOut:  # noqa: A002
    """Change a dispute's status, owner, SLA date or resolution (closing needs a resolution)."""
    changes = body.model_dump(exclude_unset=True)
    try:
        dispute = dispute_service.update_dispute(
            session=session, dispute_id=id, actor=f"user:{user.name}", status=changes.get("status"),
            sla_due=changes.get("sla_due"), resolution=changes.get("resolution"),
            **({"owner_user_id": changes["owner_user_id"]} if "owner_user_id" in changes else {}),
        )
    except LedgerError as e:
        raise http_error(e) from e
    return dispute_out(session, dispute)
