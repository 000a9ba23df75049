"""Turn the temporal expressions of an article body into dated event mentions."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta

from timeline.core.records import Mention, Precision
from timeline.extract.dateline import parse_dateline
from timeline.extract.expr import Expr
from timeline.extract.resolve import resolve
from timeline.extract.sentences import split_sentences
from timeline.extract.tagger import Found, find
from timeline.extract.titles import make_title
from timeline.extract.topics import classify

log = logging.getLogger(__name__)

_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru)\s*")
_AND_GAP = re.compile(r"\s+and\s+")
_RUNS_GAP = re.compile(r"\s+and\s+(?:[a-z]+\s+){1,3}(?:through|until|till|to)\s+")
_HEADER = re.compile(r"^\s*(?:published|updated|posted|date|dated|filed)\b", re.I)
_WORD = re.compile(r"[A-Za-z]{2,}")
_DEADLINE = re.compile(r"\b(?:by|before|until|till)\s+$", re.I)


@dataclass(frozen=True, slots=True)
class _Dated:
    start: int
    end: int
    first: date
    last: date
    precision: Precision
    confidence: float
    sentence: int


def _confidence(found: Found) -> float:
    expr = found.expr
    if expr.kind == "cal":
        if expr.explicit:
            return 0.95 if expr.day is not None else 0.85
        return 0.85 if expr.day is not None else 0.7
    if expr.kind in ("rel", "clock"):
        return 0.6 if found.anchored else 0.85
    if expr.kind == "weekday":
        return 0.8 if found.direction is not None else 0.7
    if expr.kind == "shift":
        return 0.6
    if expr.kind == "holiday":
        return 0.95 if expr.explicit else 0.8
    return 0.5


def _coarse(back: tuple[int | None, str], dct: date) -> tuple[date, date, Precision]:
    """A wide interval ending on the publication day: "the past three years", "recent weeks"."""
    count, unit = back
    if unit in ("year", "decade", "century"):
        years = (count or 3) * (10 if unit == "decade" else 100 if unit == "century" else 1)
        return _years_back(dct, years), dct, "year"
    if unit in ("month", "quarter", "season"):
        months = (count or 3) * (3 if unit != "month" else 1)
        index = dct.year * 12 + dct.month - 1 - months
        year, month = divmod(index, 12)
        first = date(year, month + 1, min(dct.day, _month_last(year, month + 1).day))
        return first, dct, "month"
    if unit == "week":
        return dct - timedelta(weeks=count or 4), dct, "month"
    return dct - timedelta(days=count or 7), dct, "day"


def _years_back(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


_DAY = timedelta(days=1)
_NEAR = frozenset({"day", "night", "week"})


def _narrow(
    first: date, last: date, precision: Precision, found: Found, dct: date | None
) -> tuple[date, date, Precision]:
    """Apply "early", "mid", "late", "the end of", "earlier this", "later that" to an interval."""
    mod = found.expr.mod
    span = (last - first).days + 1
    if mod in ("EARLIER", "LATER"):
        pivot = found.ref if found.anchored else dct
        step = timedelta(0) if found.anchored else _DAY
        if pivot is not None and first <= pivot <= last:
            if mod == "EARLIER":
                return first, max(first, pivot - step), precision
            return min(last, pivot + step), last, precision
        return first, last, precision
    if mod is None:
        return first, last, precision
    if precision == "year" and span >= 365:
        year = first.year
        months = {"START": (1, 4), "MID": (5, 8), "END": (9, 12), "FIRST": (1, 1), "LAST": (12, 12)}
        lo, hi = months[mod]
        return date(year, lo, 1), _month_last(year, hi), "month"
    if precision == "month" and span >= 28:
        days = {
            "START": (1, 10),
            "FIRST": (1, 10),
            "MID": (11, 20),
            "END": (21, 31),
            "LAST": (21, 31),
        }
        lo, hi = days[mod]
        return first.replace(day=lo), min(last, first.replace(day=min(hi, last.day))), "month"
    if precision == "day" and span == 7:
        days = {"START": (0, 2), "FIRST": (0, 2), "MID": (1, 3), "END": (3, 6), "LAST": (3, 6)}
        lo, hi = days[mod]
        return first + lo * _DAY, first + hi * _DAY, "day"
    if precision == "decade" and span > 3000:
        years = {"START": (0, 3), "FIRST": (0, 3), "MID": (4, 6), "END": (7, 9), "LAST": (7, 9)}
        lo, hi = years[mod]
        return date(first.year + lo, 1, 1), date(first.year + hi, 12, 31), "decade"
    return first, last, precision


def _month_last(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - _DAY


def _single(found: Found, dct: date | None) -> _Dated | None:
    res = found.resolved
    expr = found.expr
    if expr.back is not None:
        if dct is None:
            return None
        first, last, precision = _coarse(expr.back, dct)
        return _Dated(found.start, found.end, first, last, precision, 0.3, found.sentence)
    if res.type not in ("DATE", "TIME") or res.start is None or res.end is None:
        return None
    if res.precision is None:
        return None
    if found.related:
        return None  # "two days before the March 4 election": the election is the mention
    if expr.kind == "shift" and (expr.mod == "APPROX" or (expr.value and expr.unit not in _NEAR)):
        return None  # "more than a year ago", "three months before the vote": too loose
    first, last, precision = _narrow(res.start, res.end, res.precision, found, dct)
    if expr.kind == "shift" and expr.unit == "week" and found.ref and expr.offset is not None:
        first = last = found.ref + timedelta(weeks=expr.offset)  # "a week ago": that day
    if expr.end is not None:
        end = _range_end(expr.end, first, dct)
        if end is not None and end >= first:
            last = end
    return _Dated(
        found.start, found.end, first, last, precision, _confidence(found), found.sentence
    )


def _range_end(end: Expr, first: date, dct: date | None) -> date | None:
    if end.kind == "cal" and end.year is None and end.month is not None:
        end = Expr("cal", year=first.year, month=end.month, day=end.day)
        res = resolve(end, dct, first, None)
        if res is not None and res.end is not None and res.end < first:
            later = Expr("cal", year=first.year + 1, month=end.month, day=end.day)
            res = resolve(later, dct, first, None)
        return res.end if res else None
    res = resolve(end, dct, first, None)
    return res.end if res else None


def _join(text: str, a: Found, b: Found, da: _Dated, db: _Dated) -> _Dated | None:
    """One range from two neighbouring expressions ("from X to Y", "Friday and Saturday")."""
    if a.sentence != b.sentence or da.precision != db.precision:
        return None
    gap = text[a.end : b.start]
    before = text[max(0, a.start - 12) : a.start].lower().split()
    opener = before[-1] if before else ""
    last = db.last
    if b.expr.kind == "weekday" and a.expr.kind in ("weekday", "rel"):
        step = (db.first.weekday() - da.first.weekday()) % 7
        last = da.first + timedelta(days=step)
    ok = False
    if _RANGE_GAP.fullmatch(gap):
        ok = opener in ("from", "between") or gap.strip() in ("-", "–", "—") or "through" in gap
    elif _AND_GAP.fullmatch(gap):
        ok = opener == "between" or (da.precision == "day" and last - da.last == timedelta(days=1))
    elif _RUNS_GAP.fullmatch(gap):
        ok = True
    if not ok or last < da.first:
        return None
    confidence = min(da.confidence, db.confidence)
    return _Dated(da.start, db.end, da.first, last, da.precision, confidence, da.sentence)


def extract_mentions(body: str, published: date | None) -> list[Mention]:
    """One mention per dated statement in an article ``body``.

    Relative expressions are resolved against ``published``; without it only
    dates written out with their year are used. The wire dateline, durations,
    repeated times and the publication date's own header are not mentions.
    """
    dateline = parse_dateline(body)
    skip_to = dateline[2] if dateline else 0
    sentences = split_sentences(body)
    found = [f for f in find(body, published, sentences) if f.start >= skip_to]
    if published is None:
        found = [f for f in found if f.expr.explicit]
    found = [f for f in found if not _is_deadline(body, f)]
    dated: list[tuple[Found, _Dated]] = []
    for f in found:
        d = _single(f, published)
        if d is not None:
            dated.append((f, d))
    merged: list[_Dated] = []
    i = 0
    while i < len(dated):
        f, d = dated[i]
        if i + 1 < len(dated):
            g, e = dated[i + 1]
            joined = _join(body, f, g, d, e)
            if joined is not None:
                merged.append(joined)
                i += 2
                continue
        merged.append(d)
        i += 1
    mentions: list[Mention] = []
    seen: set[tuple[int, date, date]] = set()
    for d in merged:
        s_start, s_end = sentences[d.sentence]
        if s_start < skip_to:
            s_start = skip_to
        sentence = body[s_start:s_end]
        if _is_header(sentence, d.start - s_start, d.end - s_start):
            continue
        key = (d.sentence, d.first, d.last)
        if key in seen:
            continue
        seen.add(key)
        lane, tags = classify(sentence)
        mentions.append(
            Mention(
                sentence=sentence,
                sentence_start=s_start,
                sentence_end=s_end,
                expression=body[d.start : d.end],
                expression_start=d.start,
                expression_end=d.end,
                start=d.first,
                end=d.last,
                precision=d.precision,
                confidence=d.confidence,
                title=make_title(sentence, d.start - s_start, d.end - s_start),
                lane=lane,
                tags=tuple(tags),
            )
        )
    return mentions


def _is_deadline(body: str, found: Found) -> bool:
    """True for a target date ("finish by the end of 2014", "before the middle of next year")."""
    if found.expr.mod not in ("END", "LAST", "MID"):
        return False
    return _DEADLINE.search(body, max(0, found.start - 12), found.start) is not None


def _is_header(sentence: str, start: int, end: int) -> bool:
    """True for a line that only carries a date ("Published: March 10, 2012")."""
    rest = sentence[:start] + " " + sentence[end:]
    return bool(_HEADER.match(sentence)) or len(_WORD.findall(rest)) < 3
