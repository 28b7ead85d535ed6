"""Extractors, table-driven: amounts, dates, references, language, invoice numbers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.triage.amounts import find_amounts
from agent.triage.dates import find_dates
from agent.triage.directory import DirectoryInvoice, LedgerDirectory
from agent.triage.language import detect_language
from agent.triage.numbers import find_number_tokens
from agent.triage.references import find_references


@pytest.mark.parametrize(("text", "currency", "amount", "expected_currency"), [
    ("USD 4,200.00", "USD", "4200.00", "USD"),
    ("we pay $4.2k tomorrow", "USD", "4200.00", "USD"),
    ("Le virement de 4 200,00 € partira", "EUR", "4200.00", "EUR"),
    ("4.200,00 EUR überwiesen", "EUR", "4200.00", "EUR"),
    ("segue o PIX de R$ 12.500,00", "BRL", "12500.00", "BRL"),
    ("part payment of Rs. 1,25,000", "INR", "125000.00", "INR"),
    ("₹2,40,000 by NEFT", "INR", "240000.00", "INR"),
    ("£1,250 sent", "GBP", "1250.00", "GBP"),
    ("CAD 3,400 via EFT", "CAD", "3400.00", "CAD"),
    ("we will pay the 4,200 next Friday", "USD", "4200.00", "USD"),
    ("transferencia por $149,757.00 pesos", "MXN", "149757.00", "MXN"),
    ("wij betalen € 1.234,56", "EUR", "1234.56", "EUR"),
])
def test_amounts(text: str, currency: str, amount: str, expected_currency: str) -> None:
    found = find_amounts(text, customer_currency=currency)
    assert found, text
    assert (found[0].amount, found[0].currency) == (Decimal(amount), expected_currency)


@pytest.mark.parametrize("text", [
    "10% discount was not applied", "due 12/05/2026", "call +1 415 555-0142",
    "USt-IdNr. (DE 284 661 902)", "see you in 2 days",
])
def test_not_amounts(text: str) -> None:
    assert find_amounts(text, customer_currency="EUR") == []


BASE = date(2026, 11, 18)  # a Wednesday


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("We will pay next Friday", "en", "2026-11-20"),
    ("Friday", "en", "2026-11-20"),
    ("payment by end of month", "en", "2026-11-30"),
    ("within 10 days", "en", "2026-11-28"),
    ("by the 15th", "en", "2026-12-15"),
    ("pay on 12/05/2026", "en", "2026-12-05"),
    ("Paiement le 5 décembre", "fr", "2026-12-05"),
    ("virement fin de mois", "fr", "2026-11-30"),
    ("Zahlung am 5. Dezember", "de", "2026-12-05"),
    ("Ende nächster Woche", "de", "2026-11-27"),
    ("Zahlung bis 30.11.2026", "de", "2026-11-30"),
    ("pagaremos el 3 de diciembre de 2026", "es", "2026-12-03"),
    ("el viernes 20", "es", "2026-11-20"),
    ("pagamento até 30/11/2026", "pt", "2026-11-30"),
    ("pagheremo entro 10 giorni", "it", "2026-11-28"),
    ("we betalen vrijdag 27 november", "nl", "2026-11-27"),
])
def test_dates(text: str, language: str, expected: str) -> None:
    found = find_dates(text, BASE, language=language, month_first=language == "en")
    assert found and str(found[0].value) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("paid INV-10023 and 10024 by ACH ref 88123 yesterday", "88123"),
    ("Check #10452 mailed today", "10452"),
    ("Wire reference: FT26318XK92", "FT26318XK92"),
    ("UTR: SBIN326112345678", "SBIN326112345678"),
    ("Virement SEPA, référence VIR-2026-11-0042", "VIR-2026-11-0042"),
    ("Bonifico eseguito, CRO 1234567890123", "1234567890123"),
    ("Trace Number,021000021847763", "021000021847763"),
])
def test_references(text: str, expected: str) -> None:
    refs = find_references(text, invoice_like={"10023", "INV10023", "10024"})
    assert refs and refs[0].token == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Paid", "en"), ("Will process Friday", "en"), ("Danke, erledigt.", "de"),
    ("Gracias, recibido.", "es"), ("Obrigado, recebido.", "pt"), ("Grazie, ricevuto.", "it"),
    ("Bedankt, ontvangen.", "nl"), ("Merci, bien noté.", "fr"),
    ("Nous réglerons la facture à la fin du mois.", "fr"),
    ("Wir überweisen den Betrag nächste Woche.", "de"),
])
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def _directory() -> LedgerDirectory:
    directory = LedgerDirectory()
    directory.add_contact("C1", "ap@acme.com")
    directory.add_contact("C2", "billing@globex.com")
    directory.add_contact("C3", "someone@gmail.com")
    for number, customer, po in [("INV-10023", "C1", "PO-65712"), ("INV-10024", "C1", None),
                                 ("INV-10057", "C1", None), ("INV-20001", "C2", None)]:
        directory.add_invoice(DirectoryInvoice(number, customer, "USD", Decimal("100"),
                                               Decimal("100"), po_number=po))
    return directory


@pytest.mark.parametrize(("text", "customer", "expected"), [
    ("paid INV-10023", "C1", ["INV-10023"]),
    ("inv 10023", "C1", ["INV-10023"]),
    ("#10023 and 10024", "C1", ["INV-10023", "INV-10024"]),
    ("INV10023", "C1", ["INV-10023"]),
    ("INV 100 23", "C1", ["INV-10023"]),
    ("our PO 65712", "C1", ["INV-10023"]),
    ("invoice 10032", "C1", ["INV-10023"]),    # transposition, one candidate
    ("invoice 10058", "C1", ["INV-10057"]),    # one digit off, one candidate
    ("invoice 20001", "C1", []),               # another customer's invoice is dropped
    ("invoice 10099", "C1", []),               # no single near miss
])
def test_invoice_matching(text: str, customer: str, expected: list[str]) -> None:
    directory = _directory()
    tokens = find_number_tokens(text)
    numbers, _ = directory.resolve_invoices(((t.text, t.is_po) for t in tokens), customer)
    assert numbers == expected


def test_customer_lookup_ignores_free_mail_domains() -> None:
    directory = _directory()
    assert directory.customers_for_address("AP@acme.com") == {"C1"}
    assert directory.customers_for_domain("controller@acme.com") == {"C1"}
    assert directory.customers_for_domain("other@gmail.com") == set()
    assert directory.customer_ledger("C1").invoices[0].number == "INV-10023"
