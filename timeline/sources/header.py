"""Split a ``Key: value`` header block (Title, Date, Source, URL, Author) from a text file."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

KNOWN_KEYS = ("title", "date", "source", "url", "author")
_LINE = re.compile(r"^([A-Za-z][A-Za-z _-]{0,30}):[ \t]*(.*?)\s*$")


@dataclass(frozen=True, slots=True)
class Header:
    """The header's known fields and the text that follows it."""

    fields: dict[str, str] = field(default_factory=dict)
    body: str = ""


def split_header(text: str) -> Header:
    """Take the header block off ``text``; no header leaves the text as it is.

    A header starts on the first line with one of the known keys and ends at
    the first blank line; unknown ``Key: value`` lines inside it are ignored.
    """
    lines = text.split("\n")
    first = _LINE.match(lines[0]) if lines else None
    if first is None or first.group(1).strip().lower() not in KNOWN_KEYS:
        return Header({}, text)
    fields: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            return Header(fields, "\n".join(lines[index + 1 :]))
        match = _LINE.match(line)
        if match is None:
            # Not a header line after all: treat everything so far as the header only
            # if it ended cleanly; otherwise there is no header.
            return Header({}, text)
        key = match.group(1).strip().lower()
        if key in KNOWN_KEYS and key not in fields:
            fields[key] = match.group(2)
    return Header(fields, "")
