"""Decode email bytes and headers to text without ever raising."""

from __future__ import annotations

import base64
import binascii
import codecs
import re

# Tried in order when the declared charset is missing, unknown or wrong; latin-1 never fails.
FALLBACK_CHAIN = ("utf-8", "cp1252", "latin-1")

# Labels that mean "Western single-byte"; UTF-8 bytes under these labels are mojibake.
_WESTERN = {"ascii", "iso8859-1", "cp1252", "iso8859-15"}

# Names seen in the wild that Python does not know, or knows as a narrower charset.
_ALIASES = {
    "x-unknown": "",
    "unknown-8bit": "",
    "unknown": "",
    "x-user-defined": "cp1252",
    "iso-8859-8-i": "iso-8859-8",
    "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "windows-874": "cp874",
    "x-mac-roman": "mac-roman",
    "macintosh": "mac-roman",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
}

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?]*)\?=")
_BETWEEN_WORDS = re.compile(r"(\?=)\s+(=\?)")
_Q_ESCAPE = re.compile(rb"=([0-9A-Fa-f]{2})")
_FOLD = re.compile(r"\r?\n[ \t]*")


def normalize_charset(declared: str | None) -> str | None:
    """Return Python's codec name for a declared charset, or None if unknown."""
    if not declared:
        return None
    name = declared.strip().strip("\"'").lower().split("*", 1)[0]
    name = _ALIASES.get(name, name)
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        return None


def decode_bytes(data: bytes, declared: str | None, defects: list[str] | None = None) -> str:
    """Decode bytes using the declared charset, falling back when it fails or is mojibake."""
    codec = normalize_charset(declared)
    if declared and codec is None and defects is not None:
        defects.append(f"charset-unknown:{declared.strip()[:40]}")
    if codec is not None:
        if codec in _WESTERN and not data.isascii() and _is_utf8(data):
            # Valid multi-byte UTF-8 is almost never real Latin-1 text: the label is wrong.
            if defects is not None:
                defects.append(f"charset-mislabelled:{codec}->utf-8")
            return data.decode("utf-8")
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            if codec == "utf-8" and _mostly_utf8(data):
                # A few broken bytes in real UTF-8: keep the rest rather than mojibake it all.
                if defects is not None:
                    defects.append("charset-invalid-bytes:utf-8")
                return data.decode("utf-8", "replace")
            if defects is not None:
                defects.append(f"charset-mismatch:{codec}")
    for candidate in FALLBACK_CHAIN:
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # unreachable: latin-1 maps every byte


def _is_utf8(data: bytes) -> bool:
    """Tell whether the bytes are valid UTF-8."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _mostly_utf8(data: bytes) -> bool:
    """Tell whether nearly all non-ASCII bytes form valid UTF-8 sequences."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = sum(1 for char in text if ord(char) > 127) - bad
    return good > 4 * bad


def header_text(raw: str | None) -> str:
    """Decode a raw header value: raw 8-bit bytes and RFC 2047 encoded words."""
    if not raw:
        return ""
    value = str(raw)
    if not value.isascii():
        # compat32 keeps raw 8-bit header bytes as surrogate escapes.
        value = decode_bytes(value.encode("utf-8", "surrogateescape"), None)
    if "=?" in value:
        value = _ENCODED_WORD.sub(_decode_word, _BETWEEN_WORDS.sub(r"\1\2", value))
    return value


def folded(value: str) -> str:
    """Unfold a header value and collapse runs of whitespace."""
    return " ".join(_FOLD.sub(" ", value).split())


def _decode_word(match: re.Match[str]) -> str:
    """Decode one RFC 2047 encoded word, leaving it as-is if it is broken."""
    charset, kind, payload = match.groups()
    try:
        if kind in "bB":
            data = base64.b64decode(payload + "=" * (-len(payload) % 4))
        else:
            data = _Q_ESCAPE.sub(
                lambda m: bytes([int(m.group(1), 16)]), payload.replace("_", " ").encode()
            )
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return match.group(0)
    return decode_bytes(data, charset)
