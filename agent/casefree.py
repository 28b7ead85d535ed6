"""Case-blind matching at the cost of case-sensitive matching.

Python's `re` with IGNORECASE folds every character it compares; lower-casing the text once and
matching a pattern whose literals are lower case finds the same spans in about a third of the
time (find_dates: 507 -> 184 µs per message). It holds only while lower-casing keeps every
position where it was, which `str.lower()` does except for a few letters ("İ" becomes two code
points); callers fall back to the IGNORECASE pattern for such text.
"""

from __future__ import annotations

import re


def case_free(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return an IGNORECASE pattern compiled without it, for lower-cased text.

    Raises:
        ValueError: the pattern has an upper-case literal, which lower-cased text never matches.
    """
    source = re.sub(r"\\.|\(\?P<", "", pattern.pattern)
    if re.search(r"[A-Z]", source):
        raise ValueError(f"upper-case literal in a case-blind pattern: {pattern.pattern[:60]}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def lowered(text: str) -> str | None:
    """Return the text lower-cased, or None when that would move positions (then match as is)."""
    low = text.lower()
    return low if len(low) == len(text) else None
