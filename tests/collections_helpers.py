"""Helpers for the collections tests: a small two-customer ledger and a stored message."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

from sqlmodel import Session

from agent.ledger.models import Contact, Customer, Invoice, MailMessage, Role, User

AS_OF = date(2026, 11, 20)


def add_invoice(session: Session, customer_id: str, number: str, amount: str, due: date,
                currency: str = "USD") -> Invoice:
    invoice = Invoice(number=number, customer_id=customer_id, issue_date=date(2026, 8, 1), due_date=due,
                      currency=currency, amount=Decimal(amount))
    session.add(invoice)
    session.flush()
    return invoice


def add_message(session: Session, customer_id: str, text: str = "hello") -> int:
    raw = f"From: ap@{customer_id.lower()}.example\r\nSubject: re\r\n\r\n{text}".encode()
    message = MailMessage(message_id_header=f"<{hashlib.sha1(raw).hexdigest()}@test>",
                          sha256=hashlib.sha256(raw).hexdigest(), raw=raw, customer_id=customer_id)
    session.add(message)
    session.flush()
    return message.id  # type: ignore[return-value]


def seed_ledger(session: Session) -> None:
    """C1 Acme: five USD invoices and one EUR; C2 Bolt: one USD invoice."""
    session.add(Customer(id="C1", name="Acme Corp"))
    session.add(Customer(id="C2", name="Bolt GmbH"))
    session.flush()
    session.add(Contact(customer_id="C1", email="ap@acme.example", is_primary=True))
    session.add(Contact(customer_id="C2", email="ap@bolt.example"))
    session.flush()
    add_invoice(session, "C1", "INV-100", "1000.00", date(2026, 9, 1))
    add_invoice(session, "C1", "INV-101", "250.00", date(2026, 9, 15))
    add_invoice(session, "C1", "INV-102", "480.00", date(2026, 10, 1))
    add_invoice(session, "C1", "INV-103", "1320.50", date(2026, 10, 15))
    add_invoice(session, "C1", "INV-104", "75.25", date(2026, 11, 1))
    add_invoice(session, "C1", "INV-200", "900.00", date(2026, 10, 20), currency="EUR")
    add_invoice(session, "C2", "INV-900", "250.00", date(2026, 9, 15))
    session.commit()


def add_user(session: Session, name: str, role: Role) -> User:
    user = User(name=name, role=role)
    session.add(user)
    session.flush()
    return user


def invoice(session: Session, number: str) -> Invoice:
    from sqlmodel import select
    return session.exec(select(Invoice).where(Invoice.number == number)).one()
