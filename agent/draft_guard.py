"""Check a draft in code before it is stored or sent: only this customer's people and figures.

The guard does not trust whoever wrote the draft (a template, the model, or a person editing
it). It refuses recipients that are not the customer's contacts, header injection, links outside
an allow-list, invoice numbers that are not the customer's, amounts that appear nowhere in the
customer's ledger or in what was done for them, and other customers' names.

What happens to a violation is the caller's choice (see `agent.pipeline` and `agent.approval`):
an LLM draft that fails is replaced by the local template draft, with the violations kept as
review reasons; an edited draft that fails is refused at approval.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlmodel import Session

from agent.ledger import customers as customer_service
from agent.ledger import threading as threads
from agent.ledger.models import ContactStatus

# Currency markers Babel writes in the supported locales, and ISO codes.
_CURRENCY = (r"(?:[$€£¥₹]|US\$|R\$|CA\$|A\$|MX\$|NZ\$|"
             r"\b(?:USD|EUR|GBP|CAD|AUD|NZD|CHF|JPY|BRL|MXN|SEK|NOK|DKK|INR|CNY|ZAR|PLN|CZK)\b)")
_NUMBER = r"(?<![\d.,])(?:\d{1,3}(?:[.,\u00a0\u202f' ]\d{3})+|\d+)(?:[.,]\d{1,2})?(?!\d)"
_AMOUNT_WITH_CURRENCY = re.compile(
    rf"(?:{_CURRENCY}\s?(?P<a>{_NUMBER}))|(?:(?P<b>{_NUMBER})\s?{_CURRENCY})"
)
# A number with two decimals is a figure even without a currency marker ("4200.00").
_BARE_DECIMAL = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,\u00a0\u202f' ]\d{3})*[.,]\d{2}(?![\w]|[.,]\d)")
_DATE_LIKE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
# INV-10023, F2024-001, #10023, or a bare run of 5+ digits: what an invoice number looks like.
_INVOICE_LIKE = re.compile(r"(?<![\w])(?:[A-Z]{1,6}[-#/]?\d[\d\-/]{2,}\d|#\s?\d{4,}|\d{5,})(?![\w])")
_LINK = re.compile(r"(?i)\b(?:https?://|ftp://|www\.)[^\s<>\"')\]]+")
_MAILTO = re.compile(r"(?i)\bmailto:[^\s<>\"')\]]+")
_ADDRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


@dataclass
class GuardFacts:
    """What a draft for one customer may mention, gathered from the ledger and the actions."""

    customer_id: str
    contact_emails: set[str] = field(default_factory=set)
    invoice_keys: set[str] = field(default_factory=set)
    amounts: set[Decimal] = field(default_factory=set)
    own_name: str = ""
    other_names: list[str] = field(default_factory=list)
    allowed_link_domains: set[str] = field(default_factory=set)
    customer_text: str = ""


def parse_amount(text: str) -> Decimal | None:
    """Parse a figure written in any of the supported locales ("4,200.00", "4.200,00", "4 200")."""
    cleaned = re.sub(r"[\u00a0\u202f' ]", "", text.strip())
    if not cleaned:
        return None
    last = max(cleaned.rfind("."), cleaned.rfind(","))
    if last >= 0 and len(cleaned) - last - 1 in (1, 2):
        whole, decimals = cleaned[:last], cleaned[last + 1:]
        whole = re.sub(r"[.,]", "", whole)
        cleaned = f"{whole}.{decimals}"
    else:
        cleaned = re.sub(r"[.,]", "", cleaned)
    try:
        return Decimal(cleaned).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


def _key(value: Decimal | float | int | str) -> Decimal | None:
    try:
        return Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return None


def _walk_numbers(value: Any) -> Iterable[Decimal]:
    """Yield every number found in an actions log (results of this customer's tool calls)."""
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, (int, float, Decimal)):
        if (k := _key(value)) is not None:
            yield k
    elif isinstance(value, str):
        if re.fullmatch(r"-?\d+(?:\.\d+)?", value.strip()) and (k := _key(value)) is not None:
            yield k
    elif isinstance(value, dict):
        for item in value.values():
            yield from _walk_numbers(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _walk_numbers(item)


def gather_facts(
    *,
    session: Session,
    customer_id: str,
    actions: Sequence[dict[str, Any]] = (),
    stated_amounts: Iterable[Decimal] = (),
    customer_text: str = "",
    allowed_link_domains: Iterable[str] = (),
) -> GuardFacts:
    """Collect what a draft to this customer may contain."""
    customer = customer_service.get_customer(session=session, customer_id=customer_id)
    facts = GuardFacts(customer_id=customer_id, own_name=customer.name,
                       allowed_link_domains={d.lower().strip() for d in allowed_link_domains if d},
                       customer_text=customer_text)
    facts.contact_emails = {
        c.email.lower() for c in customer_service.list_contacts(session=session, customer_id=customer_id)
        if c.status != ContactStatus.BOUNCED
    }
    totals: dict[str, Decimal] = {}
    for invoice in customer_service.list_invoices(session=session, customer_id=customer_id):
        for written in filter(None, (invoice.number, invoice.po_number)):
            facts.invoice_keys.add(_full_key(written))
            facts.invoice_keys.add(threads.invoice_key(written))
        open_amount = customer_service.open_balance(invoice)
        for figure in (invoice.amount, invoice.paid_amount, open_amount):
            if (k := _key(figure)) is not None:
                facts.amounts.add(k)
        totals[invoice.currency] = totals.get(invoice.currency, Decimal(0)) + open_amount
    facts.amounts.update(k for v in totals.values() if (k := _key(v)) is not None)
    # Only what a tool did for this customer counts; a refused call's arguments prove nothing.
    facts.amounts.update(_walk_numbers([a for a in actions if a.get("ok", True) is not False]))
    facts.amounts.update(k for v in stated_amounts if v is not None and (k := _key(v)) is not None)
    own = customer.name.lower()
    facts.other_names = [
        c.name for c in customer_service.list_customers(session=session)
        if c.id != customer_id and len(c.name.strip()) >= 4 and c.name.lower() not in own
    ]
    return facts


def _full_key(number: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", number).upper()


def check_draft(
    *,
    session: Session,
    facts: GuardFacts,
    to_addrs: Sequence[str],
    cc_addrs: Sequence[str],
    subject: str,
    body: str,
) -> list[str]:
    """Return the reasons this draft may not be sent as it is (empty when it passes)."""
    problems: list[str] = []
    if not to_addrs:
        problems.append("the draft has no recipient")
    for address in [*to_addrs, *cc_addrs]:
        if "\r" in address or "\n" in address or not _ADDRESS.match(address.strip()):
            problems.append(f"recipient {address[:80]!r} is not a valid address")
        elif address.strip().lower() not in facts.contact_emails:
            problems.append(f"recipient {address} is not an active contact of customer "
                            f"{facts.customer_id}")
    if "\r" in subject or "\n" in subject:
        problems.append("the subject contains a line break (header injection)")
    text = f"{subject}\n{body}"
    problems += _check_links(text, facts)
    problems += _check_invoice_numbers(session, text, facts)
    problems += _check_amounts(text, facts)
    lowered = text.lower()
    for name in facts.other_names:
        key = name.lower()
        # The plain substring test first: a regex per customer on every draft is costly with
        # thousands of customers (and past re's cache of 512 patterns each is compiled anew).
        if key in lowered and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", lowered):
            problems.append(f"the draft names another customer ({name})")
    return list(dict.fromkeys(problems))


def _check_links(text: str, facts: GuardFacts) -> list[str]:
    problems = []
    for match in [*_LINK.finditer(text), *_MAILTO.finditer(text)]:
        link = match.group(0)
        host = re.sub(r"(?i)^(?:https?://|ftp://|mailto:[^@]*@)", "", link).split("/")[0].split(":")[0]
        host = host.lower().removeprefix("www.")
        if not any(host == d or host.endswith("." + d) for d in facts.allowed_link_domains):
            problems.append(f"the draft contains a link that is not allowed: {link[:80]}")
    return problems


def _check_invoice_numbers(session: Session, text: str, facts: GuardFacts) -> list[str]:
    problems = []
    unknown: set[str] = set()
    for match in _INVOICE_LIKE.finditer(text):
        token = match.group(0)
        if _YEAR.match(token) or _DATE_LIKE.match(token):
            continue
        full, core = _full_key(token), threads.invoice_key(token)
        if full in facts.invoice_keys or core in facts.invoice_keys:
            continue
        unknown.add(core or full)
        if token not in facts.customer_text:
            problems.append(f"the draft mentions {token}, which is not an invoice of customer "
                            f"{facts.customer_id}")
    foreign = threads.other_customers_for_invoices(session=session, keys=unknown,
                                                   customer_id=facts.customer_id)
    for number in sorted(foreign):
        problems.append(f"the draft mentions invoice {number} of another customer")
    return problems


def _check_amounts(text: str, facts: GuardFacts) -> list[str]:
    problems = []
    seen: set[str] = set()
    figures = [m.group("a") or m.group("b") for m in _AMOUNT_WITH_CURRENCY.finditer(text)]
    figures += [m.group(0) for m in _BARE_DECIMAL.finditer(text)]
    for figure in figures:
        figure = figure.strip(" \u00a0\u202f'")
        if not figure or figure in seen or _DATE_LIKE.match(figure) or _YEAR.match(figure):
            continue
        seen.add(figure)
        value = parse_amount(figure)
        if value is None or value == 0:
            continue
        if value not in facts.amounts:
            problems.append(f"the draft states an amount ({figure}) that is not in customer "
                            f"{facts.customer_id}'s ledger or in the actions taken")
    return problems


def amounts_in(text: str) -> set[Decimal]:
    """Return every figure the text writes (with a currency, or with decimals), as numbers."""
    found: set[Decimal] = set()
    for match in _AMOUNT_WITH_CURRENCY.finditer(text):
        value = parse_amount(match.group("a") or match.group("b"))
        if value is not None:
            found.add(value)
    for match in _BARE_DECIMAL.finditer(text):
        value = parse_amount(match.group(0))
        if value is not None:
            found.add(value)
    return found
