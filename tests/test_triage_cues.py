"""Intent cues and reply trimming, on hand-written phrases (not from any corpus)."""

from __future__ import annotations

import pytest

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
