"""The customer's own words in a message (signatures, disclaimers and forwards handled), and
the customer it is from."""

from __future__ import annotations

import re

from agent.mail.parse import ParsedMessage
from agent.triage.directory import LedgerDirectory
from agent.triage.numbers import NumberToken

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|tr|wg|rv|enc|i|doorst|fw)\s*:", re.IGNORECASE)
_FORWARD_FROM = re.compile(r"^\s*(?:from|de|von|da|van)\s*:\s*.*?([\w.+-]+@[\w.-]+)", re.IGNORECASE
                           | re.MULTILINE)


# A line that closes the message: what follows is a signature, a disclaimer or a footer.
_SIGN_OFF = re.compile(
    r"^\s*(?:(?:best|kind|warm|many)?\s*regards|best(?: wishes)?|thanks?(?: you)?(?: (?:and|&) regards)?"
    r"|thx|cheers|br|sincerely|yours (?:truly|sincerely|faithfully)|(?:bien )?cordialement|salutations"
    r"|bien à vous|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|mfg|(?:viele|beste|liebe) gr(?:ü|ue)(?:ß|ss)e|gr(?:ü|ue)(?:ß|ss)e"
    r"|(?:un )?saludos?(?: cordiales)?|atentamente|att\.?|atenciosamente|(?:com os melhores )?cumprimentos"
    r"|abraços?|cordiali saluti|distinti saluti|saluti|un saluto|(?:met )?vriendelijke groet(?:en)?"
    r"|groet(?:en|jes)?|hartelijke groet(?:en)?|mvg)\s*[,.!]*\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_DISCLAIMER = re.compile(
    r"^\s*(?:\W*(?:confidential|disclaimer|aviso|avvertenz|avis de confidentialit|privileged|important notice)"
    r"|this (?:e-?mail|message|communication)(?: and any (?:attachments|files))? (?:is|are|may|contains?)"
    r"|(?:the )?information (?:contained|in this)|ce (?:message|courriel|mail)|diese (?:e-?mail|nachricht)"
    r"|este (?:mensaje|correo)|esta mensagem|questo messaggio|le informazioni contenute|dit (?:bericht|e-?mailbericht)"
    r"|deze e-?mail|sent from my|envoyé de mon|von meinem|enviado desde|enviado do meu|inviato da"
    r"|verzonden (?:vanaf|met)|get outlook for)",
    re.IGNORECASE | re.MULTILINE,
)


def trim_signature(text: str) -> str:
    """Return the text up to its sign-off line (kept) or a disclaimer, whichever comes first.

    Signatures carry addresses, phone numbers and tax ids that read like amounts and dates;
    disclaimers carry words ("error", "delete", "confidential") that read like disputes.
    """
    cut = len(text)
    sign_off = _SIGN_OFF.search(text)
    if sign_off and text[:sign_off.start()].strip():
        cut = sign_off.end()
    disclaimer = _DISCLAIMER.search(text, 0, cut)
    if disclaimer and text[:disclaimer.start()].strip():
        cut = min(cut, disclaimer.start())
    return text[:cut].rstrip()


_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|vs|rv|res|ref|fwd?|tr|wg|enc|doorst)\s*:",
                            re.IGNORECASE)


def _own_words(parsed: ParsedMessage) -> str:
    """Return the new text; a message that starts a thread quotes nothing of ours, so all of it.

    Payment advices from accounting systems open with "From: / To: / Date:" lines that the
    quote splitter reads as a forwarded header; in a new thread they are the customer's words.
    """
    new = (parsed.new_text or "").strip()
    whole = (parsed.text or "").strip()
    if new and whole != new and not parsed.in_reply_to and not parsed.references \
            and not _REPLY_SUBJECT.match(parsed.subject or "") and parsed.auto_reply is None:
        return whole
    return new or whole


def message_text(parsed: ParsedMessage) -> str:
    """Return the customer's own words: the new text, else the whole text when nothing is new.

    A forward within the customer's company ("see below from our controller") carries their
    colleagues' notes: those blocks count as the customer's words; the quoted reminder does not.
    """
    text = _own_words(parsed)
    if parsed.from_addr and _FORWARD_SUBJECT.match(parsed.subject or "") and parsed.quoted_text:
        domain = parsed.from_addr.lower().rsplit("@", 1)[-1]
        blocks = _FORWARD_FROM.split(parsed.quoted_text)
        # split() yields [before, address, block, address, block, ...]
        for address, block in zip(blocks[1::2], blocks[2::2], strict=False):
            if address.lower().rsplit("@", 1)[-1] == domain:
                text += "\n\n" + _strip_header_lines(block)
    return text


def message_words(parsed: ParsedMessage) -> tuple[str, str]:
    """Return the customer's words without signatures and disclaimers, and with them."""
    own = _own_words(parsed)
    full = message_text(parsed)
    trimmed = trim_signature(own)
    colleagues = full[len(own):].strip()
    if colleagues:
        trimmed += "\n\n" + trim_signature(colleagues)
    return trimmed, full


def _strip_header_lines(block: str) -> str:
    lines = block.splitlines()
    while lines and (not lines[0].strip() or re.match(r"^\s*[\w -]{2,20}\s*:", lines[0])
                     or lines[0].strip().endswith(">")):
        lines.pop(0)
    return "\n".join(lines)


def resolve_customer(
    parsed: ParsedMessage, directory: LedgerDirectory, tokens: list[NumberToken]
) -> str | None:
    """Resolve the customer from the sender (and thread), never from what the text claims.

    A bounce is about its failed recipient; an unknown sender is resolved from the invoice
    numbers it names only when they all belong to one customer.
    """
    if parsed.bounce is not None:
        recipients = list(parsed.bounce.failed_recipients)
        recipients += _EMAIL.findall(parsed.text or "")
        for address in recipients:
            found = directory.customers_for_address(address) or directory.customers_for_domain(
                address)
            if len(found) == 1:
                return found.pop()
    _, owners = directory.resolve_invoices(((t.text, t.is_po) for t in tokens), None)
    for address in [parsed.from_addr, *parsed.reply_to]:
        found = directory.customers_for_address(address)
        if len(found) > 1 and owners & found:
            found &= owners
        if len(found) == 1:
            return found.pop()
    for address in [parsed.from_addr, *parsed.reply_to]:
        found = directory.customers_for_domain(address)
        if len(found) > 1 and owners & found:
            found &= owners
        if len(found) == 1:
            return found.pop()
    if len(owners) == 1 and not directory.is_known_sender(parsed.from_addr):
        return owners.pop()
    return None
