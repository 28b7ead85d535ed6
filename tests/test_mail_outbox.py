"""The outbox against a real SMTP server (aiosmtpd) and Dovecot's Sent folder: exactly once."""

from __future__ import annotations

import email
from datetime import timedelta
from email.policy import default as default_policy

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from agent.config import Settings
from agent.ledger import outbound
from agent.ledger.models import OutboundEmail, OutboundStatus, utcnow
from agent.mail.imap import ImapSentFolder, parse_imap_url
from agent.mail.outbox import (
    HeaderInjectionError,
    MaildirTransport,
    OutgoingAttachment,
    SmtpTransport,
    build_email,
    queue_email,
    send_pending,
)
from agent.mail.transport import parse_smtp_url, transport_from_settings
from tests.servers import DovecotAccount, SmtpServer, dovecot, imap_account, smtp  # noqa: F401
from tests.servers.fakes import FakeSentFolder, FakeTransport

CUSTOMER_MSG = "<reply.1@customer.example>"
EARLIER = "<reminder.1@example.com>"


class Crash(BaseException):
    """Stands for SIGKILL: nothing after it runs, no except clause catches it."""


def queue_reply(engine: Engine, **extra: object) -> tuple[int, str]:
    message = build_email(
        from_addr="ar@example.com",
        from_name="Accounts Receivable",
        to_addrs=["ap@customer.example"],
        subject="Re: Invoice INV-10023",
        text="Thank you, we have noted your payment date.",
        in_reply_to=CUSTOMER_MSG,
        references=[EARLIER],
        **extra,  # type: ignore[arg-type]
    )
    with Session(engine, expire_on_commit=False) as session:
        row = queue_email(session=session, message=message)
        session.commit()
        return int(row.id or 0), str(message["Message-ID"])


def row(engine: Engine, outbound_id: int) -> OutboundEmail:
    with Session(engine) as session:
        found = outbound.get_outbound(session=session, outbound_id=outbound_id)
        assert found is not None
        return found


@pytest.mark.parametrize("field", ["subject", "to", "from_name", "in_reply_to", "filename"])
def test_header_values_with_cr_or_lf_are_refused(field: str):
    args: dict[str, object] = dict(
        from_addr="ar@example.com", to_addrs=["a@b.example"], subject="Hello", text="x"
    )
    evil = "x\r\nBcc: victim@evil.example"
    if field == "to":
        args["to_addrs"] = [evil]
    elif field == "filename":
        args["attachments"] = [OutgoingAttachment(filename=evil, data=b"%PDF")]
    else:
        args[field] = evil
    with pytest.raises(HeaderInjectionError, match="CR or LF"):
        build_email(**args)  # type: ignore[arg-type]


def test_build_email_threads_and_attaches():
    message = build_email(
        from_addr="ar@example.com",
        to_addrs=["ap@customer.example"],
        subject="Re: INV-1",
        text="Statement attached.",
        in_reply_to=CUSTOMER_MSG,
        references=[EARLIER],
        attachments=[OutgoingAttachment("statement.pdf", b"%PDF-1.4 data", "application/pdf")],
    )
    assert message["Message-ID"].endswith("@example.com>")
    assert message["In-Reply-To"] == CUSTOMER_MSG
    assert message["References"].split() == [EARLIER, CUSTOMER_MSG]
    parsed = email.message_from_bytes(message.as_bytes(), policy=default_policy)
    attachment = next(parsed.iter_attachments())
    assert attachment.get_filename() == "statement.pdf"
    assert attachment.get_content() == b"%PDF-1.4 data"


def test_smtp_4xx_then_success_is_delivered_once(engine: Engine, smtp: SmtpServer):
    smtp.handler.replies = ["451 4.3.0 Mailbox temporarily unavailable"]
    outbound_id, message_id = queue_reply(engine)
    transport = SmtpTransport(parse_smtp_url(smtp.url()))  # with AUTH
    first = send_pending(engine=engine, transport=transport, sender="ar@example.com")
    assert first.retried == [outbound_id] and smtp.handler.received == []
    waiting = row(engine, outbound_id)
    assert waiting.status == OutboundStatus.QUEUED and "451" in (waiting.last_error or "")
    assert waiting.next_attempt_at is not None and waiting.next_attempt_at > utcnow()
    # Not yet due: nothing happens.
    assert send_pending(engine=engine, transport=transport, sender="ar@example.com").sent == []
    later = utcnow() + timedelta(hours=1)
    assert send_pending(
        engine=engine, transport=transport, sender="ar@example.com", now=later
    ).sent == [outbound_id]
    assert (
        send_pending(
            engine=engine,
            transport=transport,
            sender="ar@example.com",
            now=later + timedelta(hours=1),
        ).sent
        == []
    )
    assert len(smtp.handler.received) == 1 and smtp.handler.attempts == 2
    delivered = email.message_from_bytes(smtp.handler.received[0].content)
    assert delivered["Message-ID"] == message_id
    assert delivered["In-Reply-To"] == CUSTOMER_MSG
    assert delivered["References"].split() == [EARLIER, CUSTOMER_MSG]
    done = row(engine, outbound_id)
    assert done.status == OutboundStatus.SENT and done.attempts == 2


def test_smtp_5xx_marks_the_email_failed_with_the_reason(engine: Engine, smtp: SmtpServer):
    smtp.handler.replies = ["550 5.1.1 No such user here"]
    outbound_id, _ = queue_reply(engine)
    report = send_pending(
        engine=engine, transport=SmtpTransport(parse_smtp_url(smtp.url())), sender="ar@example.com"
    )
    assert report.failed == [outbound_id]
    failed = row(engine, outbound_id)
    assert failed.status == OutboundStatus.FAILED and "550" in (failed.last_error or "")
    later = utcnow() + timedelta(days=1)
    send_pending(
        engine=engine,
        transport=SmtpTransport(parse_smtp_url(smtp.url())),
        sender="ar@example.com",
        now=later,
    )
    assert smtp.handler.received == [] and smtp.handler.attempts == 1


def test_crash_after_the_server_accepted_delivers_exactly_once(
    engine: Engine, smtp: SmtpServer, imap_account: DovecotAccount
):
    outbound_id, message_id = queue_reply(engine)
    sent_folder = ImapSentFolder(parse_imap_url(imap_account.url()), folder="Sent")
    real = SmtpTransport(parse_smtp_url(smtp.url()))

    class DiesAfterAcceptance:
        def send(self, *, raw: bytes, sender: str, recipients: list[str]) -> None:
            real.send(raw=raw, sender=sender, recipients=recipients)
            sent_folder.append(raw)  # what send_pending does next; then the process dies
            raise Crash

        def delivered(self, message_id: str) -> bool | None:
            return None

        def close(self) -> None:
            real.close()

    with pytest.raises(Crash):
        send_pending(
            engine=engine,
            transport=DiesAfterAcceptance(),
            sender="ar@example.com",
            sent_folder=sent_folder,
        )
    assert row(engine, outbound_id).status == OutboundStatus.SENDING
    assert len(smtp.handler.received) == 1
    # The restart: a fresh transport and Sent folder find the copy and do not send again.
    restarted = send_pending(
        engine=engine,
        transport=SmtpTransport(parse_smtp_url(smtp.url())),
        sender="ar@example.com",
        sent_folder=ImapSentFolder(parse_imap_url(imap_account.url())),
    )
    assert restarted.recovered == [outbound_id] and restarted.sent == []
    assert len(smtp.handler.received) == 1
    assert row(engine, outbound_id).status == OutboundStatus.SENT
    assert len(imap_account.search_header("Sent", "Message-ID", message_id)) == 1
    delivered = email.message_from_bytes(smtp.handler.received[0].content)
    assert (delivered["Message-ID"], delivered["In-Reply-To"]) == (message_id, CUSTOMER_MSG)


def test_a_normal_send_appends_a_copy_to_the_imap_sent_folder(
    engine: Engine, smtp: SmtpServer, imap_account: DovecotAccount
):
    _, message_id = queue_reply(engine)
    send_pending(
        engine=engine,
        transport=SmtpTransport(parse_smtp_url(smtp.url(auth=False))),
        sender="ar@example.com",
        sent_folder=ImapSentFolder(parse_imap_url(imap_account.url())),
    )
    assert len(imap_account.search_header("Sent", "Message-ID", message_id)) == 1
    assert b"\\Seen" in next(iter(imap_account.flags("Sent").values()))


def test_maildir_outbox_crash_after_delivery_is_not_sent_twice(settings: Settings, engine: Engine):
    outbound_id, message_id = queue_reply(engine)
    transport = transport_from_settings(settings)
    assert isinstance(transport, MaildirTransport)
    real_send = transport.send

    def send_then_die(**kw: object) -> None:
        real_send(**kw)  # type: ignore[arg-type]
        raise Crash

    transport.send = send_then_die  # type: ignore[method-assign]
    with pytest.raises(Crash):
        send_pending(engine=engine, transport=transport, sender="ar@example.com")
    report = send_pending(
        engine=engine, transport=transport_from_settings(settings), sender="ar@example.com"
    )
    assert report.recovered == [outbound_id]
    delivered = list((settings.resolve("outbox") / "new").iterdir())
    assert len(delivered) == 1
    assert email.message_from_bytes(delivered[0].read_bytes())["Message-ID"] == message_id


def test_interrupted_send_with_no_way_to_check_is_left_to_a_person(engine: Engine):
    outbound_id, _ = queue_reply(engine)
    with Session(engine) as session:
        assert outbound.mark_sending(session=session, outbound_id=outbound_id)
        session.commit()
    transport = FakeTransport()
    report = send_pending(engine=engine, transport=transport, sender="ar@example.com")
    assert report.failed == [outbound_id] and transport.sent == []
    assert "delivery unknown" in (row(engine, outbound_id).last_error or "")


def test_interrupted_send_missing_from_sent_folder_is_sent_again(engine: Engine):
    outbound_id, _ = queue_reply(engine)
    with Session(engine) as session:
        outbound.mark_sending(session=session, outbound_id=outbound_id)
        session.commit()
    transport, sent_folder = FakeTransport(), FakeSentFolder()
    report = send_pending(
        engine=engine, transport=transport, sender="ar@example.com", sent_folder=sent_folder
    )
    assert report.sent == [outbound_id] and len(transport.sent) == 1
    assert len(sent_folder.stored) == 1


def test_only_one_worker_sends_at_a_time(engine: Engine):
    queue_reply(engine)
    with outbound.outbox_lock(engine) as first:
        assert first
        report = send_pending(engine=engine, transport=FakeTransport(), sender="ar@example.com")
        assert report.locked_out and report.sent == []
