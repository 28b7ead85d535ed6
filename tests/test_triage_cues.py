"""Intent cues and reply trimming, on hand-written phrases (not from any corpus)."""

from __future__ import annotations

import pytest

from agent.triage.dispute_reasons import dispute_reason
from agent.triage.extract import trim_signature
from agent.triage.intent_cues import cue_hits
from agent.triage.model import normalize_text


@pytest.mark.parametrize(("text", "group"), [
    ("Paid.", "remit"),
    ("The wire went out this morning.", "remit"),
    ("Le virement a été effectué ce matin.", "remit"),
    ("Rechnung wurde gestern überwiesen.", "remit"),
    ("Ya hemos pagado la factura.", "remit"),
    ("O pagamento foi efetuado hoje.", "remit"),
    ("Il bonifico è stato eseguito.", "remit"),
    ("De factuur is vandaag overgemaakt.", "remit"),
    ("We will pay it next week.", "promise"),
    ("It's in our next payment run.", "promise"),
    ("Nous paierons la facture vendredi.", "promise"),
    ("Wir werden die Rechnung am Montag bezahlen.", "promise"),
    ("Pagaremos el día 30.", "promise"),
    ("Vamos pagar na próxima semana.", "promise"),
    ("Pagheremo entro fine mese.", "promise"),
    ("Wij zullen de factuur volgende week betalen.", "promise"),
    ("Could we pay this in three instalments?", "plan"),
    ("Est-il possible de payer en plusieurs fois ?", "plan"),
    ("Wäre eine Ratenzahlung möglich?", "plan"),
    ("¿Podemos pagarlo a plazos?", "plan"),
    ("Podemos parcelar o valor?", "plan"),
    ("Possiamo rateizzare l'importo?", "plan"),
    ("Kunnen we in termijnen betalen?", "plan"),
    ("Please send us a copy of the invoice and your W-9.", "document"),
    ("Pourriez-vous nous envoyer un relevé de compte ?", "document"),
    ("Please submit all invoices through our Coupa portal.", "redirect"),
    ("Sarah no longer works here; please contact ap@example.org.", "redirect"),
    ("The rate charged is not what we agreed.", "dispute"),
    ("We cancelled this subscription last year.", "dispute"),
    ("I am out of the office until Monday.", "ooo"),
    ("Thanks, noted.", "ack"),
])
def test_cue_groups_fire(text: str, group: str) -> None:
    assert cue_hits(normalize_text(text))[group], text


@pytest.mark.parametrize(("text", "group"), [
    ("This will be paid on Friday.", "remit"),     # future, not money already sent
    ("The invoice is not paid yet.", "remit"),
    ("Thanks, noted.", "promise"),
    ("We paid it yesterday.", "promise"),
])
def test_cue_groups_stay_quiet(text: str, group: str) -> None:
    assert not cue_hits(normalize_text(text))[group], text


def test_trim_keeps_sign_off_and_drops_signature() -> None:
    text = "Hi,\n\nPaid today by ACH.\n\nKind regards,\nJo Bloggs\n12 High St, Leeds\n+44 113 496 0000"
    assert trim_signature(text) == "Hi,\n\nPaid today by ACH.\n\nKind regards,"


def test_trim_drops_disclaimer() -> None:
    text = ("Recibido, gracias.\n\nAVISO LEGAL: Este mensaje es confidencial. Si no es el "
            "destinatario, elimínelo; cualquier error ...")
    assert trim_signature(text) == "Recibido, gracias."


def test_trim_leaves_a_bare_sign_off_alone() -> None:
    assert trim_signature("Thanks!") == "Thanks!"


@pytest.mark.parametrize(("text", "group"), [
    ("The cheque for $1,250 was posted to you on Monday.", "remit"),
    ("Erledigt.", "remit"),
    ("Nous vous avons envoyé hier un chèque en règlement de la facture.", "remit"),
    ("I'll get it paid by the end of the month.", "promise"),
    ("The check will go in the mail on Thursday.", "promise"),
    ("Die Rechnung ist für den Zahllauf am Freitag eingeplant.", "promise"),
    ("Le règlement interviendra en fin de mois.", "promise"),
    ("De factuur wordt volgende week betaald, ik zorg dat het goed komt.", "promise"),
    ("Should be in your account by Wednesday.", "transit"),
    ("Das Geld sollte morgen bei Ihnen eingehen.", "transit"),
    ("Ya no me encargo de proveedores; escriban a pagos@example.org.", "redirect"),
    ("Statements must be sent to our shared services team.", "redirect"),
    ("This mailbox is not monitored for supplier invoices.", "redirect"),
    ("Wir nehmen Rechnungen nur noch elektronisch an; bitte dort einreichen.", "redirect"),
    ("write to finance@example.org instead", "address"),
    ("The totals on the invoice don't match the delivery note.", "dispute"),
    ("The scanner stopped working after two days.", "dispute"),
    ("Das Gerät funktioniert nicht.", "dispute"),
    ("Payment is on hold until the credit arrives.", "withhold"),
    ("Nous ne réglerons donc pas cette facture.", "withhold"),
    ("Your request has been received and a ticket was opened.", "receipt"),
    ("Hemos recibido su correo y le hemos asignado un número.", "receipt"),
    ("Dear valued suppliers, our offices will be closed on Friday.", "notice"),
    ("Click here to verify your account.", "notice"),
    ("La factura no incluye nuestro NIF.", "correction"),
    ("Please send a corrected invoice to the right legal entity.", "correction"),
    ("Thanks, noted.", "ack_only"),
])
def test_more_cue_groups_fire(text: str, group: str) -> None:
    assert cue_hits(normalize_text(text))[group], text


@pytest.mark.parametrize(("text", "group"), [
    ("If you received this email in error, please delete it.", "dispute"),  # a disclaimer
    ("I think this reached me by mistake.", "dispute"),
    ("We paid it through your payment portal this morning.", "redirect"),
    ("Please quote our case number 4411 on any reply.", "receipt"),
    ("Noted, we will pay it on Friday.", "ack_only"),
    ("I'll have it paid next week.", "remit"),
])
def test_more_cue_groups_stay_quiet(text: str, group: str) -> None:
    assert not cue_hits(normalize_text(text))[group], text


@pytest.mark.parametrize(("text", "reason"), [
    ("You charged $95 per licence but our order says $80.", "pricing"),
    ("Le prix ne correspond pas au devis.", "pricing"),
    ("We ordered 30 chairs and only received 24.", "quantity"),
    ("Die gelieferte Menge stimmt nicht: 8 statt 10 Kartons.", "quantity"),
    ("Two of the pumps arrived broken and the rest are not working.", "quality"),
    ("La impresora no funciona desde la instalación.", "quality"),
    ("We never received the goods; the carrier has no proof of delivery.", "not_received"),
    ("A mercadoria nunca chegou ao nosso armazém e não recebemos nada.", "not_received"),
    ("This invoice is a duplicate of last month's, same service billed twice.", "duplicate"),
    ("La fattura è stata emessa due volte; per favore annullatela.", "duplicate"),
    ("Your invoice is missing our VAT number and is made out to the wrong legal entity.", "billing_error"),
    ("Op de factuur ontbreekt ons inkoopordernummer; graag een nieuwe met het juiste PO.", "billing_error"),
    ("We cancelled the subscription before the auto-renewal date.", "contract_terms"),
    ("Wir haben den Vertrag fristgerecht gekündigt.", "contract_terms"),
    ("Our invoice question is about something else entirely.", "other"),
])
def test_dispute_reasons(text: str, reason: str) -> None:
    assert dispute_reason(text) == reason, text


@pytest.mark.parametrize(("text", "group"), [
    # Payment runs: executed today is money sent; a future run is money to come.
    ("It was included in yesterday's ACH batch.", "remit"),
    ("Hiermit avisieren wir Ihnen die folgende Zahlung.", "remit"),
    ("A transferência foi efectuada ontem, segue o comprovativo.", "remit"),
    ("You'll be in this week's cheque run, latest Thursday.", "promise"),
    ("Paying it Monday.", "promise"),
    ("Treasury will resend the wire tomorrow.", "promise"),
    ("Die Rechnung werden wir bis zum 30.11.2026 auf Ihr Konto anweisen.", "promise"),
    ("Esa factura entra en la próxima remesa.", "promise"),
    ("De factuur gaat morgen de deur uit.", "promise"),
    # Plans: halves, lots and extensions of the due date.
    ("Could we settle half now and the rest after the holidays?", "plan"),
    ("Nous pourrions payer la moitié en décembre et le solde en février.", "plan"),
    ("Can you extend the due date by two weeks?", "plan"),
    ("Chiediamo una proroga di 60 giorni.", "plan"),
    # Disputes: set-off, not recognised, outages, the undisputed part only.
    ("We have offset this against your unpaid freight bill.", "dispute"),
    ("Nobody in our team recognises this order.", "dispute"),
    ("The platform was down for a week in October.", "dispute"),
    ("We will pay the undisputed portion only.", "dispute"),
    ("Deze factuur is ten onrechte verstuurd.", "dispute"),
    # Payment conditional on a fix.
    ("We'll pay it once the invoice is corrected.", "withhold"),
    ("Tot die tijd wordt de factuur niet betaald.", "withhold"),
    # Documents, redirects, returned payments, notices, acknowledgements.
    ("Nous ne trouvons pas cette facture ; pouvez-vous nous la renvoyer ?", "document"),
    ("Please confirm your bank details on company letterhead.", "document"),
    ("Questions about balances should go to our purchasing team.", "redirect"),
    ("Quien lleva los pagos ahora es Marta.", "redirect"),
    ("Our transfer was rejected by the bank, wrong IBAN format.", "returned"),
    ("O banco recusou a transferência.", "returned"),
    ("Emails are handled on the next working day.", "ooo"),
    ("Please note our new mailing address will be 5 Main St from March.", "notice"),
    ("Thanks for the call this morning, all clear.", "ack"),
])
def test_cue_groups_fire_on_new_phrases(text: str, group: str) -> None:
    assert cue_hits(normalize_text(text))[group], text


@pytest.mark.parametrize(("text", "group"), [
    ("It goes in Friday's EFT run.", "remit"),         # a future run, not one executed
    ("Our terms are pay-when-paid.", "remit"),
    ("The invoice gets paid by the 30th.", "remit"),
    ("Will get back to you once I've checked.", "promise"),
    ("Office at Parcela 12, industrial estate.", "plan"),  # an address, not instalments
    ("The wire went out in this morning's run.", "promise"),
])
def test_new_cue_groups_stay_quiet(text: str, group: str) -> None:
    assert not cue_hits(normalize_text(text))[group], text
