"""Generated customer replies of varied shapes, for loading into test mailboxes and the bench."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

_REPLIES = [
    "Paid.",
    "Will process Friday.",
    "We have added invoice {inv} to our next payment run.",
    "Hi, this invoice {inv} was cancelled last year, we no longer use the service.",
    "Bonjour, la facture {inv} a été réglée le 3 mai. Cordialement",
    "Hallo, die Rechnung {inv} ist bereits bezahlt. Mit freundlichen Grüßen",
    "Please submit through our Coupa supplier portal; no PO, no pay.",
    "Check #{n} mailed today for {inv}.",
    "Buenos días, adjunto el comprobante de pago de la factura {inv}.",
    "Awaiting approval, should go out end of month.",
]


def reply(index: int, *, size: int = 0, seed: int = 0, domain: str = "customer.example") -> bytes:
    """Return one customer reply (plain, HTML-only or with a PDF attachment), as raw bytes."""
    rng = random.Random(seed * 100_003 + index)
    inv = f"INV-{10000 + rng.randrange(5000)}"
    text = rng.choice(_REPLIES).format(inv=inv, n=rng.randrange(10**5, 10**6))
    message = EmailMessage(policy=SMTP)
    message["From"] = f"AP Team {index} <ap{index % 40}@{domain}>"
    message["To"] = "ar@example.com"
    message["Subject"] = f"Re: Invoice {inv} is overdue"
    message["Date"] = format_datetime(datetime(2024, 5, 1, tzinfo=UTC) + timedelta(minutes=index))
    message["Message-ID"] = f"<reply.{seed}.{index}@{domain}>"
    quoted = "\n".join(
        f"> line {i} of the reminder about {inv}" for i in range(rng.randrange(3, 30))
    )
    body = f"{text}\n\nRegards,\nAP clerk {index}\n\nOn Mon, AR wrote:\n{quoted}\n"
    kind = index % 5
    if kind == 3:
        message.set_content(
            f"<html><body><p>{text}</p><blockquote>{quoted}</blockquote></body></html>",
            subtype="html",
        )
    else:
        message.set_content(body)
    if kind == 4 or size:
        payload = rng.randbytes(size or rng.randrange(2000, 30000))
        message.add_attachment(
            payload, maintype="application", subtype="pdf", filename=f"remittance-{index}.pdf"
        )
        message.set_boundary(f"=_arbot_{seed}_{index}")  # deterministic bytes for the same index
    return message.as_bytes()


def corpus_or_generated(count: int, corpus: Path | None = None, seed: int = 0) -> list[bytes]:
    """Return count messages: the .eml corpus (cycled, made unique) if present, else generated."""
    files = sorted(corpus.glob("*.eml")) if corpus and corpus.is_dir() else []
    if not files:
        return [reply(i, seed=seed) for i in range(count)]
    raws = [f.read_bytes() for f in files]
    out = []
    for i in range(count):
        # A unique header first keeps every copy distinct in content, as real mail is.
        out.append(f"X-Arbot-Bench: {seed}-{i}\r\n".encode() + raws[i % len(raws)])
    return out
