"""Thread one parsed message: which customer, which conversation, which of their invoices."""

from __future__ import annotations

import logging
from collections.abc import Collection

from sqlmodel import Session

from agent.ledger import threading as threads
from agent.ledger.models import MailMessage
from agent.mail.parse import ParsedMessage

log = logging.getLogger(__name__)


def thread_message(
    *,
    session: Session,
    message: MailMessage,
    parsed: ParsedMessage,
    own_addresses: Collection[str] = (),
) -> threads.ThreadResult:
    """Decide the message's customer and conversation and record it; return the decision.

    Order: our own thread (In-Reply-To, then References newest first), else the sender's address,
    then the sender's domain among the contacts, else a bounce's failed recipient. Invoice numbers
    in the subject and text pick the conversation within that customer, never the customer.
    A message from one of own_addresses gets matched_by="own" and is not threaded.
    """
    sender = (parsed.from_addr or message.from_addr or "").lower() or None
    if sender and sender in {a.lower() for a in own_addresses}:
        return threads.ThreadResult(matched_by="own", notes=["sent from our own address"])
    result = _decide(session, message, parsed, sender)
    threads.assign(session=session, message=message, result=result)
    log.info(
        "message id=%s from=%s: customer=%s conversation=%s by=%s%s",
        message.id,
        sender,
        result.customer_id,
        result.conversation_id,
        result.matched_by,
        f" notes={result.notes}" if result.notes else "",
    )
    return result


def _decide(
    session: Session, message: MailMessage, parsed: ParsedMessage, sender: str | None
) -> threads.ThreadResult:
    result = threads.ThreadResult()
    subject = parsed.subject or message.subject or ""
    new_text = parsed.new_text or parsed.text
    keys = threads.invoice_candidates(f"{subject}\n{parsed.text}")
    near_keys = threads.invoice_candidates(f"{subject}\n{new_text}")
    ids = list(parsed.in_reply_to) + [
        r for r in reversed(parsed.references) if r not in parsed.in_reply_to
    ]
    conversation = threads.conversation_from_headers(session=session, message_ids=ids)
    customer, how, notes = threads.sender_customer(session=session, address=sender)
    result.notes.extend(notes)
    if conversation is not None and conversation.customer_id is not None:
        if customer is not None and customer != conversation.customer_id:
            result.notes.append(
                f"reply in customer {conversation.customer_id}'s thread, but the sender is a "
                f"contact of customer {customer}; left for a person to assign"
            )
            return result
        customer, how = conversation.customer_id, "thread"
    elif customer is None and parsed.bounce is not None:
        customer, how = _bounce_customer(session, parsed)
    if customer is None:
        named = threads.other_customers_for_invoices(
            session=session, keys=near_keys, customer_id=None
        )
        if named:
            result.notes.append(
                "unknown sender names invoices of: "
                + ", ".join(f"{number} ({owner})" for number, owner in sorted(named.items()))
            )
        return result
    result.customer_id, result.matched_by = customer, how
    result.invoice_numbers = threads.customer_invoices_in(
        session=session, customer_id=customer, keys=keys
    )
    own_keys = {threads.invoice_key(n) for n in result.invoice_numbers}
    others = threads.other_customers_for_invoices(
        session=session, keys=near_keys - own_keys, customer_id=customer
    )
    if others:
        result.notes.append(
            "text names invoices of other customers ("
            + ", ".join(f"{number} ({owner})" for number, owner in sorted(others.items()))
            + f"); trusted the sender's customer {customer}"
        )
    if conversation is None:
        conversation = threads.find_or_start_conversation(
            session=session,
            customer_id=customer,
            subject=subject,
            invoice_numbers=result.invoice_numbers,
            at=message.sent_at,
        )
    result.conversation_id = conversation.id
    return result


def _bounce_customer(session: Session, parsed: ParsedMessage) -> tuple[str | None, str | None]:
    """Map a bounce to the customer whose contact address failed."""
    if parsed.bounce is None:
        return None, None
    owners: set[str] = set()
    for address in parsed.bounce.failed_recipients:
        owners |= threads.customers_for_address(session=session, address=address)
    if not owners:  # a colleague's address we never had as a contact: the domain says whose it was
        for address in parsed.bounce.failed_recipients:
            owners |= threads.customers_for_domain(session=session, domain=address.rpartition("@")[2])
    return (next(iter(owners)), "bounce") if len(owners) == 1 else (None, None)
