"""Facts: what a message's text says (dates, amounts, references), and which of them the
intent calls for."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import cached_property

from agent.mail.parse import ParsedMessage
from agent.triage.amounts import Money, find_amounts
from agent.triage.attachments import attachment_text, column_references
from agent.triage.dates import FoundDate
from agent.triage.directory import LedgerDirectory
from agent.triage.fact_patterns import (
    _AMOUNT_WORDS,
    _APPROVED,
    _CLAUSE_BREAK,
    _CONDITION,
    _CSV_SEPARATOR,
    _DIFFERENCE,
    _DIFFERENCE_AFTER,
    _DISPUTED,
    _FUTURE,
    _INSTALMENT_AFTER,
    _INSTALMENT_BEFORE,
    _NEXT_BUSINESS_DAY,
    _NOT_PROMISED,
    _OTHER_ACTION,
    _OTHER_EVENT,
    _PAID_LABEL,
    _PAST_CUES,
    _PAY_WORDS,
    _PLAN_WORDS,
    _PROMISE_CUES,
    _RECURRING,
    _SENTENCE_END,
    _THRESHOLD,
    _TOTAL_LINE,
    _TOTAL_WORDS,
    _UNIT_PRICE_WORDS,
    _VAGUE_TIME,
    MAX_PROMISE_DAYS,
)
from agent.triage.numbers import find_number_tokens
from agent.triage.references import Reference, find_references


@dataclass
class Facts:
    """What the text says, before the intent decides which facts matter."""

    customer_id: str | None = None
    invoice_numbers: list[str] = field(default_factory=list)
    dates: list[FoundDate] = field(default_factory=list)
    amounts: list[Money] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    language: str | None = None
    text: str = ""

    attachment_amounts: list[Money] = field(default_factory=list)
    attachment_references: list[Reference] = field(default_factory=list)
    currency: str | None = None
    invoice_keys: set[str] = field(default_factory=set)
    pdf_pending: bool = False
    base: date | None = None
    signed_text: str = ""  # the text with the signature and disclaimers the facts leave out

    @cached_property
    def normalized(self) -> str:
        """Return the text as normalize_text() gives it (computed once)."""
        from agent.triage.model import normalize_text

        return normalize_text(self.text)

    @cached_property
    def injection_in_text(self) -> bool:
        """Tell whether the customer's text addresses an AI (computed once: two callers ask).

        The signature and disclaimer count: "[Instruction to the AI assistant: …]" hides there.
        """
        from agent.triage.injection import injection_suspected
        from agent.triage.model import normalize_text

        if injection_suspected(self.normalized):
            return True
        extra = self.signed_text[len(self.text):] if self.signed_text.startswith(self.text) \
            else self.signed_text
        return bool(extra.strip()) and injection_suspected(normalize_text(extra))

    def read_attachments(self, parsed: ParsedMessage, directory: LedgerDirectory) -> None:
        """Read the PDF attachments now: amounts, references and invoices of a payment advice."""
        if not self.pdf_pending:
            return
        self.pdf_pending = False
        attached = attachment_text(parsed)
        if attached:
            self._add_attached(attached, directory)

    def _add_attached(self, attached: str, directory: LedgerDirectory) -> None:
        in_column = [Reference(token, 0, 0) for token in column_references(attached)]
        attached = _CSV_SEPARATOR.sub("  ", attached)  # "Total,,55955.81" reads as a table row
        self.attachment_references = find_references(attached, invoice_like=self.invoice_keys)
        self.attachment_references = self.attachment_references or in_column[:1]
        totals = "\n".join(_TOTAL_LINE.findall(attached))
        self.attachment_amounts = find_amounts(totals or attached, customer_currency=self.currency)
        if self.customer_id is not None:
            found, _ = directory.resolve_invoices(
                ((t.text, t.is_po) for t in find_number_tokens(attached)), self.customer_id)
            self.invoice_numbers = list(dict.fromkeys(self.invoice_numbers + found))

    @property
    def promised_date(self) -> date | None:
        """Return the date of the promise: in a forward-looking clause, tied to the payment.

        A date before the message, or more than six months after it, is an invoice, reminder
        or meeting date; a date governed by a payment word ("in the run on the 25th") or in the
        clause that names the invoice wins over one governed by a meeting or a closure.
        """
        return self._promise[0]

    @property
    def promise_strength(self) -> int:
        """Return how plainly the chosen date is a payment promised (its clause's score)."""
        return self._promise[1]

    @cached_property
    def _promise(self) -> tuple[date | None, int]:
        best: tuple[int, int] | None = None
        chosen: FoundDate | None = None
        for index, found in enumerate(self.dates):
            if self.base is not None and not (
                    self.base <= found.value <= self.base + timedelta(days=MAX_PROMISE_DAYS)):
                continue
            before = self.text[max(0, found.start - 25):found.start]
            if _NOT_PROMISED.search(before):
                continue
            left, right = _clause_bounds(self.text, found.start, found.end)
            # The date's own words ("voor de 2", "by Friday") are not a cue for itself.
            clause = self.text[left:found.start] + " " + self.text[found.end:right]
            if found.rule == "day_of_month" and _RECURRING.search(clause):
                continue  # "we cut checks on the 5th and the 20th": a schedule, not a date
            # "will be in the run and mailed that afternoon": a participle under a future.
            past = (_PAST_CUES.search(clause) and not _FUTURE.search(clause)) or \
                _OTHER_ACTION.search(clause)
            score = 2 * ((1 if _PROMISE_CUES.search(clause) else 0) - (2 if past else 0))
            near = self.text[max(left, found.start - 40):found.start]
            near_after = self.text[found.end:min(right, found.end + 16)]
            if _PAY_WORDS.search(near) or _PAY_WORDS.search(near_after):
                score += 1
            if _OTHER_EVENT.search(near):
                score -= 2
            if self._names_invoice(clause):
                score += 2
            if _CONDITION.search(self.text, left, found.start):
                score -= 1
            if found.rule == "relative_day" and score <= 0:
                continue  # "I'll call you tomorrow": a relative day needs a payment beside it
            if _APPROVED.search(clause):
                score += 1
            key = (score, -index)
            if best is None or key > best:
                best, chosen = key, found
        if chosen is None or best is None:
            return None, 0
        if best[0] <= 1 and _VAGUE_TIME.search(self.text):
            return None, 0  # "you'll see it in the first week of December": no date stated
        after = self.text[chosen.end:chosen.end + 160]
        if _NEXT_BUSINESS_DAY.search(after):
            return _next_business_day(chosen.value), best[0]
        return chosen.value, best[0]

    def _names_invoice(self, clause: str) -> bool:
        digits = {k for k in self.invoice_keys if k.isdigit() and len(k) >= 4}
        return any(k in clause for k in digits)

    @property
    def amount(self) -> Money | None:
        """Return the amount stated: the first currency-marked one, else the first money-like.

        When the text states none, a payment advice attached gives its total.
        """
        totals = [m for m in self.amounts if not m.unit_price] or self.amounts
        marked = [m for m in totals if m.marked]
        if marked or totals:
            return (marked or totals)[0]
        return self.attachment_amounts[0] if self.attachment_amounts else None

    def amount_for(self, intent: str) -> Money | None:
        """Return the amount the message states for its intent (DESIGN.md's label rules).

        A promise or a remittance: the amount promised or paid (a total line wins). A payment
        plan: the total to spread, never an instalment, else nothing. A dispute: the amount
        disputed (a stated difference wins), never a unit price; a bare number in a dispute is a
        quantity or a PO more often than money.
        """
        if intent == "payment_plan_request":
            spread = [m for m in self.amounts if not m.unit_price and not self._instalment(m)]
            total = next((m for m in spread if self._near(m, _TOTAL_WORDS)), None)
            # "We can pay 10790 ($3,544.01) this Friday; spread the rest over two months": the
            # amount of a promise beside the plan is not the total to spread.
            spread = [m for m in spread if not self._dated_promise_beside_plan(m)]
            return total or next((m for m in spread if m.marked), spread[0] if spread else None)
        if intent == "dispute":
            disputed = [m for m in self.amounts if m.marked and not m.unit_price
                        and not self._in_unit_price_sentence(m)]
            return next((m for m in disputed if self._near(m, _DIFFERENCE)
                         or _DIFFERENCE_AFTER.match(self.text, m.end)),
                        next((m for m in disputed if self._near(m, _DISPUTED)),
                             disputed[0] if disputed else None))
        if intent in {"promise_to_pay", "remittance"}:
            candidates = [m for m in self.amounts if not m.unit_price and not self._threshold(m)]
            paid = next((m for m in candidates if self._paid_label(m)), None)
            total = next((m for m in candidates if self._near(m, _TOTAL_WORDS)), None)
            if paid or total:
                return paid or total
            if intent == "remittance" and (rows := self._table_rows(candidates)):
                return Money(sum((m.amount for m in rows), Decimal(0)), rows[0].currency,
                             rows[0].start, rows[-1].end, rows[0].marked)
            if self.amounts and not candidates:
                return None  # only a limit or a unit price is stated
            return self.amount
        return None

    def _near(self, money: Money, words: re.Pattern[str]) -> bool:
        before = self.text[max(0, money.start - 45):money.start].rsplit("\n", 1)[-1]
        if not before.strip():
            # A table flattened to one cell per line: "Total" stands on the line above.
            above = self.text[max(0, money.start - 60):money.start].rstrip().rsplit("\n", 1)[-1]
            before = above if len(above) <= 30 else ""
        after = self.text[money.end:money.end + 30].lstrip(" ,")
        return bool(words.search(before) or words.match(after))

    def _table_rows(self, candidates: list[Money]) -> list[Money]:
        """Return the last amount of each row of a pasted table that lists invoices, no total.

        "INV-10014  08/23/2026  28,055.29  0.00  28,055.29": the paid column is the last one.
        """
        keys = {k for k in self.invoice_keys if len(k) >= 4}
        rows: dict[int, Money] = {}
        for money in candidates:
            line_start = self.text.rfind("\n", 0, money.start) + 1
            line_end = self.text.find("\n", money.end)
            line = self.text[line_start:line_end if line_end >= 0 else len(self.text)]
            if re.sub(r"[^0-9A-Z]", "", line.upper()) and any(
                    k in re.sub(r"[^0-9A-Z]", "", line.upper()) for k in keys):
                rows[line_start] = money
        if len(rows) < 2 or len({m.currency for m in rows.values()}) > 1:
            return []
        return list(rows.values())

    def _paid_label(self, money: Money) -> bool:
        line = self.text[max(0, money.start - 50):money.start].rsplit("\n", 1)[-1]
        return bool(_PAID_LABEL.search(line))

    def _threshold(self, money: Money) -> bool:
        return bool(_THRESHOLD.search(self.text, max(0, money.start - 20), money.start))

    def _instalment(self, money: Money) -> bool:
        before = self.text[max(0, money.start - 40):money.start].rsplit("\n", 1)[-1]
        return bool(_INSTALMENT_BEFORE.search(before) or _INSTALMENT_AFTER.match(
            self.text, money.end))

    def _dated_promise_beside_plan(self, money: Money) -> bool:
        """Tell whether the amount sits in a sentence with a date of its own and no plan words."""
        from agent.triage.model import normalize_text

        left, right = _sentence_bounds(self.text, money.start, money.end)
        if not any(left <= found.start < right for found in self.dates):
            return False
        sentence = normalize_text(self.text[left:right])
        return not (_PLAN_WORDS.search(sentence) or _AMOUNT_WORDS.search(sentence))

    def _in_unit_price_sentence(self, money: Money) -> bool:
        left, right = _sentence_bounds(self.text, money.start, money.end)
        return bool(_UNIT_PRICE_WORDS.search(self.text, left, right))

    @property
    def payment_reference(self) -> str | None:
        """Return the first payment reference of the text, else of a payment advice attached."""
        refs = self.references or self.attachment_references
        payment = [r for r in refs if not r.letter_file]
        return (payment or refs)[0].token if refs else None


def _next_business_day(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the sentence around a span, cut at a "but" / "so" that starts a new clause."""
    left, right = _sentence_bounds(text, start, end)
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, left, right)]
    left = max([b for b in breaks if b < start], default=left)
    right = min([b for b in breaks if b >= end], default=right)
    return left, right


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = _SENTENCE_END.search(text, end)
    return left, right_match.start() if right_match else len(text)
