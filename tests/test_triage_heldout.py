"""The issue's bar for the local engine, on the held-out corpus it never trained or was tuned on.

One test per figure. A figure the engine does not reach yet is marked xfail(strict=True) with
the figure it reaches: the suite says plainly what is short, and the marker must come off the
day the engine reaches the bar (a strict xfail that passes fails the suite).
"""

from __future__ import annotations

from typing import Any

import pytest

from agent.mail.parse import parse_message
from agent.triage.corpus import directory_from_csv
from agent.triage.evaluate import evaluate_corpus
from agent.triage.local import LocalTriage
from tests.conftest import REPO

HELDOUT = REPO / "corpus" / "heldout"

pytestmark = pytest.mark.skipif(not (HELDOUT / "labels.jsonl").is_file(), reason="no held-out corpus")


@pytest.fixture(scope="module")
def report() -> Any:
    engine = LocalTriage()
    directory = directory_from_csv(HELDOUT / "ledger.csv")
    return evaluate_corpus(HELDOUT, lambda raw: engine.triage(parse_message(raw), directory).public_dict())


def _field(report: Any, name: str) -> float:
    return report.fields[name].value or 0.0


def short_of_the_bar(figure: str):  # type: ignore[no-untyped-def]
    return pytest.mark.xfail(strict=True, reason=f"not yet at the issue's bar: {figure} on held-out")


@short_of_the_bar("intent macro-F1 0.918")
def test_intent_macro_f1(report: Any) -> None:
    assert report.macro_f1 >= 0.92


@short_of_the_bar("promised-date accuracy 0.808")
def test_promised_date_accuracy(report: Any) -> None:
    assert _field(report, "promised_date") >= 0.90


@short_of_the_bar("amount accuracy 0.838")
def test_amount_accuracy(report: Any) -> None:
    assert _field(report, "amount") >= 0.90


def test_invoice_number_f1(report: Any) -> None:
    assert report.invoice_f1 >= 0.95


def test_customer_accuracy(report: Any) -> None:
    assert _field(report, "customer") >= 0.95


def test_language_accuracy(report: Any) -> None:
    assert _field(report, "language") >= 0.95
