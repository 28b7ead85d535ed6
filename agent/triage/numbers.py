"""Find the document numbers a customer writes (invoice and PO numbers, however mangled)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that say the number after them is a purchase order, not an invoice.
_PO_WORDS = re.compile(
    r"(?:\bp\.?\s?o\.?\s*(?:no\.?|nr\.?|number|#)?|purchase\s+order|\border\s+(?:no\.?|number|#)"
    r"|bestell(?:ung|nummer|nr\.?)|bon\s+de\s+commande|commande|pedido|\bordine|bestelling"
    r"|ordem\s+de\s+compra|orden\s+de\s+compra|\bOC\b)\W{0,4}$",
    re.IGNORECASE,
)
# Words after which a number is a payment reference, never an invoice.
_REFERENCE_WORDS = re.compile(
    r"\b(?:che(?:ck|que)|ach|wire|sepa|utr|trn|transaction|trace|confirmation|conf\.?|ref(?:erence)?"
    r"|referencia|référence|referenz|riferimento|referentie|referência|scheck|assegno|cheque"
    r"|chèque|transfer|virement|überweisung|transferencia|transferência|bonifico|overboeking"
    r"|id|tel\.?|phone|fax|mobile|ph\.?|iban|bic|swift|account|acct|konto|compte|cuenta|conta"
    r"|routing|aba|sort\s+code|zip|postal|suite|nif|vat|tva|ust|siret|cnpj|gst|pan|ein)"
    r"\W{0,6}(?:(?:no|nr|n[°º]|num|number|#)\W{0,3})?$",
    re.IGNORECASE,
)
# Words that say an invoice number follows.
_INVOICE_WORDS = re.compile(
    r"(?:inv(?:oice)?s?|rechnung(?:en)?|rg|facture|factures|factura|facturas|fatura|faturas"
    r"|fattura|fatture|factuur|facturen|nota\s+fiscal|bill|no|nr|n[°º]|#)\W{0,4}$",
    re.IGNORECASE,
)

# Lower-case letters before a number that make it a document number ("inv 10023").
PREFIXES = {"inv", "invc", "in", "po", "rg", "re", "fac", "fact", "ft", "nf", "fa", "rech", "no",
             "nr", "fat", "fatt", "fv", "bill"}
_CURRENCY_CODES = {"USD", "EUR", "GBP", "CAD", "AUD", "MXN", "BRL", "INR", "CHF", "JPY", "NZD",
                   "SGD", "HKD", "SEK", "NOK", "DKK", "PLN", "ZAR", "CNY", "RS"}

_TOKEN = re.compile(
    r"(?<![\w@./-])(?P<prefix>[A-Za-z]{2,4}[ ]?[-#:._/]?[ ]?|#[ ]?)?"
    r"(?P<digits>\d(?:\d|[ -](?=\d{2}))*\d)(?![\w@])"
)


@dataclass(frozen=True)
class NumberToken:
    """A number as written, whether it is named as a PO number, and where it stands."""

    text: str
    is_po: bool
    labelled: bool
    start: int
    end: int


def find_number_tokens(text: str) -> list[NumberToken]:
    """Return candidate invoice / PO numbers in order of appearance (dates and amounts excluded)."""
    tokens: list[NumberToken] = []
    for match in _TOKEN.finditer(text):
        prefix = match.group("prefix") or ""
        digits = match.group("digits")
        letters = re.sub(r"[^A-Za-z]", "", prefix)
        start = match.start()
        if letters and not (letters.lower() in PREFIXES or (
                letters.isupper() and letters not in _CURRENCY_CODES)):
            prefix, start = "", match.start("digits")
        before = text[max(0, start - 30):start]
        after = text[match.end():match.end() + 2]
        if not prefix and re.match(r"[.,]\d", after):
            continue  # an amount such as 4,200.00
        if prefix.strip().lower() in {"tel", "fax", "ph", "ref", "id", "utr", "trn", "ach"}:
            continue
        if not prefix and _REFERENCE_WORDS.search(before):
            continue
        if _looks_like_date_or_phone(digits, text, match.start(), match.end()):
            continue
        is_po = bool(_PO_WORDS.search(before + prefix)) or prefix.upper().startswith("PO")
        labelled = bool(prefix) or bool(_INVOICE_WORDS.search(before)) or is_po
        parts = [digits] if " " not in digits else [digits, *digits.split(" ")]
        for part in parts:
            core = part.replace(" ", "").replace("-", "")
            if len(core) < 3:
                continue
            written = f"{prefix}{part}" if part is parts[0] else part
            tokens.append(NumberToken(written, is_po, labelled, start, match.end()))
    return tokens


def _looks_like_date_or_phone(digits: str, text: str, start: int, end: int) -> bool:
    """Tell whether a digit run is a date (2026-12-05) or a phone number (+1 415 555-0142)."""
    if re.fullmatch(r"(?:19|20)\d\d-\d\d?-\d\d?", digits):
        return True
    if text[max(0, start - 1):start] == "+":
        return True
    # "(206) 555-0147": an area code in brackets; "(10856 and 10868)" are invoice numbers.
    if len(digits) <= 4 and (text[max(0, start - 1):start] == "(" or text[end:end + 1] == ")") \
            and re.match(r"\)?\s?\d{3}", text[end:end + 6]):
        return True
    groups = re.split(r"[ -]", digits)
    return len(groups) >= 3 and all(len(g) <= 4 for g in groups)
