"""Parse a publication date written in a header or in HTML metadata."""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_ISO_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T[0-9]+Z?)?\s*$")
_SLASHED = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})\s*$")
_DAY_MONTH = re.compile(r"^\s*(?:\w+,\s*)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})\b")
_MONTH_DAY = re.compile(r"^\s*(?:\w+,\s*)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")


class ImpossibleDate(ValueError):
    """A date that is written like a date but does not exist (2011-02-30)."""


def _build(year: int, month: int, day: int, written: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ImpossibleDate(f"impossible date {written.strip()!r}") from None


def parse_published(text: str) -> date | None:
    """The calendar date in ``text``, ``None`` if it is not a date.

    Raises ``ImpossibleDate`` when the text has the shape of a date that
    does not exist, so the caller can report it instead of guessing.
    """
    for pattern in (_ISO, _ISO_COMPACT, _SLASHED):
        match = pattern.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return _build(year, month, day, text)
    match = _DAY_MONTH.match(text)
    if match and match.group(2).lower() in _MONTHS:
        month = _MONTHS[match.group(2).lower()]
        return _build(int(match.group(3)), month, int(match.group(1)), text)
    match = _MONTH_DAY.match(text)
    if match and match.group(1).lower() in _MONTHS:
        month = _MONTHS[match.group(1).lower()]
        return _build(int(match.group(3)), month, int(match.group(2)), text)
    parts = parsedate(text)
    if parts is not None:
        return _build(parts[0], parts[1], parts[2], text)
    return None
