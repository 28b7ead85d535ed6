#!/usr/bin/env python3
"""Training set B for the arbot triage corpus: 130 hand-written customer replies.

Emphasis of part B: non-English replies (fr, de, es, pt, it, nl), messy real-world shapes
(Outlook HTML-only, Gmail quotes, mobile, forwarded chains, AP systems, out-of-office,
bounces, remittance attachments) and a few prompt-injection attempts.

Every message body below is written by hand. Code only wraps it: headers, MIME structure,
the quoted Northwind reminder (built from the ledger), and signatures / disclaimers from
hand-written pools.

Run from the repository root:  python3 corpus/src/train_b.py
Writes corpus/train/mail/b_001.eml .. b_130.eml and corpus/train/labels.b.jsonl.
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import re
from datetime import date, datetime, timedelta
from email import policy, utils
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1]
LEDGER = CORPUS / "ledger.csv"
OUT_DIR = CORPUS / "train" / "mail"
LABELS = CORPUS / "train" / "labels.b.jsonl"
AR = "ar@northwind-analytics.com"
AR_FULL = "Northwind Analytics AR <ar@northwind-analytics.com>"

# --------------------------------------------------------------------------- ledger

INVOICES: dict[str, dict] = {}
CUSTOMERS: dict[str, dict] = {}
with LEDGER.open(newline="", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        INVOICES[row["invoice_number"]] = row
        c = CUSTOMERS.setdefault(row["customer_id"], {"name": row["customer_name"], "invoices": []})
        c["invoices"].append(row["invoice_number"])

# --------------------------------------------------------------------------- localisation tables

DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
}


def money(amount: float, ccy: str, lang: str) -> str:
    whole, frac = f"{amount:,.2f}".split(".")
    if lang == "en":
        return f"{ccy} {whole}.{frac}"
    if lang == "fr":
        return f"{whole.replace(',', ' ')},{frac} {ccy}"
    if lang == "pt" and ccy == "BRL":
        return f"R$ {whole.replace(',', '.')},{frac}"
    if lang == "nl" and ccy == "EUR":
        return f"€ {whole.replace(',', '.')},{frac}"
    return f"{whole.replace(',', '.')},{frac} {ccy}"


def short_date(d: date, lang: str) -> str:
    if lang == "en":
        return f"{d.day} {MONTHS['en'][d.month - 1][:3]} {d.year}"
    if lang == "de":
        return d.strftime("%d.%m.%Y")
    if lang == "nl":
        return d.strftime("%d-%m-%Y")
    return d.strftime("%d/%m/%Y")


# Hand-written reminder texts (what Northwind sent), one per language.
REMINDER = {
    "en": dict(
        subj1="Payment reminder: {inv} is overdue",
        subjn="Payment reminder: {n} overdue invoices",
        body="""Dear {company} team,

Our records show that the following {what} past due:

{lines}

Total outstanding: {total}

Please arrange payment at your earliest convenience, or let us know if anything is
holding it up. If you have already paid, please reply with the remittance details
so we can match the payment.

Kind regards,
Northwind Analytics - Accounts Receivable
ar@northwind-analytics.com | +1 (415) 555-0142""",
        line="  {inv}   due {due}   {amt}   ({days} days overdue)",
        what1="invoice is", whatn="invoices are"),
    "fr": dict(
        subj1="Rappel de paiement : facture {inv} échue",
        subjn="Rappel de paiement : {n} factures échues",
        body="""Bonjour,

Sauf erreur de notre part, {what} à ce jour :

{lines}

Montant total dû : {total}

Nous vous remercions de bien vouloir procéder au règlement dans les meilleurs délais,
ou de nous indiquer ce qui bloque le paiement. Si le règlement a déjà été effectué,
merci de nous transmettre l'avis de virement afin que nous puissions le rapprocher.

Cordialement,
Northwind Analytics - Service Comptabilité Clients
ar@northwind-analytics.com""",
        line="  {inv}   échéance {due}   {amt}   ({days} jours de retard)",
        what1="la facture suivante reste impayée", whatn="les factures suivantes restent impayées"),
    "de": dict(
        subj1="Zahlungserinnerung: Rechnung {inv} ist überfällig",
        subjn="Zahlungserinnerung: {n} überfällige Rechnungen",
        body="""Sehr geehrte Damen und Herren,

bei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass {what}:

{lines}

Offener Gesamtbetrag: {total}

Wir bitten Sie, den Betrag zeitnah zu überweisen, oder uns mitzuteilen, falls es
Unstimmigkeiten gibt. Sollten Sie die Zahlung bereits veranlasst haben, senden Sie
uns bitte den Zahlungsavis, damit wir die Zahlung zuordnen können.

Mit freundlichen Grüßen
Northwind Analytics - Debitorenbuchhaltung
ar@northwind-analytics.com""",
        line="  {inv}   fällig am {due}   {amt}   ({days} Tage überfällig)",
        what1="folgende Rechnung noch offen ist", whatn="folgende Rechnungen noch offen sind"),
    "es": dict(
        subj1="Recordatorio de pago: factura {inv} vencida",
        subjn="Recordatorio de pago: {n} facturas vencidas",
        body="""Estimados señores:

Según nuestros registros, {what}:

{lines}

Importe total pendiente: {total}

Les agradeceríamos que realizaran el pago a la mayor brevedad o que nos indiquen
si existe algún inconveniente. Si ya han efectuado el pago, por favor envíennos el
comprobante para poder conciliarlo.

Atentamente,
Northwind Analytics - Cuentas por Cobrar
ar@northwind-analytics.com""",
        line="  {inv}   vencimiento {due}   {amt}   ({days} días de retraso)",
        what1="la siguiente factura se encuentra vencida", whatn="las siguientes facturas se encuentran vencidas"),
    "pt": dict(
        subj1="Lembrete de pagamento: fatura {inv} em atraso",
        subjn="Lembrete de pagamento: {n} faturas em atraso",
        body="""Prezados,

De acordo com os nossos registos, {what}:

{lines}

Valor total em aberto: {total}

Solicitamos que o pagamento seja efetuado o mais breve possível ou que nos informem
caso exista alguma pendência. Se o pagamento já foi realizado, por favor enviem o
comprovativo para que possamos fazer a conciliação.

Atenciosamente,
Northwind Analytics - Contas a Receber
ar@northwind-analytics.com""",
        line="  {inv}   vencimento {due}   {amt}   ({days} dias de atraso)",
        what1="a seguinte fatura encontra-se vencida", whatn="as seguintes faturas encontram-se vencidas"),
    "it": dict(
        subj1="Sollecito di pagamento: fattura {inv} scaduta",
        subjn="Sollecito di pagamento: {n} fatture scadute",
        body="""Gentili Signori,

dai nostri archivi risulta che {what}:

{lines}

Totale da saldare: {total}

Vi preghiamo di provvedere al pagamento quanto prima, oppure di segnalarci eventuali
problemi. Qualora il pagamento fosse già stato effettuato, vi chiediamo di inviarci
la contabile del bonifico per la riconciliazione.

Cordiali saluti,
Northwind Analytics - Ufficio Crediti
ar@northwind-analytics.com""",
        line="  {inv}   scadenza {due}   {amt}   ({days} giorni di ritardo)",
        what1="la seguente fattura risulta scaduta e non pagata", whatn="le seguenti fatture risultano scadute e non pagate"),
    "nl": dict(
        subj1="Betalingsherinnering: factuur {inv} is vervallen",
        subjn="Betalingsherinnering: {n} vervallen facturen",
        body="""Geachte heer, mevrouw,

Volgens onze administratie {what}:

{lines}

Totaal openstaand: {total}

Wij verzoeken u het bedrag zo spoedig mogelijk te voldoen, of ons te laten weten als
er iets is dat de betaling tegenhoudt. Heeft u al betaald, stuur ons dan a.u.b. de
betalingsspecificatie zodat wij de betaling kunnen afletteren.

Met vriendelijke groet,
Northwind Analytics - Debiteurenbeheer
ar@northwind-analytics.com""",
        line="  {inv}   vervaldatum {due}   {amt}   ({days} dagen te laat)",
        what1="staat de volgende factuur nog open", whatn="staan de volgende facturen nog open"),
}


def reminder(cid: str, invs: list[str], rdate: date, lang: str) -> tuple[str, str]:
    t = REMINDER[lang]
    lines, total, ccy = [], 0.0, None
    for inv in invs:
        row = INVOICES[inv]
        due = date.fromisoformat(row["due_date"])
        amt = float(row["amount"])
        ccy = row["currency"]
        total += amt
        lines.append(t["line"].format(inv=inv, due=short_date(due, lang), amt=money(amt, ccy, lang),
                                      days=max((rdate - due).days, 1)))
    subj = t["subj1"].format(inv=invs[0]) if len(invs) == 1 else t["subjn"].format(n=len(invs))
    body = t["body"].format(company=CUSTOMERS[cid]["name"], lines="\n".join(lines),
                            total=money(total, ccy, lang),
                            what=t["what1"] if len(invs) == 1 else t["whatn"])
    return subj, body


def attribution(dt: datetime, lang: str) -> str:
    d, m = DAYS[lang][dt.weekday()], MONTHS[lang][dt.month - 1]
    hm = dt.strftime("%H:%M")
    if lang == "en":
        return f"On {d[:3]}, {m[:3]} {dt.day}, {dt.year} at {dt.strftime('%-I:%M %p')} {AR_FULL} wrote:"
    if lang == "fr":
        return f"Le {d[:3]}. {dt.day} {m[:4].rstrip('.')}. {dt.year} à {hm}, {AR_FULL} a écrit :"
    if lang == "de":
        return f"Am {d[:2]}., {dt.day}. {m[:3]}. {dt.year} um {hm} Uhr schrieb {AR_FULL}:"
    if lang == "es":
        return f"El {d[:3]}, {dt.day} {m[:3]} {dt.year} a las {dt.strftime('%-H:%M')}, Northwind Analytics AR (<{AR}>) escribió:"
    if lang == "pt":
        return f"Em {d[:3]}., {dt.day} de {m[:3]}. de {dt.year} às {hm}, {AR_FULL} escreveu:"
    if lang == "it":
        return f"Il giorno {d[:3]} {dt.day} {m[:3]} {dt.year} alle ore {hm} {AR_FULL} ha scritto:"
    if lang == "nl":
        return f"Op {d[:2]} {dt.day} {m[:3]}. {dt.year} om {hm} schreef {AR_FULL}:"
    raise KeyError(lang)


OUTLOOK_HDR = {
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:"),
    "pt": ("De:", "Enviada em:", "Para:", "Assunto:"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
}


def outlook_date(dt: datetime, lang: str) -> str:
    d, m = DAYS[lang][dt.weekday()], MONTHS[lang][dt.month - 1]
    if lang == "en":
        return f"{d}, {m} {dt.day}, {dt.year} {dt.strftime('%-I:%M %p')}"
    if lang == "de":
        return f"{d}, {dt.day}. {m} {dt.year} {dt.strftime('%H:%M')}"
    if lang in ("es", "pt"):
        return f"{d}, {dt.day} de {m} de {dt.year} {dt.strftime('%H:%M')}"
    return f"{d} {dt.day} {m} {dt.year} {dt.strftime('%H:%M')}"


def outlook_block(dt, lang, to_addr, subj) -> list[str]:
    f, s, t, o = OUTLOOK_HDR[lang]
    return [f"{f} Northwind Analytics AR <{AR}>", f"{s} {outlook_date(dt, lang)}",
            f"{t} {to_addr}", f"{o} {subj}"]
