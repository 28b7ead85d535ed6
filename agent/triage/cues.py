"""Cue rules: injection attempts and a human reply under an auto-reply header (reasons: dispute_reasons)."""

from __future__ import annotations

import re

from agent.triage.dispute_reasons import dispute_reason
from agent.triage.model import normalize_text

# Patterns run on normalize_text() output: lower case, accents folded, digits as 0.
_INJECTION = re.compile(
    r"ignore (?:all |any |the |your )?(?:previous|prior|above|earlier|other)? ?(?:instructions|rules|prompts?)"
    r"|disregard (?:all |any |the |your )?(?:previous|prior|above)?"
    r"|you are (?:now )?(?:an? |the )?(?:\w+ ){0,3}(?:ai|assistant|bot|model|credit controller|system|agent)\b"
    r"|(?:previous|prior|earlier|your) instructions (?:are|have been) (?:\w+ )?(?:suspended|void|revoked"
    r"|cancelled|overridden|replaced)|system override|pre-?authori[sz]ed|do not create a draft"
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


def injection_suspected(normalized: str, html: str | None) -> bool:
    """Tell whether the text or content hidden in its HTML tries to instruct an AI (see injection)."""
    from agent.triage.injection import injection_suspected as suspected

    return suspected(normalized, html)


def looks_human(text: str) -> bool:
    """Tell whether text under an auto-reply header is a person's reply after all."""
    return bool(_HUMAN_REPLY.search(normalize_text(text)))


__all__ = ["dispute_reason", "injection_suspected", "looks_human"]
