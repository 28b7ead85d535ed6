"""Find money amounts in a customer's text: `USD 4,200.00`, `$4.2k`, `4 200,00 €`, `Rs. 1,25,000`.

The span is found here (currency markers, and bare numbers only where they read as money); the
number inside it is read by price-parser, which settles decimal and grouping separators in every
convention we meet (1,234.56 · 1.234,56 · 1 234,56 · 1,25,000) better than a per-locale Babel
parse that needs the locale first (measured in tests/test_triage_extract.py's table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from price_parser import Price

_DOLLAR_CURRENCIES = {"USD", "CAD", "AUD", "NZD", "MXN", "SGD", "HKD"}
ISO_CODES = (
    "USD|EUR|GBP|CAD|AUD|NZD|MXN|BRL|INR|CHF|JPY|CNY|SEK|NOK|DKK|PLN|CZK|ZAR|SGD|HKD|AED"
)
# Currency words and symbols → ISO code ("$" is settled by the customer's currency).
_MARKERS: dict[str, str] = {
    "us$": "USD", "usd$": "USD", "u$s": "USD", "c$": "CAD", "ca$": "CAD", "cad$": "CAD",
    "a$": "AUD", "au$": "AUD", "mx$": "MXN", "r$": "BRL", "€": "EUR", "£": "GBP", "₹": "INR",
    "rs.": "INR", "rs": "INR", "inr": "INR", "¥": "JPY", "chf": "CHF", "fr.": "CHF",
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "dollars": "$", "dollar": "$", "dólares": "$",
    "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "livres": "GBP", "reais": "BRL",
    "real": "BRL", "pesos": "MXN", "rupees": "INR", "rupias": "INR", "$": "$",
}
_PREFIX = (
    r"(?P<pre>US\$|USD\$|U\$S|CA\$|CAD\$|C\$|AU\$|A\$|MX\$|R\$|Rs\.?|INR|" + ISO_CODES
    + r"|[$€£₹¥])"
)
_SUFFIX = (
    r"(?P<suf>" + ISO_CODES + r"|[$€£₹]|euros?|dollars?|dólares|pounds?|sterling|livres"
    r"|reais|real|pesos|rupees|rupias)"
)
_NUMBER = (
    r"(?P<num>\d{1,3}(?:(?:[,.'\u00a0\u202f ])\d{2,3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
    r"(?P<mult>\s?(?:k|K|mil|Mio\.?|M|million|millions)\b)?"
)
_MARKED = re.compile(
    r"(?<![\w.])" + _PREFIX + r"[ \u00a0\u202f]?" + _NUMBER
    + r"|(?<![\w.,])" + _NUMBER.replace("num>", "num2>").replace("mult>", "mult2>")
    + r"[ \u00a0\u202f]?" + _SUFFIX + r"(?!\w)",
    re.IGNORECASE,
)
_BARE = re.compile(
    r"(?<![\w.,/#+-])(?P<num>\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d{2})?|\d+[.,]\d{2}"
    r"|\d+(?:\.\d)?k|\d{2,})(?![\w%/]|[.,]\d|-\w)",
    re.IGNORECASE,
)
_MONEY_CONTEXT = re.compile(
    r"(?:pay|paid|amount|total|balance|sum|remit|transfer|wire|send|sent|short|credit|of"
    r"|montant|somme|betrag|summe|importe|monto|valor|importo|bedrag|pago|pagamento|payer"
    r"|zahlen|betalen|pagar|pagare|the)[^\w.!?\n]{0,12}$",
    re.IGNORECASE,
)


_PHONE = re.compile(
    r"(?:\+|\(\d)[\d\s().-]{7,}\d|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b\d{3}-\d{4}\b"
)
_DATE = re.compile(
    r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}[./]\d{1,2}\b(?![.,]\d)"
)


# Tax and company ids read like grouped numbers: "USt-IdNr. (DE 284 661 902)".
# Every id word starts a word: "matin : 9 140,06 €" ends in "tin" but holds no TIN.
_TAX_ID = re.compile(
    r"\b(?:(?-i:[A-Z]{2})\s|(?:id\W*nr|vat|tva|nif|iva|cnpj|cpf|gst(?:in)?|(?-i:ABN|ACN|UEN|SSN|TIN|EIN)"
    r"|cif|rfc|kvk|ust|btw|p\.?\s?iva|siret|tax\s+id|iban)\b\W*)$",
    re.IGNORECASE,
)


# What follows a price per unit ("$89/seat", "185 €/h", "$12 per hour", "$4 each").
_PER_UNIT = re.compile(
    r"\s*(?:/|per\b|an?\b|each\b|par\b|pro\b|por\b|al\b|la\b|l'|le\b|il\b|cada\b|the\b)\s*"
    r"(?:hr|hours?|h\b|heure|stunde|hora|ora|uur|seats?|users?|licen[cs]es?|units?|pcs|piece|st(?:u|ü)ck"
    r"|unidad|unidade|pezzo|stuk|month|mo\b|mois|monat|mes\b|mês|mese|maand|day|jour|tag|dia|día|giorno|dag"
    r"|year|yr|an\b|jahr|año|ano|anno|jaar|item|license|seat|sensor|device)|\s*each\b",
    re.IGNORECASE,
)


# What precedes a price per unit or a factor: "6 @ $6,343.01", "120 hours x $25".
_UNIT_BEFORE = re.compile(r"(?:@|\bx|×|\bà|\bje|\bcada)\s*$", re.IGNORECASE)
# What follows an operand of a sum written out: "x $25 = $3,000".
_OPERAND_AFTER = re.compile(r"\s*[x×*=]\s*[$€£\d]", re.IGNORECASE)


def _unit_price(text: str, start: int, end: int) -> bool:
    return bool(_PER_UNIT.match(text, end) or _UNIT_BEFORE.search(text, max(0, start - 4), start)
                or _OPERAND_AFTER.match(text, end))


@dataclass(frozen=True)
class Money:
    """An amount as stated, with its currency when the text says or implies it."""

    amount: Decimal
    currency: str | None
    start: int
    end: int
    marked: bool
    unit_price: bool = False


def parse_number(text: str, multiplier: str | None = None) -> Decimal | None:
    """Read a written number with any separators, and a k / M suffix."""
    cleaned = text.replace("\u00a0", " ").replace("\u202f", " ").replace("'", ",")
    price = Price.fromstring(cleaned)
    if price.amount is None:
        return None
    value = price.amount
    if re.fullmatch(r"\d{1,3}(?: \d{3})+", cleaned.strip()):
        value = Decimal(cleaned.replace(" ", ""))
    mult = (multiplier or "").strip().lower().rstrip(".")
    if mult == "k" or mult == "mil":
        value *= 1000
    elif mult in {"m", "mio", "million", "millions"}:
        value *= 1_000_000
    try:
        return value.quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


def _currency(marker: str | None, customer_currency: str | None) -> str | None:
    if marker is None:
        return customer_currency
    code = _MARKERS.get(marker.lower(), marker.upper())
    if code == "$":
        return customer_currency if customer_currency in _DOLLAR_CURRENCIES else "USD"
    return code


def find_amounts(
    text: str, *, customer_currency: str | None = None, exclude: list[tuple[int, int]] = ()
) -> list[Money]:
    """Return the amounts stated in text, in order (currency-marked ones and money-like numbers).

    Args:
        text: the new text of the message.
        customer_currency: the currency of the customer's invoices, for bare numbers and "$".
        exclude: spans already read as invoice numbers, references or dates.
    """
    found: list[Money] = []
    taken = list(exclude)
    taken += [m.span() for m in _PHONE.finditer(text)]
    taken += [m.span() for m in _DATE.finditer(text)]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for match in _MARKED.finditer(text):
        if not free(match.start(), match.end()):
            continue
        num = match.group("num") or match.group("num2")
        mult = match.group("mult") or match.group("mult2")
        marker = match.group("pre") or match.group("suf")
        tail = text[match.end():match.end() + 1]
        if tail == "%":
            continue
        value = parse_number(num, mult)
        if value is None or value == 0:
            continue
        found.append(Money(value, _currency(marker, customer_currency), match.start(),
                           match.end(), True, _unit_price(text, match.start(), match.end())))
        taken.append((match.start(), match.end()))
    for match in _BARE.finditer(text):
        if not free(match.start(), match.end()):
            continue
        num = match.group("num")
        mult = "k" if num.lower().endswith("k") else None
        if mult:
            num = num[:-1]
        grouped = bool(re.search(r"\d[,.\u00a0\u202f ]\d{3}\b|[.,]\d\d$", num)) or bool(mult)
        if not grouped and not _MONEY_CONTEXT.search(text[max(0, match.start() - 20):match.start()]):
            continue
        value = parse_number(num, mult)
        if value is None or value == 0:
            continue
        found.append(Money(value, customer_currency, match.start(), match.end(), False,
                           _unit_price(text, match.start(), match.end())))
    found.sort(key=lambda m: m.start)
    found = [m for m in found if not _TAX_ID.search(text[max(0, m.start - 14):m.start])]
    return found
