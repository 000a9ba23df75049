"""The rule type of the tagger and the small text helpers its rules share."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline.extract.expr import Expr
from timeline.extract.lexicon import MONTHS, NUMBER_WORDS, VAGUE_NUMBERS

Builder = Callable[[re.Match[str], str], Expr | None]

_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z'.]*)[\s,(-]*$")
_WORD_AFTER = re.compile(r"^[\s,)]*([A-Za-z][A-Za-z'-]*|\d+|[%$])")


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern of the tagger: a regular expression and what its match means."""

    name: str
    regex: re.Pattern[str]
    build: Builder
    trigger: re.Pattern[str] | None = None
    window: tuple[int, int] = (64, 64)
    needs: str = ""


def rule(
    name: str,
    pattern: str,
    build: Builder,
    trigger: str | None = None,
    window: tuple[int, int] = (64, 64),
    needs: str = "",
) -> Rule:
    """Compile ``pattern`` into a rule (word boundaries are the pattern's own job).

    ``trigger`` is a cheap lower-case pattern that every match of the rule
    contains (it is searched in the lower-cased text); the tagger runs the full
    pattern only in ``window`` (characters before, after) around its hits,
    which keeps the tagger fast on long texts with few dates. ``needs`` is a
    lower-case string that every match contains: without it the rule is skipped.
    """
    compiled = re.compile(trigger) if trigger else None
    return Rule(name, re.compile(pattern), build, compiled, window, needs)


#: Every month name or abbreviation starts with one of these.
MONTH_TRIGGER = (
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)


def word_before(text: str, start: int) -> str:
    """The word right before ``start`` (punctuation skipped), as written, or ''."""
    found = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    return found.group(1).rstrip(".") if found else ""


def word_after(text: str, end: int) -> str:
    """The word (or number, %, $) right after ``end``, as written, or ''."""
    found = _WORD_AFTER.match(text[end : end + 40])
    return found.group(1) if found else ""


def starts_sentence(text: str, start: int) -> bool:
    """True when only spaces and an opening quote separate ``start`` from a sentence end."""
    before = text[max(0, start - 6) : start].rstrip(" \t\"'“‘(")
    return before == "" or before[-1] in ".!?\n:;"


def month_number(word: str) -> int:
    """The month number of a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[word.rstrip(".").lower()]


def day_number(word: str) -> int:
    """The day number of "4", "04" or "4th"."""
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def number(word: str) -> int | None:
    """The integer a number word stands for; None for vague ones ("several")."""
    word = re.sub(r"\s+", " ", word.lower()).strip()
    if word in VAGUE_NUMBERS:
        return None
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if re.fullmatch(r"\d+", word):
        return int(word)
    if re.fullmatch(r"\d+\.\d+", word):
        return None
    parts = re.split(r"[\s-]", word)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def mod_of(word: str | None) -> str | None:
    """The TimeML mod of a modifier word ("early" -> START)."""
    if not word:
        return None
    word = word.lower()
    if word.startswith(("earlier", "later")):
        return word[:-2].upper() + "ER"
    if word.startswith(("the beginning", "the start", "beginning", "start")):
        return "FIRST"
    if word.startswith(("the end", "end", "the close")):
        return "LAST"
    if word.startswith("early"):
        return "START"
    if word.startswith(("mid", "the middle")):
        return "MID"
    if word.startswith("late"):
        return "END"
    return None


MOD = (
    r"(?:(?P<mod>(?i:early|mid|late|the\s+end\s+of|the\s+middle\s+of|the\s+beginning\s+of|"
    r"the\s+start\s+of|end\s+of|beginning\s+of))(?:\s+|-))?"
)
