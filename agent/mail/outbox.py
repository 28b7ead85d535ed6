"""The outbox: build threaded emails with their Message-ID fixed up front, send each exactly once.

send_pending marks a row `sending` and commits before talking to the server. After a crash, a
row left in `sending` is looked up by Message-ID (the outbox Maildir, else the IMAP Sent folder)
and marked sent if it is there, instead of being sent again.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, make_msgid

from sqlalchemy.engine import Engine
from sqlmodel import Session

from agent.ledger import messages, outbound
from agent.ledger.models import OutboundEmail, utcnow
from agent.mail.inbox import SentFolder
from agent.mail.transport import (
    MaildirTransport,
    PermanentSendError,
    SmtpTransport,
    TemporarySendError,
    Transport,
    transport_from_settings,
)

log = logging.getLogger(__name__)

RETRY_BASE = timedelta(minutes=1)
RETRY_MAX = timedelta(hours=4)
MAX_ATTEMPTS = 10


class HeaderInjectionError(ValueError):
    """A header value contained CR or LF, which would let it forge headers."""


@dataclass(frozen=True)
class OutgoingAttachment:
    """A file to attach, held in memory."""

    filename: str
    data: bytes
    content_type: str = "application/octet-stream"


@dataclass
class SendReport:
    """What one send cycle did (ids of outbox rows)."""

    locked_out: bool = False
    sent: list[int] = field(default_factory=list)
    recovered: list[int] = field(default_factory=list)
    retried: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)


def _clean_header(name: str, value: str) -> str:
    if "\r" in value or "\n" in value:
        raise HeaderInjectionError(f"header {name} contains CR or LF: {value[:60]!r}")
    return value


def build_email(
    *,
    from_addr: str,
    to_addrs: Sequence[str],
    subject: str,
    text: str,
    from_name: str | None = None,
    cc_addrs: Sequence[str] = (),
    html: str | None = None,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    attachments: Sequence[OutgoingAttachment] = (),
    domain: str | None = None,
    date: datetime | None = None,
) -> EmailMessage:
    """Build an email with its Message-ID assigned now, threaded under in_reply_to.

    Args:
        in_reply_to: the Message-ID of the customer's message this answers.
        references: that message's own References; in_reply_to is appended to them.
        domain: right-hand side of the new Message-ID (default: from_addr's domain).
    Raises:
        HeaderInjectionError: a header value contains CR or LF.
    """
    if not to_addrs:
        raise ValueError("an email needs at least one recipient")
    for name, value in [
        ("From", from_addr),
        ("From name", from_name or ""),
        ("Subject", subject),
        ("In-Reply-To", in_reply_to or ""),
        *(("To", a) for a in to_addrs),
        *(("Cc", a) for a in cc_addrs),
        *(("References", r) for r in references),
        *(("filename", a.filename) for a in attachments),
        *(("content type", a.content_type) for a in attachments),
    ]:
        _clean_header(name, value)
    message = EmailMessage(policy=SMTP)
    message["From"] = formataddr((from_name, from_addr)) if from_name else from_addr
    message["To"] = ", ".join(to_addrs)
    if cc_addrs:
        message["Cc"] = ", ".join(cc_addrs)
    message["Subject"] = subject
    message["Date"] = format_datetime(date or utcnow())
    message["Message-ID"] = make_msgid(domain=domain or from_addr.rpartition("@")[2] or None)
    if in_reply_to:
        chain = [r for r in references if r != in_reply_to] + [in_reply_to]
        message["In-Reply-To"] = in_reply_to
        message["References"] = " ".join(chain[-20:])
    message.set_content(text)
    if html is not None:
        message.add_alternative(html, subtype="html")
    for attachment in attachments:
        maintype, _, subtype = attachment.content_type.partition("/")
        message.add_attachment(
            attachment.data,
            maintype=maintype,
            subtype=subtype or "octet-stream",
            filename=attachment.filename,
        )
    return message


def queue_email(
    *,
    session: Session,
    message: EmailMessage,
    customer_id: str | None = None,
    conversation_id: int | None = None,
    draft_id: int | None = None,
    bcc_addrs: Sequence[str] = (),
) -> OutboundEmail:
    """Queue a built email in the outbox and keep a copy for threading (caller commits)."""
    message_id = message["Message-ID"]
    if not message_id:
        raise ValueError("build the email with build_email: it has no Message-ID")
    recipients = [
        a.strip()
        for field_ in ("To", "Cc")
        for a in str(message.get(field_, "")).split(",")
        if a.strip()
    ] + [_clean_header("Bcc", a) for a in bcc_addrs]
    raw = message.as_bytes(policy=SMTP)
    row = outbound.add_outbound(
        session=session, message_id=str(message_id), raw=raw, to_addrs=recipients, draft_id=draft_id
    )
    messages.store_outbound_copy(
        session=session,
        raw=raw,
        sha256=hashlib.sha256(raw).hexdigest(),
        message_id=str(message_id),
        from_addr=str(message["From"]),
        subject=str(message["Subject"]),
        customer_id=customer_id,
        conversation_id=conversation_id,
    )
    return row


def retry_delay(attempts: int) -> timedelta:
    """Return the wait before the next attempt: 1, 2, 4 ... minutes, at most 4 hours."""
    return min(RETRY_BASE * 2 ** max(0, attempts - 1), RETRY_MAX)


def send_pending(
    *,
    engine: Engine,
    transport: Transport,
    sender: str,
    sent_folder: SentFolder | None = None,
    now: datetime | None = None,
) -> SendReport:
    """Send every due email once; first settle any left `sending` by a crash."""
    report = SendReport()
    with outbound.outbox_lock(engine) as locked:
        if not locked:
            report.locked_out = True
            log.info("outbox: another worker is sending; skipping this cycle")
            return report
        with Session(engine, expire_on_commit=False) as session:
            for outbound_id in outbound.orphaned_sending_ids(session=session):
                _recover(session, outbound_id, transport, sent_folder, report)
            moment = now or utcnow()
            for outbound_id in outbound.due_ids(session=session, now=moment):
                _send_one(session, outbound_id, transport, sender, sent_folder, moment, report)
    transport.close()
    return report


def _already_delivered(
    message_id: str, transport: Transport, sent_folder: SentFolder | None
) -> bool | None:
    found = transport.delivered(message_id)
    if found is None and sent_folder is not None:
        found = sent_folder.contains(message_id)
    return found


def _recover(
    session: Session,
    outbound_id: int,
    transport: Transport,
    sent_folder: SentFolder | None,
    report: SendReport,
) -> None:
    row = outbound.get_outbound(session=session, outbound_id=outbound_id)
    if row is None:
        return
    found = _already_delivered(row.message_id_header, transport, sent_folder)
    if found:
        log.warning(
            "outbound id=%s message_id=%s: found delivered after an interrupted send; "
            "marking sent, not sending again",
            row.id,
            row.message_id_header,
        )
        outbound.mark_sent(
            session=session,
            outbound_id=outbound_id,
            note="recovered: found by Message-ID after an interrupted send",
        )
        report.recovered.append(outbound_id)
    elif found is None:
        # Nothing can tell whether the server took it: a person decides rather than risk a copy.
        outbound.mark_failed(
            session=session,
            outbound_id=outbound_id,
            error="interrupted while sending; delivery unknown, check and requeue",
        )
        report.failed.append(outbound_id)
    else:
        log.warning("outbound id=%s: interrupted send not delivered; queueing it again", row.id)
        outbound.mark_retry(
            session=session,
            outbound_id=outbound_id,
            error="interrupted while sending; not delivered",
            next_attempt_at=utcnow(),
        )
    session.commit()


def _send_one(
    session: Session,
    outbound_id: int,
    transport: Transport,
    sender: str,
    sent_folder: SentFolder | None,
    now: datetime,
    report: SendReport,
) -> None:
    if not outbound.mark_sending(session=session, outbound_id=outbound_id):
        session.rollback()
        return
    session.commit()  # `sending` is durable before the server hears of the email
    row = outbound.get_outbound(session=session, outbound_id=outbound_id)
    if row is None:
        return
    try:
        transport.send(raw=row.raw, sender=sender, recipients=list(row.to_addrs))
    except TemporarySendError as e:
        if row.attempts >= MAX_ATTEMPTS:
            outbound.mark_failed(
                session=session,
                outbound_id=outbound_id,
                error=f"gave up after {row.attempts} attempts: {e}",
            )
            report.failed.append(outbound_id)
        else:
            at = now + retry_delay(row.attempts)
            outbound.mark_retry(
                session=session, outbound_id=outbound_id, error=str(e), next_attempt_at=at
            )
            report.retried.append(outbound_id)
        log.warning(
            "outbound id=%s message_id=%s: temporary failure (%s)", row.id, row.message_id_header, e
        )
        session.commit()
        return
    except PermanentSendError as e:
        outbound.mark_failed(session=session, outbound_id=outbound_id, error=str(e))
        report.failed.append(outbound_id)
        log.error("outbound id=%s message_id=%s: refused (%s)", row.id, row.message_id_header, e)
        session.commit()
        return
    if sent_folder is not None:
        _append_sent_copy(sent_folder, row)
    outbound.mark_sent(session=session, outbound_id=outbound_id)
    session.commit()
    report.sent.append(outbound_id)
    log.info(
        "outbound id=%s message_id=%s: sent to %s", row.id, row.message_id_header, row.to_addrs
    )


def _append_sent_copy(sent_folder: SentFolder, row: OutboundEmail) -> None:
    try:
        sent_folder.append(row.raw)
    except Exception as e:  # noqa: BLE001 - the email is sent; a missing copy must not resend it
        log.error(
            "outbound id=%s message_id=%s: sent, but the Sent-folder copy failed: %s",
            row.id,
            row.message_id_header,
            e,
        )


__all__ = [
    "HeaderInjectionError",
    "MaildirTransport",
    "OutgoingAttachment",
    "PermanentSendError",
    "SendReport",
    "SmtpTransport",
    "TemporarySendError",
    "Transport",
    "build_email",
    "queue_email",
    "retry_delay",
    "send_pending",
    "transport_from_settings",
]
