"""The local triage engine: header rules, a trained classifier and extractors; no model server."""

from __future__ import annotations

import logging
from pathlib import Path

from agent.mail.parse import ParsedMessage
from agent.triage.cues import dispute_reason, looks_human
from agent.triage.directory import LedgerDirectory
from agent.triage.extract import Facts, apply_facts, extract_facts
from agent.triage.features import classifier_cues, classifier_text, cue_text
from agent.triage.injection import injection_suspected
from agent.triage.intent_cues import cue_hits
from agent.triage.model import MODEL_PATH, IntentModel, load_model
from agent.triage.result import Intent, TriageResult

log = logging.getLogger(__name__)

SECONDARY_THRESHOLD = 0.30
_PROMISE_BESIDE = {Intent.REMITTANCE, Intent.DISPUTE}
PROMISE_BESIDE_STRENGTH = 4  # leaving each writer out: 3 adds 7 wrong dates, 4 fixes 3 and breaks none
_NO_SECONDARY = {Intent.AUTO_REPLY, Intent.BOUNCE, Intent.OTHER}
# The cue group that speaks for an intent (see intent_cues), for notices under auto headers.
_OWN_CUES = {Intent.REDIRECT: "redirect", Intent.DOCUMENT_REQUEST: "document",
             Intent.REMITTANCE: "remit", Intent.PROMISE_TO_PAY: "promise"}


class LocalTriage:
    """Triage a parsed message against the ledger directory with the trained classifier."""

    engine_name = "local"

    def __init__(self, model: IntentModel | None = None, model_path: Path = MODEL_PATH) -> None:
        self.model = model or load_model(model_path)

    def triage(self, parsed: ParsedMessage, directory: LedgerDirectory) -> TriageResult:
        """Return the intent and facts of one message."""
        facts = extract_facts(parsed, directory)
        intent, secondary, confidence = self._intent(parsed, facts)
        result = TriageResult(
            intent=intent, secondary=secondary, confidence=confidence,
            customer_id=facts.customer_id, invoice_numbers=facts.invoice_numbers,
            language=facts.language, engine=self.engine_name,
            injection_suspected=facts.injection_in_text or injection_suspected("", parsed.html),
        )
        if facts.pdf_pending and (intent == Intent.REMITTANCE or Intent.REMITTANCE in secondary) \
                and (facts.amount is None or facts.payment_reference is None):
            facts.read_attachments(parsed, directory)  # a payment advice as PDF
            result.invoice_numbers = facts.invoice_numbers
        self._fill_facts(result, facts)
        if result.injection_suspected:
            result.needs_review = True
            result.review_reasons.append("injection_suspected")
        return result

    def _intent(self, parsed: ParsedMessage, facts: Facts) -> tuple[Intent, list[Intent], float]:
        if parsed.bounce is not None:
            return Intent.BOUNCE, [], 0.99
        probabilities = self.model.predict_proba([classifier_text(parsed, facts)],
                                                 [classifier_cues(parsed, facts)])[0]
        ranked = sorted(zip(self.model.classes, probabilities, strict=True),
                        key=lambda pair: pair[1], reverse=True)
        primary, confidence = Intent(ranked[0][0]), float(ranked[0][1])
        # A delivery report the header rules missed comes from a mail system (auto headers);
        # a person's mail that merely quotes an address needs a far surer guess.
        if primary == Intent.BOUNCE and confidence >= (0.5 if parsed.auto_reply else 0.9):
            return Intent.BOUNCE, [], confidence
        if parsed.auto_reply and self._auto_reply_header_wins(primary, confidence, parsed, facts):
            return Intent.AUTO_REPLY, self._ooo_secondary(ranked), max(confidence, 0.9)
        if primary == Intent.BOUNCE:  # a weak bounce guess without a report: take the next
            primary, confidence = Intent(ranked[1][0]), float(ranked[1][1])
        secondary = [
            Intent(name) for name, p in ranked[1:]
            if p >= SECONDARY_THRESHOLD and Intent(name) not in _NO_SECONDARY
            and Intent(name) != primary
        ]
        if primary in _NO_SECONDARY:
            secondary = []
        elif primary in _PROMISE_BESIDE and Intent.PROMISE_TO_PAY not in secondary \
                and facts.promise_strength >= PROMISE_BESIDE_STRENGTH:
            # "Paid 10,000 yesterday; the balance we will transfer by the end of the month":
            # a plainly dated promise beside a remittance or a dispute is a second intent.
            secondary.append(Intent.PROMISE_TO_PAY)
        return primary, secondary, confidence

    @staticmethod
    def _auto_reply_header_wins(primary: Intent, confidence: float, parsed: ParsedMessage,
                                facts: Facts) -> bool:
        """Tell whether an auto-reply header makes the message an auto-reply.

        Systems send more than out-of-office notes under these headers: a portal's "submit via
        Ariba" notice is a redirect, a "no PO, no pay" rejection a dispute. An absence note is
        always an auto-reply; otherwise a confident verdict of the classifier stands.
        """
        if primary in {Intent.AUTO_REPLY, Intent.OTHER}:
            return True
        hits = cue_hits(cue_text(parsed, facts))
        if hits["ooo"]:
            return True
        if hits["receipt"] and not hits["withhold"]:
            return True  # "we have received your message, ticket #…": a help desk's receipt
        # A system's notice that says what it wants ("submit through Coupa", "payment
        # scheduled", a payment advice) keeps the classifier's verdict when its own words agree.
        own_cue = _OWN_CUES.get(primary)
        if own_cue is not None and hits[own_cue]:
            return confidence < 0.4
        if primary in {Intent.REDIRECT, Intent.DISPUTE, Intent.DOCUMENT_REQUEST}:
            return confidence < 0.5
        return not (confidence > 0.6 and looks_human(facts.text))

    @staticmethod
    def _ooo_secondary(ranked: list[tuple[str, float]]) -> list[Intent]:
        """Return redirect as secondary when an absence note names someone else to write to."""
        probabilities = dict(ranked)
        return [Intent.REDIRECT] if probabilities.get(Intent.REDIRECT.value, 0) >= 0.2 else []

    @staticmethod
    def _fill_facts(result: TriageResult, facts: Facts) -> None:
        apply_facts(result, facts)
        if result.intent == Intent.DISPUTE or Intent.DISPUTE in result.secondary:
            result.dispute_reason = dispute_reason(facts.text)
