"""Tagger rules for relative expressions, weekdays, clock times, durations and sets."""

from __future__ import annotations

import re

from timeline.extract.expr import Expr
from timeline.extract.lexicon import (
    APPROX,
    NUM_WORD,
    PARTS_OF_DAY,
    UNIT,
    UNIT_CODES,
    WEEKDAY,
    WEEKDAYS,
)
from timeline.extract.rules import Rule, mod_of, number, rule

_PHRASE_AFTER = re.compile(r"[ \t]+[\w$\"'“]")
_PART = r"(?P<part>(?i:morning|afternoon|evening|night|overnight))"


def unit_name(word: str) -> str:
    """The singular unit of a unit word ("years" -> "year", "centuries" -> "century")."""
    word = word.lower()
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word.endswith("s") else word


def _today(m: re.Match[str], text: str) -> Expr | None:
    word = m.group("w").lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    part = m.group("part")
    code = PARTS_OF_DAY[part.lower()] if part else ("NI" if word == "tonight" else None)
    return Expr(
        "rel",
        type="TIME" if code else "DATE",
        unit="day",
        offset=offset,
        part=code,
        mod=mod_of(m.group("mod")),
    )


TODAY = rule(
    "today",
    r"(?<![\w-])(?:(?P<mod>(?i:early|late|earlier|later))\s+)?"
    r"(?P<w>(?i:today|tonight|yesterday|tomorrow))(?:'s|\s+" + _PART + r")?(?![\w-])",
    _today,
    r"today|tonight|yesterday|tomorrow",
    (24, 24),
)


def _part_of_day(m: re.Match[str], text: str) -> Expr | None:
    word = m.group("w").lower()
    offset = -1 if word == "last" and m.group("part").lower() == "night" else 0
    if word == "last" and offset == 0:
        return None
    return Expr(
        "rel", type="TIME", unit="day", offset=offset, part=PARTS_OF_DAY[m.group("part").lower()]
    )


PART_OF_DAY = rule(
    "part-of-day",
    r"(?<![\w-])(?P<w>(?i:this|last))\s+" + _PART + r"(?![\w-])",
    _part_of_day,
    r"morning|afternoon|evening|night",
    (16, 16),
)


def _fixed(value: str, kind: str = "DATE") -> Expr:
    return Expr("fixed", type=kind, value=value)  # type: ignore[arg-type]


def _reference(m: re.Match[str], text: str) -> Expr | None:
    word = re.sub(r"\s+", " ", m.group(0).lower())
    if word.startswith("recent "):
        return Expr("fixed", value="PAST_REF", back=(None, unit_name(word.split()[1])))
    if word in ("recently", "lately", "the past", "in the past"):
        if word.endswith("the past") and re.match(
            r"\s+(?:\d|few|several|two|three)", text[m.end() :]
        ):
            return None
        return _fixed("PAST_REF")
    if "future" in word:
        return _fixed("FUTURE_REF")
    return _fixed("PRESENT_REF")


REFERENCE = rule(
    "reference",
    r"(?<![\w-])(?i:right\s+now|now|currently|at\s+present|nowadays|these\s+days|recently|"
    r"lately|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|the\s+past|"
    r"recent\s+(?:years|months|weeks|days|decades))(?![\w-])",
    _reference,
    r"now|current|present|days|recent|lately|future|past",
    (24, 32),
)


#: "The Sunday Times", "Monday Night Football": a weekday in a name.
_NAMED_AFTER = re.compile(
    r" (?:Times|Telegraph|Express|Mirror|Herald|Post|Tribune|Mail|Independent|Star|Observer|"
    r"Journal|Night\s+Football|Bloody|Agreement|Accord|Massacre|Club|Show)\b"
)

_NAMED_BEFORE = re.compile(r"\b(?:Bloody|Black|Cyber)\s+\Z")


def _weekday(m: re.Match[str], text: str) -> Expr | None:
    if _NAMED_AFTER.match(text, m.end()) or _NAMED_BEFORE.search(
        text, max(0, m.start() - 12), m.start()
    ):
        return None
    pre = re.sub(r"\s+", " ", (m.group("pre") or "").lower())
    wd = WEEKDAYS[m.group("wd").lower()]
    part = m.group("part")
    code = PARTS_OF_DAY[part.lower()] if part else None
    anchor = "dct"
    which: str | None = None
    if pre in ("last", "past", "this past"):
        which = "last"
    elif pre in ("next", "coming", "this coming"):
        which = "next"
    elif pre == "this":
        which = "this"
    elif pre in ("the previous", "the preceding"):
        which, anchor = "last", "ref"
    elif pre in ("the following", "the next"):
        which, anchor = "next", "ref"
    # "Friday evening" is valued with its part of day ("2012-03-09TEV") as TimeML has it;
    # "Friday morning" and "Friday night" as the day, as most TempEval-3 annotations do.
    return Expr(
        "weekday",
        type="TIME" if code in ("EV", "AF") else "DATE",
        weekday=wd,
        which=which,
        anchor=anchor,
        part=code,
        mod=mod_of(pre),
    )


WEEKDAY_RULE = rule(
    "weekday",
    r"(?:(?P<pre>(?i:early|late|last|next|this\s+past|this\s+coming|this|coming|past|"
    r"the\s+previous|the\s+preceding|the\s+following|the\s+next))\s+)?"
    rf"(?P<wd>{WEEKDAY})(?:'s)?(?:\s+{_PART})?(?![\w-])",
    _weekday,
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
)

_DET_OFFSET: dict[str, tuple[int, str]] = {
    "this": (0, "dct"), "the current": (0, "dct"), "current": (0, "dct"),
    "last": (-1, "dct"), "past": (-1, "dct"), "the past": (-1, "dct"), "the last": (-1, "dct"),
    "next": (1, "dct"), "coming": (1, "dct"), "the coming": (1, "dct"),
    "the next": (1, "dct"), "the previous": (-1, "ref"), "previous": (-1, "ref"),
    "the preceding": (-1, "ref"), "the following": (1, "ref"), "following": (1, "ref"),
    "the same": (0, "ref"), "that": (0, "ref"), "the": (0, "dct"),
}  # fmt: skip


def _unit_rel(m: re.Match[str], text: str) -> Expr | None:
    det = re.sub(r"\s+", " ", m.group("det").lower())
    if m.group("unit")[0].isupper():
        return None
    unit = unit_name(m.group("unit"))
    if (
        det == "the"
        and unit == "year"
        and re.match(r"\s+(?:ended|ending|to\s+date|through)\b", text[m.end() :])
    ):
        return None
    offset, anchor = _DET_OFFSET[det]
    if det == "the" and unit not in ("year", "weekend") and not m.group("mod"):
        return None
    if det == "the next" and unit == "day":
        anchor = "ref"
    if unit == "day" and anchor == "dct":
        return None
    if det in ("the last", "the past") and unit == "day":
        return None
    if unit == "weekend" and offset == 0 and det in ("the", "this"):
        return Expr("weekday", weekday=5, which="this" if det == "this" else None, unit="weekend")
    return Expr("rel", unit=unit, offset=offset, anchor=anchor, mod=mod_of(m.group("mod")))


UNIT_REL = rule(
    "unit-relative",
    r"(?<![\w-])(?:(?P<mod>(?i:early|late|earlier|later|mid|the\s+end\s+of|the\s+beginning\s+of|"
    r"the\s+middle\s+of|the\s+start\s+of|end\s+of|beginning\s+of))[\s-]+)?"
    r"(?P<det>(?i:this|last|next|the\s+past|the\s+last|the\s+coming|the\s+current|"
    r"the\s+previous|the\s+preceding|the\s+following|the\s+next|the\s+same|that|the|past|"
    r"coming|current|previous|following))\s+"
    r"(?P<unit>(?i:day|week|weekend|month|year|quarter|decade|century))(?:'s)?(?![\w-])",
    _unit_rel,
    r"day|week|month|year|quarter|decade|century",
    (50, 16),
)

_SHIFT_SIGN = {
    "ago": (-1, "dct"), "earlier": (-1, "ref"), "before": (-1, "ref"), "previously": (-1, "ref"),
    "prior": (-1, "ref"), "later": (1, "ref"), "after": (1, "ref"), "from now": (1, "dct"),
    "hence": (1, "dct"),
}  # fmt: skip


def _shift(m: re.Match[str], text: str) -> Expr | None:
    count = number(m.group("n"))
    unit = unit_name(m.group("unit"))
    direction = re.sub(r"\s+", " ", m.group("dir").lower())
    sign, anchor = _SHIFT_SIGN[direction]
    if unit in ("second", "minute", "hour"):
        return None
    if count is None and anchor == "ref":
        return None
    value = None
    if direction in ("before", "after") and _PHRASE_AFTER.match(text, m.end()):
        value = f"P{'X' if count is None else count}{UNIT_CODES[unit]}"
    if unit == "quarter" and count is not None:
        unit, count = "month", count * 3
    vague = (m.group("approx") or "").split()[:1] not in ([], ["just"], ["only"], ["exactly"])
    return Expr(
        "shift",
        unit=unit,
        offset=None if count is None else sign * count,
        anchor=anchor,
        value=value,
        mod="APPROX" if vague else None,
    )


SHIFT = rule(
    "shift",
    rf"(?<![\w-])(?i:(?P<approx>{APPROX})?(?P<n>{NUM_WORD})[\s-]+(?P<unit>{UNIT})\s+"
    r"(?P<dir>ago|earlier|later|before|after|previously|prior|from\s+now|hence))(?![\w-])",
    _shift,
    r"ago|earlier|later|before|after|previously|prior|now|hence",
    (80, 16),
)


def _day_around(m: re.Match[str], text: str) -> Expr | None:
    unit = unit_name(m.group("unit"))
    sign = -1 if m.group("dir").lower() in ("before", "earlier") else 1
    value = None
    if m.group("dir").lower() in ("before", "after") and _PHRASE_AFTER.match(text, m.end()):
        value = f"P1{UNIT_CODES[unit]}"
    return Expr("shift", unit=unit, offset=sign, anchor="ref", value=value)


DAY_AROUND = rule(
    "day-around",
    r"(?<![\w-])(?i:the\s+(?P<unit>day|night|week|month|year)\s+(?P<dir>before|after|earlier|later))"
    r"(?![\w-])",
    _day_around,
    r"before|after|earlier|later",
    (24, 24),
)


def _next_part(m: re.Match[str], text: str) -> Expr | None:
    offset = {"next": 1, "following": 1, "previous": -1, "same": 0}[m.group("w").lower()]
    part = PARTS_OF_DAY[m.group("part").lower()]
    return Expr("rel", type="TIME", unit="day", offset=offset, anchor="ref", part=part)


NEXT_PART = rule(
    "next-part",
    r"(?<![\w-])(?i:the\s+(?P<w>next|following|previous|same)\s+" + _PART + r")(?![\w-])",
    _next_part,
    r"morning|afternoon|evening|night",
)


def _year_end(m: re.Match[str], text: str) -> Expr | None:
    if m.group("full"):
        offset = -1 if "latest" in m.group("full").lower() else 0
        return Expr("rel", unit="year", offset=offset)
    return Expr("rel", unit="year", offset=0, mod="LAST")


YEAR_END = rule(
    "year-end",
    r"(?<![\w-])(?i:(?:around\s+)?(?:the\s+)?year(?:-|\s+|'s\s+)end|"
    r"(?P<full>the\s+(?:full|current\s+fiscal|latest\s+fiscal|fiscal)\s+year))(?![\w-])",
    _year_end,
    r"year",
    (40, 24),
)


def _quarter_ref(m: re.Match[str], text: str) -> Expr | None:
    if m.group("ago"):
        return Expr("rel", unit="quarter", offset=-4, anchor="quarter")
    return Expr("rel", unit="quarter", offset=0, anchor="quarter")


QUARTER_REF = rule(
    "quarter-ref",
    r"(?<![\w-])(?i:(?:the\s+)?(?:comparable\s+|same\s+)?(?P<ago>year-ago|year-earlier|"
    r"year\s+ago|year\s+earlier)(?:\s+(?:quarter|period))?|(?:the|that|the\s+latest|"
    r"the\s+same|the\s+most\s+recent|the\s+recent)\s+(?:fiscal\s+)?quarter|"
    r"the\s+latest\s+period)(?![\w-])",
    _quarter_ref,
    r"quarter|year|period",
    (40, 24),
)


def _same_day(m: re.Match[str], text: str) -> Expr | None:
    return Expr("rel", unit="day", offset=0, anchor="ref")


SAME_DAY = rule(
    "same-day",
    r"(?<![\w-])(?i:(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+day|"
    r"the\s+same\s+day|later\s+on|earlier\s+on)(?![\w-])",
    _same_day,
    r"day|earlier|later",
)

RULES: tuple[Rule, ...] = (
    NEXT_PART,
    YEAR_END,
    SAME_DAY,
    QUARTER_REF,
    TODAY, PART_OF_DAY, REFERENCE, WEEKDAY_RULE, UNIT_REL, SHIFT, DAY_AROUND,
)  # fmt: skip
