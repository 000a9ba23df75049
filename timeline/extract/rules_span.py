"""Tagger rules for durations, repeated times (sets) and clock times."""

from __future__ import annotations

import re

from timeline.extract.expr import Expr
from timeline.extract.lexicon import (
    APPROX,
    MON,
    MONTHS,
    NUM_WORD,
    UNIT,
    UNIT_CODES,
    WEEKDAY,
    WEEKDAYS,
)
from timeline.extract.rules import Rule, number, rule, word_before
from timeline.extract.rules_rel import unit_name


def _fixed(value: str, kind: str) -> Expr:
    return Expr("fixed", type=kind, value=value)  # type: ignore[arg-type]


def _duration(m: re.Match[str], text: str) -> Expr | None:
    raw = m.group("n").lower()
    count = number(raw)
    unit = unit_name(m.group("unit"))
    if unit == "second" and raw in ("a", "an"):
        return None
    if re.fullmatch(r"\d+", raw) and unit in ("second", "minute") and count and count > 59:
        return None
    code = UNIT_CODES[unit]
    amount = "X" if count is None else str(count)
    if count is not None and unit == "decade":
        amount, code = str(count * 10), "Y"
    elif count is not None and unit == "century":
        amount, code = str(count * 100), "Y"
    elif count is not None and unit == "quarter":
        amount, code = str(count * 3), "M"
    value = f"PT{amount}{code}" if unit in ("second", "minute", "hour") else f"P{amount}{code}"
    approx = re.sub(r"\s+", " ", (m.group("approx") or "").lower()).strip()
    back = None
    if approx.endswith(("the past", "the last", "over the past", "in the past", "in the last")):
        back = (count, unit)
    return Expr("fixed", type="DURATION", value=value, back=back)


DURATION = rule(
    "duration",
    rf"(?<![\w-])(?i:(?P<approx>{APPROX})?(?P<n>{NUM_WORD})[\s-]+(?P<unit>{UNIT}))"
    r"(?:[\s-]+(?i:old|long))?(?![\w-])",
    _duration,
    r"second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur",
    (70, 16),
)


def _set(m: re.Match[str], text: str) -> Expr | None:
    word = m.group(0).lower()
    last = word.split()[-1].rstrip(".")
    if last in MONTHS and word.split()[0] in ("each", "every"):
        return _fixed(f"XXXX-{MONTHS[last]:02d}", "SET")
    for name, wd in WEEKDAYS.items():
        if name in word:
            return _fixed(f"XXXX-WXX-{wd + 1}", "SET")
    for key, value in (
        ("da", "P1D"), ("week", "P1W"), ("month", "P1M"), ("annual", "P1Y"), ("year", "P1Y"),
    ):  # fmt: skip
        if key in word:
            return _fixed(value, "SET")
    return None


SET = rule(
    "set",
    r"(?<![\w-])(?:(?i:every|each)\s+(?:(?i:day|week|month|year)|"
    rf"{WEEKDAY}|{MON})|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s|"
    r"(?i:daily|weekly|monthly|annually|yearly))(?![\w-])",
    _set,
    r"every|each|daily|weekly|monthly|annually|yearly|days\b",
)


_CLOCK_CUES = frozenset(
    {"at", "by", "until", "till", "before", "after", "around", "about", "from", "since", "to"}
)
_DAY_AFTER = re.compile(
    r",?\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
    r"yesterday|tomorrow|tonight|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)


def _clock(m: re.Match[str], text: str) -> Expr | None:
    if m.group("word"):
        word = m.group("word").lower()
        cue = word_before(text, m.start()).lower()
        if cue not in _CLOCK_CUES and not _DAY_AFTER.match(text, m.end()):
            return None
        hour, minute = (12, 0) if word in ("noon", "midday") else (24, 0)
        return Expr("clock", type="TIME", part=f"T{hour:02d}:{minute:02d}")
    hour = int(m.group("h"))
    minute = int(m.group("mi") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return None
    return Expr("clock", type="TIME", part=f"T{hour:02d}:{minute:02d}")


CLOCK = rule(
    "clock",
    r"(?<![\w:.$-])(?:(?i:about|around|at\s+about|shortly\s+(?:before|after)|"
    r"just\s+(?:before|after))\s+)?(?:(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*"
    r"(?P<ampm>(?i:a\.m\.|p\.m\.|am\b|pm\b|a\.m|p\.m)(?!\w))|(?P<word>(?i:noon|midday|midnight)))"
    r"(?:\s+(?:GMT|UTC|[ECMP][SD]T|BST|CET|CEST|MSK|local\s+time))?(?![\w-])",
    _clock,
    r"\d\s?[ap]\.?m\b|noon|midday|midnight",
)


def _clock_24(m: re.Match[str], text: str) -> Expr | None:
    hour, minute = (int(x) for x in m.group("hm").split(":"))
    return Expr("clock", type="TIME", part=f"T{hour:02d}:{minute:02d}")


CLOCK_24 = rule(
    "clock-24",
    r"(?<![\w:.$-])(?P<hm>(?:[01]?\d|2[0-3]):[0-5]\d)\s+(?:GMT|UTC|[A-Z]{2,3}T|local\s+time|hours)"
    r"(?![\w-])",
    _clock_24,
    r"\d:\d\d",
)


RULES: tuple[Rule, ...] = (DURATION, SET, CLOCK, CLOCK_24)
