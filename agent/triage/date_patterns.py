"""The vocabularies and patterns find_dates reads dates with, in seven languages (see dates.py).

Patterns are written case-blind (IGNORECASE) and also compiled without it for lower-cased text
(agent/casefree.py): `_LOWER` and `_ANY_CASE` hold the two sets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.casefree import case_free

WEEKDAYS: dict[str, int] = {}
for _names in (
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
    ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
     "domingo"],
    ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    ["miercoles", "sabado", "terca", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi"],
):
    for _i, _n in enumerate(_names):
        WEEKDAYS.setdefault(_n, _i)
for _n, _i in {"miercoles": 2, "sabado": 5, "terca": 1, "lunedi": 0, "martedi": 1,
               "mercoledi": 2, "giovedi": 3, "venerdi": 4, "tues": 1, "thur": 3, "thurs": 3}.items():
    WEEKDAYS[_n] = _i

MONTHS: dict[str, int] = {}
for _names in (
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"],
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
     "octobre", "novembre", "décembre"],
    ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
     "oktober", "november", "dezember"],
    ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
     "octubre", "noviembre", "diciembre"],
    ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
     "outubro", "novembro", "dezembro"],
    ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
     "settembre", "ottobre", "novembre", "dicembre"],
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
     "oktober", "november", "december"],
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
):
    for _i, _n in enumerate(_names):
        MONTHS.setdefault(_n, _i + 1)
for _n, _i in {"sept": 9, "fevrier": 2, "aout": 8, "decembre": 12, "marz": 3, "marco": 3,
               "okt": 10, "dez": 12, "mrt": 3, "mei": 5, "fév": 2, "déc": 12, "janv": 1,
               "févr": 2, "avr": 4, "juil": 7, "ene": 1, "abr": 4, "ago": 8, "dic": 12,
               "set": 9, "out": 10, "mag": 5, "giu": 6, "lug": 7, "ott": 10}.items():
    MONTHS.setdefault(_n, _i)

_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_DAY_ALT = "|".join(sorted((re.escape(d) for d in WEEKDAYS), key=len, reverse=True))

_END_OF_MONTH = re.compile(
    r"end\s+of\s+(?:the\s+|this\s+)?(?P<next>next\s+)?month|month[- ]end|ende\s+monat\b"
    r"|fin\s+(?:de|du)\s+(?P<next2>mois"
    r"\s+prochain|mois)|fin\s+de\s+mois|monatsende|ende\s+(?:des\s+)?(?:monats|(?:dieses|des)"
    r"\s+monats)|ende\s+nächsten\s+monats|fin(?:al)?\s+de(?:l)?\s+mes|fim\s+do\s+mês"
    r"|final\s+do\s+mês|fine\s+(?:del\s+)?mese|eind(?:e)?\s+(?:van\s+)?(?:de\s+)?maand"
    r"|ultimo\s+del\s+mese|último\s+día\s+del\s+mes|dernier\s+jour\s+du\s+mois"
    r"|(?:finalice|termine|acabe)\s+el\s+mes|final\s+(?:do|deste)\s+(?:corrente\s+)?mês"
    r"|fim\s+(?:deste|do\s+corrente)\s+mês|fin\s+(?:de\s+ce|du\s+présent)\s+mois"
    r"|ende\s+(?:dieses|des\s+laufenden)\s+monats|fine\s+(?:di\s+questo|del\s+corrente)\s+mese"
    r"|einde\s+(?:van\s+)?(?:de|deze)\s+maand|by\s+month'?s\s+end|before\s+the\s+month\s+is\s+out",
    re.IGNORECASE,
)
_END_OF_NEXT_WEEK = re.compile(
    r"end\s+of\s+next\s+week|ende\s+(?:der\s+)?nächste[nr]?\s+woche|nächste\s+woche\s+freitag"
    r"|fin\s+de\s+la\s+semaine\s+prochaine|vendredi\s+de\s+la\s+semaine\s+prochaine"
    r"|(?:a\s+)?finales\s+de\s+la\s+(?:próxima|semana\s+que\s+viene)(?:\s+semana)?"
    r"|viernes\s+de\s+la\s+próxima\s+semana|final\s+da\s+próxima\s+semana"
    r"|sexta(?:-feira)?\s+da\s+próxima\s+semana|fine\s+della\s+prossima\s+settimana"
    r"|venerdì\s+della\s+prossima\s+settimana|eind\s+volgende\s+week"
    r"|volgende\s+week\s+vrijdag|next\s+week\s+friday|friday\s+(?:of\s+)?next\s+week",
    re.IGNORECASE,
)
_END_OF_WEEK = re.compile(
    r"end\s+of\s+(?:the|this)\s+week|ende\s+(?:der|dieser)\s+woche|fin\s+de\s+(?:la\s+)?semaine"
    r"|(?:a\s+)?finales\s+de\s+(?:esta|la)\s+semana|final\s+da\s+semana|fim\s+da\s+semana"
    r"|fine\s+settimana|fine\s+della\s+settimana|eind\s+van\s+(?:de|deze)\s+week"
    r"|eind\s+deze\s+week",
    re.IGNORECASE,
)
# Numbers written as words before a unit of days or weeks ("in two weeks", "em duas semanas").
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "ten": 10, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "dix": 10,
    "quinze": 15, "trente": 30, "einer": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "zehn": 10, "vierzehn": 14, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4,
    "cinco": 5, "diez": 10, "quince": 15, "treinta": 30, "uma": 1, "um": 1, "duas": 2,
    "dois": 2, "três": 3, "dez": 10, "trinta": 30, "due": 2, "tre": 3, "quattro": 4,
    "cinque": 5, "dieci": 10, "quindici": 15, "trenta": 30, "een": 1, "één": 1, "twee": 2,
    "drie": 3, "vijf": 5, "tien": 10, "veertien": 14, "dertig": 30,
}
_NUMBER_WORD_ALT = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_WITHIN_DAYS = re.compile(
    r"\b(?:within|in|next|dans\s+les|dans\s+un\s+délai\s+de|sous\s+un\s+délai\s+de|dans|sous"
    r"|d'ici|innerhalb\s+(?:von|der\s+nächsten)|in\s+den\s+nächsten|binnen|en\s+los\s+próximos"
    r"|en\s+(?:un|el)\s+plazo\s+(?:máximo\s+)?de|en|dentro\s+de|no\s+prazo\s+(?:máximo\s+)?de"
    r"|num\s+prazo\s+de|(?:em\s+)?até|em|nos\s+próximos|entro|nel\s+giro\s+di|nei\s+prossimi|tra|fra"
    r"|within\s+the\s+next)\s+(?P<n>\d{1,3}|" + _NUMBER_WORD_ALT + r")\s+"
    r"(?:business\s+|working\s+|calendar\s+)?"
    r"(?P<unit>days?|jours?|tagen?|días|dias|giorni|dagen|werktagen|werkdagen|weeks?|semaines?"
    r"|wochen?|semanas?|settimane?|weken)",
    re.IGNORECASE,
)
_AFTER_EVENT = re.compile(
    r"\s+(?:of|after|from|following|upon|après|dès|nach|ab|tras|después\s+de|desde|após|a\s+partir"
    r"|dopo|dal|dalla|na|vanaf)\s+(?!(?:today|now|this|the\s+date|aujourd|heute|hoy|hoje|oggi"
    r"|vandaag|dieser|esta|este|deze|questa)\b)",
    re.IGNORECASE,
)
_RELATIVE_DAY = re.compile(
    r"\b(?P<word>today|tomorrow|aujourd'hui|demain|heute|morgen|hoy|pasado\s+mañana|mañana|hoje"
    r"|depois\s+de\s+amanhã|amanhã|oggi|dopodomani|domani|vandaag|übermorgen|overmorgen"
    r"|day\s+after\s+tomorrow|après-demain)\b",
    re.IGNORECASE,
)
_RELATIVE_OFFSETS = {"today": 0, "aujourd'hui": 0, "heute": 0, "hoy": 0, "hoje": 0, "oggi": 0,
                     "vandaag": 0, "tomorrow": 1, "demain": 1, "morgen": 1, "mañana": 1,
                     "amanhã": 1, "domani": 1, "übermorgen": 2, "overmorgen": 2,
                     "day after tomorrow": 2, "après-demain": 2, "pasado mañana": 2,
                     "depois de amanhã": 2, "dopodomani": 2}
_WEEKDAY = re.compile(r"(?<![\w-])(?P<day>" + _DAY_ALT + r")(?![\w-])\.?", re.IGNORECASE)
_MID_MONTH = re.compile(
    r"\b(?:mid[- ]?|mi-|mitte\s+|mediados\s+de\s+|meados\s+de\s+|metà\s+|half\s+|midden\s+)"
    r"(?P<month>" + _MONTH_ALT + r"|month|mois|monats?|mes|mês|mese|maand)\b",
    re.IGNORECASE,
)
_DAY_NUMBER_AFTER = re.compile(
    r",?\s*(?:the\s+|le\s+|den\s+|el\s+|dia\s+|il\s+)?(?P<day>[0-3]?\d)(?!\d)(?:st|nd|rd|th|er|e|º|°)?"
    r"\.?(?![\d/.-]\d)", re.IGNORECASE)
_NTH_DAY = re.compile(
    r"(?:\bby\s+the|\bon\s+the|\bbefore\s+the|\b(?:the|by|before|on)(?=\s+\d+(?:st|nd|rd|th))|\ble|\bau|\bam|\bbis\s+zum|\bzum|\b(?:el|del|al)\s+día|\bel|\bdia"
    r"|\bno\s+dia|\bd[ií]a|\bil|\bentro\s+il|\bop\s+de|\bvoor\s+de|\buiterlijk\s+de)\s+(?P<day>[0-3]?\d)"
    r"(?:st|nd|rd|th|er|e|º|°|\.)?(?!\s*(?:" + _MONTH_ALT + r"|[./-]\d|\d|%|,\d))\b",
    re.IGNORECASE,
)
# Month names written out (no abbreviations such as "mar" or "out", which are also words).
_FULL_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS if len(m) >= 4 or m == "mai"),
                                  key=len, reverse=True))
_END_OF_NAMED_MONTH = re.compile(
    r"\b(?:(?:by|before|at)\s+)?(?:the\s+)?(?:end\s+of|fin(?:\s+(?:de|du))?|ende|finales\s+de|final\s+de"
    r"|fim\s+de|a\s+fines\s+de|fine|eind|einde)\s+(?P<month>" + _FULL_MONTH_ALT + r")\b(?!\s+\d)",
    re.IGNORECASE,
)
# "by 15th of this month", "le 20 de ce mois", "am 15. dieses Monats", "dia 30 deste mês".
_DAY_OF_THIS_MONTH = re.compile(
    r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|e|º|°|\.)?\s+(?:of\s+)?(?:(?P<next>next\s+month|du\s+mois"
    r"\s+prochain|nächsten\s+monats|del\s+mes\s+que\s+viene|del\s+próximo\s+mes|do\s+próximo\s+mês"
    r"|del\s+prossimo\s+mese|van\s+volgende\s+maand)|this\s+month|the\s+current\s+month|current\s+month"
    r"|de\s+ce\s+mois|du\s+mois\s+en\s+cours|dieses\s+monats|de\s+este\s+mes|del\s+mes\s+en\s+curso"
    r"|deste\s+mês|do\s+mês\s+corrente|di\s+questo\s+mese|del\s+mese\s+corrente|van\s+deze\s+maand)\b",
    re.IGNORECASE,
)
_MONTH_NAME_DATE = re.compile(
    r"\b(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th|er|º|°|\.)?\s+(?:de\s+|of\s+)?(?P<m1>" + _MONTH_ALT
    + r")\.?(?:,?\s+(?:de\s+)?(?P<y1>(?:19|20)\d\d)(?![\d.,]\d))?|(?P<m2>" + _MONTH_ALT
    + r")\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>(?:19|20)\d\d)(?![\d.,]\d))?)",
    re.IGNORECASE,
)
# After "the" or "de", where days take an ordinal ("the 8th", "de 8e"), a bare number followed
# by a long word is a count ("voor de 8 ontbrekende stuks"), unless the word follows dates.
_ARTICLE_DAY = re.compile(r"\b(?:the|de)\s+[0-3]?\d$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+(?P<word>[^\W\d_]{5,})")
_DAY_FOLLOWERS = {"latest", "prochain", "próximo", "próxima", "nächsten", "uiterlijk", "spätestens",
                  "prossimo", "próximos", "lunes", "martes", "jueves", "viernes", "monday", "tuesday",
                  "wednesday", "thursday", "friday", "without", "inclus", "incluso", "compris",
                  "morning", "afternoon", "matin", "abends", "morgens", "mattina", "manhã"}
_WEEK_AFTER = re.compile(r"\s+week\b(?!\s+(?:of|from))", re.IGNORECASE)
_WEEK_BEFORE = re.compile(r"\ba\s+week\s+(?:on|from)\s+(?:this\s+)?$", re.IGNORECASE)
_ISO_DATE = re.compile(r"\b(?P<y>20\d\d)-(?P<m>\d\d?)-(?P<d>\d\d?)\b")
_NUMERIC_DATE = re.compile(r"\b(?P<a>\d\d?)[./-](?P<b>\d\d?)(?:[./-](?P<y>\d{4}|\d\d))?\b(?![.,/]\d)")


@dataclass(frozen=True)
class _DatePatterns:
    end_of_month: re.Pattern[str]
    end_of_next_week: re.Pattern[str]
    end_of_week: re.Pattern[str]
    within_days: re.Pattern[str]
    after_event: re.Pattern[str]
    mid_month: re.Pattern[str]
    month_name_date: re.Pattern[str]
    relative_day: re.Pattern[str]
    weekday: re.Pattern[str]
    day_number_after: re.Pattern[str]
    nth_day: re.Pattern[str]
    end_of_named_month: re.Pattern[str]
    day_of_this_month: re.Pattern[str]


_ANY_CASE = _DatePatterns(_END_OF_MONTH, _END_OF_NEXT_WEEK, _END_OF_WEEK, _WITHIN_DAYS, _AFTER_EVENT,
                          _MID_MONTH, _MONTH_NAME_DATE, _RELATIVE_DAY, _WEEKDAY, _DAY_NUMBER_AFTER,
                          _NTH_DAY, _END_OF_NAMED_MONTH, _DAY_OF_THIS_MONTH)
_LOWER = _DatePatterns(*(case_free(getattr(_ANY_CASE, name))
                        for name in _DatePatterns.__dataclass_fields__))
