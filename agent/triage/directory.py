"""The ledger as triage sees it: customers by address and domain, invoice numbers as spelled.

`LedgerDirectory` is pure and in memory (built once per run or per worker), so that triage of a
message costs dictionary look-ups, not queries. `load_directory(session)` builds it with the
ledger services.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from agent.triage.result import CustomerLedger, InvoiceRef

if TYPE_CHECKING:
    from sqlmodel import Session

# Shared mailbox providers: a sender's domain there says nothing about the customer.
FREE_MAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.es",
    "yahoo.com.br", "ymail.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr", "hotmail.es",
    "hotmail.it", "outlook.com", "outlook.fr", "outlook.de", "live.com", "live.fr", "msn.com",
    "aol.com", "icloud.com", "me.com", "mac.com", "gmx.de", "gmx.net", "gmx.com", "web.de",
    "t-online.de", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "libero.it",
    "virgilio.it", "tiscali.it", "uol.com.br", "bol.com.br", "terra.com.br", "proton.me",
    "protonmail.com", "zoho.com", "mail.com", "yandex.com", "yandex.ru", "rediffmail.com",
    "ziggo.nl", "kpnmail.nl", "planet.nl", "telenet.be", "skynet.be", "bigpond.com",
    "sapo.pt", "btinternet.com", "comcast.net", "verizon.net", "att.net", "qq.com", "163.com",
})

_NON_ALNUM = re.compile(r"[^0-9A-Z]")
_LEADING_LETTERS = re.compile(r"^[A-Z]+")


def normalize_number(text: str) -> str:
    """Return a document number reduced to upper-case letters and digits ("inv 10023" → "INV10023")."""
    return _NON_ALNUM.sub("", text.upper())


def core_number(text: str) -> str:
    """Return the number without its letter prefix ("INV-10023" → "10023", "PO 65712" → "65712")."""
    return _LEADING_LETTERS.sub("", normalize_number(text))


def _near_misses(candidate: str, number: str) -> bool:
    """Tell whether two digit strings differ by one substituted digit or one adjacent swap."""
    if len(candidate) != len(number) or candidate == number:
        return False
    diffs = [i for i, (a, b) in enumerate(zip(candidate, number, strict=True)) if a != b]
    if len(diffs) == 1:
        return True
    if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
        i = diffs[0]
        return candidate[i] == number[i + 1] and candidate[i + 1] == number[i]
    return False


@dataclass(frozen=True)
class DirectoryInvoice:
    """One invoice as the directory knows it."""

    number: str
    customer_id: str
    currency: str
    amount: Decimal
    open_amount: Decimal
    po_number: str | None = None
    due_date: date | None = None
    status: str = "open"


@dataclass
class LedgerDirectory:
    """Customers, contacts and invoices in memory, with the look-ups triage needs."""

    customer_names: dict[str, str] = field(default_factory=dict)
    by_email: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_domain: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    invoices: dict[str, DirectoryInvoice] = field(default_factory=dict)
    by_full: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_core: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_po: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_customer: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    # ------------------------------------------------------------------ building

    def add_customer(self, customer_id: str, name: str = "") -> None:
        """Register a customer."""
        self.customer_names.setdefault(customer_id, name)

    def add_contact(self, customer_id: str, email: str) -> None:
        """Register an address that speaks for a customer (its domain too, unless free mail)."""
        email = email.strip().lower()
        if "@" not in email:
            return
        self.add_customer(customer_id)
        self.by_email[email].add(customer_id)
        domain = email.rsplit("@", 1)[1]
        if domain not in FREE_MAIL_DOMAINS:
            self.by_domain[domain].add(customer_id)

    def add_invoice(self, invoice: DirectoryInvoice) -> None:
        """Register an invoice under its number, its digits and its PO number."""
        self.add_customer(invoice.customer_id)
        self.invoices[invoice.number] = invoice
        self.by_customer[invoice.customer_id].append(invoice.number)
        self.by_full[normalize_number(invoice.number)].add(invoice.number)
        core = core_number(invoice.number)
        if core:
            self.by_core[core].add(invoice.number)
        if invoice.po_number:
            self.by_po[normalize_number(invoice.po_number)].add(invoice.number)
            po_core = core_number(invoice.po_number)
            if po_core:
                self.by_po[po_core].add(invoice.number)

    # ------------------------------------------------------------------ customers

    def customers_for_address(self, address: str | None) -> set[str]:
        """Return the customers this exact address speaks for."""
        if not address:
            return set()
        return set(self.by_email.get(address.strip().lower(), ()))

    def customers_for_domain(self, address: str | None) -> set[str]:
        """Return the customers whose contacts share this address's domain (not free mail)."""
        if not address or "@" not in address:
            return set()
        domain = address.strip().lower().rsplit("@", 1)[1]
        if domain in FREE_MAIL_DOMAINS:
            return set()
        found = set(self.by_domain.get(domain, ()))
        # A subdomain of a known domain (ap.acme.com) speaks for acme.com.
        parts = domain.split(".")
        for i in range(1, len(parts) - 1):
            found |= self.by_domain.get(".".join(parts[i:]), set())
        return found

    def is_known_sender(self, address: str | None) -> bool:
        """Tell whether the address or its domain belongs to a customer."""
        return bool(self.customers_for_address(address) or self.customers_for_domain(address))

    def customer_currency(self, customer_id: str | None) -> str | None:
        """Return the currency most of the customer's invoices are in."""
        if customer_id is None:
            return None
        counts: dict[str, int] = defaultdict(int)
        for number in self.by_customer.get(customer_id, ()):
            counts[self.invoices[number].currency] += 1
        return max(counts, key=lambda c: counts[c]) if counts else None

    def customer_ledger(self, customer_id: str) -> CustomerLedger:
        """Return the customer's slice of the ledger."""
        refs = [
            InvoiceRef(
                number=inv.number, po_number=inv.po_number, amount=inv.amount,
                currency=inv.currency, open_amount=inv.open_amount, due_date=inv.due_date,
                status=inv.status,
            )
            for inv in (self.invoices[n] for n in self.by_customer.get(customer_id, ()))
        ]
        return CustomerLedger(
            customer_id=customer_id, customer_name=self.customer_names.get(customer_id, ""),
            invoices=refs,
        )

    # ------------------------------------------------------------------ invoices

    def exact_invoices(self, token: str, *, po: bool = False) -> set[str]:
        """Return the invoices a written number names exactly (number, digits or PO number)."""
        full = normalize_number(token)
        core = core_number(token)
        if po:
            return set(self.by_po.get(full, ())) | set(self.by_po.get(core, ()))
        found = set(self.by_full.get(full, ()))
        if not found and core:
            found = set(self.by_core.get(core, ()))
        if not found:
            found = set(self.by_po.get(full, ())) | set(self.by_po.get(core, ()))
        return found

    def fuzzy_invoice(self, token: str, customer_id: str) -> str | None:
        """Return the one invoice of this customer a mistyped number can mean, else None."""
        core = core_number(token)
        if not core.isdigit() or len(core) < 4:
            return None
        hits = {
            number for number in self.by_customer.get(customer_id, ())
            if _near_misses(core, core_number(number))
        }
        return hits.pop() if len(hits) == 1 else None

    def resolve_invoices(
        self, tokens: Iterable[tuple[str, bool]], customer_id: str | None
    ) -> tuple[list[str], set[str]]:
        """Map written numbers to ledger invoices of this customer.

        Args:
            tokens: (written number, written as a PO number) in order of appearance.
            customer_id: the resolved customer; when None, every exact match is kept.

        Returns:
            The customer's invoice numbers as the ledger spells them (in order, no repeats), and
            the customers that own the exactly-matched numbers (used for unknown senders).
        """
        numbers: list[str] = []
        owners: set[str] = set()
        misses: list[str] = []
        for token, is_po in tokens:
            exact = self.exact_invoices(token, po=is_po)
            if not exact and is_po:
                exact = self.exact_invoices(token)
            owners |= {self.invoices[n].customer_id for n in exact}
            if customer_id is not None:
                exact = {n for n in exact if self.invoices[n].customer_id == customer_id}
            if exact:
                numbers.extend(sorted(exact))
            else:
                misses.append(token)
        if customer_id is not None:
            for token in misses:
                guess = self.fuzzy_invoice(token, customer_id)
                if guess is not None:
                    numbers.append(guess)
        return list(dict.fromkeys(numbers)), owners


def load_directory(session: Session) -> LedgerDirectory:
    """Build the directory from the ledger database with the ledger services."""
    from agent.ledger.customers import list_contacts, list_customers, list_invoices, open_balance

    directory = LedgerDirectory()
    for customer in list_customers(session=session):
        directory.add_customer(customer.id, customer.name)
    for contact in list_contacts(session=session):
        directory.add_contact(contact.customer_id, contact.email)
    for invoice in list_invoices(session=session):
        directory.add_invoice(DirectoryInvoice(
            number=invoice.number, customer_id=invoice.customer_id, currency=invoice.currency,
            amount=invoice.amount, open_amount=open_balance(invoice), po_number=invoice.po_number,
            due_date=invoice.due_date, status=str(invoice.status),
        ))
    return directory
