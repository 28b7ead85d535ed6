"""Ingest from a real Dovecot into SQLite and PostgreSQL: once and exactly once, \\Seen untouched."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from agent.config import Settings
from agent.ledger import messages as message_service
from agent.ledger.models import MailboxState, MailMessage, MessageStatus
from agent.mail.imap import ImapInbox, parse_imap_url
from agent.mail.inbox import MaildirInbox, inbox_from_settings
from agent.mail.ingest import ingest_mailbox, synthetic_message_id
from tests.servers import DovecotAccount, dovecot, imap_account  # noqa: F401
from tests.servers.fakes import FakeInbox
from tests.servers.messages import reply

pytestmark = pytest.mark.imap


def stored(engine: Engine) -> list[MailMessage]:
    with Session(engine) as session:
        return list(session.exec(select(MailMessage).where(MailMessage.direction == "in")).all())


def inbox_for(account: DovecotAccount, **options: object) -> ImapInbox:
    return ImapInbox(parse_imap_url(account.url(**options)), backoff=0.01)


def test_many_messages_fetched_once_across_restarts(imap_account: DovecotAccount, engine: Engine):
    first = [reply(i) for i in range(120)]
    imap_account.append(first)
    report = ingest_mailbox(
        engine=engine, inbox=inbox_for(imap_account, batch=25), max_message_bytes=10**7
    )
    assert report.stored == 120
    # A restart: a new inbox object, same mailbox; then more mail arrives and a third run.
    assert (
        ingest_mailbox(engine=engine, inbox=inbox_for(imap_account), max_message_bytes=10**7).stored
        == 0
    )
    imap_account.append([reply(i) for i in range(120, 150)])
    again = ingest_mailbox(engine=engine, inbox=inbox_for(imap_account), max_message_bytes=10**7)
    assert (again.listed, again.stored) == (30, 30)
    rows = stored(engine)
    assert len(rows) == 150
    assert len({(r.uidvalidity, r.uid) for r in rows}) == 150
    assert {r.raw for r in rows} == set(first) | {reply(i) for i in range(120, 150)}
    assert all(r.sha256 == hashlib.sha256(r.raw).hexdigest() for r in rows)
    with Session(engine) as session:
        assert session.exec(select(MailboxState)).one().last_uid == 150


def test_uidvalidity_change_neither_duplicates_nor_skips(
    imap_account: DovecotAccount, engine: Engine
):
    imap_account.append([reply(i) for i in range(20)])
    inbox = inbox_for(imap_account)
    assert ingest_mailbox(engine=engine, inbox=inbox, max_message_bytes=10**7).stored == 20
    old = imap_account.uidvalidity()
    new = imap_account.change_uidvalidity()  # UIDs renumbered in reverse under a new UIDVALIDITY
    assert imap_account.uidvalidity() == new != old
    imap_account.append([reply(i) for i in range(20, 25)])
    report = ingest_mailbox(engine=engine, inbox=inbox, max_message_bytes=10**7)
    assert (report.uidvalidity, report.stored, report.duplicates) == (new, 5, 20)
    assert len(stored(engine)) == 25
    assert ingest_mailbox(engine=engine, inbox=inbox, max_message_bytes=10**7).stored == 0


def test_server_dropping_the_connection_mid_fetch(imap_account: DovecotAccount, engine: Engine):
    imap_account.append([reply(i) for i in range(100)])
    inbox = inbox_for(imap_account, batch=10)
    fetched: list[int] = []
    original = inbox.fetch

    def fetch_and_get_kicked(sizes, *, max_bytes):  # type: ignore[no-untyped-def]
        for message in original(sizes, max_bytes=max_bytes):
            fetched.append(message.uid)
            if len(fetched) == 35:
                imap_account.kick()  # the server hangs up between two FETCH commands
            yield message

    inbox.fetch = fetch_and_get_kicked  # type: ignore[method-assign]
    report = ingest_mailbox(engine=engine, inbox=inbox, max_message_bytes=10**7)
    assert report.stored == 100
    assert sorted(fetched) == list(range(1, 101))
    assert len(stored(engine)) == 100


def test_messages_read_by_a_person_are_ingested_and_seen_is_never_set(
    imap_account: DovecotAccount, engine: Engine
):
    imap_account.append([reply(i) for i in range(10)])
    imap_account.mark_seen([2, 4])  # a person reads two before arbot runs
    inbox = inbox_for(imap_account)
    assert ingest_mailbox(engine=engine, inbox=inbox, max_message_bytes=10**7).stored == 10
    imap_account.append([reply(i) for i in range(10, 15)])
    imap_account.mark_seen([11, 12, 13])  # and three more in between two polls
    assert ingest_mailbox(engine=engine, inbox=inbox, max_message_bytes=10**7).stored == 5
    flags = imap_account.flags()
    seen = sorted(uid for uid, f in flags.items() if b"\\Seen" in f)
    assert seen == [2, 4, 11, 12, 13]
    assert len(stored(engine)) == 15


def test_oversized_broken_and_idless_messages_are_stored_flagged(
    imap_account: DovecotAccount, engine: Engine
):
    big = reply(1, size=300_000)
    broken = b"\x00\xff garbage without any header\r\n"
    no_id = b"From: x@y.example\r\nSubject: no id\r\n\r\nhello\r\n"
    imap_account.append([reply(0), big, broken, no_id])
    report = ingest_mailbox(engine=engine, inbox=inbox_for(imap_account), max_message_bytes=100_000)
    assert (report.stored, report.flagged) == (4, 2)
    rows = {r.uid: r for r in stored(engine)}
    assert rows[1].status == MessageStatus.NEW
    assert rows[2].status == MessageStatus.FLAGGED and rows[2].truncated
    assert rows[2].size == len(big) and len(rows[2].raw) < 300_000
    assert b"[arbot: message truncated" in rows[2].raw and b"Subject: Re: Invoice" in rows[2].raw
    assert rows[3].status == MessageStatus.FLAGGED and "broken" in (rows[3].error or "")
    digest = hashlib.sha256(no_id).hexdigest()
    assert rows[4].message_id_header == synthetic_message_id(digest)
    assert rows[4].status == MessageStatus.NEW and rows[4].subject == "no id"


def test_a_redelivered_copy_is_stored_once(engine: Engine):
    inbox = FakeInbox()
    inbox.add(reply(1))
    inbox.add(reply(1))  # the same bytes delivered twice (a forward rule, a retry upstream)
    inbox.add(reply(2))
    report = ingest_mailbox(engine=engine, inbox=inbox, max_message_bytes=10**7)
    assert (report.stored, report.duplicates) == (2, 1)


def test_uidvalidity_changing_mid_fetch_restarts_the_poll(engine: Engine):
    inbox = FakeInbox(change_uidvalidity_after=3)
    for i in range(8):
        inbox.add(reply(i))
    report = ingest_mailbox(engine=engine, inbox=inbox, max_message_bytes=10**7)
    assert report.uidvalidity == 8 and report.stored + report.duplicates == 8
    assert len(stored(engine)) == 8


def test_maildir_inbox_keys_are_stable_and_read_in_place(settings: Settings, engine: Engine):
    import mailbox

    path = settings.resolve("inbox")
    box = mailbox.Maildir(path, create=True)
    keys = [box.add(reply(i)) for i in range(6)]
    inbox = inbox_from_settings(settings)
    assert isinstance(inbox, MaildirInbox)
    assert ingest_mailbox(engine=engine, inbox=inbox, max_message_bytes=10**7).stored == 6
    # A person's client moves one to cur/ and marks it read: same key, nothing new.
    msg = box[keys[0]]
    msg.set_subdir("cur")
    msg.add_flag("S")
    box[keys[0]] = msg
    box.add(reply(6))
    report = ingest_mailbox(engine=engine, inbox=inbox, max_message_bytes=10**7)
    assert (report.stored, report.listed) == (1, 7)
    with Session(engine) as session:
        assert message_service.count_messages(session=session) == 7
    assert len(list((path / "new").iterdir())) == 6  # arbot moved nothing


def test_raw_8bit_header_bytes_are_stored_not_fatal(engine: Engine):
    inbox = FakeInbox()
    odd = reply(1).replace(b"Message-ID: <reply.", b"Message-ID: <caf\xe9.", 1)
    inbox.add(odd)
    inbox.add(reply(2))
    assert ingest_mailbox(engine=engine, inbox=inbox, max_message_bytes=10**7).stored == 2
    rows = {r.uid: r for r in stored(engine)}
    assert rows[1].raw == odd and rows[1].message_id_header == "<caf\ufffd.0.1@customer.example>"


def test_a_batch_the_database_refuses_is_stored_one_by_one_and_the_bad_one_flagged(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
):
    from agent.ledger import messages as ledger_messages

    real = ledger_messages.store_inbound

    def refuse_subject_boom(*, session, rows, durable=True):  # type: ignore[no-untyped-def]
        if any(row["subject"] == "boom" for row in rows):
            raise ledger_messages.StoreRefused("the database refused a value")
        return real(session=session, rows=rows, durable=durable)

    monkeypatch.setattr(ledger_messages, "store_inbound", refuse_subject_boom)
    inbox = FakeInbox()
    inbox.add(reply(0))
    inbox.add(b"Message-ID: <boom@x.example>\r\nSubject: boom\r\n\r\nhello\r\n")
    inbox.add(reply(2))
    report = ingest_mailbox(engine=engine, inbox=inbox, max_message_bytes=10**7)
    assert (report.stored, report.flagged) == (3, 1)
    rows = {r.uid: r for r in stored(engine)}
    assert rows[2].status == MessageStatus.FLAGGED and rows[2].subject is None
    assert "stored without metadata" in (rows[2].error or "")
    assert rows[1].status == rows[3].status == MessageStatus.NEW
    with Session(engine) as session:
        assert session.exec(select(MailboxState)).one().last_uid == 3
