"""Cut timeline labels to length at word and phrase boundaries."""

from __future__ import annotations

import re

from timeline.extract.title_rules import (
    DANGLING,
    ELLIPSIS,
    MARK,
    MAX_LEN,
    MIN_LEN,
    TAILS,
)


def trim(text: str) -> str:
    """Shorten to at most MAX_LEN characters by dropping tails, then by cutting."""
    text = " ".join(text.replace(MARK, " ").split())
    text = re.sub(r"\s+([,.;:!?])", r"\1", text).strip(" ,;:")
    for pattern, starts in TAILS:
        while len(text) > MAX_LEN:
            shorter = drop_dangling(drop_last(pattern, starts, text))
            if shorter == text or len(shorter) < MIN_LEN:
                break
            text = shorter
    return cut(text)


def drop_last(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> str:
    """Remove the shortest tail of ``text`` that ``pattern`` matches up to the end.

    ``starts`` finds the places where such a tail can begin, so that the
    costly ``pattern`` is tried only there, from the end backwards.
    """
    for start in sorted((m.start() for m in starts.finditer(text)), reverse=True):
        if pattern.match(text, start):
            return text[:start]
    return text


def drop_dangling(text: str) -> str:
    words = text.rstrip(" ,;:").split(" ")
    while len(words) > 2 and words[-1].lower().strip(",;:") in DANGLING | {"not", "nor"}:
        words.pop()
    return " ".join(words).rstrip(" ,;:")


def cut(text: str) -> str:
    text = " ".join(text.replace(MARK, " ").split())
    if len(text) <= MAX_LEN:
        return text
    words = text[: MAX_LEN - 1].split(" ")
    if len(words) > 1:
        words.pop()  # the last word may be cut mid-way
    while len(words) > 2 and words[-1].lower().strip(",;:") in DANGLING:
        words.pop()
    return " ".join(words).rstrip(" ,;:-\u2014") + ELLIPSIS


def finish(text: str) -> str:
    text = " ".join(text.replace(MARK, " ").split())
    text = re.sub(r",(?:\s*,)+", ",", text)
    text = re.sub(r",\s+\w+ing$", "", text)  # "..., arriving" once its date is gone
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"\(\s*\)", "", text)
    ellipsis = text.endswith(ELLIPSIS)
    text = text.rstrip(ELLIPSIS).strip(" ,.;:!?-\u2014\u2013\"'\u201c\u201d")
    text = text.lstrip(",;:)] ")
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text + ELLIPSIS if ellipsis and text else text
