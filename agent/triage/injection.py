"""Prompt-injection cues: text in a customer's email that addresses an AI or tries to steer one.

Customer email is untrusted input. Whatever this finds, the customer stays the one the sender
resolves to and every tool stays bound to that customer; a suspicion only means a person reads
the draft before it goes (the send policy never sends it alone). So recall matters more than
precision here: a false alarm costs a person a glance.
"""

from __future__ import annotations

import re

# Normalized text: lower case, accents folded (see extract.normalize_text).
_ADDRESSING = (
    r"ignore (?:all |any |the |your )?(?:previous|prior|above|earlier|former) (?:instructions|rules|prompts?)"
    r"|disregard (?:all |any |the |your )?(?:previous|prior|above) |forget (?:all |your )?(?:previous|prior) "
    r"|you are now\b|from now on you\b|act as (?:an?|the) |pretend (?:to be|you are)"
    r"|system prompt|\bsystem\s*:|\bassistant\s*:|\[(?:system|inst|admin)\]|<\|im_start\|>|as an ai\b"
    r"|\b(?:ai|a\.i\.|automated|virtual|digital) (?:assistant|agent|system|bot|tool|model)s?\b"
    r"|\b(?:llm|chatbot|chat bot|gpt|language model)s?\b|\bnote (?:to|for) (?:the )?(?:ai|assistant|agent|bot|model)"
    r"|\b(?:dear|hello|hi) (?:ai|bot|assistant|agent)\b|(?:processing|workflow|system|agent) (?:instruction|note|directive)s?"
    r"|\b(?:system|admin|administrator|developer|maintenance) (?:override|mode)\b|\boverride (?:code|instruction)"
    r"|(?:new|updated|revised|hidden) instructions|prompt injection|jailbreak"
    # fr de es pt it nl
    r"|assistant (?:ia|virtuel)|intelligence artificielle|\bagent (?:ia|automatique)\b|ignorez (?:les|toutes les)"
    r"|\bki[- ](?:assistent|agent|system)|kunstliche intelligenz|ignoriere|ignorieren sie|anweisung an (?:die|den) ki"
    r"|asistente (?:virtual|de ia)|inteligencia artificial|ignora (?:las|todas|le|tutte)|ignore as instrucoes"
    r"|assistente (?:virtuale|virtual|de ia|ia)|intelligenza artificiale|negeer (?:alle )?(?:vorige |eerdere )?instructies"
    r"|kunstmatige intelligentie|virtuele assistent"
    r"|\b(?:ai|ki|ia)[- ](?:systems?|systeme?|systeem|agents?|agenten|assistants?|assistenten?|assistente"
    r"|asistente|tools?|models?)\b|\b(?:ai|ki|ia)[- ]?(?:systems?|agents?|assistants?) (?:reading|processing)"
    r"|assistant instructions|instructions? (?:to|for) (?:the |all )?(?:ai|assistant|agent|bot)s?\b"
    r"|instruction pour l'assistant|anweisung fur (?:das |die |den )?(?:ki|system)|(?:^|\n)\s*(?:asistente"
    r"|assistente|assistent|assistant)\s*:|ignora (?:las |todas las )?instrucciones"
)
_STEERING = (
    r"(?:mark|set|record|flag|update|treat|close|clear) (?:all |these |the |our |every |each |any )*(?:other )?(?:open )?"
    r"(?:invoices?|balances?|accounts?|items?)(?: \w+){0,3} (?:as )?(?:paid|settled|closed|cleared|zero|resolved)"
    r"|(?:write[- ]?off|waive|cancel|credit|void) (?:all|every|each|the entire|the whole|our entire) (?:open )?"
    r"(?:invoices?|balance|debt|account)"
    r"|(?:other|all) customers'? (?:data|details|balances?|bank details|invoices|accounts|emails?|addresses|names)"
    r"|(?:data|details|balances|invoices) (?:of|for) (?:other|all (?:your )?)customers"
    r"|skip (?:the )?(?:human |manual )?(?:review|approval|check)|without (?:human |manual )?(?:review|approval)"
    r"|do not (?:tell|inform|escalate|notify|flag|alert)|no need to (?:escalate|review|notify)"
    r"|(?:pre-?approved|already approved) by (?:your|the) (?:system|manager|controller|cfo|finance)"
    r"|autres clients|anderen kunden|otros clientes|outros clientes|altri clienti|andere klanten"
    r"|marquez .{0,40}comme pay|als bezahlt markier|alle rechnungen (?:als )?(?:bezahlt|gutschreib|stornier)"
    r"|marca(?:r|las)? .{0,30}como pagad|marque .{0,30}como pag|segna .{0,30}come pagat|markeer .{0,30}als betaald"
)
# Every phrase starts a word (or with "[" or "<"): testing that first lets the scan skip the
# middle of words without trying each alternative there (123 -> 49 µs a message, the same
# verdicts on the corpus).
_INJECTION = re.compile(f"(?<![a-z0-9])(?:{_ADDRESSING}|{_STEERING})")
_HIDDEN_HTML = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em)?\s*[;\"'!]"
    r"|(?<![-\w])color\s*:\s*(?:#fff(?:fff)?|white|#fefefe|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))"
    r"|<!--(?!\s*\[if)|opacity\s*:\s*0(?:\.0+)?\s*[;\"']|(?:height|width)\s*:\s*[01]px",
    re.IGNORECASE,
)


def injection_suspected(normalized: str, html: str | None = None, extra: str = "") -> bool:
    """Tell whether the text, content hidden in its HTML, or an attachment tries to instruct an AI.

    Args:
        normalized: the message's own text, normalized.
        html: the raw HTML part, whose hidden parts (comments, white or zero-size text) are read.
        extra: normalized text of the customer's attachments (a CSV memo column, a PDF).
    """
    if _INJECTION.search(normalized) or (extra and _INJECTION.search(extra)):
        return True
    if html and _HIDDEN_HTML.search(html):
        from agent.triage.model import normalize_text

        visible_and_hidden = re.sub(r"<!--|-->", " ", html)
        return bool(_INJECTION.search(normalize_text(re.sub(r"<[^>]+>", " ", visible_and_hidden))))
    return False
