"""Text of the attachments that carry remittance facts: payment advices as CSV, text or PDF."""

from __future__ import annotations

import io
import logging
import re

from agent.mail.charsets import decode_bytes
from agent.mail.parse import ParsedMessage

log = logging.getLogger(__name__)

MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024
_TEXT_TYPES = {"text/csv", "text/plain", "text/tab-separated-values", "application/csv"}
_TEXT_SUFFIXES = (".csv", ".txt", ".tsv")


MAX_PDF_BYTES = 512 * 1024
MAX_PDF_PAGES = 2


def has_pdf(parsed: ParsedMessage) -> bool:
    """Tell whether the message carries a small PDF that could be a payment advice."""
    return any(_is_pdf(a) and a.size <= MAX_PDF_BYTES and not a.inline
               for a in parsed.attachments)


def _is_pdf(attachment) -> bool:  # type: ignore[no-untyped-def]
    return (attachment.content_type.lower() == "application/pdf"
            or (attachment.filename or "").lower().endswith(".pdf"))


def attachment_text(parsed: ParsedMessage, *, max_chars: int = 20_000, pdf: bool = True) -> str:
    """Return the text of small CSV, text and (when asked) PDF attachments, joined.

    Nothing is written to disk. PDF text costs tens of milliseconds a file, so the engine asks
    for it only when a remittance states no amount or reference of its own.
    """
    chunks: list[str] = []
    for attachment in parsed.attachments:
        if attachment.size > MAX_ATTACHMENT_BYTES or attachment.inline:
            continue
        name = (attachment.filename or "").lower()
        kind = attachment.content_type.lower()
        if kind in _TEXT_TYPES or name.endswith(_TEXT_SUFFIXES):
            chunks.append(decode_bytes(attachment.payload, None))
        elif pdf and _is_pdf(attachment) and attachment.size <= MAX_PDF_BYTES:
            chunks.append(_pdf_text(attachment.payload))
    return "\n\n".join(chunk for chunk in chunks if chunk.strip())[:max_chars]


def _pdf_text(payload: bytes) -> str:
    """Return a PDF's text; a broken or hostile PDF gives empty text, never an error."""
    try:
        from pypdf import PdfReader  # imported on first PDF: most messages have none

        reader = PdfReader(io.BytesIO(payload))
        return "\n".join((page.extract_text() or "") for page in reader.pages[:MAX_PDF_PAGES])
    except Exception as error:  # noqa: BLE001 - attachments are untrusted input
        log.info("pdf attachment unreadable: %r", error)
        return ""


# A column of a CSV advice that holds the payment's id: "payment_id", "Payment ID", "Referenz".
_REFERENCE_COLUMN = re.compile(
    r"(?:payment|pmt|remittance|transaction|txn|zahlungs?|paiement|pago|pagamento)[\s_.-]*(?:id|ref"
    r"(?:erence)?|no|nr|number)|reference|referenz|r[ée]f[ée]rence|referencia|referência"
    r"|riferimento|kenmerk|betalingskenmerk|trace(?:[\s_]no)?|utr|confirmation",
    re.IGNORECASE,
)


def column_references(text: str) -> list[str]:
    """Return the values of a reference column of a delimited table, first row first."""
    lines = [line for line in text.splitlines() if line.strip()]
    for index, header in enumerate(lines):
        delimiter = max((",", ";", "\t"), key=header.count)
        if header.count(delimiter) < 2:
            continue
        cells = [cell.strip().strip('"') for cell in header.split(delimiter)]
        column = next((i for i, cell in enumerate(cells)
                       if _REFERENCE_COLUMN.fullmatch(cell)), None)
        if column is None:
            continue
        values = []
        for row in lines[index + 1:]:
            row_cells = [cell.strip().strip('"') for cell in row.split(delimiter)]
            if len(row_cells) > column and re.search(r"\d", row_cells[column]):
                values.append(row_cells[column])
        return values
    return []
