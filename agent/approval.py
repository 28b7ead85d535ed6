"""Approving and rejecting drafts: the only way a reply reaches the outbox.

`approve_draft` re-checks an edited draft with the guard, builds the email threaded under the
customer's message (In-Reply-To, References), attaches the documents, queues it in the outbox
(sent exactly once by the worker) and records who approved it. Specialists approve ordinary
drafts; a draft that carries an escalation or a payment plan beyond policy needs a manager.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, col, select

from agent import draft_guard
from agent.ledger import audit
from agent.ledger.errors import LedgerError, NotFound, ValidationFailed
from agent.ledger.escalations import PermissionDenied
from agent.ledger.models import (
    Conversation,
    Document,
    Draft,
    DraftStatus,
    MailMessage,
    OutboundEmail,
    Role,
    User,
    utcnow,
)
from agent.mail.outbox import HeaderInjectionError, OutgoingAttachment, build_email, queue_email
from agent.mail.parse import parse_message

log = logging.getLogger(__name__)

# Actions whose drafts need a manager's approval: what the AR policy leaves to managers. Cash
# application escalations (short or unmatched payments) are routine and stay with specialists.
MANAGER_TOOLS = frozenset({"escalate"})


class DraftNotPending(LedgerError):
    """The draft was already approved, rejected or sent."""


class DraftRejectedByGuard(ValidationFailed):
    """An edited draft breaks a guard rule (foreign recipient, figure, link...)."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = list(problems)


def get_draft(*, session: Session, draft_id: int) -> Draft:
    """Return the draft or raise NotFound."""
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise NotFound(f"draft {draft_id} not found")
    return draft


def list_drafts(*, session: Session, status: DraftStatus | None = None, limit: int = 200,
                offset: int = 0) -> Sequence[Draft]:
    """Return drafts, oldest first (the order a specialist works the inbox)."""
    query = select(Draft).order_by(col(Draft.id)).offset(offset).limit(limit)
    if status is not None:
        query = query.where(Draft.status == status)
    return session.exec(query).all()


def draft_documents(*, session: Session, draft: Draft) -> list[Document]:
    """Return the draft's attachments that belong to its customer (or to every customer)."""
    if not draft.attachment_document_ids:
        return []
    rows = session.exec(select(Document).where(col(Document.id).in_(draft.attachment_document_ids))).all()
    return [d for d in rows if d.customer_id in (None, draft.customer_id)]


def get_conversation(*, session: Session, conversation_id: int) -> Conversation:
    """Return the conversation or raise NotFound."""
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        raise NotFound(f"conversation {conversation_id} not found")
    return conversation


def conversation_messages(*, session: Session, conversation_id: int) -> Sequence[MailMessage]:
    """Return a conversation's messages, in and out, oldest first."""
    return session.exec(select(MailMessage).where(MailMessage.conversation_id == conversation_id)
                        .order_by(col(MailMessage.id))).all()


def conversation_drafts(*, session: Session, conversation_id: int) -> Sequence[Draft]:
    """Return a conversation's drafts, oldest first."""
    return session.exec(select(Draft).where(Draft.conversation_id == conversation_id)
                        .order_by(col(Draft.id))).all()


def needs_manager(draft: Draft) -> bool:
    """Tell whether approving this draft is a manager's call (escalation, plan beyond policy)."""
    for action in draft.actions or []:
        tool = str(action.get("tool") or action.get("name") or "")
        if tool in MANAGER_TOOLS:
            return True
        if tool == "propose_payment_plan" and (action.get("within_policy") is False
                                               or action.get("needs_manager")):
            return True
    return False


def approve_draft(
    *,
    session: Session,
    draft_id: int,
    user: User | None,
    settings: Any,
    subject: str | None = None,
    body: str | None = None,
) -> OutboundEmail:
    """Approve a pending draft (optionally edited) and queue its email; return the outbox row.

    Args:
        user: the approving person; None when the send policy approves on its own.
        settings: gives from_address, from_name and the link allow-list.
    Raises:
        NotFound, DraftNotPending, PermissionDenied, DraftRejectedByGuard.
    """
    draft = session.exec(select(Draft).where(Draft.id == draft_id).with_for_update()).first()
    if draft is None:
        raise NotFound(f"draft {draft_id} not found")
    if draft.status != DraftStatus.PENDING:
        raise DraftNotPending(f"draft {draft_id} is {draft.status}, not pending")
    if user is not None and needs_manager(draft) and user.role != Role.MANAGER:
        raise PermissionDenied(f"draft {draft_id} carries an escalation or a plan beyond policy; "
                               "a manager must approve it")
    if draft.customer_id is None:
        raise ValidationFailed(f"draft {draft_id} has no customer")
    actor = f"user:{user.name}" if user is not None else "policy"
    edited = (subject is not None and subject != draft.subject) or (body is not None and body != draft.body)
    new_subject = draft.subject if subject is None else subject
    new_body = draft.body if body is None else body
    reply_to = session.get(MailMessage, draft.reply_to_message_id) if draft.reply_to_message_id else None
    parsed = parse_message(reply_to.raw) if reply_to is not None else None  # it never raises
    if edited:
        facts = draft_guard.gather_facts(
            session=session, customer_id=draft.customer_id, actions=draft.actions,
            customer_text=(parsed.new_text or parsed.text) if parsed is not None else "",
            stated_amounts=_stated_amounts(reply_to),
            allowed_link_domains=settings.allowed_link_domains,
        )
        # The original draft's own figures stay allowed: a person edits around them.
        facts.amounts |= draft_guard.amounts_in(draft.body)
        problems = draft_guard.check_draft(session=session, facts=facts, to_addrs=draft.to_addrs,
                                           cc_addrs=draft.cc_addrs, subject=new_subject, body=new_body)
        if problems:
            raise DraftRejectedByGuard(problems)
    in_reply_to, references = None, []
    if reply_to is not None and parsed is not None:
        in_reply_to = reply_to.message_id_header
        references = parsed.references
    attachments = [OutgoingAttachment(filename=d.filename, data=d.content, content_type=d.content_type)
                   for d in draft_documents(session=session, draft=draft)]
    try:
        email = build_email(
            from_addr=settings.from_address, from_name=settings.from_name, to_addrs=draft.to_addrs,
            cc_addrs=draft.cc_addrs, subject=new_subject, text=new_body, in_reply_to=in_reply_to,
            references=references, attachments=attachments,
        )
    except (HeaderInjectionError, ValueError) as e:
        raise DraftRejectedByGuard([str(e)]) from e
    row = queue_email(session=session, message=email, customer_id=draft.customer_id,
                      conversation_id=draft.conversation_id, draft_id=draft.id)
    draft.subject, draft.body = new_subject, new_body
    draft.status = DraftStatus.APPROVED
    draft.decided_by_user_id = user.id if user is not None else None
    draft.decided_at = utcnow()
    session.add(draft)
    audit.record(session=session, actor=actor, action="draft.approved", entity="draft",
                 entity_id=draft.id, customer_id=draft.customer_id,
                 message_id=draft.reply_to_message_id, reason="edited" if edited else None,
                 details={"outbound_id": row.id, "message_id": row.message_id_header,
                          "to": draft.to_addrs, "attachments": [a.filename for a in attachments]})
    log.info("draft id=%s customer=%s: approved by %s, queued as %s", draft.id, draft.customer_id,
             actor, row.message_id_header)
    return row


def reject_draft(*, session: Session, draft_id: int, user: User, reason: str) -> Draft:
    """Reject a pending draft with a reason; nothing is sent."""
    if not reason.strip():
        raise ValidationFailed("a rejection needs a reason")
    draft = get_draft(session=session, draft_id=draft_id)
    if draft.status != DraftStatus.PENDING:
        raise DraftNotPending(f"draft {draft_id} is {draft.status}, not pending")
    draft.status = DraftStatus.REJECTED
    draft.reject_reason = reason.strip()[:2000]
    draft.decided_by_user_id = user.id
    draft.decided_at = utcnow()
    session.add(draft)
    audit.record(session=session, actor=f"user:{user.name}", action="draft.rejected", entity="draft",
                 entity_id=draft.id, customer_id=draft.customer_id,
                 message_id=draft.reply_to_message_id, reason=draft.reject_reason)
    return draft


def _stated_amounts(message: MailMessage | None) -> list[Any]:
    triage = (message.triage or {}) if message is not None else {}
    return [triage["amount"]] if triage.get("amount") is not None else []
