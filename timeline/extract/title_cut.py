"""Cut timeline labels to length at word and phrase boundaries."""

from __future__ import annotations

import re

from timeline.extract.title_rules import (
    AUXILIARIES,
    CLAUSE_OPENER,
    CUT_DANGLING,
    EARLIER_VERB,
    ELLIPSIS,
    END_DANGLING,
    MARK,
    MAX_LEN,
    MIN_LEN,
    PARTICIPLE,
    PARTICIPLE_ADVERBS,
    PHRASE_STARTS,
    TAILS,
)

_COMMAS = re.compile(r",(?:\s*,)+")
_ING_TAIL = re.compile(r",\s+\w+ing$")
_EMPTY_PARENS = re.compile(r"\(\s*\)")


def _tight_punctuation(text: str) -> str:
    """No space before punctuation; ``text`` has single spaces between words only."""
    for mark in ",.;:!?":
        if " " + mark in text:
            text = text.replace(" " + mark, mark)
    return text


def trim(text: str) -> str:
    """Shorten to at most MAX_LEN characters by dropping tails, then by cutting."""
    text = " ".join(text.replace(MARK, " ").split())
    text = _tight_punctuation(text).strip(" ,;:")
    for pattern, starts in TAILS:
        while len(text) > MAX_LEN:
            shorter = drop_last(pattern, starts, text)
            if shorter == text or len(shorter) < MIN_LEN:
                break
            text = shorter
    return cut(text) if len(text) > MAX_LEN else drop_dangling(text)


def drop_last(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> str:
    """Remove the shortest tail of ``text`` that ``pattern`` matches up to the end.

    ``starts`` finds the places where such a tail can begin, so that the
    costly ``pattern`` is tried only there, from the end backwards.
    """
    for start in sorted((m.start() for m in starts.finditer(text)), reverse=True):
        if pattern.match(text, start):
            return text[:start]
    return text


def drop_dangling(text: str, cut_short: bool = False) -> str:
    """Drop words a label must not end on: "... relations made", "... rather than".

    A label ``cut_short`` also loses an auxiliary ("... government forces had").
    """
    dangling = CUT_DANGLING if cut_short else END_DANGLING
    words = text.rstrip(" ,;:.!?").split(" ")
    while len(words) > 2:
        last = words[-1].lower().strip(",;:")
        if last in dangling:
            words.pop()
        elif _reduced_relative(words):
            words.pop()
            while len(words) > 3 and words[-1].lower() in PARTICIPLE_ADVERBS:
                words.pop()
        else:
            break
    return " ".join(words).rstrip(" ,;:")


def _reduced_relative(words: list[str]) -> bool:
    """Whether the last word is a participle left hanging after a noun.

    "achievements in relations made" (once "over the past three years" is
    gone) or "an agreement first signed": the participle described the noun
    and only makes sense with the phrase that followed it.
    """
    last, before = words[-1], words[-2]
    if not PARTICIPLE.match(last) or len(words) < 4:
        return False
    if before.lower() in PARTICIPLE_ADVERBS:
        return words[-3][:1].islower() and words[-3].lower() not in AUXILIARIES
    if not before[:1].islower() or before.lower() in AUXILIARIES or before.endswith("ly"):
        return False
    for word in reversed(words[1:-2]):  # a verb earlier in the same clause
        if CLAUSE_OPENER.match(word):
            return False
        if EARLIER_VERB.match(word):
            return True
    return False


def cut(text: str) -> str:
    """Cut to MAX_LEN at a phrase boundary (or a word boundary) and add an ellipsis."""
    text = " ".join(text.replace(MARK, " ").split())
    if len(text) <= MAX_LEN:
        return text
    words = text[: MAX_LEN - 1].split(" ")
    if len(words) > 1:
        words.pop()  # the last word may be cut mid-way
    text = " ".join(words)
    for k in range(len(words) - 1, 2, -1):  # the last phrase boundary that keeps MIN_LEN
        head = " ".join(words[:k])
        if len(head) < max(MIN_LEN, len(text) - MAX_BACKOFF):
            break
        if _boundary(words, k) and drop_dangling(head, True) == head.rstrip(" ,;:"):
            words = words[:k]
            break
    text = drop_dangling(" ".join(words), cut_short=True)
    return text.rstrip(" ,;:-\u2014") + ELLIPSIS


MAX_BACKOFF = 25  # a phrase boundary may shorten a cut label by this many characters at most


def _boundary(words: list[str], k: int) -> bool:
    """Whether a new phrase starts at ``words[k]`` (after a comma or at a connective)."""
    nxt = words[k].lower() if k < len(words) else ""
    if words[k - 1].endswith((",", ";")):
        return True
    if nxt == "of" and words[k - 1][:1].isupper() and words[k + 1 : k + 2][:1] != [""]:
        return not (k + 1 < len(words) and words[k + 1][:1].isupper())
    if nxt in {"and", "or"} and (words[k - 1][:1].isupper() or words[k + 1 : k + 2] == [""]):
        return False  # "Russian and Georgian forces", "Obama and Putin"
    if nxt in {"and", "or"} and k + 1 < len(words) and words[k + 1][:1].isupper():
        return False
    return nxt in PHRASE_STARTS


def finish(text: str) -> str:
    text = " ".join(text.replace(MARK, " ").split())
    if "," in text:
        text = _COMMAS.sub(",", text)
        if text.endswith("ing"):
            text = _ING_TAIL.sub("", text)  # "..., arriving" once its date is gone
    text = _tight_punctuation(text)
    if "(" in text:
        text = _EMPTY_PARENS.sub("", text)
    ellipsis = text.endswith(ELLIPSIS)
    text = text.rstrip(ELLIPSIS).strip(" ,.;:!?-\u2014\u2013\"'\u201c\u201d")
    text = text.lstrip(",;:)] ")
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text + ELLIPSIS if ellipsis and text else text
