"""Score triage on a labelled corpus: intents (P/R/F1, macro-F1, confusion) and field accuracy.

Field metrics, each over the messages where it is defined:
- promised_date: messages whose label or prediction has a date; right when equal.
- amount: messages whose label or prediction has an amount; right when amount (to the cent)
  and currency are equal.
- invoice_numbers: F1 over sets, micro-averaged over all messages (true positives, false
  positives and false negatives summed).
- customer, language: all messages; right when equal (None equals None).
- dispute_reason: messages labelled `dispute`; right when equal.
- payment_reference: messages whose label or prediction has one; right when equal ignoring
  case, spaces and dashes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from agent.triage.result import Intent

INTENTS = [intent.value for intent in Intent]
FIELDS = ("promised_date", "amount", "invoice_numbers", "customer", "dispute_reason",
          "payment_reference", "language")


@dataclass
class Score:
    """Right out of total for one field."""

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class Report:
    """Everything `arbot eval` prints."""

    messages: int = 0
    per_intent: dict[str, dict[str, float]] = field(default_factory=dict)
    macro_f1: float = 0.0
    accuracy: float = 0.0
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    fields: dict[str, Score] = field(default_factory=dict)
    invoice_f1: float = 0.0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready data."""
        return {
            "messages": self.messages, "intent_accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4), "per_intent": self.per_intent,
            "confusion": self.confusion,
            "fields": {name: {"accuracy": None if s.value is None else round(s.value, 4),
                              "right": s.right, "total": s.total}
                       for name, s in self.fields.items()},
            "invoice_numbers_f1": round(self.invoice_f1, 4),
            "errors": self.errors,
        }


def _amount_key(amount: Any, currency: Any) -> tuple[Decimal, str] | None:
    if amount is None:
        return None
    return Decimal(str(amount)).quantize(Decimal("0.01")), str(currency or "").upper()


def _ref_key(ref: Any) -> str | None:
    return None if ref is None else re.sub(r"[\s-]", "", str(ref)).upper()


def score(pairs: Iterable[tuple[str, dict[str, Any], dict[str, Any]]]) -> Report:
    """Score (file, label, prediction) triples; predictions in the public JSON shape."""
    report = Report()
    report.fields = {name: Score() for name in FIELDS}
    confusion = {gold: dict.fromkeys(INTENTS, 0) for gold in INTENTS}
    tp = fp = fn = 0

    def check(name: str, applies: bool, right: bool) -> None:
        if applies:
            report.fields[name].total += 1
            report.fields[name].right += int(right)

    for file, label, predicted in pairs:
        report.messages += 1
        gold_intent, got_intent = label["intent"], predicted["intent"]
        confusion[gold_intent][got_intent] += 1
        wrong: list[str] = [] if gold_intent == got_intent else ["intent"]

        def field_check(name: str, applies: bool, right: bool, gold: Any, got: Any) -> None:
            check(name, applies, right)
            if applies and not right:
                wrong.append(f"{name}: {got!r} != {gold!r}")

        gold_date, got_date = label.get("promised_date"), predicted.get("promised_date")
        field_check("promised_date", bool(gold_date or got_date), gold_date == got_date,
                    gold_date, got_date)
        gold_amount = _amount_key(label.get("amount"), label.get("currency"))
        got_amount = _amount_key(predicted.get("amount"), predicted.get("currency"))
        field_check("amount", bool(gold_amount or got_amount), gold_amount == got_amount,
                    gold_amount, got_amount)
        gold_set, got_set = set(label.get("invoice_numbers") or []), set(
            predicted.get("invoice_numbers") or [])
        tp += len(gold_set & got_set)
        fp += len(got_set - gold_set)
        fn += len(gold_set - got_set)
        field_check("invoice_numbers", True, gold_set == got_set, sorted(gold_set),
                    sorted(got_set))
        field_check("customer", True, label.get("customer_id") == predicted.get("customer_id"),
                    label.get("customer_id"), predicted.get("customer_id"))
        field_check("dispute_reason", gold_intent == "dispute",
                    label.get("dispute_reason") == predicted.get("dispute_reason"),
                    label.get("dispute_reason"), predicted.get("dispute_reason"))
        gold_ref, got_ref = _ref_key(label.get("payment_reference")), _ref_key(
            predicted.get("payment_reference"))
        field_check("payment_reference", bool(gold_ref or got_ref), gold_ref == got_ref,
                    label.get("payment_reference"), predicted.get("payment_reference"))
        field_check("language", True, label.get("language") == predicted.get("language"),
                    label.get("language"), predicted.get("language"))
        if wrong:
            report.errors.append({"file": file, "intent": gold_intent, "predicted": got_intent,
                                  "wrong": wrong})

    f1s = []
    for intent in INTENTS:
        true_pos = confusion[intent][intent]
        predicted_n = sum(confusion[g][intent] for g in INTENTS)
        gold_n = sum(confusion[intent].values())
        precision = true_pos / predicted_n if predicted_n else 0.0
        recall = true_pos / gold_n if gold_n else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        report.per_intent[intent] = {"precision": round(precision, 4), "recall": round(recall, 4),
                                     "f1": round(f1, 4), "support": gold_n}
        if gold_n:  # macro-F1 over the intents the corpus has
            f1s.append(f1)
    report.macro_f1 = sum(f1s) / len(f1s) if f1s else 0.0
    report.accuracy = (sum(confusion[i][i] for i in INTENTS) / report.messages
                       if report.messages else 0.0)
    report.confusion = confusion
    invoice_p = tp / (tp + fp) if tp + fp else 1.0
    invoice_r = tp / (tp + fn) if tp + fn else 1.0
    report.invoice_f1 = (2 * invoice_p * invoice_r / (invoice_p + invoice_r)
                         if invoice_p + invoice_r else 0.0)
    return report


def evaluate_corpus(corpus_dir: Any, triage: Callable[[bytes], dict[str, Any]]) -> Report:
    """Triage every labelled message of a corpus folder and score it."""
    from agent.triage.corpus import load_corpus

    return score((m.file, m.label, triage(m.raw)) for m in load_corpus(corpus_dir))
