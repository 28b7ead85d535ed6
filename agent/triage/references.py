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
    r"|transacción|rastreo|clave\s+de\s+rastreo|spei|chave|nsu|autenticação|autenticacao)"
)
_FILLER = (
    r"(?:[\s.:#-]*(?:no\.?|nr\.?|n[°º]\.?|num(?:ber|éro|ero|ero)?\.?|number|#|id|ref(?:erence)?\.?"
    r"|code|de|du|der|di|del|do|da|van|het|la|le|el|o|a|the|of|reference|référence|referencia"
    r"|referência|riferimento|referenz|kenmerk|transaction|transacao|transação|transacción|transação|ach|wire|sepa"
    r"|payment|virement|bonifico|overboeking|transfer|trace|utr|trn|trf|eft|confirmation|operação"
    r"|operación|operazione|opération|is|was|bacs|chaps|fps|giro|controle|control)(?![\w/-])|:)*"
)
_REFERENCE = re.compile(
    r"\b" + _LABEL + r"\b" + _FILLER + r"[\s:#,;-]*(?P<token>(?=[A-Z0-9/_-]*\d)[A-Z0-9]"
    r"[A-Z0-9/_-]{2,40}[A-Z0-9])\b",
    re.IGNORECASE,
)


_DATE_TOKEN = re.compile(r"(?:19|20)\d\d[/-]\d{1,2}[/-]\d{1,2}|\d{1,2}[/-]\d{1,2}[/-]\d{2,4}")


@dataclass(frozen=True)
class Reference:
    """A payment reference as written, and where it stands."""

    token: str
    start: int
    end: int


def find_references(text: str, *, invoice_like: set[str] = frozenset()) -> list[Reference]:
    """Return payment references in order of appearance.

    Args:
        text: the new text of the message.
        invoice_like: normalized document numbers already read as invoices, not references.
    """
    found: list[Reference] = []
    for match in _REFERENCE.finditer(text):
        token = match["token"].rstrip("-/_")
        norm = re.sub(r"[^0-9A-Z]", "", token.upper())
        letters = re.match(r"[A-Z]*", norm).group(0)  # type: ignore[union-attr]
        # "NW10538" quotes invoice 10538 inside a reference of its own; "INV10538" is the invoice.
        if norm in invoice_like or (
                (not letters or letters.lower() in _INVOICE_PREFIXES)
                and norm[len(letters):] in invoice_like):
            continue
        # Dates and amounts are not references.
        if _DATE_TOKEN.fullmatch(token):
            continue
        if re.fullmatch(r"\d{1,3}", token):
            continue
        found.append(Reference(token, match.start("token"), match.end("token")))
    return found
