"""Auto-reply and bounce detection on real and hand-written automated mail."""

from __future__ import annotations

import email
from pathlib import Path

import pytest

from agent.mail.autoreply import detect_auto_reply, detect_bounce
from agent.mail.parse import parse_message

SHARED = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "email"
OWN = Path(__file__).resolve().parent / "fixtures" / "mail"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared email fixtures absent")

OUT_OF_OFFICE = [
    ("ooo_en.eml", "auto-submitted: auto-replied"),
    ("ooo_fr.eml", "ooo-wording:fr"),
    ("ooo_de.eml", "x-autoreply"),
    ("ooo_es.eml", "ooo-wording:es"),
    ("ooo_pt.eml", "auto-submitted: auto-generated"),
    ("ooo_it.eml", "ooo-wording:it"),
    ("ooo_nl.eml", "ooo-wording:nl"),
]


@pytest.mark.parametrize(("name", "reason"), OUT_OF_OFFICE)
def test_out_of_office_in_seven_languages(name: str, reason: str):
    parsed = parse_message((OWN / name).read_bytes())
    assert parsed.auto_reply == reason
    assert parsed.bounce is None


@pytest.mark.parametrize(("subject", "body", "reason"), [
    ("Automatic reply: INV-1", "", "ooo-wording:en"),
    ("Abwesenheitsnotiz", "", "ooo-wording:de"),
    ("Automatische Antwort: Rechnung", "", "ooo-wording:de"),
    ("Respuesta automática: Factura", "", "ooo-wording:es"),
    ("Risposta automatica: Fattura", "", "ooo-wording:it"),
    ("Automatisch antwoord: factuur", "", "ooo-wording:nl"),
    ("Re: INV-1", "I'm currently out of the office until Monday.", "ooo-wording:en"),
    ("Re: INV-1", "Estou fora do escritório até dia 3.", "ooo-wording:pt"),
])
def test_wording_only(subject: str, body: str, reason: str):
    assert detect_auto_reply({"Subject": subject}, body) == reason


@pytest.mark.parametrize(("headers", "body"), [
    ({"Subject": "Re: INV-1", "Auto-Submitted": "no"}, "Paid today."),
    ({"Subject": "Re: INV-1"}, "Sorry, I was out of the office last week. Paid today."),
    ({"Subject": "Re: INV-1", "X-Auto-Response-Suppress": "All"}, "We will pay on Friday."),
])
def test_humans_are_not_auto_replies(headers: dict[str, str], body: str):
    assert detect_auto_reply(headers, body) is None


def test_auto_response_suppress_is_only_a_weak_signal():
    headers = {"Subject": "Re: INV-1", "X-Auto-Response-Suppress": "All"}
    assert detect_auto_reply(headers, "Thank you for contacting us, ticket #4411.") == (
        "x-auto-response-suppress")


@needs_shared
@pytest.mark.parametrize(("relative", "reason"), [
    ("mail-parser/mail_test_16", "precedence: junk"),
    ("mail-parser/mail_test_5", "precedence: bulk"),
    ("django-mailbox/message_with_utf8_char.eml", "precedence: bulk"),
    ("mail-parser/mail_test_6", "list-id"),
    ("mail-parser/mail_test_13", "list-id"),
    ("django-mailbox/generic_message.eml", None),
    ("talon/standard_replies/gmail.eml", None),
])
def test_shared_bulk_and_list_mail(relative: str, reason: str | None):
    assert parse_message((SHARED / relative).read_bytes()).auto_reply == reason


BOUNCES = [
    ("bounce_postfix.eml", ["accounts@oldcustomer-gmbh.de"], "5.1.1", "User unknown", True),
    ("bounce_exim.eml", ["ap@closed-company.example"], "5.1.1", "Mailbox does not exist", True),
    ("bounce_exchange.eml", ["payables@contoso-foods.com"], "5.1.10", "RecipientNotFound", True),
    ("bounce_gmail.eml", ["finance.team@gmial.com"], "5.1.1", "does not exist", True),
    ("bounce_qmail.eml", ["invoices@smallhost.example"], "5.1.1", "no mailbox", True),
]


@pytest.mark.parametrize(("name", "recipients", "status", "diagnostic", "permanent"), BOUNCES)
def test_bounces_name_the_failed_recipient(name, recipients, status, diagnostic, permanent):
    bounce = parse_message((OWN / name).read_bytes()).bounce
    assert bounce is not None
    assert bounce.failed_recipients == recipients
    assert bounce.status == status and bounce.permanent is permanent
    assert bounce.diagnostic and diagnostic in bounce.diagnostic


@needs_shared
def test_shared_dsn_with_broken_boundary_is_a_temporary_bounce():
    msg = email.message_from_bytes((SHARED / "mail-parser" / "mail_malformed_2").read_bytes())
    bounce = detect_bounce(msg)
    assert bounce is not None
    assert bounce.failed_recipients == ["abh@netpar.com.br"]
    assert (bounce.status, bounce.permanent) == ("4.2.2", False)


@pytest.mark.parametrize("name", ["ooo_en.eml", "outlook_reply_plain.eml", "forwarded_chain.eml"])
def test_ordinary_mail_is_not_a_bounce(name: str):
    assert detect_bounce(email.message_from_bytes((OWN / name).read_bytes())) is None


def test_success_dsn_is_not_a_bounce():
    raw = (
        b"From: MAILER-DAEMON@x.example\nReturn-Path: <>\nContent-Type: multipart/report; "
        b"report-type=delivery-status; boundary=b\n\n--b\nContent-Type: text/plain\n\nDelivered."
        b"\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; x.example\n\n"
        b"Final-Recipient: rfc822; a@b.example\nAction: delivered\nStatus: 2.0.0\n--b--\n"
    )
    assert detect_bounce(email.message_from_bytes(raw)) is None
