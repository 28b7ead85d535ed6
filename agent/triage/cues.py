"""Cue rules: a human reply under an auto-reply header, and dispute reasons (injection: see injection)."""

from __future__ import annotations

import re

from agent.triage.dispute_reasons import dispute_reason
from agent.triage.model import normalize_text

# Words a person writes under an auto-reply header when it is a real reply.
_HUMAN_REPLY = re.compile(
    r"\b(?:we will pay|we'll pay|will be paid|we paid|has been paid|payment (?:was|has been) "
    r"(?:sent|made)|dispute|please send|attached is|see attached)\b"
)


def looks_human(text: str) -> bool:
    """Tell whether text under an auto-reply header is a person's reply after all."""
    return bool(_HUMAN_REPLY.search(normalize_text(text)))


__all__ = ["dispute_reason", "looks_human"]
