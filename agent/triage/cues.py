"""Cue rules: dispute reasons, injection attempts, and a human reply under an auto-reply header."""

from __future__ import annotations

import re

from agent.triage.model import normalize_text
from agent.triage.result import DisputeReason

# Patterns run on normalize_text() output: lower case, accents folded, digits as 0.
_REASON_CUES: list[tuple[DisputeReason, re.Pattern[str]]] = [
    (DisputeReason.DUPLICATE, re.compile(
        r"duplicate|twice|double[- ]?(?:billed|charged|invoiced)|already (?:been )?(?:billed|invoiced)"
        r"|doublon|en double|deux fois|doppelt|zweimal|duplicad|dos veces|duplicat|due volte"
        r"|dubbel|twee keer")),
    (DisputeReason.NOT_RECEIVED, re.compile(
        r"never (?:received|arrived|delivered|got)|not (?:been )?(?:received|delivered)"
        r"|didn.?t (?:receive|arrive|get)|no delivery|not arrived|jamais recu|pas (?:ete )?(?:recu|livre)"
        r"|nicht (?:erhalten|geliefert|angekommen)|nie (?:erhalten|geliefert)|no (?:hemos )?recibi"
        r"|nunca (?:llego|recibimos)|nao (?:recebemos|foi entregue|chegou)|nunca recebemos"
        r"|non (?:abbiamo )?ricevut|mai (?:ricevut|arrivat)|niet (?:ontvangen|geleverd)"
        r"|nooit (?:ontvangen|geleverd)")),
    (DisputeReason.QUANTITY, re.compile(
        r"quantit|short[- ]?(?:shipped|shipment|delivered)|only (?:received|got) 0|units? (?:missing|short)"
        r"|billed (?:for )?0 .*(?:received|delivered) 0|hours|seats?|licen[cs]es|menge|stuck|anzahl"
        r"|cantidad|unidades|quantidade|unidades|quantita|aantal|stuks|colis|pieces|pallets?|cartons?"
        r"|missing (?:items|units)")),
    (DisputeReason.QUALITY, re.compile(
        r"damaged|defect|broken|faulty|not working|poor quality|quality|doesn.?t work|outage"
        r"|endommag|defectu|abime|qualite|beschadigt|defekt|beschadig|mangel|qualitat|danad|defeituos"
        r"|avariad|qualidade|calidad|danneggiat|difettos|qualita|kapot|kwaliteit")),
    (DisputeReason.PRICING, re.compile(
        r"price|pricing|rate|quoted?|quote|overcharg|discount|agreed (?:price|rate)|list price"
        r"|prix|tarif|devis|remise|preis|angebot|rabatt|precio|tarifa|presupuesto|descuento|preco"
        r"|orcamento|desconto|prezzo|tariff|preventivo|sconto|prijs|tarief|offerte|korting")),
    (DisputeReason.CONTRACT_TERMS, re.compile(
        r"cancel|terminat|renew|no longer use|contract|notice|dissolved|not (?:renew|extend)"
        r"|subscription|resili|contrat|annul|preavis|kundig|vertrag|gekundigt|abonnement|cancelad"
        r"|contrato|rescind|baja|cancelamento|disdett|contratto|rinnovo|opgezegd|contract|verlenging")),
    (DisputeReason.BILLING_ERROR, re.compile(
        r"tax|vat|wrong (?:entity|address|company|legal|name|po)|missing po|po (?:number )?missing"
        r"|purchase order|legal entity|exempt|billing (?:error|address)|incorrect|wrong"
        r"|tva|siret|bon de commande|adresse|raison sociale|ust|steuer|reverse charge|bestellnummer"
        r"|falsch|iva|nif|cif|razon social|errone|cnpj|incorret|errat|partita iva|btw|kvk"
        r"|onjuist|verkeerd")),
]

_INJECTION = re.compile(
    r"ignore (?:all |any |the |your )?(?:previous|prior|above|earlier|other)? ?(?:instructions|rules|prompts?)"
    r"|disregard (?:all |any |the |your )?(?:previous|prior|above)?"
    r"|you are (?:now )?(?:an? |the )?(?:ai|assistant|bot|model|credit controller|system)"
    r"|system prompt|system:|assistant:|\[(?:system|inst)\]|<\|im_start\|>|as an ai"
    r"|(?:mark|set|record|flag|update) (?:all |these |the |our |every |each )*(?:open )?"
    r"(?:invoices?|balances?|accounts?)(?: \w+){0,3} (?:as )?(?:paid|settled|closed|cleared|zero)"
    r"|(?:write[- ]?off|waive|cancel) (?:all |the |our )?(?:invoices|balance|debt)"
    r"|(?:new|updated|override) instructions|do not (?:tell|inform|escalate|notify)"
    r"|ignorez (?:les|toutes les) (?:instructions|consignes)|marquez .{0,40}comme pay"
    r"|ignoriere|ignorieren sie (?:alle )?(?:vorherigen )?anweisungen|als bezahlt markier"
    r"|ignora (?:las|todas las|le|tutte le) (?:instrucciones|istruzioni)|marca(?:r|las)? .{0,30}como pagad"
    r"|ignore as instrucoes|marque .{0,30}como pag|segna .{0,30}come pagat|negeer (?:alle )?"
    r"(?:vorige |eerdere )?instructies|markeer .{0,30}als betaald|prompt injection|jailbreak"
)
_HIDDEN_HTML = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt)?\s*[;\"']"
    r"|color\s*:\s*(?:#fff(?:fff)?|white)\b|<!--(?!\s*\[if)[^>]{20,}-->|opacity\s*:\s*0[;\"']",
    re.IGNORECASE,
)
# Words a person writes under an auto-reply header when it is a real reply.
_HUMAN_REPLY = re.compile(
    r"\b(?:we will pay|we'll pay|will be paid|we paid|has been paid|payment (?:was|has been) "
    r"(?:sent|made)|dispute|please send|attached is|see attached)\b"
)


def dispute_reason(text: str) -> DisputeReason:
    """Return the first dispute reason whose cues the text shows (in priority order)."""
    normalized = normalize_text(text)
    for reason, pattern in _REASON_CUES:
        if pattern.search(normalized):
            return reason
    return DisputeReason.OTHER


def injection_suspected(normalized: str, html: str | None) -> bool:
    """Tell whether the text (normalized) or content hidden in its HTML tries to instruct an AI."""
    if _INJECTION.search(normalized):
        return True
    if html and _HIDDEN_HTML.search(html):
        hidden = re.sub(r"<[^>]+>", " ", html)
        return bool(_INJECTION.search(normalize_text(hidden))) or bool(
            re.search(r"<!--.*?(?:ignore|instruction|mark|paid|system).*?-->", html,
                      re.IGNORECASE | re.DOTALL))
    return False


def looks_human(text: str) -> bool:
    """Tell whether text under an auto-reply header is a person's reply after all."""
    return bool(_HUMAN_REPLY.search(normalize_text(text)))
