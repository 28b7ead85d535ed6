"""Fact extraction rules, one hand-written example per rule (not taken from any corpus)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.triage.amounts import find_amounts
from agent.triage.dates import find_dates
from agent.triage.extract import Facts
from agent.triage.language import detect_language
from agent.triage.references import find_references

TUESDAY = date(2026, 11, 17)  # the Date header of every example below


def facts_of(text: str, currency: str = "USD", month_first: bool = False) -> Facts:
    """Build the facts of a text the way extract_facts does, without a message or a ledger."""
    return Facts(text=text, dates=find_dates(text, TUESDAY, month_first=month_first),
                 amounts=find_amounts(text, customer_currency=currency), currency=currency)


@pytest.mark.parametrize(("text", "expected"), [
    ("We will pay on Friday.", date(2026, 11, 20)),
    ("Betalen we vrijdag.", date(2026, 11, 20)),
    ("Payment goes out tomorrow.", date(2026, 11, 18)),
    ("Le virement sera fait demain.", date(2026, 11, 18)),
    ("We'll settle it by end of next week.", date(2026, 11, 27)),
    ("Wir zahlen bis Ende nächster Woche.", date(2026, 11, 27)),
    ("Se abonará antes de que finalice el mes.", date(2026, 11, 30)),
    ("Será liquidada até ao final do corrente mês.", date(2026, 11, 30)),
    ("Lo pagheremo entro fine mese.", date(2026, 11, 30)),
    ("We plan to pay mid-December.", date(2026, 12, 15)),
    ("Wir überweisen Mitte Dezember.", date(2026, 12, 15)),
    ("We will pay by Friday the 27th.", date(2026, 11, 27)),
    ("Va en la remesa del día 25.", date(2026, 11, 25)),
    ("We will pay within 10 days.", date(2026, 11, 27)),
    ("We will pay in 2 weeks.", date(2026, 12, 1)),
    ("Nous paierons le 28/11.", date(2026, 11, 28)),
    ("Il bonifico sarà effettuato il 3 dicembre.", date(2026, 12, 3)),
    ("We'll pay early next week.", None),  # vague: no date
    # The promise's date, not the invoice's or the quantity's.
    ("Invoice dated 2 November will be paid on 30 November.", date(2026, 11, 30)),
    ("Credit the 2 missing units please. The rest we pay on Friday.", date(2026, 11, 20)),
    ("Graag een creditnota voor de 2 die ontbreken. De rest betalen we vrijdag.",
     date(2026, 11, 20)),
])
def test_promised_date(text: str, expected: date | None) -> None:
    assert facts_of(text).promised_date == expected


def test_us_sender_writes_month_first() -> None:
    assert facts_of("We will pay on 11/28.", month_first=True).promised_date == date(2026, 11, 28)


def test_weekday_inside_an_id_is_not_a_date() -> None:
    assert find_dates("Our portal ID is AU-SUN-004417.", TUESDAY) == []


@pytest.mark.parametrize(("text", "currency", "expected"), [
    ("We'll pay $4.2k on Friday.", "USD", ("4200.00", "USD")),
    ("Nous réglerons 4 200,00 € vendredi.", "EUR", ("4200.00", "EUR")),
    ("Pagaremos R$ 12.500,00 amanhã.", "BRL", ("12500.00", "BRL")),
    ("We will release Rs. 1,25,000 next week.", "INR", ("125000.00", "INR")),
    ("₹2,40,000 will be paid on Monday.", "INR", ("240000.00", "INR")),
    ("Le pagaremos 85.300 pesos el viernes.", "MXN", ("85300.00", "MXN")),
    ("We'll pay the 4,200 next Friday.", "USD", ("4200.00", "USD")),  # bare: invoice currency
    ("With the 5% early-payment discount we pay on Friday.", "USD", None),
])
def test_promise_amount(text: str, currency: str, expected: tuple[str, str] | None) -> None:
    money = facts_of(text, currency).amount_for("promise_to_pay")
    assert (None if money is None else (str(money.amount), money.currency)) == expected


@pytest.mark.parametrize(("intent", "text", "expected"), [
    # A plan's amount is the total to spread, never an instalment.
    ("payment_plan_request", "Could we pay $3,000 a month until it is cleared?", None),
    ("payment_plan_request", "Could we do monthly instalments of $2,500?", None),
    ("payment_plan_request", "Could we pay it off at $1k a fortnight?", None),
    ("payment_plan_request", "Can we split the $12,000.00 balance into three monthly payments?",
     "12000.00"),
    ("payment_plan_request",
     "Pour la facture (18 000,00 €) : un premier versement de 3 000,00 € puis le solde.",
     "18000.00"),
    # A dispute's amount is the amount disputed, never a unit price or a factor.
    ("dispute", "You billed 40 hours x $20 = $800 more than agreed.", "800.00"),
    ("dispute", "The invoice bills 5 @ $1,299.00 but we received 3.", None),
    ("dispute", "Le prix unitaire facturé (95 € HT) ne correspond pas au devis.", None),
    ("dispute", "Facturado 12.000,00 €, ofertado 10.000,00 €: la diferencia de 2.000,00 € no"
                " la pagaremos.", "2000.00"),
    ("dispute", "We are disputing the setup fee ($450.00); the rest is fine.", "450.00"),
    # A remittance's amount: the total line wins over the lines of an advice.
    ("remittance", "Paid: INV-1 $100.00, INV-2 $250.00. Total paid: $350.00", "350.00"),
    ("remittance", "We sent USD 1,250.00 by wire today. Our phone is +1 415 555 0100.", "1250.00"),
])
def test_amount_for_intent(intent: str, text: str, expected: str | None) -> None:
    money = facts_of(text, "EUR" if "€" in text else "USD").amount_for(intent)
    assert (None if money is None else str(money.amount)) == expected


def test_amount_not_read_across_a_line_break() -> None:
    amounts = find_amounts("Amount EUR\n5100038821   10212", customer_currency="EUR")
    assert all(m.amount != Decimal("5100038821") for m in amounts)


@pytest.mark.parametrize(("text", "expected"), [
    ("Paid by ACH ref 88123 yesterday.", "88123"),
    ("Check #4471 was mailed.", "4471"),
    ("Processed in our check run, ck# 11872.", "11872"),
    ("Please see the wire confirmation, ref WIRE-55102.", "WIRE-55102"),
    ("Referência da operação: TRF 2025-10-1377.", "2025-10-1377"),
    ("Número de controle: 004512.", "004512"),
    ("Betaald, kenmerk AB12345.", "AB12345"),
    ("Our ref:   BACS 000318", "000318"),
    ("Avis-Nr.;ZA-2026-118-004471", "ZA-2026-118-004471"),
    ("Our supplier portal ID is AU-SUN-004417.", None),  # an id, not a payment reference
    ("Paid on 10/12/2026.", None),
])
def test_payment_reference(text: str, expected: str | None) -> None:
    refs = find_references(text, invoice_like={"12345"})
    assert (refs[0].token if refs else None) == expected


def test_reference_that_is_the_invoice_number_is_dropped() -> None:
    assert find_references("Paid, ref INV-12345.", invoice_like={"INV12345", "12345"}) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Thank you, we have received the invoice and the payment will be made next week.", "en"),
    ("Bonjour, nous avons bien reçu la facture et le virement sera effectué la semaine"
     " prochaine.", "fr"),
    ("Guten Tag, wir haben die Rechnung erhalten und die Zahlung wird nächste Woche"
     " erfolgen.", "de"),
    ("Hola, hemos recibido la factura y el pago se realizará la próxima semana.", "es"),
    ("Olá, recebemos a fatura e o pagamento será feito na próxima semana.", "pt"),
    ("Buongiorno, abbiamo ricevuto la fattura e il pagamento sarà effettuato la prossima"
     " settimana.", "it"),
    ("Goedemorgen, we hebben de factuur ontvangen en de betaling wordt volgende week"
     " gedaan.", "nl"),
])
def test_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected
