"""Contacts: who speaks for a customer; redirects, AP portals and bounces.

A new address at a domain none of the customer's contacts use is added inactive, pending a
person's check: a reply must not be able to redirect a customer's invoices to a stranger.
"""

from __future__ import annotations

import re

from sqlmodel import Session, select

from agent.ledger import audit
from agent.ledger.errors import ValidationFailed
from agent.ledger.models import Contact, ContactStatus
from agent.ledger.scoping import require_customer

_EMAIL = re.compile(r"^[^@\s<>,;\"']+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
ROLES = ("billing", "ap", "portal", "redirect", "other")


def _domain(email: str) -> str:
    return email.rsplit("@", 1)[-1].lower()


def update_contact(
    *,
    session: Session,
    customer_id: str,
    email: str,
    name: str | None = None,
    role: str | None = None,
    note: str | None = None,
    redirect: bool = False,
    actor: str,
    message_id: int | None = None,
) -> Contact:
    """Add or update one of the customer's contacts.

    Args:
        role: billing, ap, portal, redirect or other.
        note: e.g. the AP portal to submit invoices through, or who replaces whom.
        redirect: the customer asked to write to this address from now on; it becomes primary.
    """
    require_customer(session=session, customer_id=customer_id)
    email = email.strip().lower()
    if not _EMAIL.match(email) or len(email) > 320:
        raise ValidationFailed(f"{email!r} is not an email address")
    role = (role or "").strip().lower() or None
    if role is not None and role not in ROLES:
        raise ValidationFailed(f"unknown contact role {role!r}; one of {', '.join(ROLES)}")
    contacts = list(session.exec(select(Contact).where(Contact.customer_id == customer_id)))
    contact = next((c for c in contacts if c.email == email), None)
    created = contact is None
    if contact is None:
        known_domains = {_domain(c.email) for c in contacts}
        verified = not known_domains or _domain(email) in known_domains
        contact = Contact(customer_id=customer_id, email=email,
                          status=ContactStatus.ACTIVE if verified else ContactStatus.INACTIVE)
        if not verified:
            note = f"pending verification: new domain {_domain(email)}" + (f"; {note}" if note else "")
        session.add(contact)
    if name:
        contact.name = name.strip()[:200]
    if role:
        contact.role = role
    if note:
        contact.note = note.strip()[:2000]
    if redirect and contact.status == ContactStatus.ACTIVE:
        for other in contacts:
            other.is_primary = other is contact
        contact.is_primary = True
    session.flush()
    audit.record(session=session, actor=actor, action="contact.added" if created else "contact.updated",
                 entity="contact", entity_id=contact.id, customer_id=customer_id, message_id=message_id,
                 reason=note, details={"email": email, "role": contact.role, "status": str(contact.status),
                                       "redirect": redirect, "primary": contact.is_primary})
    return contact


def mark_bounced(
    *, session: Session, customer_id: str, email: str, actor: str, message_id: int | None = None,
    reason: str | None = None,
) -> Contact | None:
    """Mark the customer's contact with this address bounced; None if it has no such contact."""
    contact = session.exec(select(Contact).where(
        Contact.customer_id == customer_id, Contact.email == email.strip().lower())).first()
    if contact is None:
        return None
    if contact.status != ContactStatus.BOUNCED:
        contact.status = ContactStatus.BOUNCED
        contact.is_primary = False
        audit.record(session=session, actor=actor, action="contact.bounced", entity="contact",
                     entity_id=contact.id, customer_id=customer_id, message_id=message_id,
                     reason=reason, details={"email": contact.email})
        session.flush()
        if not active_contacts(session=session, customer_id=customer_id):
            _ask_for_a_new_contact(session, customer_id, contact.email, actor, message_id)
    return contact


def _ask_for_a_new_contact(session: Session, customer_id: str, email: str, actor: str,
                           message_id: int | None) -> None:
    """Open one task for a person to find a new contact once no address of the customer works."""
    from agent.ledger.escalations import EscalationKind, open_escalation_once

    open_escalation_once(session=session, customer_id=customer_id, kind=EscalationKind.CONTACT, actor=actor,
                         message_id=message_id,
                         reason=f"every contact bounced (last: {email}); reminders are held until a new one is found")


def active_contacts(*, session: Session, customer_id: str) -> list[Contact]:
    """Return the customer's active contacts, primary first."""
    return sorted(session.exec(select(Contact).where(
        Contact.customer_id == customer_id, Contact.status == ContactStatus.ACTIVE)),
        key=lambda c: (not c.is_primary, c.id or 0))
