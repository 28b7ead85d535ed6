"""The issue's bar for the local engine, on the labelled folders it never trained on.

One test per figure and folder. `heldout2/` (two writers) is the held-out corpus proper: the
engine never trained on it and nobody has read its errors. `heldout/` (one more writer) was held
out the same way until its last untouched measurement (corpus/README.md gives those figures);
its date and amount misses were then read to find extractor gaps, so it is a development set
now and its figures here guard against regressions. A figure the engine does not reach yet is
marked xfail(strict=True) with the figure it reaches: the suite says plainly what is short, and
the marker must come off the day the engine reaches the bar (a strict xfail that passes fails).
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from agent.mail.parse import parse_message
from agent.triage.corpus import directory_from_csv
from agent.triage.evaluate import evaluate_corpus
from agent.triage.local import LocalTriage
from tests.conftest import REPO

BAR = {"macro_f1": 0.92, "promised_date": 0.90, "amount": 0.90, "invoice_f1": 0.95,
       "customer": 0.95, "language": 0.95}
# (folder, figure) -> what the engine measures there, where that is short of the bar.
SHORT: dict[tuple[str, str], str] = {
    ("heldout", "promised_date"): "promised-date accuracy 0.852 (23/27)",
}


@cache
def _report(folder: str) -> Any:
    path = REPO / "corpus" / folder
    engine = LocalTriage()
    directory = directory_from_csv(path / "ledger.csv")
    return evaluate_corpus(path, lambda raw: engine.triage(parse_message(raw), directory).public_dict())


def _figure(report: Any, name: str) -> float:
    if name == "macro_f1":
        return report.macro_f1
    if name == "invoice_f1":
        return report.invoice_f1
    return report.fields[name].value or 0.0


def _cases() -> list[Any]:
    cases = []
    for folder in ("heldout", "heldout2"):
        present = (REPO / "corpus" / folder / "labels.jsonl").is_file()
        for name in BAR:
            marks = [pytest.mark.skipif(not present, reason=f"no corpus/{folder}")]
            if (folder, name) in SHORT:
                marks.append(pytest.mark.xfail(
                    strict=True, reason=f"not yet at the issue's bar on {folder}: {SHORT[folder, name]}"))
            cases.append(pytest.param(folder, name, marks=marks, id=f"{folder}-{name}"))
    return cases


@pytest.mark.parametrize(("folder", "name"), _cases())
def test_heldout_figure_reaches_the_bar(folder: str, name: str) -> None:
    assert _figure(_report(folder), name) >= BAR[name]
