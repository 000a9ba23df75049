"""Read TimeML (.tml) files: plain text, creation date and gold TIMEX3 spans."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>", re.S)


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One gold TIMEX3: its span in the plain text, type and value."""

    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimemlDoc:
    """A TimeML document reduced to what the tagger benchmark needs."""

    name: str
    text: str
    dct: date | None
    timexes: tuple[GoldTimex, ...]


def parse_timeml(source: str, name: str = "") -> TimemlDoc:
    """The plain text of the ``<TEXT>`` element, its DCT and the TIMEX3s inside it."""
    dct: date | None = None
    dct_match = _DCT.search(source)
    if dct_match:
        value = dict(_ATTR.findall(dct_match.group(1))).get("value", "")
        try:
            dct = date.fromisoformat(value[:10])
        except ValueError:
            dct = None
    body_match = _TEXT.search(source)
    body = body_match.group(1) if body_match else ""
    pieces: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name_, attrs, selfclosing = tag.groups()
        if name_ != "TIMEX3" or selfclosing:
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(attrs))))
        elif open_timex:
            start, attributes = open_timex.pop()
            timexes.append(
                GoldTimex(start, length, attributes.get("type", ""), attributes.get("value", ""))
            )
    pieces.append(html.unescape(body[position:]))
    text = "".join(pieces)
    timexes.sort(key=lambda t: t.start)
    return TimemlDoc(name, text, dct, tuple(timexes))


def read_timeml_folder(folder: Path) -> Iterator[TimemlDoc]:
    """Every ``.tml`` document in ``folder`` (sorted by name)."""
    for path in sorted(folder.glob("*.tml")):
        yield parse_timeml(path.read_text(encoding="utf-8"), path.name)
