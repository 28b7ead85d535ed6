"""Find the payment reference a remitter quotes: check numbers, ACH / wire / SEPA / UTR ids."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.triage.numbers import PREFIXES as _INVOICE_PREFIXES

# A label that announces a reference, then optional "no." / "#" / "ref" words, then the token.
_LABEL = (
    r"(?:\w*referenz|\w*kenmerk|\w*avis|ck|bacs|chaps|controle|control|che(?:ck|que)|chèque|scheck|assegno|cheque|ach|eft|trf|wire|sepa|swift|utr|trn|txn|imps|neft"
    r"|rtgs|pix|ted|transaction|trace|confirmation|conf\.?|payment|remittance|transfer|virement"
    r"|überweisung|zahlung|transferencia|transferência|bonifico|overboeking|betaling|pago"
    r"|pagamento|paiement|cro|trn|e2e|end-to-end(?:-id)?|mandat|kenmerk|betalingskenmerk"
    r"|verwendungszweck|referenz|référence|referencia|referência|riferimento|referentie"
    r"|comprobante|comprovante|protocolo|autorización|autorizzazione|ref(?:erence)?|rif\.?"
    r"|operación|operação|operazione|opération|vorgang|auftrag|transactie|transacao|transação"
    r"|transacción|rastreo|clave\s+de\s+rastreo|spei|chave|nsu|autenticação|autenticacao"
    r"|r[ée]f|uetr|imad|omad|zahlungslauf|zahllauf|beleg|belegnummer|warrant|avis|folio"
    r"|endtoend(?:-id)?|e2e-id|documento|mededeling|communication|betalingsreferentie)"
)
_FILLER = (
    r"(?:[\s.:#-]*(?:no\.?|nr\.?|n[°º]\.?|num(?:ber|éro|ero|ero)?\.?|number|#|id|ref(?:erence)?\.?"
    r"|code|de|du|der|di|del|do|da|van|het|la|le|el|o|a|the|of|reference|référence|referencia"
    r"|referência|riferimento|referenz|kenmerk|transaction|transacao|transação|transacción|transação|ach|wire|sepa"
    r"|payment|virement|bonifico|overboeking|transfer|trace|utr|trn|trf|eft|confirmation|operação"
    r"|operación|operazione|opération|is|was|bacs|chaps|fps|giro|controle|control|imad|omad|uetr"
    r"|bout\s+en\s+bout|end[\s-]to[\s-]end|r[ée]f\.?|lauf|eft|remise|run|batch|structured|gestructureerde"
    r"|structurée|orden|order|ordre|ordem|ordine|auftrag|doc\.?|document|for\s+tracing)(?![\w/-])"
    r"|\s*[:()])*"
)
_REFERENCE = re.compile(
    r"\b" + _LABEL + r"\b" + _FILLER + r"[\s.:#,;-]*(?P<token>(?-i:(?:[A-Z]{3,12}\s){1,2})?"
    r"(?=[A-Z0-9/_-]*\d)[A-Z0-9][A-Z0-9/_-]{2,40}[A-Z0-9])\b",
    re.IGNORECASE,
)


# A day and month ("del 30/10"), a SWIFT message type ("MT103"): not references.
_NOT_A_REFERENCE = re.compile(r"\d{1,2}[/.-]\d{1,2}\.?|MT\d{3}|(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)",
                              re.IGNORECASE)
# A letter's own file reference: "Ons kenmerk", "Our ref", "Unser Zeichen", "N/Réf".
_OWN_FILE = re.compile(
    r"\b(?:ons|uw|our|your|notre|votre|unser[e]?|ihr[e]?|nuestra|su|nossa|sua|nostro|vostro)\s+\w?$"
    r"|\b[NV]/\s?$", re.IGNORECASE)
_GENERIC_LABEL = re.compile(r"kenmerk|zeichen|r[ée]f(?:erence|érence)?\b|referencia|referência"
                            r"|riferimento", re.IGNORECASE)
_DATE_TOKEN = re.compile(r"(?:19|20)\d\d[/-]\d{1,2}[/-]\d{1,2}|\d{1,2}[/-]\d{1,2}[/-]\d{2,4}")


# Words that name the payment scheme before its reference: "VIR SEPA 2026111800457".
_SCHEME_WORDS = re.compile(r"^(?:(?:VIR|SEPA|ACH|WIRE|TRF|EFT|BACS|CHAPS|SWIFT|PIX|TED|SPEI|NEFT|RTGS"
                           r"|IMPS|CHK|CHQ|REF)\s)+")
# A Belgian structured communication, +++090/9337/55493+++: always a payment reference.
_STRUCTURED = re.compile(r"\+{3}\d{3}/\d{4}/\d{5}\+{3}|\*{3}\d{3}/\d{4}/\d{5}\*{3}")


@dataclass(frozen=True)
class Reference:
    """A payment reference as written, and where it stands."""

    token: str
    start: int
    end: int
    letter_file: bool = False


def find_references(text: str, *, invoice_like: set[str] = frozenset()) -> list[Reference]:
    """Return payment references in order of appearance.

    Args:
        text: the new text of the message.
        invoice_like: normalized document numbers already read as invoices, not references.
    """
    found = [Reference(m.group(0), m.start(), m.end()) for m in _STRUCTURED.finditer(text)]
    for match in _REFERENCE.finditer(text):
        if any(r.start <= match.start("token") < r.end for r in found):
            continue
        token = _SCHEME_WORDS.sub("", match["token"].rstrip("-/_"))
        norm = re.sub(r"[^0-9A-Z]", "", token.upper())
        letters = re.match(r"[A-Z]*", norm).group(0)  # type: ignore[union-attr]
        # "NW10538" quotes invoice 10538 inside a reference of its own; "INV10538" is the invoice.
        if norm in invoice_like or (
                (not letters or letters.lower() in _INVOICE_PREFIXES)
                and norm[len(letters):] in invoice_like):
            continue
        # Dates and amounts are not references.
        if _DATE_TOKEN.fullmatch(token) or _NOT_A_REFERENCE.fullmatch(token):
            continue
        if re.fullmatch(r"\d{1,3}", token):
            continue
        # "Ons kenmerk: CRD/2026/4471" heads a letter; a payment's own label wins over it.
        generic = _OWN_FILE.search(text, max(0, match.start() - 8), match.start() + 1) \
            and _GENERIC_LABEL.match(text, match.start())
        found.append(Reference(token, match.start("token"), match.end("token"), bool(generic)))
    found.sort(key=lambda r: r.start)
    return found
