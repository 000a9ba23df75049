"""Find temporal expressions in text and resolve them against the publication day."""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache

from timeline.core.records import Timex
from timeline.extract import rules_cal, rules_rel, rules_span
from timeline.extract.expr import Expr, Resolved
from timeline.extract.holidays import HOLIDAY
from timeline.extract.resolve import resolve
from timeline.extract.rules import MONTH_TRIGGER, Rule
from timeline.extract.sentences import split_sentences
from timeline.extract.story import StoryTime
from timeline.extract.tense import direction

log = logging.getLogger(__name__)

#: Earlier rules win ties between candidates of the same length.
RULES: tuple[Rule, ...] = rules_cal.RULES + rules_rel.RULES + rules_span.RULES + (HOLIDAY,)
_PRIORITY = {r.name: i for i, r in enumerate(RULES)}

_DATELINE_HEAD = re.compile(r"\s*[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .'-]{1,30})?,\s*")
_DATELINE_TAIL = re.compile(r"\s*(?:,\s*\d{4}\s*)?(?:\([^)\n]{1,40}\)\s*)?(?:--|—|–|-|_|:)")
_APPOSITION = re.compile(r",?\s*(?:on|in|at)?\s*")
_CLOCK_DAY_GAP = re.compile(r",?\s+(?:on\s+)?$")
_CLOCK_ASIDE_DAY_GAP = re.compile(r"\s*\([^()\n]{1,30}\),?\s+(?:on\s+)?")
_DAY_CLOCK_GAP = re.compile(r"^,?\s+(?:at|around|about|by|from|until|before|after)\s+$")


@dataclass(frozen=True, slots=True)
class Found:
    """One temporal expression in the text, with its meaning and resolution."""

    start: int
    end: int
    text: str
    rule: str
    expr: Expr
    resolved: Resolved
    sentence: int
    direction: int | None
    anchored: bool
    ref: date | None = None
    #: True when the expression only places another one ("two days before the
    #: March 4 vote") or is a wire dateline: tagged, but not an event of its own.
    related: bool = False


def as_date(dct: date | datetime | None) -> date | None:
    """The calendar day of a publication date or datetime."""
    if isinstance(dct, datetime):
        return dct.date()
    return dct


def _candidates(text: str) -> list[tuple[int, int, str, Expr]]:
    found: list[tuple[int, int, str, Expr]] = []
    lowered = text.lower()
    hits: dict[re.Pattern[str], list[tuple[int, int]]] = {}
    for r in RULES:
        for match in _matches(r, text, lowered, hits):
            if match.end() == match.start():
                continue
            try:
                expr = r.build(match, text)
            except (ValueError, KeyError, AttributeError) as error:
                log.debug("rule %s failed on %r: %s", r.name, match.group(), error)
                continue
            if expr is not None:
                found.append((match.start(), match.end(), r.name, expr))
    return found


def _matches(
    r: Rule, text: str, lowered: str, hits: dict[re.Pattern[str], list[tuple[int, int]]]
) -> list[re.Match[str]]:
    """The rule's matches, searched only in windows around its trigger's hits.

    ``hits`` caches each trigger's hits, since several rules share a trigger.
    """
    if r.needs and r.needs not in lowered:
        return []
    if r.trigger is None:
        return list(r.regex.finditer(text))
    if r.trigger not in hits:
        hits[r.trigger] = _trigger_hits(r.trigger, lowered)
    found: list[re.Match[str]] = []
    lo = hi = -1
    back, ahead = r.window
    for hit_start, hit_end in hits[r.trigger]:
        start, end = max(0, hit_start - back), min(len(text), hit_end + ahead)
        if start <= hi:
            hi = end
            continue
        if hi > lo:
            found.extend(r.regex.finditer(text, lo, hi))
        lo, hi = start, end
    if hi > lo:
        found.extend(r.regex.finditer(text, lo, hi))
    return found


_LITERAL_ALTERNATION = re.compile(r"[a-z ]+(?:\|[a-z ]+)*")


#: Rare triggers and the strings one of which each of their hits contains.
_TRIGGER_NEEDS = {
    r"\d0'?s\b|'\d0s|(?:twen|thir|for|fif|six|seven|eigh|nine)ties\b": ("0s", "0's", "ties"),
    r"\d:\d\d": (":",),
}


#: Triggers and the strings one of which each of their hits starts with.
_TRIGGER_STARTS = {
    MONTH_TRIGGER: (
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ),
    r"every|each|daily|weekly|monthly|annually|yearly|days\b": (
        "every", "each", "daily", "weekly", "monthly", "annually", "yearly", "days",
    ),
}  # fmt: skip


def _hits_from(
    trigger: re.Pattern[str], lowered: str, starts: tuple[str, ...]
) -> list[tuple[int, int]]:
    """``trigger.finditer`` spans, trying the pattern only where one of ``starts`` begins."""
    places: set[int] = set()
    for word in starts:
        at = lowered.find(word)
        while at >= 0:
            places.add(at)
            at = lowered.find(word, at + 1)
    spans: list[tuple[int, int]] = []
    end = 0
    for at in sorted(places):
        if at < end:
            continue
        hit = trigger.match(lowered, at)
        if hit is not None and hit.end() > at:
            spans.append(hit.span())
            end = hit.end()
    return spans


@cache
def _literal_words(trigger: re.Pattern[str]) -> tuple[str, ...] | None:
    """The words of a trigger that is a plain alternation of lowercase words, else None."""
    if _LITERAL_ALTERNATION.fullmatch(trigger.pattern) and not trigger.flags & re.IGNORECASE:
        return tuple(trigger.pattern.split("|"))
    return None


def _trigger_hits(trigger: re.Pattern[str], lowered: str) -> list[tuple[int, int]]:
    """The spans ``trigger.finditer(lowered)`` yields, found with ``str.find`` when it can."""
    words = _literal_words(trigger)
    if words is None:
        needs = _TRIGGER_NEEDS.get(trigger.pattern)
        if needs is not None and not any(n in lowered for n in needs):
            return []
        starts = _TRIGGER_STARTS.get(trigger.pattern)
        if starts is not None:
            return _hits_from(trigger, lowered, starts)
        return [h.span() for h in trigger.finditer(lowered)]
    found: list[tuple[int, int, int]] = []
    for rank, word in enumerate(words):
        at = lowered.find(word)
        while at >= 0:
            found.append((at, rank, at + len(word)))
            at = lowered.find(word, at + 1)
    found.sort()  # at one place the first alternative wins, as in the regex
    spans: list[tuple[int, int]] = []
    end = 0
    for start, _, stop in found:
        if start >= end:
            spans.append((start, stop))
            end = stop
    return spans


def _select(cands: list[tuple[int, int, str, Expr]]) -> list[tuple[int, int, str, Expr]]:
    """Keep the longest candidates that do not overlap (earlier rules win ties)."""
    cands.sort(key=lambda c: (c[0] - c[1], _PRIORITY[c[2]], c[0]))
    taken: list[tuple[int, int, str, Expr]] = []
    starts: list[int] = []
    for cand in cands:
        i = bisect.bisect_left(starts, cand[0])
        if i > 0 and taken[i - 1][1] > cand[0]:
            continue
        if i < len(taken) and taken[i][0] < cand[1]:
            continue
        taken.insert(i, cand)
        starts.insert(i, cand[0])
    return taken


def _attach_clocks(text: str, picked: list[tuple[int, int, str, Expr]]) -> list:
    """Join "10 p.m. Wednesday" into one TIME; give "Friday at 3 p.m." its day."""
    out: list[tuple[int, int, str, Expr]] = []
    i = 0
    while i < len(picked):
        start, end, name, expr = picked[i]
        if expr.kind == "clock" and i + 1 < len(picked):
            nxt = picked[i + 1]
            if _is_day(nxt[3]) and _CLOCK_DAY_GAP.fullmatch(text[end : nxt[0]]):
                out.append((start, nxt[1], name, replace(expr, base=nxt[3])))
                i += 2
                continue
            if _is_day(nxt[3]) and _CLOCK_ASIDE_DAY_GAP.fullmatch(text[end : nxt[0]]):
                expr = replace(expr, base=nxt[3])  # "10:35 a.m. (0735 GMT) Friday": two spans
        if (
            expr.kind == "clock"
            and out
            and _is_day(out[-1][3])
            and _DAY_CLOCK_GAP.match(text[out[-1][1] : start])
        ):
            expr = replace(expr, base=out[-1][3])
        out.append((start, end, name, expr))
        i += 1
    return out


def _in_dateline(text: str, start: int, end: int) -> bool:
    """True for the date of a wire dateline ("WASHINGTON, August 11 (Xinhua) --")."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(
        _DATELINE_HEAD.fullmatch(text, line_start, start) and _DATELINE_TAIL.match(text, end)
    )


_LEAD_TRIM = re.compile(
    r"(?:(?i:earlier|later)\s+(?=(?i:this|that|next|last)\b)|(?i:right)\s+(?=now)|"
    r"(?i:its)\s+|(?i:at)\s+(?=about\b))"
)


def _trim(text: str, cand: tuple[int, int, str, Expr]) -> tuple[int, int, str, Expr]:
    """TimeML spans leave out a possessive "'s", "its", and "earlier"/"later" before "this"."""
    start, end, name, expr = cand
    if text.endswith(("'s", "’s"), start, end) and end - start > 4:
        end -= 2
    lead = _LEAD_TRIM.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    return start, end, name, expr


def _tensed(expr: Expr) -> bool:
    """True when the sentence's tense can change what ``expr`` resolves to."""
    if expr.kind in ("weekday", "holiday", "shift"):
        return True
    if expr.kind == "clock":
        return expr.base is not None and _tensed(expr.base)
    if expr.kind == "cal":
        return expr.year is None and expr.year_offset is None and not expr.explicit
    return False


def _is_day(expr: Expr) -> bool:
    if expr.kind == "weekday" and expr.unit != "weekend":
        return True
    if expr.kind == "rel" and expr.unit == "day":
        return True
    return expr.kind == "cal" and expr.day is not None and expr.end is None


def find(
    text: str, dct: date | datetime | None, sentences: list[tuple[int, int]] | None = None
) -> list[Found]:
    """Every temporal expression in ``text``, resolved, in text order."""
    day = as_date(dct)
    if sentences is None:
        sentences = split_sentences(text)
    sent_starts = [s for s, _ in sentences]
    picked = [_trim(text, c) for c in _attach_clocks(text, _select(_candidates(text)))]
    results: list[Found] = []
    story = StoryTime(day)
    for i, (start, end, name, expr) in enumerate(picked):
        index = max(0, bisect.bisect_right(sent_starts, start) - 1)
        s_start, s_end = sentences[index] if sentences else (0, len(text))
        sentence = text[s_start:s_end]
        tense = direction(sentence, start - s_start, end - s_start) if _tensed(expr) else None
        expr = story.rewrite(expr, index)
        next_day = None
        related = False
        if expr.kind == "shift" and i + 1 < len(picked):
            nxt = picked[i + 1][3]
            gap = text[end : picked[i + 1][0]]
            if expr.value and len(gap) <= 2 and not story.uses_ref(nxt):
                ahead = resolve(nxt, day, day, tense)
                if ahead is not None and ahead.precision == "day":
                    next_day = ahead.start
                    expr = replace(expr, value=None)
                    related = True
            elif expr.value and picked[i + 1][0] < s_end and len(gap) <= 60:
                related = not re.search(r"[,;]", gap)  # "three months before the March 4 vote"
            elif expr.value is None:
                related = _APPOSITION.fullmatch(gap) is not None  # "The day before, on Friday"
        if expr.kind == "shift" and expr.value and expr.offset is not None:
            # "The vote came a day after <the bombing>": the story's day is the vote's,
            # the expression dates the bombing.
            expr = replace(expr, offset=-expr.offset)
        related = related or (start < 200 and _in_dateline(text, start, end))
        ref = story.anchor(expr, index, next_day)
        resolved = resolve(expr, day, ref, tense)
        if resolved is None:
            continue
        uses_ref = story.uses_ref(expr)
        results.append(
            Found(
                start,
                end,
                text[start:end],
                name,
                expr,
                resolved,
                index,
                tense,
                uses_ref,
                ref,
                related,
            )
        )
        story.note(expr, resolved, index)
    return _quoted_days(text, sentences, results, day)


def _inside_quote(text: str, sentence_start: int, position: int) -> bool:
    before = text[sentence_start:position]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _quoted_days(
    text: str, sentences: list[tuple[int, int]], found: list[Found], dct: date | None
) -> list[Found]:
    """ "We will vote tomorrow," he said on Thursday: the quote's day counts from Thursday."""
    out = list(found)
    for i, f in enumerate(found):
        if not (f.expr.kind == "rel" and f.expr.unit == "day" and f.expr.anchor == "dct"):
            continue
        s_start = sentences[f.sentence][0] if sentences else 0
        if not _inside_quote(text, s_start, f.start):
            continue
        said = [
            g.resolved.start
            for g in found
            if g.sentence == f.sentence
            and g is not f
            and g.resolved.precision == "day"
            and g.resolved.start == g.resolved.end
            and not _inside_quote(text, s_start, g.start)
        ]
        if not said or said[0] is None:
            continue
        expr = replace(f.expr, anchor="ref")
        resolved = resolve(expr, dct, said[0], f.direction)
        if resolved is not None:
            out[i] = replace(f, expr=expr, resolved=resolved, anchored=True, ref=said[0])
    return out


def tag(text: str, dct: date | datetime | None) -> list[Timex]:
    """Every DATE, TIME, DURATION and SET expression in ``text`` with its TimeML value.

    "Two days after the vote" is a DURATION here, as TimeML has it; the mention
    extractor still dates it from the story.
    """
    out = []
    for f in find(text, dct):
        if f.expr.kind in ("shift", "rel") and f.expr.value:
            out.append(Timex(f.start, f.end, f.text, "DURATION", f.expr.value))
            continue
        pair = _AND_DAY.search(f.text) if f.expr.end is not None else None
        value = f.resolved.value
        day = _IN_THE_DAY.fullmatch(f.text)
        if day:  # "later in the day": TimeML tags "the day"
            start = f.start + day.start("day")
            out.append(Timex(start, f.end, text[start : f.end], f.resolved.type, value))
            continue
        if pair and len(value) == 10 and f.expr.end is not None and f.expr.end.day:
            # "April 24 and 25": two dates in TimeML, the second a bare day
            cut, second = f.start + pair.start(), f.start + pair.start("day")
            out.append(Timex(f.start, cut, text[f.start : cut], f.resolved.type, value))
            day_value = f"{value[:8]}{f.expr.end.day:02d}"
            out.append(Timex(second, f.end, text[second : f.end], f.resolved.type, day_value))
            continue
        out.append(Timex(f.start, f.end, f.text, f.resolved.type, value))
    return out


_IN_THE_DAY = re.compile(r"(?i:earlier|later)\s+in\s+(?P<day>(?i:the)\s+day)")
_AND_DAY = re.compile(r"\s+and\s+(?P<day>\d{1,2})$")
