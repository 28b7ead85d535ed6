"""The patterns that choose among a message's dates and amounts (see facts.Facts)."""

from __future__ import annotations

import re

from agent.triage.payment_cues import PAYMENT_GROUPS

_PROMISE_CUES = re.compile(
    r"\b(?:will|'ll|shall|going\s+to|goes\s+out|go\s+out|scheduled|schedule|plan(?:ned)?|expect|should|release|queued"
    r"|sera|serons|seront|allons|prévu|programmé|effectuerons|réglerons|paierons|procéderons"
    r"|werden|wird|geplant|voraussichtlich|erfolgt|überweisen|zahlen|pagaremos|será|vamos"
    r"|programad[oa]|realizaremos|haremos|efetuaremos|faremos|pagheremo|sarà|effettueremo"
    r"|programmat[oa]|provvederemo|verrà|verranno|zullen|zal|wordt|gaan|gepland|voldoen|betalen"
    r"|uiterlijk|se\s+(?:realiza|efect[úu]a|hace|paga|abona|transfiere)|vai\s+ser|vão\s+ser"
    r"|until|by|before|avant|bis|hasta|até|entro|voor)\b",
    re.IGNORECASE,
)
_PAST_CUES = re.compile(
    r"\b(?:(?<!be\s)paid|was\s+sent|went\s+out|were\s+sent|received|mailed|remitted|dated|issued"
    r"|payé|réglé|effectué|reçu|bezahlt|überwiesen|erhalten|pagad[oa]|realizó|recibid[oa]"
    r"|efetuad[oa]|recebid[oa]|pagat[oa]|effettuat[oa]|ricevut[oa]|betaald|ontvangen"
    r"|overgemaakt|veranlasst|ausgeführt|angewiesen|tried|tentou|tentamos|intentamos|intentó|versucht|essayé|provato|geprobeerd)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n")
_TOTAL_LINE = re.compile(r"^.*\b(?:total|totaal|gesamt|summe|totale|importe\s+total|valor)\b.*$",
                         re.IGNORECASE | re.MULTILINE)
# Words that tie an amount to a dispute ("the difference of", "overcharged by", "Differenz").
_DIFFERENCE = re.compile(
    r"differen|overcharg|overbill|over-?invoic|too\s+much|excess|écart|trop"
    r"\s+(?:factur|perçu)|differenz|zu\s+viel|überhöht|diferencia|de\s+más|diferença"
    r"|a\s+mais|differenza|in\s+eccesso|verschil|te\s+veel",
    re.IGNORECASE,
)
# Weaker: a dispute verb before an amount ("we dispute the $4,200"); a stated difference wins.
_DISPUTED = re.compile(r"disputing|disputed|dispute\s+the|contest|reclam|beanstand|betwist",
                       re.IGNORECASE)
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
    r"(?:of\W{0,3})?(?:(?:about|around|approx\.?|approximately|roughly|some|ca\.?)\W{0,3})?$|instal+ments?\s+of\W{0,3}$|premier\s+versement\s+de\W{0,3}$|acompte"
    r"\s+de\W{0,3}$|mensualités\s+de\W{0,3}$|(?:monatliche\s+)?raten?\s+(?:von|à|zu)\W{0,3}$"
    r"|anzahlung\s+von\W{0,3}$|cuotas?\s+(?:mensuales\s+)?de\W{0,3}$|primer\s+pago\s+de\W{0,3}$"
    r"|parcelas?\s+(?:mensais\s+)?de\W{0,3}$|entrada\s+de\W{0,3}$|rate\s+(?:mensili\s+)?da"
    r"\W{0,3}$|acconto\s+di\W{0,3}$|termijnen\s+van\W{0,3}$|aanbetaling\s+van\W{0,3}$",
    re.IGNORECASE,
)
_INSTALMENT_AFTER = re.compile(
    r"\W{0,3}(?:monthly|per\s+month|a\s+month|every\s+month|par\s+mois|mensuel|monatlich|pro"
    r"\s+monat|al\s+mes|mensuales|por\s+mês|mensais|al\s+mese|mensili|per\s+maand|maandelijks"
    r"|(?:a|per|every)\s+(?:fortnight|week)|every\s+(?:two|2|other|three|3|four|4)\s+(?:weeks|months)"
    r"|biweekly|bi-weekly|par\s+quinzaine|por\s+quincena"
    r"|por\s+quinzena|ogni\s+due\s+settimane|per\s+twee\s+weken|alle\s+zwei\s+wochen)",
    re.IGNORECASE,
)
_UNIT_PRICE_WORDS = re.compile(
    r"unit\s+(?:price|rate|cost)|list\s+price|per[- ](?:unit|seat|user|licen[cs]e|hour|device)|prix\s+unitaire|tarif\s+unitaire|stückpreis"
    r"|einzelpreis|preis\s+pro|precio\s+unitario|preço\s+unitário|prezzo\s+unitario"
    r"|stukprijs|eenheidsprijs|prijs\s+per", re.IGNORECASE)
# A CSV cell separator (not a decimal or grouping comma, which has digits on both sides).
# "61.132,97" keeps its decimal comma: a dot-grouped number before two decimals.
_CSV_SEPARATOR = re.compile(r";|\t|(?<!\d\.\d{3}),(?!\d{3}\b)|(?<!\d),")
# Words before a date that make it the past or a document date, not a promise.
_NOT_PROMISED = re.compile(
    r"\b(?:dated|issued|invoice\s+date|datée?\s+du|de\s+fecha|datada|datata|sent\s+on|since"
    r"|reminder\s+of|letter\s+of|(?<!be\s)paid\s+on|received\s+on|ago|last|every(?:\s+other)?|each|los"
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
    r"|abonará|pagamento|pagar|transferência|bonifico|saldat[ao]|saldare|saldar|liquidar|liquidad[ao]"
    r"|begleichen|beglichen|régler|réglée?|betaling|betalen|overboeking"
    r"|betaalrun|voldaan|voldoen)\b",
    re.IGNORECASE,
)
# A clause after "but" / "so" supersedes the one before it ("slotted for the 26th, but ... the 27th").
_CLAUSE_BREAK = re.compile(
    r",?\s+(?:but|so|however|instead|while|whereas|mais|donc|alors\s+que|tandis\s+que|aber|jedoch"
    r"|während|pero|así\s+que|mientras|mas|então|enquanto|ma|quindi|però|mentre|maar|dus"
    r"|terwijl)\b",
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
# A condition that governs the date: "if the funding lands on the 16th" dates the event, not
# the payment (the part of the clause after its last comma, up to the date).
_CONDITION = re.compile(
    r"\b(?:if|once|when|as\s+soon\s+as|provided|dès\s+que|lorsque|quand|une\s+fois\s+que|s'il"
    r"|si\s+(?:le|la|les|nous|on|vous|el|los|las|recibimos)|wenn|falls|sobald|sofern|cuando"
    r"|en\s+cuanto|una\s+vez\s+que|assim\s+que|logo\s+que|caso|non\s+appena|una\s+volta\s+che"
    r"|qualora|zodra|indien|als\s+(?:de|het|we|wij))\b[^,;]*$",
    re.IGNORECASE,
)
# A plan's own words (the cue group), beside an amount: "spread the $12,000 over three months".
_PLAN_WORDS = re.compile(PAYMENT_GROUPS["plan"])
# Words that present a sum as the amount owed: "d'un montant de", "the balance of", "total".
_AMOUNT_WORDS = re.compile(
    r"\b(?:balance|outstanding|amount|total|sum|owe|owing|solde|montant|somme|betrag|summe|saldo"
    r"|importe|monto|valor|importo|bedrag|totaal)\b")
