"""Cash application: match a stated payment to the customer's open invoices, or leave it to a person.

Order of trust: 1) invoices the customer named, applied oldest due first; 2) one open invoice
whose balance is exactly the amount; 3) one combination of open invoices (up to MAX_COMBINATION
among the OLDEST_CONSIDERED oldest) whose balances sum to the amount within a tolerance for bank
fees. Two equal candidates are ambiguous. A wrong match is worse than none: anything unmatched,
ambiguous or in another currency is recorded as an unapplied payment with an escalation.
A short payment leaves the remainder open and flagged; an overpayment leaves the rest unapplied.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from itertools import combinations
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from agent.ledger import audit
from agent.ledger.customers import open_balance
from agent.ledger.errors import ValidationFailed
from agent.ledger.escalations import EscalationKind, open_escalation
from agent.ledger.models import Escalation, EscalationStatus, Invoice, Payment, PaymentApplication
from agent.ledger.payments import apply_payment
from agent.ledger.scoping import customer_invoices, open_invoices, require_customer, single_currency

OLDEST_CONSIDERED = 25
MAX_COMBINATION = 5
MIN_TOLERANCE = Decimal("1.00")
TOLERANCE_RATIO = Decimal("0.005")


class CashStatus(StrEnum):
    APPLIED = "applied"                # all of the payment applied, its invoices settled
    SHORT_PAID = "short_paid"          # applied; a remainder stays open on an invoice, flagged
    PARTLY_APPLIED = "partly_applied"  # invoices settled; money left over, unapplied and flagged
    UNAPPLIED = "unapplied"            # recorded, not applied; a person must apply it
    NOT_RECORDED = "not_recorded"      # no amount or currency to record; a person must look
    DUPLICATE = "duplicate"            # this remittance was recorded before; nothing changed


@dataclass
class CashResult:
    status: CashStatus
    method: str
    explanation: str
    payment: Payment | None = None
    applications: list[tuple[str, Decimal]] = field(default_factory=list)
    escalation: Escalation | None = None

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-able summary."""
        return {
            "status": self.status.value, "method": self.method, "explanation": self.explanation,
            "payment": self.payment.external_id if self.payment else None,
            "unapplied": money_text(self.payment.unapplied_amount) if self.payment else None,
            "applied": [{"invoice": n, "amount": money_text(a)} for n, a in self.applications],
            "escalation_id": self.escalation.id if self.escalation else None,
        }


def money_text(value: Decimal) -> str:
    """Return an amount as text with two decimals unless it has more (1320.5000 → "1320.50")."""
    cents = value.quantize(Decimal("0.01"))
    return str(cents if cents == value else value.normalize())


def default_tolerance(amount: Decimal) -> Decimal:
    """Return the bank-fee tolerance for a payment: 0.5% of it, at least 1.00."""
    return max((amount * TOLERANCE_RATIO).quantize(Decimal("0.01")), MIN_TOLERANCE)


def remittance_external_id(*, customer_id: str, message_id: int | None, reference: str | None,
                           amount: Decimal, currency: str, paid_on: date) -> str:
    """Return the payment id for a remittance: the same message and reference give the same id."""
    ref = " ".join((reference or "").split())[:60]
    source = f"m{message_id}" if message_id is not None else paid_on.isoformat()
    key = ref or f"{amount}{currency}"
    return f"remit:{customer_id}:{source}:{key}"[:100]


def find_combinations(invoices: Sequence[Invoice], amount: Decimal, tolerance: Decimal,
                      *, limit: int = 2) -> list[tuple[Invoice, ...]]:
    """Return up to `limit` combinations whose open balances sum to amount within tolerance."""
    cents = [(int(open_balance(i) * 100), i) for i in invoices[:OLDEST_CONSIDERED]]
    target, slack = int(amount * 100), int(tolerance * 100)
    found: list[tuple[Invoice, ...]] = []
    for size in range(1, min(MAX_COMBINATION, len(cents)) + 1):
        for combo in combinations(cents, size):
            if abs(sum(c for c, _ in combo) - target) <= slack:
                found.append(tuple(i for _, i in combo))
                if len(found) >= limit:
                    return found
    return found


def _applications(session: Session, payment: Payment) -> list[tuple[str, Decimal]]:
    rows = session.execute(sa.select(col(Invoice.number), col(PaymentApplication.amount))
                        .join(Invoice, col(Invoice.id) == col(PaymentApplication.invoice_id))
                        .where(col(PaymentApplication.payment_id) == payment.id)
                        .order_by(col(PaymentApplication.id))).all()
    return [(n, Decimal(a)) for n, a in rows]


def _duplicate_of(session: Session, customer_id: str, external_id: str, reference: str | None,
                  amount: Decimal, currency: str) -> Payment | None:
    payment = session.exec(select(Payment).where(Payment.external_id == external_id)).first()
    if payment is None and reference:
        # The same check or transfer quoted again in a later email is the same money.
        payment = session.exec(select(Payment).where(
            Payment.customer_id == customer_id, Payment.reference == reference,
            Payment.amount == amount, Payment.currency == currency)).first()
    return payment


def _escalate_once(session: Session, customer_id: str, kind: EscalationKind, reason: str,
                   actor: str, message_id: int | None) -> Escalation:
    if message_id is not None:
        earlier = session.exec(select(Escalation).where(
            Escalation.customer_id == customer_id, Escalation.kind == kind.value,
            Escalation.source_message_id == message_id,
            Escalation.status == EscalationStatus.OPEN)).first()
        if earlier is not None:
            return earlier
    return open_escalation(session=session, customer_id=customer_id, kind=kind, reason=reason,
                           actor=actor, message_id=message_id)


def _choose(session: Session, customer_id: str, named: list[Invoice], amount: Decimal,
            currency: str, tolerance: Decimal) -> tuple[str, list[Invoice], str]:
    """Return (method, invoices to apply to oldest first, why) — no invoices means a person."""
    if named:
        foreign = [i.number for i in named if i.currency != currency]
        if foreign:
            return "none", [], f"currency {currency} differs from invoice(s) {', '.join(foreign)}"
        still_open = sorted((i for i in named if open_balance(i) > 0), key=lambda i: (i.due_date, i.number))
        if not still_open:
            return "none", [], f"named invoice(s) {', '.join(i.number for i in named)} are not open"
        return "named_invoices", still_open, "invoices named by the customer"
    candidates = open_invoices(session=session, customer_id=customer_id, currency=currency)
    if not candidates:
        other = single_currency(open_invoices(session=session, customer_id=customer_id))
        why = f"no open invoice in {currency}" + (f" (open invoices are in {other})" if other else "")
        return "none", [], why
    exact = [i for i in candidates if open_balance(i) == amount]
    if len(exact) == 1:
        return "exact_amount", exact, f"one open invoice of exactly {amount}"
    if len(exact) > 1:
        return "none", [], f"ambiguous: {len(exact)} open invoices of exactly {amount}"
    combos = find_combinations(candidates, amount, tolerance)
    if len(combos) == 1:
        chosen = sorted(combos[0], key=lambda i: (i.due_date, i.number))
        return "combination", chosen, f"one combination of open invoices within {tolerance}"
    if combos:
        return "none", [], f"ambiguous: several combinations of open invoices sum to {amount}"
    return "none", [], f"no open invoice or combination matches {amount} {currency}"


def match_remittance(
    *,
    session: Session,
    customer_id: str,
    amount: Decimal | None,
    currency: str | None,
    invoice_numbers: Sequence[str] = (),
    reference: str | None = None,
    paid_on: date,
    tolerance: Decimal | None = None,
    actor: str,
    message_id: int | None = None,
) -> CashResult:
    """Record a remittance as a Payment and apply it to the customer's invoices where certain.

    Raises ForeignCustomer (before any change) for an invoice number not the customer's.
    Re-running for the same message and reference changes nothing and returns DUPLICATE.
    """
    require_customer(session=session, customer_id=customer_id)
    named = customer_invoices(session=session, customer_id=customer_id, numbers=invoice_numbers)
    reference = (reference or "").strip()[:200] or None
    if amount is not None and amount <= 0:
        raise ValidationFailed("a payment amount must be positive")
    currency = (currency or "").strip().upper() or single_currency(
        named or open_invoices(session=session, customer_id=customer_id))
    if amount is None or currency is None:
        what = "an amount" if amount is None else "a currency"
        why = f"remittance advice without {what}" + (f" (reference {reference})" if reference else "")
        escalation = _escalate_once(session, customer_id, EscalationKind.CASH_APPLICATION,
                                    f"cash application needs a person: {why}", actor, message_id)
        return CashResult(CashStatus.NOT_RECORDED, "none", why, escalation=escalation)
    external_id = remittance_external_id(customer_id=customer_id, message_id=message_id,
                                         reference=reference, amount=amount, currency=currency,
                                         paid_on=paid_on)
    earlier = _duplicate_of(session, customer_id, external_id, reference, amount, currency)
    if earlier is not None:
        return CashResult(CashStatus.DUPLICATE, "none", f"already recorded as payment {earlier.external_id}",
                          payment=earlier, applications=_applications(session, earlier))
    payment = Payment(external_id=external_id, customer_id=customer_id, received_date=paid_on,
                      currency=currency, amount=amount, unapplied_amount=amount, reference=reference,
                      source_message_id=message_id)
    session.add(payment)
    session.flush()
    audit.record(session=session, actor=actor, action="payment.recorded", entity="payment",
                 entity_id=external_id, customer_id=customer_id, message_id=message_id,
                 details={"amount": str(amount), "currency": currency, "reference": reference,
                          "invoices_named": [i.number for i in named]})
    tolerance = default_tolerance(amount) if tolerance is None else tolerance
    method, targets, why = _choose(session, customer_id, named, amount, currency, tolerance)
    if not targets:
        escalation = _escalate_once(session, customer_id, EscalationKind.CASH_APPLICATION,
                                    f"cash application needs a person: payment {external_id} of "
                                    f"{amount} {currency} left unapplied; {why}", actor, message_id)
        return CashResult(CashStatus.UNAPPLIED, method, why, payment=payment, escalation=escalation)
    result = CashResult(CashStatus.APPLIED, method, why, payment=payment)
    for invoice in targets:
        if payment.unapplied_amount <= 0:
            break
        application = apply_payment(session=session, payment=payment, invoice=invoice, actor=actor,
                                    applied_on=paid_on, message_id=message_id,
                                    reason=f"cash application by {method}")
        result.applications.append((invoice.number, application.amount))
    short = [i for i in targets if open_balance(i) > 0]
    if short:
        result.status = CashStatus.SHORT_PAID
        left = ", ".join(f"{i.number} {open_balance(i)} {i.currency}" for i in short)
        result.escalation = _escalate_once(
            session, customer_id, EscalationKind.SHORT_PAYMENT,
            f"short payment {external_id}: remainder open on {left}", actor, message_id)
    elif payment.unapplied_amount > 0:
        result.status = CashStatus.PARTLY_APPLIED
        result.escalation = _escalate_once(
            session, customer_id, EscalationKind.CASH_APPLICATION,
            f"cash application needs a person: {payment.unapplied_amount} {currency} of payment "
            f"{external_id} left unapplied after settling its invoices", actor, message_id)
    audit.record(session=session, actor=actor, action="payment.matched", entity="payment",
                 entity_id=external_id, customer_id=customer_id, message_id=message_id, reason=why,
                 details={"method": method, "status": result.status.value,
                          "applied": [[n, str(a)] for n, a in result.applications]})
    return result
