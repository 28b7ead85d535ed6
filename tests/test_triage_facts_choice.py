"""Which of several facts is the one that counts: hand-written examples, one per rule.

None of these sentences comes from a corpus; each shows one rule of agent/triage/extract.py,
dates.py, amounts.py, references.py or attachments.py in several of our languages.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.triage.amounts import find_amounts
from agent.triage.attachments import column_references
from agent.triage.dates import find_dates
from agent.triage.extract import Facts
from agent.triage.numbers import find_number_tokens
from agent.triage.references import find_references

TUESDAY = date(2026, 11, 17)  # the Date header of every example below
INVOICES = {"INV55501", "55501", "INV55502", "55502"}


def facts_of(text: str, currency: str = "EUR", month_first: bool = False) -> Facts:
    """Build the facts of a text the way extract_facts does, without a message or a ledger."""
    return Facts(text=text, dates=find_dates(text, TUESDAY, month_first=month_first),
                 amounts=find_amounts(text, customer_currency=currency),
                 references=find_references(text, invoice_like=INVOICES), currency=currency,
                 invoice_keys=INVOICES, base=TUESDAY)


@pytest.mark.parametrize(("text", "expected"), [
    # a date before the message is a reminder or invoice date, never the promise
    ("Suite à votre relance du 16 novembre, le virement partira le 24 novembre.",
     date(2026, 11, 24)),
    ("Con riferimento al sollecito del 10/11, pagheremo a fine mese.", date(2026, 11, 30)),
    # a month without a year that lies far ahead is last year's invoice date
    ("Die Rechnung vom 3. Juli wird im nächsten Zahllauf bezahlt.", None),
    ("De factuur van 14 juni betalen wij volgende week.", None),
    # the date in the clause that names the invoice and a payment run wins
    ("Our office is closed from 21 December. 55501 is approved and in the run on the 26th.",
     date(2026, 11, 26)),
    ("La oficina cierra el 22 de diciembre. La 55501 está aprobada, va en el pago del día 27.",
     date(2026, 11, 27)),
    # a clause after "but" / "so" supersedes the one before it
    ("It was booked for the 26th but that is a holiday, so it goes out on the 27th.",
     date(2026, 11, 27)),
    ("Era prevista per il 26, ma è festivo, quindi il bonifico partirà il 27.", date(2026, 11, 27)),
    # a weekday after "every" is a schedule, not a date
    ("We pay suppliers every Wednesday; 55501 goes in the run on the 25th.", date(2026, 11, 25)),
    ("Wir zahlen jeden Mittwoch; die 55501 ist im Lauf am 25.", date(2026, 11, 25)),
    # days of a monthly schedule are not the date
    ("We cut checks twice a month, on the 5th and the 20th. Yours will be in the Nov 20 run.",
     date(2026, 11, 20)),
    # the day after a meeting, "the following business day"
    ("It is on the board agenda for December 10. Checks are mailed the following business day.",
     date(2026, 12, 11)),
    # "within N days of <an event>" is not counted from the Date header
    ("We will pay within 5 days of receiving our client's funds.", None),
    ("Nous paierons dans 10 jours.", date(2026, 11, 27)),
    # a future clause keeps its date even with a participle in it
    ("Your check will be in the December 4 run and mailed that afternoon.", date(2026, 12, 4)),
    # a vague time beside an unrelated date gives no date
    ("Funds arrive on the 1st. You will see it in the first week of December.", None),
    # an action that is not the payment ("I'll chase her today")
    ("It is waiting on the CFO. I'll chase her again today.", None),
    # Portuguese weekday with -feira, Spanish "próximo día 25", a past attempt
    ("O pagamento ficou agendado para quinta-feira.", date(2026, 11, 19)),
    ("Se abonará el próximo día 25 mediante transferencia.", date(2026, 11, 25)),
    ("Tentamos pagar na sexta mas o banco recusou; vamos reenviar amanhã.", date(2026, 11, 18)),
])
def test_promised_date_choice(text: str, expected: date | None) -> None:
    assert facts_of(text).promised_date == expected


@pytest.mark.parametrize(("text", "intent", "expected"), [
    # the amount labelled as paid wins over the gross and the retention
    ("Paid today less 5% retention:\n  Gross  £20,000.00\n  Retention  (£1,000.00)\n"
     "  Paid  £19,000.00", "remittance", (Decimal("19000.00"), "GBP")),
    ("Bruto 12.000,00 EUR, ingehouden 600,00 EUR, betaald 11.400,00 EUR.", "remittance",
     (Decimal("11400.00"), "EUR")),
    ("Montant brut 5 000,00 €, escompte 100,00 €, montant payé : 4 900,00 €.", "remittance",
     (Decimal("4900.00"), "EUR")),
    # a pasted table without a total: the paid column summed over the invoice rows
    ("Invoice     Gross      Paid\nINV-55501   1,000.00   1,000.00\nINV-55502   2,500.50   "
     "2,500.50", "remittance", (Decimal("3500.50"), "EUR")),
    # a limit is not an amount
    ("Anything over $25,000 needs the board, so 55501 will be paid on the 20th.",
     "promise_to_pay", None),
    # "all up" names the total to spread, not a sum owed to the customer by others
    ("Our client owes us $90k. Could we split 55501, 57,579.83 all up, into four payments?",
     "payment_plan_request", (Decimal("57579.83"), "USD")),
    # an overcharge named after the amount
    ("The seats are at $420, not $380. That's $1,000.00 over on the invoice.", "dispute",
     (Decimal("1000.00"), "USD")),
    # currency words
    ("Pagaremos 150.000 pesos el viernes.", "promise_to_pay", (Decimal("150000.00"), "MXN")),
    ("Pagamos 12.500,00 reais hoje.", "remittance", (Decimal("12500.00"), "BRL")),
    ("We paid 1,25,000 rupees today.", "remittance", (Decimal("125000.00"), "INR")),
])
def test_amount_choice(text: str, intent: str, expected: tuple[Decimal, str] | None) -> None:
    currency = "USD" if "$" in text else "EUR"
    money = facts_of(text, currency).amount_for(intent)
    assert (None if money is None else (money.amount, money.currency)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Valor 4.000,00 EUR", [Decimal("4000.00")]),
    # a company number in a signature is not money
    ("Kookaburra Pty | ABN 33 615 903 221 | Brisbane", []),
    # a number after a sentence that ends in "paid." needs its own money context
    ("Our contracts are pay-when-paid. 55123 and 55124 were billed to the owner.", []),
])
def test_amount_spans(text: str, expected: list[Decimal]) -> None:
    assert [m.amount for m in find_amounts(text, customer_currency="EUR")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Zahlungslauf-Nr.: ZL-20261201-07", "ZL-20261201-07"),
    ("Beleg-Nr. 4711-2026", "4711-2026"),
    ("Réf. de bout en bout ..... : ACME-2026120100042", "ACME-2026120100042"),
    ("n° de virement 88123001", "88123001"),
    ("Segue o comprovante 99887766.", "99887766"),
    ("pagato con bonifico del 13/11, numero CRO 85410263971", "85410263971"),
    ("ACH trace 021000021234567", "021000021234567"),
    ("Check #40512 mailed today", "40512"),
    ("Fed reference (IMAD) 20261201QMGFT015000123", "20261201QMGFT015000123"),
    ("Modalidade: SWIFT MT103\nUETR: 1b2c3d4e-0000-4aaa-8bbb-123456789abc",
     "1b2c3d4e-0000-4aaa-8bbb-123456789abc"),
    ("Sent by Faster Payment, ref ACME INV55501X9.", "ACME INV55501X9"),
    # a day and month after a transfer word is a date, not a reference
    ("transferencia del 30/10, ref. 2026TRF0001", "2026TRF0001"),
])
def test_reference(text: str, expected: str) -> None:
    facts = facts_of(text)
    assert facts.payment_reference == expected


def test_letter_file_reference_loses_to_payment_reference() -> None:
    text = ("Ons kenmerk: ABC/2026/0001\nDe betaling is uitgevoerd onder betalingskenmerk "
            "2026-12-0042.")
    assert facts_of(text).payment_reference == "2026-12-0042"


def test_our_ref_alone_is_the_payment_reference() -> None:
    assert facts_of("Paid by BACS this morning (our ref ACME-BACS-1234).").payment_reference \
        == "ACME-BACS-1234"


@pytest.mark.parametrize(("table", "expected"), [
    ("payment_id,date,invoice,amount\nACH0001,2026-12-01,INV-1,10.00\n", ["ACH0001"]),
    ("Rechnung;Betrag;Referenz\nINV-1;10,00;ZA-2026-1\nINV-2;5,00;ZA-2026-1\n",
     ["ZA-2026-1", "ZA-2026-1"]),
    ("invoice,amount\nINV-1,10.00\n", []),
])
def test_column_references(table: str, expected: list[str]) -> None:
    assert column_references(table) == expected


def test_paid_is_not_read_as_the_label_id() -> None:
    # "paid" ends in "id": the number after it is still an invoice number
    assert [t.text for t in find_number_tokens("Dr. Alvarez paid 55501 by card.")] == ["55501"]
