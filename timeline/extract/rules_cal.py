"""Tagger rules for calendar expressions: written dates, months, years, seasons, decades."""

from __future__ import annotations

import re

from timeline.extract.expr import Expr
from timeline.extract.lexicon import (
    AMBIGUOUS_MONTHS,
    DATE_CUES,
    DAYNUM,
    DECADE_WORDS,
    EVENT_NOUNS,
    MON,
    MONTHS,
    ORDINALS,
    SEASONS,
    WEEKDAY,
    YEAR,
)
from timeline.extract.rules import (
    MOD,
    MONTH_TRIGGER,
    Rule,
    day_number,
    mod_of,
    month_number,
    rule,
    starts_sentence,
    word_after,
    word_before,
)

_DASH = r"\s*(?:-|–|—)\s*"
_RANGE_WORD = r"(?:\s*(?:-|–|—)\s*|\s+(?:to|through|until|till|and|or)\s+)"

#: Nouns after "the 2010 ..." that make the year part of a name, not a date.
_NAME_NOUNS = frozenset(
    {
        "treaty", "agreement", "accord", "accords", "law", "act", "resolution", "plan",
        "budget", "report", "census", "constitution", "declaration", "protocol", "convention",
        "edition", "model", "version", "strategy", "framework", "document", "doctrine",
        "deal", "pact", "charter", "bill", "memorandum", "roadmap", "guidelines", "rules",
        "standard", "standards", "target", "targets", "levels", "level", "limits", "ceiling",
    }
)  # fmt: skip
_NAME_AFTER = re.compile(
    r"^(?:\s+[A-Za-z][\w.-]*){0,4}?\s+(?:" + "|".join(sorted(_NAME_NOUNS)) + r"|amendment|"
    r"amendments|accords|protocols|treaties|agreements|laws|resolutions|decree)\b"
)
_COUNT_AFTER = re.compile(r"^\s*(?:%|percent\b|per\s+cent\b|[-–]\s*\d|\.\d|,\d)")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this"})


def _valid(month: int, day: int) -> bool:
    return 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


def _month_day(m: re.Match[str], text: str) -> Expr | None:
    month = month_number(m.group("mon"))
    day = day_number(m.group("d1"))
    if not _valid(month, day):
        return None
    year = int(m.group("y")) if m.group("y") else None
    which = (m.groupdict().get("which") or "").lower() or None
    if which in ("this past", "past"):
        which = "last"
    if which and year is not None:
        return None
    end = None
    if m.group("d2"):
        month2 = month_number(m.group("mon2")) if m.group("mon2") else month
        day2 = day_number(m.group("d2"))
        if not _valid(month2, day2) or (month2, day2) <= (month, day):
            return None
        end = Expr("cal", year=year, month=month2, day=day2)
    yrel = (m.groupdict().get("yrel") or "").lower()
    if yrel:
        offset = {"last": -1, "this": 0, "next": 1}[yrel]
        return Expr("cal", month=month, day=day, end=end, year_offset=offset)
    return Expr("cal", year=year, month=month, day=day, end=end, which=which)


MDY = rule(
    "month-day",
    r"(?:(?P<which>(?i:last|next|this\s+past|past))\s+)?"
    rf"(?:{WEEKDAY},?\s+)?(?P<mon>{MON})\s+(?P<d1>{DAYNUM})"
    rf"(?:{_RANGE_WORD}(?:(?P<mon2>{MON})\s+)?(?P<d2>{DAYNUM}))?(?:,?\s+(?P<y>{YEAR})|"
    r"(?:\s+of)?\s+(?P<yrel>(?i:last|next|this))\s+year)?(?![\w-])",
    _month_day,
    MONTH_TRIGGER,
)


def _day_month(m: re.Match[str], text: str) -> Expr | None:
    closed = m.group("d2") and m.group("rw").strip() in ("to", "and", "until", "till", "through")
    if closed and word_before(text, m.start()).lower() not in ("from", "between"):
        return None
    return _month_day(m, text)


DMY = rule(
    "day-month",
    rf"(?<![\d.,$£€])(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<d1>{DAYNUM})"
    rf"(?:(?P<rw>{_RANGE_WORD})(?:the\s+)?(?P<d2>{DAYNUM}))?(?:\s+of)?\s+(?P<mon>{MON})"
    rf"(?P<mon2>)(?:,?\s+(?P<y>{YEAR}))?(?![\w-])",
    _day_month,
    MONTH_TRIGGER,
)


def _iso(m: re.Match[str], text: str) -> Expr | None:
    month, day = int(m.group("m")), int(m.group("d"))
    if not _valid(month, day):
        return None
    return Expr("cal", year=int(m.group("y")), month=month, day=day)


ISO = rule(
    "iso",
    rf"(?<![\d-])(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])",
    _iso,
    r"\d[-/]\d",
)
SLASHED = rule(
    "slashed",
    rf"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>{YEAR})(?![\d/])",
    _iso,
    r"\d[-/]\d",
)


def _month_year(m: re.Match[str], text: str) -> Expr | None:
    return Expr(
        "cal",
        year=int(m.group("y")),
        month=month_number(m.group("mon")),
        mod=mod_of(m.group("mod")),
    )


MONTH_YEAR = rule(
    "month-year",
    rf"{MOD}(?P<mon>{MON})(?:\s+of|,)?\s+(?P<y>{YEAR})(?![\w-])",
    _month_year,
    MONTH_TRIGGER,
)


def _month(m: re.Match[str], text: str) -> Expr | None:
    word = m.group("mon").rstrip(".").lower()
    which = (m.group("which") or "").lower() or None
    yrel = (m.group("yrel") or "").lower()
    mod = mod_of(m.group("mod"))
    after = word_after(text, m.end())
    if after == "of" and not re.match(r"\s+of\s+(?:this|last|next)\s+year", text[m.end() :]):
        return None
    if not (which or yrel or mod):
        before = word_before(text, m.start())
        cued = before.lower() in DATE_CUES
        if before.lower() == "the" and after.rstrip("s") in EVENT_NOUNS:
            cued = True  # "the March accession", "the May elections"
        if len(word) == 3 or word in AMBIGUOUS_MONTHS:
            named = after[:1].isupper() and text[m.end() : m.end() + 1] == " "
            bare_abbreviation = (
                len(word) == 3 and word != "may" and not m.group("mon").endswith(".")
            )
            if not cued or named or bare_abbreviation:
                return None
        elif before[:1].isupper() and not cued and not starts_sentence(text, m.start()):
            return None
    if which == "past":
        which = "last"
    if which == "coming":
        which = "next"
    offsets = {"last": -1, "this": 0, "next": 1}
    if yrel:
        return Expr("cal", month=MONTHS[word], year_offset=offsets[yrel], mod=mod)
    return Expr("cal", month=MONTHS[word], which=which, mod=mod)


MONTH = rule(
    "month",
    rf"{MOD}(?:(?P<which>(?i:last|next|this|past|coming))\s+)?(?P<mon>{MON})"
    r"(?:\s+(?P<yrel>(?i:last|next|this))\s+year)?(?![\w-])",
    _month,
    MONTH_TRIGGER,
)


def _year(m: re.Match[str], text: str) -> Expr | None:
    year = int(m.group("y"))
    mod = mod_of(m.group("mod"))
    if _COUNT_AFTER.match(text[m.end() :]):
        return None
    if not (mod or m.group("fiscal")):
        before = word_before(text, m.start())
        lead = text[max(0, m.start() - 3) : m.start()]
        if re.search(r"[$£€#]\s*$|No\.\s*$", lead):
            return None
        after = word_after(text, m.end())
        cued = before.lower() in DATE_CUES
        if before.lower() in _DETERMINERS and _NAME_AFTER.match(text[m.end() : m.end() + 60]):
            return None
        if not cued:
            capital = (
                before[:1].isupper()
                and before.lower() not in _DETERMINERS
                and not starts_sentence(text, m.start())
            )
            if capital and before.lower().rstrip(".") not in MONTHS:
                return None
            if after.lower() in _NAME_NOUNS and before.lower() in _DETERMINERS:
                return None
            if not m.group("poss") and re.fullmatch(r"[a-z]+s", after) and after not in (
                "was", "has", "is", "saw", "marks", "brings", "sees", "as", "its", "this",
            ):  # fmt: skip
                return None
        elif after.lower() in _NAME_NOUNS and before.lower() in _DETERMINERS:
            return None
        if year < 1700:
            return None
    return Expr("cal", year=year, mod=mod)


YEAR_RULE = rule(
    "year",
    rf"(?<![\w$€£#/.,:'-]){MOD}(?:(?P<fiscal>(?i:fiscal|FY))\s*)?(?P<y>{YEAR})(?P<poss>'s)?"
    r"(?![\w-]|'s?\b)",
    _year,
    r"\d\d\d\d",
)


def _decade(m: re.Match[str], text: str) -> Expr | None:
    if m.group("dec"):
        decade = int(m.group("dec")) // 10
    elif m.group("short"):
        short = int(m.group("short"))
        decade = (190 if short >= 20 else 200) + short // 10
    else:
        if not m.group("the"):
            return None
        decade = 190 + DECADE_WORDS[m.group("word").lower()] // 10
    return Expr("cal", decade=decade, mod=mod_of(m.group("mod")))


DECADE = rule(
    "decade",
    r"(?:(?P<the>(?i:the))\s+)?(?:(?P<mod>(?i:early|mid|late))[\s-]+)?"
    r"(?:(?P<dec>(?:1[6-9]|20)\d0)'?s|'(?P<short>\d0)s|(?P<word>(?i:twenties|thirties|forties|"
    r"fifties|sixties|seventies|eighties|nineties)))(?![\w'-])",
    _decade,
    r"\d0'?s\b|'\d0s|(?:twen|thir|for|fif|six|seven|eigh|nine)ties\b",
)


def _century(m: re.Match[str], text: str) -> Expr | None:
    word = m.group("ord").lower()
    number = ORDINALS.get(word) or int(re.match(r"\d+", word).group())  # type: ignore[union-attr]
    return Expr("cal", century=number - 1, mod=mod_of(m.group("mod")))


CENTURY = rule(
    "century",
    rf"(?:(?i:the)\s+)?{MOD}(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|(?i:{'|'.join(ORDINALS)}))"
    r"[\s-]+(?i:century)(?![\w-])",
    _century,
    r"century",
)


def _season(m: re.Match[str], text: str) -> Expr | None:
    det = re.sub(r"\s+", " ", (m.group("det") or "").lower())
    code = SEASONS[m.group("s").lower()]
    year = int(m.group("y")) if m.group("y") else None
    mod = mod_of(m.group("mod"))
    if m.group("s")[0].isupper() and not starts_sentence(text, m.start("s")) and year is None:
        return None
    if year is None:
        if not (det or mod) and word_before(text, m.start()).lower() not in (
            "in", "during", "by", "since", "until", "through", "over", "throughout", "this",
        ):  # fmt: skip
            return None
        if det == "the" and word_after(text, m.end()) == "of":
            return None
        if code == "FA" and not det:
            return None
    which = {"last": "last", "this past": "last", "past": "last", "next": "next"}.get(det)
    if det in ("coming", "this coming"):
        which = "next"
    if det == "this":
        which = "this"
    return Expr("cal", year=year, sub=code, which=which, mod=mod)


SEASON = rule(
    "season",
    rf"{MOD}(?:(?P<det>(?i:this\s+past|this\s+coming|this|last|next|the|past|coming))\s+)?"
    rf"(?P<s>(?i:spring|summer|autumn|fall|winter))(?:(?:\s+of)?,?\s+(?P<y>{YEAR}))?(?![\w-])",
    _season,
    r"spring|summer|autumn|fall|winter",
)


def _quarter(m: re.Match[str], text: str) -> Expr | None:
    half = m.group("unit").lower() == "half"
    ordinal = m.group("ord").lower()
    number = (2 if half else 4) if ordinal == "last" else ORDINALS[ordinal]
    sub = f"H{number}" if half else f"Q{number}"
    if (sub.startswith("H") and number > 2) or number > 4:
        return None
    before = (m.group("py") or "").lower()  # "the 1988 second quarter", "next year's first"
    if before and m.group("y"):
        return None
    if ordinal == "last" and not (m.group("y") or before):
        return None  # "the last quarter" is the one before, not the fourth
    yword = before.replace("'s", "").replace("\u2019s", "") or (m.group("y") or "").lower()
    if re.fullmatch(r"\d{4}", yword):
        return Expr("cal", year=int(yword), sub=sub)
    if sub.startswith("H") and not yword:
        return None
    if yword:
        offset = {"this": 0, "the": 0, "last": -1, "next": 1}[yword.split()[0]]
        return Expr("cal", sub=sub, year_offset=offset)
    det = (m.group("det") or "").lower()
    if det in ("last", "next"):
        return Expr("cal", sub=sub, which=det)
    return Expr("cal", sub=sub)


QUARTER = rule(
    "quarter",
    r"(?:(?P<det>(?i:the|this|last|next|its))\s+)?(?:(?i:fiscal)[\s-]+)?"
    rf"(?:(?P<py>{YEAR}|(?i:this|last|next)\s+year['\u2019]s)\s+)?"
    r"(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|last))[\s-]+"
    r"(?P<unit>(?i:quarter|half))"
    rf"(?:\s+(?i:of)\s+(?P<y>{YEAR}|(?i:this|last|next)\s+year|(?i:the\s+year)))?(?![\w-])",
    _quarter,
    r"quarter|half",
)


def _week_of(m: re.Match[str], text: str) -> Expr | None:
    inner = MDY.regex.fullmatch(m.group("date")) or DMY.regex.fullmatch(m.group("date"))
    if inner is None:
        return None
    found = _month_day(inner, m.group("date"))
    if found is None or found.end is not None:
        return None
    return Expr("cal", year=found.year, month=found.month, day=found.day, unit="week")


WEEK_OF = rule(
    "week-of",
    rf"(?i:the\s+week\s+of)\s+(?P<date>{MON}\s+{DAYNUM}(?:,?\s+{YEAR})?"
    rf"|{DAYNUM}\s+{MON}(?:,?\s+{YEAR})?)(?![\w-])",
    _week_of,
    MONTH_TRIGGER,
    needs="week",
)

_UNITS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip


def _spelled_year(m: re.Match[str], text: str) -> Expr | None:
    if m.group("thousand"):
        extra = m.group("extra")
        return Expr("cal", year=2000 + (_UNITS_WORDS.get(extra.lower(), 0) if extra else 0))
    century = 1900 if m.group("c").lower() == "nineteen" else 1800
    tens = m.group("tens").lower()
    value = _TEENS.get(tens) or _TENS.get(tens, 0)
    if m.group("unit"):
        value += _UNITS_WORDS[m.group("unit").lower()]
    return Expr("cal", year=century + value)


SPELLED_YEAR = rule(
    "spelled-year",
    r"(?<![\w-])(?:(?i:the\s+year\s+)?(?P<thousand>(?i:two\s+thousand))"
    r"(?:(?i:\s+and)?\s+(?P<extra>(?i:one|two|three|four|five|six|seven|eight|nine)))?|"
    r"(?P<c>(?i:nineteen|eighteen))\s+(?P<tens>(?i:twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen))(?:[\s-](?P<unit>(?i:one|two|three|four|five|six|seven|eight|nine)))?)"
    r"(?![\w-])",
    _spelled_year,
    r"thousand|nineteen|eighteen",
)

RULES: tuple[Rule, ...] = (
    SPELLED_YEAR,
    WEEK_OF,
    MDY, DMY, ISO, SLASHED, MONTH_YEAR, MONTH, YEAR_RULE, DECADE, CENTURY, SEASON, QUARTER,
)  # fmt: skip
