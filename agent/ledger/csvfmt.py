"""Reading ledger CSV files: header aliases, dates, amounts, currencies, and row errors."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from pathlib import Path

from agent.ledger.errors import ValidationFailed


class DateFormat(StrEnum):
    """How day/month dates in a file are written; ISO (YYYY-MM-DD) is always accepted."""

    ISO = "iso"
    DMY = "dmy"  # 31/12/2026, 31.12.2026, 31-12-2026
    MDY = "mdy"  # 12/31/2026


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column!r}: {self.message}"


class CsvImportError(ValidationFailed):
    """A file had bad rows; nothing was written. Carries every error found (up to a cap)."""

    def __init__(self, path: Path | str, errors: list[RowError]):
        self.path = str(path)
        self.errors = errors
        shown = "\n".join(f"  {e}" for e in errors[:20])
        more = f"\n  … and {len(errors) - 20} more" if len(errors) > 20 else ""
        super().__init__(f"{self.path}: {len(errors)} error(s), nothing imported:\n{shown}{more}")


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")


def map_header(
    header: list[str] | None, aliases: dict[str, tuple[str, ...]], required: set[str], path: Path
) -> dict[str, str]:
    """Map canonical column names to the file's own header names; raise on missing ones."""
    if not header:
        raise CsvImportError(path, [RowError(1, "(header)", "the file is empty or has no header")])
    by_key = {_key(h): h for h in header if h is not None}
    mapping: dict[str, str] = {}
    for canonical, names in aliases.items():
        for name in (canonical, *names):
            if name in by_key:
                mapping[canonical] = by_key[name]
                break
    missing = sorted(required - mapping.keys())
    if missing:
        errors = [
            RowError(1, m, f"required column is missing (accepted names: {', '.join((m, *aliases[m]))})")
            for m in missing
        ]
        raise CsvImportError(path, errors)
    return mapping


def read_rows(path: Path) -> tuple[list[str] | None, list[tuple[int, dict[str, str]]]]:
    """Return the header and (line number, row) pairs; line 1 is the header."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            header = list(reader.fieldnames) if reader.fieldnames else None
            rows: list[tuple[int, dict[str, str]]] = []
            end = reader.line_num
            for row in reader:
                rows.append((end + 1, row))
                end = reader.line_num
    except UnicodeDecodeError as e:
        raise CsvImportError(path, [RowError(0, "(file)", f"not UTF-8 text: {e}")]) from e
    except csv.Error as e:
        raise CsvImportError(path, [RowError(0, "(file)", f"not a readable CSV file: {e}")]) from e
    except OSError as e:
        raise CsvImportError(path, [RowError(0, "(file)", f"cannot read: {e.strerror}")]) from e
    return header, rows


_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")


def parse_date(text: str, fmt: DateFormat) -> date:
    """Parse a date as ISO, or as day/month/year or month/day/year when fmt says so."""
    value = text.strip()
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    m = _DMY.match(value)
    if m and fmt is not DateFormat.ISO:
        a, b, year = (int(g) for g in m.groups())
        day, month = (a, b) if fmt is DateFormat.DMY else (b, a)
        try:
            return date(year, month, day)
        except ValueError as e:
            raise ValueError(f"{value!r} is not a valid date: {e}") from e
    hint = {"iso": "YYYY-MM-DD", "dmy": "DD/MM/YYYY or YYYY-MM-DD", "mdy": "MM/DD/YYYY or YYYY-MM-DD"}
    raise ValueError(f"{value!r} is not a date in the form {hint[fmt.value]}")


_AMOUNT = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
_AMOUNT_COMMA = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$|^\d+(,\d+)?$")


def parse_amount(text: str, *, decimal_comma: bool = False) -> Decimal:
    """Parse a non-negative amount: 1234.56 or 1,234.56 (1.234,56 with decimal_comma)."""
    value = text.strip().replace(" ", "").replace("\u00a0", "")
    if value.startswith("-") or (value.startswith("(") and value.endswith(")")):
        raise ValueError(f"{text.strip()!r} is negative; amounts must be zero or more")
    pattern = _AMOUNT_COMMA if decimal_comma else _AMOUNT
    if not pattern.match(value):
        raise ValueError(f"{text.strip()!r} is not a number")
    if decimal_comma:
        value = value.replace(".", "").replace(",", ".")
    else:
        value = value.replace(",", "")
    try:
        return Decimal(value)
    except InvalidOperation as e:
        raise ValueError(f"{text.strip()!r} is not a number") from e


@cache
def _currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def parse_currency(text: str) -> str:
    """Return the ISO 4217 code, upper-cased, or raise for an unknown currency."""
    code = text.strip().upper()
    if code not in _currencies():
        raise ValueError(f"{text.strip()!r} is not an ISO 4217 currency code")
    return code
