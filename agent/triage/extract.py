"""Facts of a message, read from its new text and subject and checked against the ledger."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import cached_property

from agent.mail.parse import ParsedMessage
from agent.triage.amounts import Money, find_amounts
from agent.triage.attachments import attachment_text, column_references, has_pdf
from agent.triage.dates import FoundDate, find_dates
from agent.triage.directory import LedgerDirectory, normalize_number
from agent.triage.language import detect_language
from agent.triage.numbers import NumberToken, find_number_tokens
from agent.triage.references import Reference, find_references
from agent.triage.result import TriageResult

_PROMISE_CUES = re.compile(
    r"\b(?:will|'ll|shall|going\s+to|goes\s+out|go\s+out|scheduled|schedule|plan(?:ned)?|expect|should|release|queued"
    r"|sera|serons|seront|allons|prévu|programmé|effectuerons|réglerons|paierons|procéderons"
    r"|werden|wird|geplant|voraussichtlich|erfolgt|überweisen|zahlen|pagaremos|será|vamos"
    r"|programad[oa]|realizaremos|haremos|efetuaremos|faremos|pagheremo|sarà|effettueremo"
    r"|programmat[oa]|provvederemo|zullen|zal|wordt|gaan|gepland|voldoen|betalen|uiterlijk"
    r"|until|by|before|avant|bis|hasta|até|entro|voor)\b",
    re.IGNORECASE,
)
_PAST_CUES = re.compile(
    r"\b(?:(?<!be\s)paid|was\s+sent|went\s+out|were\s+sent|received|mailed|remitted|dated|issued"
    r"|payé|réglé|effectué|reçu|bezahlt|überwiesen|erhalten|pagad[oa]|realizó|recibid[oa]"
    r"|efetuad[oa]|recebid[oa]|pagat[oa]|effettuat[oa]|ricevut[oa]|betaald|ontvangen"
    r"|overgemaakt|tried|tentou|tentamos|intentamos|intentó|versucht|essayé|provato|geprobeerd)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n")
_TOTAL_LINE = re.compile(r"^.*\b(?:total|totaal|gesamt|summe|totale|importe\s+total|valor)\b.*$",
                         re.IGNORECASE | re.MULTILINE)
# Words that tie an amount to a dispute ("the difference of", "overcharged by", "Differenz").
_DIFFERENCE = re.compile(
    r"differen|overcharg|overbill|over-?invoic|too\s+much|excess|disputing|disputed|écart|trop"
    r"\s+(?:factur|perçu)|contest|differenz|zu\s+viel|überhöht|diferencia|de\s+más|diferença"
    r"|a\s+mais|differenza|in\s+eccesso|verschil|te\s+veel",
    re.IGNORECASE,
)
_TOTAL_WORDS = re.compile(
    r"total|gesamt|summe|totaal|totale|zahlbetrag|montant\s+(?:total|global)|importe\s+total"
    r"|valor\s+total|in\s+all|altogether|combined|all\s+up|all\s+told|en\s+tout|insgesamt"
    r"|en\s+total|no\s+total|in\s+totale|in\s+totaal", re.IGNORECASE)
# A label right before an amount that says it is the money sent: "Paid £22,123.42".
_PAID_LABEL = re.compile(
    r"\b(?:(?:net\s+|total\s+|amount\s+)?(?:paid|remitted|transferred|wired|sent)|net\s+(?:payment|amount)"
    r"|montant\s+(?:payé|versé|réglé|viré)|net\s+payé|payé|versé|bezahlt|gezahlt|überwiesen"
    r"|zahlbetrag|überweisungsbetrag|auszahlungsbetrag|importe\s+(?:pagado|transferido|abonado)"
    r"|pagad[oa]|transferid[oa]|valor\s+(?:pago|transferido|líquido)|pago|importo\s+(?:pagato"
    r"|bonificato)|pagat[oa]|bonificat[oa]|betaald(?:\s+bedrag)?|overgemaakt)[\s:.=-]{0,30}$",
    re.IGNORECASE,
)
# A limit, not an amount: "any purchase over $25,000 needs the board".
_THRESHOLD = re.compile(
    r"\b(?:over|above|exceeding|more\s+than|less\s+than|under|below|up\s+to|limit\s+of|threshold"
    r"\s+of|plus\s+de|au-delà\s+de|jusqu'à|mehr\s+als|bis\s+zu|más\s+de|mais\s+de"
    r"|acima\s+de|oltre|più\s+di|fino\s+a|meer\s+dan|boven)\W{0,3}$",
    re.IGNORECASE,
)
# Words right after a disputed amount: "That's $1,000.00 over."
_DIFFERENCE_AFTER = re.compile(
    r"\s*(?:over|too\s+much|in\s+excess|de\s+trop|de\s+plus|zu\s+viel|de\s+más|a\s+mais"
    r"|in\s+più|te\s+veel)\b", re.IGNORECASE)
# An instalment of a plan: "$10,000 a month" is caught as a unit price; these are the rest.
_INSTALMENT_BEFORE = re.compile(
    r"(?:first|initial|down|monthly|weekly|each|per)\s+(?:payment|instal+ment|tranche)s?\W{0,20}"
    r"(?:of\W{0,3})?$|instal+ments?\s+of\W{0,3}$|premier\s+versement\s+de\W{0,3}$|acompte"
    r"\s+de\W{0,3}$|mensualités\s+de\W{0,3}$|(?:monatliche\s+)?raten?\s+(?:von|à|zu)\W{0,3}$"
    r"|anzahlung\s+von\W{0,3}$|cuotas?\s+(?:mensuales\s+)?de\W{0,3}$|primer\s+pago\s+de\W{0,3}$"
    r"|parcelas?\s+(?:mensais\s+)?de\W{0,3}$|entrada\s+de\W{0,3}$|rate\s+(?:mensili\s+)?da"
    r"\W{0,3}$|acconto\s+di\W{0,3}$|termijnen\s+van\W{0,3}$|aanbetaling\s+van\W{0,3}$",
    re.IGNORECASE,
)
_INSTALMENT_AFTER = re.compile(
    r"\W{0,3}(?:monthly|per\s+month|a\s+month|every\s+month|par\s+mois|mensuel|monatlich|pro"
    r"\s+monat|al\s+mes|mensuales|por\s+mês|mensais|al\s+mese|mensili|per\s+maand|maandelijks"
    r"|(?:a|per|every)\s+(?:fortnight|week)|biweekly|bi-weekly|par\s+quinzaine|por\s+quincena"
    r"|por\s+quinzena|ogni\s+due\s+settimane|per\s+twee\s+weken|alle\s+zwei\s+wochen)",
    re.IGNORECASE,
)
_UNIT_PRICE_WORDS = re.compile(
    r"unit\s+(?:price|rate|cost)|per[- ]unit|prix\s+unitaire|tarif\s+unitaire|stückpreis"
    r"|einzelpreis|preis\s+pro|precio\s+unitario|preço\s+unitário|prezzo\s+unitario"
    r"|stukprijs|eenheidsprijs|prijs\s+per", re.IGNORECASE)
# A CSV cell separator (not a decimal or grouping comma, which has digits on both sides).
# "61.132,97" keeps its decimal comma: a dot-grouped number before two decimals.
_CSV_SEPARATOR = re.compile(r";|\t|(?<!\d\.\d{3}),(?!\d{3}\b)|(?<!\d),")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Words before a date that make it the past or a document date, not a promise.
_NOT_PROMISED = re.compile(
    r"\b(?:dated|issued|invoice\s+date|datée?\s+du|de\s+fecha|datada|datata|sent\s+on|since"
    r"|reminder\s+of|letter\s+of|(?<!be\s)paid\s+on|received\s+on|ago|last|every|each"
    r"|chaque|tous\s+les|jeden|cada|todos\s+los|todas\s+as|ogni|elke|iedere)\W{0,3}$",
    re.IGNORECASE,
)
# Words just before a date that make it the day of something else: a meeting, a closure.
_OTHER_EVENT = re.compile(
    r"\b(?:meeting|board|closed|closure|shutdown|holidays?|vacation|réunion|conseil|fermé|congés"
    r"|sitzung|geschlossen|urlaub|reunión|junta|cerrad[oa]s?|vacaciones|reunião|fechad[oa]s?"
    r"|férias|riunione|consiglio|chius[oi]|ferie|vergadering|gesloten|vakantie)\b",
    re.IGNORECASE,
)
# Words close before a date that tie it to the payment: "goes out on", "in the run on".
_PAY_WORDS = re.compile(
    r"\b(?:pay(?:ment|s|ing)?|run|check|cheque|transfer|wire|remit|release[sd]?|goes\s+out|go\s+out"
    r"|send|mail(?:ed)?|settle|process(?:ed)?|règlement|réglé[e]?|paiement|payer|virement|versement"
    r"|zahlung|zahllauf|zahlen|überweisung|überweisen|bezahlen|pago|pagar|transferencia|abonar[áa]?"
    r"|abonará|pagamento|pagar|transferência|bonifico|saldat[ao]|betaling|betalen|overboeking"
    r"|betaalrun|voldaan|voldoen)\b",
    re.IGNORECASE,
)
# A clause after "but" / "so" supersedes the one before it ("slotted for the 26th, but ... the 27th").
_CLAUSE_BREAK = re.compile(
    r",?\s+(?:but|so|however|instead|mais|donc|aber|jedoch|pero|así\s+que|mas|então|ma|quindi"
    r"|però|maar|dus)\b",
    re.IGNORECASE,
)
# An invoice cleared for payment: the date in that clause is the payment's.
_APPROVED = re.compile(
    r"\b(?:approved|cleared\s+for\s+payment|validée?s?|approuvée?s?|freigegeben|genehmigt"
    r"|aprobad[oa]s?|autorizad[oa]s?|aprovad[oa]s?|approvat[oa]|autorizzat[oa]|goedgekeurd)\b",
    re.IGNORECASE,
)
# Things the writer will do that are not the payment: "I'll nudge her again today".
_OTHER_ACTION = re.compile(r"\b(?:nudge|remind|call|chase|ask|check\s+with|follow\s+up)\b",
                           re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|shall|going\s+to|sera|seront|werden|wird|será|serão|sarà|saranno|verrà|zal|zullen)\b"
    r"|'ll\b", re.IGNORECASE)
# A schedule of days, not one date: "twice a month, on the 5th and the 20th".
_RECURRING = re.compile(
    r"\b(?:twice\s+a\s+month|every\s+month|each\s+month|monthly|deux\s+fois\s+par\s+mois"
    r"|chaque\s+mois|tous\s+les\s+mois|zweimal\s+im\s+monat|jeden\s+monat|monatlich"
    r"|dos\s+veces\s+al\s+mes|cada\s+mes|todos\s+los\s+meses|duas\s+vezes\s+por\s+mês"
    r"|todo\s+mês|todos\s+os\s+meses|due\s+volte\s+al\s+mese|ogni\s+mese|twee\s+keer\s+per"
    r"\s+maand|elke\s+maand|iedere\s+maand)\b",
    re.IGNORECASE,
)
# A vague time for a promise: its date is not stated ("in the first week of December").
_VAGUE_TIME = re.compile(
    r"\b(?:first|second|last)\s+(?:week|half)\s+of|early\s+(?:next\s+)?(?:week|month|" 
    r"january|february|march|april|may|june|july|august|september|october|november|december)"
    r"|before\s+(?:christmas|the\s+holidays|year[- ]end)|after\s+the\s+holidays"
    r"|première\s+semaine|début\s+(?:de\s+|du\s+mois|d')|avant\s+noël|erste[nr]?\s+(?:\w+\s+)?woche"
    r"|anfang\s+\w+|vor\s+weihnachten|primera\s+semana|principios\s+de|antes\s+de\s+navidad"
    r"|primeira\s+semana|início\s+de|antes\s+do\s+natal|prima\s+settimana|inizio|prima\s+di"
    r"\s+natale|eerste\s+week|begin\s+\w+|voor\s+kerst",
    re.IGNORECASE,
)
# "mailed the following business day": the day after the date named.
_NEXT_BUSINESS_DAY = re.compile(
    r"(?:the\s+)?(?:following|next)\s+(?:business|working)\s+day|jour\s+ouvr[ée]\s+suivant"
    r"|folgenden\s+(?:werk|bank|arbeits)tag|día\s+hábil\s+siguiente|dia\s+útil\s+seguinte"
    r"|giorno\s+lavorativo\s+successivo|volgende\s+werkdag",
    re.IGNORECASE,
)
# A promised date is at most this far ahead; "3 July" without a year read in November is the
# past July (an invoice date), not a promise eight months out.
MAX_PROMISE_DAYS = 183


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

    @cached_property
    def normalized(self) -> str:
        """Return the text as normalize_text() gives it (computed once)."""
        from agent.triage.model import normalize_text

        return normalize_text(self.text)

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
            if found.rule == "relative_day" and score <= 0:
                continue
            near = self.text[max(left, found.start - 40):found.start]
            near_after = self.text[found.end:min(right, found.end + 16)]
            if _PAY_WORDS.search(near) or _PAY_WORDS.search(near_after):
                score += 1
            if _OTHER_EVENT.search(near):
                score -= 2
            if self._names_invoice(clause):
                score += 2
            if _APPROVED.search(clause):
                score += 1
            key = (score, -index)
            if best is None or key > best:
                best, chosen = key, found
        if chosen is None or best is None:
            return None
        if best[0] <= 1 and _VAGUE_TIME.search(self.text):
            return None  # "you'll see it in the first week of December": no date stated
        after = self.text[chosen.end:chosen.end + 160]
        if _NEXT_BUSINESS_DAY.search(after):
            return _next_business_day(chosen.value)
        return chosen.value

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

    @property
    def marked_amount(self) -> Money | None:
        """Return the first amount written with a currency that is not a price per unit."""
        return next((m for m in self.amounts if m.marked and not m.unit_price), None)

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
            return total or next((m for m in spread if m.marked), spread[0] if spread else None)
        if intent == "dispute":
            disputed = [m for m in self.amounts if m.marked and not m.unit_price
                        and not self._in_unit_price_sentence(m)]
            return next((m for m in disputed if self._near(m, _DIFFERENCE)
                         or _DIFFERENCE_AFTER.match(self.text, m.end)),
                        disputed[0] if disputed else None)
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
        before = self.text[max(0, money.start - 45):money.start]
        after = self.text[money.end:money.end + 30].lstrip(" ,")
        return bool(words.search(before.rsplit("\n", 1)[-1]) or words.match(after))

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


_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|tr|wg|rv|enc|i|doorst|fw)\s*:", re.IGNORECASE)
_FORWARD_FROM = re.compile(r"^\s*(?:from|de|von|da|van)\s*:\s*.*?([\w.+-]+@[\w.-]+)", re.IGNORECASE
                           | re.MULTILINE)


# A line that closes the message: what follows is a signature, a disclaimer or a footer.
_SIGN_OFF = re.compile(
    r"^\s*(?:(?:best|kind|warm|many)?\s*regards|best(?: wishes)?|thanks?(?: you)?(?: (?:and|&) regards)?"
    r"|thx|cheers|br|sincerely|yours (?:truly|sincerely|faithfully)|(?:bien )?cordialement|salutations"
    r"|bien à vous|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|mfg|(?:viele|beste|liebe) gr(?:ü|ue)(?:ß|ss)e|gr(?:ü|ue)(?:ß|ss)e"
    r"|(?:un )?saludos?(?: cordiales)?|atentamente|att\.?|atenciosamente|(?:com os melhores )?cumprimentos"
    r"|abraços?|cordiali saluti|distinti saluti|saluti|un saluto|(?:met )?vriendelijke groet(?:en)?"
    r"|groet(?:en|jes)?|hartelijke groet(?:en)?|mvg)\s*[,.!]*\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_DISCLAIMER = re.compile(
    r"^\s*(?:\W*(?:confidential|disclaimer|aviso|avvertenz|avis de confidentialit|privileged|important notice)"
    r"|this (?:e-?mail|message|communication)(?: and any (?:attachments|files))? (?:is|are|may|contains?)"
    r"|(?:the )?information (?:contained|in this)|ce (?:message|courriel|mail)|diese (?:e-?mail|nachricht)"
    r"|este (?:mensaje|correo)|esta mensagem|questo messaggio|le informazioni contenute|dit (?:bericht|e-?mailbericht)"
    r"|deze e-?mail|sent from my|envoyé de mon|von meinem|enviado desde|enviado do meu|inviato da"
    r"|verzonden (?:vanaf|met)|get outlook for)",
    re.IGNORECASE | re.MULTILINE,
)


def trim_signature(text: str) -> str:
    """Return the text up to its sign-off line (kept) or a disclaimer, whichever comes first.

    Signatures carry addresses, phone numbers and tax ids that read like amounts and dates;
    disclaimers carry words ("error", "delete", "confidential") that read like disputes.
    """
    cut = len(text)
    sign_off = _SIGN_OFF.search(text)
    if sign_off and text[:sign_off.start()].strip():
        cut = sign_off.end()
    disclaimer = _DISCLAIMER.search(text, 0, cut)
    if disclaimer and text[:disclaimer.start()].strip():
        cut = min(cut, disclaimer.start())
    return text[:cut].rstrip()


_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|vs|rv|res|ref|fwd?|tr|wg|enc|doorst)\s*:",
                            re.IGNORECASE)


def _own_words(parsed: ParsedMessage) -> str:
    """Return the new text; a message that starts a thread quotes nothing of ours, so all of it.

    Payment advices from accounting systems open with "From: / To: / Date:" lines that the
    quote splitter reads as a forwarded header; in a new thread they are the customer's words.
    """
    new = (parsed.new_text or "").strip()
    whole = (parsed.text or "").strip()
    if new and whole != new and not parsed.in_reply_to and not parsed.references \
            and not _REPLY_SUBJECT.match(parsed.subject or "") and parsed.auto_reply is None:
        return whole
    return new or whole


def message_text(parsed: ParsedMessage) -> str:
    """Return the customer's own words: the new text, else the whole text when nothing is new.

    A forward within the customer's company ("see below from our controller") carries their
    colleagues' notes: those blocks count as the customer's words; the quoted reminder does not.
    """
    text = _own_words(parsed)
    if parsed.from_addr and _FORWARD_SUBJECT.match(parsed.subject or "") and parsed.quoted_text:
        domain = parsed.from_addr.lower().rsplit("@", 1)[-1]
        blocks = _FORWARD_FROM.split(parsed.quoted_text)
        # split() yields [before, address, block, address, block, ...]
        for address, block in zip(blocks[1::2], blocks[2::2], strict=False):
            if address.lower().rsplit("@", 1)[-1] == domain:
                text += "\n\n" + _strip_header_lines(block)
    return text


def message_words(parsed: ParsedMessage) -> tuple[str, str]:
    """Return the customer's words without signatures and disclaimers, and with them."""
    own = _own_words(parsed)
    full = message_text(parsed)
    trimmed = trim_signature(own)
    colleagues = full[len(own):].strip()
    if colleagues:
        trimmed += "\n\n" + trim_signature(colleagues)
    return trimmed, full


def _strip_header_lines(block: str) -> str:
    lines = block.splitlines()
    while lines and (not lines[0].strip() or re.match(r"^\s*[\w -]{2,20}\s*:", lines[0])
                     or lines[0].strip().endswith(">")):
        lines.pop(0)
    return "\n".join(lines)


def resolve_customer(
    parsed: ParsedMessage, directory: LedgerDirectory, tokens: list[NumberToken]
) -> str | None:
    """Resolve the customer from the sender (and thread), never from what the text claims.

    A bounce is about its failed recipient; an unknown sender is resolved from the invoice
    numbers it names only when they all belong to one customer.
    """
    if parsed.bounce is not None:
        recipients = list(parsed.bounce.failed_recipients)
        recipients += _EMAIL.findall(parsed.text or "")
        for address in recipients:
            found = directory.customers_for_address(address) or directory.customers_for_domain(
                address)
            if len(found) == 1:
                return found.pop()
    _, owners = directory.resolve_invoices(((t.text, t.is_po) for t in tokens), None)
    for address in [parsed.from_addr, *parsed.reply_to]:
        found = directory.customers_for_address(address)
        if len(found) > 1 and owners & found:
            found &= owners
        if len(found) == 1:
            return found.pop()
    for address in [parsed.from_addr, *parsed.reply_to]:
        found = directory.customers_for_domain(address)
        if len(found) > 1 and owners & found:
            found &= owners
        if len(found) == 1:
            return found.pop()
    if len(owners) == 1 and not directory.is_known_sender(parsed.from_addr):
        return owners.pop()
    return None


def extract_facts(parsed: ParsedMessage, directory: LedgerDirectory) -> Facts:
    """Read customer, invoices, dates, amounts, references and language from a message."""
    text, full_text = message_words(parsed)
    subject = parsed.subject or ""
    attached = attachment_text(parsed, pdf=False) if parsed.attachments else ""
    subject_tokens = find_number_tokens(subject)
    # Invoice numbers are read from everything the customer wrote, signature included.
    tokens = subject_tokens + find_number_tokens(full_text)
    attached_tokens = find_number_tokens(attached) if attached else []
    customer_id = resolve_customer(parsed, directory, tokens)
    invoices, _ = directory.resolve_invoices(
        ((t.text, t.is_po) for t in tokens + attached_tokens), customer_id)
    if customer_id is None:
        invoices = []
    text_tokens = tokens[len(subject_tokens):] if text == full_text else find_number_tokens(text)
    invoice_keys = {normalize_number(n) for n in invoices}
    invoice_keys |= {re.sub(r"^[A-Z]+", "", k) for k in invoice_keys}
    references = find_references(text, invoice_like=invoice_keys)
    base = parsed.date.date() if parsed.date else date.today()
    language = detect_language(text) if text else None
    currency = directory.customer_currency(customer_id)
    month_first = language == "en" and currency == "USD"
    dates = find_dates(text, base, language=language, month_first=month_first)
    exclude = [(t.start, t.end) for t in text_tokens if t.labelled or _is_invoice(t, invoice_keys)]
    exclude += [(r.start, r.end) for r in references]
    exclude += [(d.start, d.end) for d in dates]
    amounts = find_amounts(text, customer_currency=currency, exclude=exclude)
    facts = Facts(customer_id, invoices, dates, amounts, references, language, text,
                  currency=currency, invoice_keys=invoice_keys,
                  pdf_pending=bool(parsed.attachments) and has_pdf(parsed), base=base)
    if attached:
        facts._add_attached(attached, directory)  # CSV and text advices cost nothing to read
    return facts


def _is_invoice(token: NumberToken, invoice_keys: set[str]) -> bool:
    key = normalize_number(token.text)
    return key in invoice_keys or re.sub(r"^[A-Z]+", "", key) in invoice_keys


_MONEY_INTENTS = ("promise_to_pay", "remittance", "payment_plan_request", "dispute")


def apply_facts(result: TriageResult, facts: Facts) -> None:
    """Set the promised date, amount and payment reference that the result's intents call for.

    The date belongs to a promise, primary or secondary; the amount to the primary intent (a
    dispute with a secondary promise names the disputed amount); the reference to a remittance,
    primary or secondary.
    """
    intents = {result.intent.value, *(intent.value for intent in result.secondary)}
    if "promise_to_pay" in intents:
        result.promised_date = facts.promised_date
    if result.intent.value in _MONEY_INTENTS:
        money = facts.amount_for(result.intent.value)
        if money is not None:
            result.amount = Decimal(money.amount)
            result.currency = money.currency
    if "remittance" in intents:
        result.payment_reference = facts.payment_reference
