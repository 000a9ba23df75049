"""Split text into sentences with character offsets (a fast rule-based splitter)."""

from __future__ import annotations

import re

#: Words that end with a full stop without ending the sentence.
ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj",
        "capt", "sgt", "cpl", "adm", "cmdr", "st", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "inc", "corp", "co", "ltd",
        "jr", "sr", "vs", "v", "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "mt", "ft", "pres",
        "amb", "rev", "fr", "hon", "messrs", "mmes", "approx", "dept", "univ", "est", "fig",
        "i.e", "e.g", "cf", "al", "ave", "blvd", "rd", "mon", "tue", "tues", "wed", "thu",
        "thur", "thurs", "fri", "sat", "sun", "gov't", "pp", "vol", "ed", "eds", "op",
    }
)  # fmt: skip

#: Words that may follow "a.m." / "p.m." / "U.S." inside the same sentence.
_CONTINUERS = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|GMT|UTC|[ECMP][SD]T|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Aug|Sept?|Oct|Nov|Dec|local)\b"
)

_CANDIDATE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*")
_TOKEN_BEFORE = re.compile(r"([A-Za-z][A-Za-z.']*)\.$")


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    mark = match.group()
    if mark.startswith("\n"):
        return True
    if not mark.startswith("."):
        return True
    if mark != "." and not mark.startswith(".."):
        return True  # closing quote or bracket after the full stop
    token = _TOKEN_BEFORE.search(text[max(0, match.start() - 30) : match.start() + 1])
    if token is None:
        return True
    word = token.group(1).lower()
    after = text[match.end() :].lstrip()
    if word in ABBREVIATIONS:
        if word in ("a.m", "p.m", "u.s", "u.n", "u.k", "e.u", "no"):
            return word in ("a.m", "p.m") and _CONTINUERS.match(after) is None
        return False
    if len(word) == 1 and word.isalpha():
        return False  # an initial, "John F. Kennedy"
    return not ("." in word and len(word) <= 5 and word.replace(".", "").isalpha())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of each sentence in ``text``, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        if not _is_boundary(text, match):
            continue
        end = match.end() if not match.group().startswith("\n") else match.start()
        _add(text, start, end, spans)
        start = match.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
