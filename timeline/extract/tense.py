"""Guess whether the words around a date talk about the past or the future."""

from __future__ import annotations

import re

from timeline.extract.lexicon import FUTURE_CUES, MODAL_CUES, SCHEDULE_CUES

#: ``direction`` values: looking back, looking ahead, and ahead with today included.
PAST, FUTURE, AHEAD_TODAY = -1, 1, 2

_FUTURE = re.compile(FUTURE_CUES, re.IGNORECASE)
_MODAL = re.compile(MODAL_CUES)
_SCHEDULE = re.compile(SCHEDULE_CUES, re.IGNORECASE)
_WEEKDAY_FIRST = re.compile(
    r"(?:(?:early|late|this|next|coming)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
)

#: Reporting verbs frame the story ("..., the White House said"); they say nothing
#: about when the reported event happens.
_REPORTING = frozenset(
    {
        "said", "told", "reported", "added", "noted", "stated", "explained", "wrote",
        "declared", "insisted", "stressed", "emphasized", "emphasised", "underlined",
        "commented", "remarked", "recalled", "confirmed", "indicated", "suggested",
        "quoted", "cited", "asked", "replied", "responded", "continued",
    }
)  # fmt: skip

_IRREGULAR_PAST = (
    "was|were|had|did|won|lost|met|made|took|came|went|began|held|left|gave|saw|became|"
    "fell|rose|ran|sent|spoke|led|brought|thought|found|got|kept|struck|chose|drove|flew|"
    "sought|fought|bought|caught|beat|broke|spent|stood|withdrew|drew|grew|knew|threw|"
    "shot|sat|paid|laid|hung|swore|wore|woke|forgave|froze|overtook|undertook|underwent|"
    "arose|sold|meant|felt|dealt|heard|built|lent|bent|slid|split|quit|shut|upheld|"
    "began|forbade|oversaw|unveiled|has\\s+been|have\\s+been|ago|earlier|last|yesterday"
)
_PAST = re.compile(rf"\b(?:{_IRREGULAR_PAST}|[a-z]{{2,}}ed)\b")

#: Words ending in -ed that are not verbs in the past tense (or say nothing of time).
_NOT_PAST = frozenset(
    {
        "need", "speed", "seed", "feed", "bed", "red", "shed", "indeed", "united", "based",
        "called", "so-called", "proposed", "planned", "scheduled", "expected", "supposed",
        "detailed", "limited", "advanced", "related", "concerned", "interested", "married",
        "elected", "armed", "allied", "hundred", "biased",
        "unprecedented", "embed", "creed", "greed", "sacred", "naked", "wicked",
        "coordinated", "qualified", "experienced", "skilled", "committed", "dedicated",
        "designed", "used", "aimed", "intended", "disputed", "contested", "troubled",
        "alleged", "unspecified", "untouched", "unexpected", "unnamed", "unidentified",
        "unarmed", "unresolved", "unconfirmed", "unprovoked", "undisclosed", "unemployed",
        "unopposed", "undecided", "unlimited", "unfounded", "unchanged", "unrelated",
        "unexplained", "unwanted", "unscheduled", "unprepared",
    }
)  # fmt: skip

_AUXILIARY = re.compile(
    r"\b(?:be|been|being|is|are|am|to|will|would|can|could|may|might|must|should|get|gets|"
    r"not|also|already|yet|being|be\s+\w+ly|the|a|an|its|their|his|her|our)\s+$"
)

_WINDOW_BEFORE = 110
_WINDOW_AFTER = 50


_REPORTED_ON = re.compile(
    r"\b(?:said|told|announced|reported|declared|confirmed|stated|added|wrote)"
    r"(?:\s+(?!(?:it|he|she|they|that|to|would|will|could|might|may)\b)[\w'-]+){0,4}?"
    r"(?:\s+on)?\s+$"
)
_REPORTING_AFTER = re.compile(
    r"\s*,?\s*(?:said|told|announced|reported|declared|confirmed|stated|added|wrote)\b"
)
_FOR_DAY = re.compile(r"\bfor\s+$")
_PAST_FIXED = frozenset({"was", "were", "had", "did", "ago", "earlier", "last", "yesterday"})


def direction(sentence: str, start: int, end: int) -> int | None:
    """-1 when the clause around ``sentence[start:end]`` looks back, +1 ahead, None unknown.

    2 means ahead with the publication day itself possible ("the summit opens
    on Sunday", written on Sunday).

    A reporting verb right before the date ("said on Friday") dates the report,
    which looks back. Otherwise the cue nearest to the expression wins (future
    cues: "will", "is due to", "plans to", "looks forward to" ...; past cues:
    verbs in the past tense other than reporting verbs); cues across a comma
    count less, and a tie goes to the future cue.
    """
    before = sentence[max(0, start - 40) : start]
    if _REPORTED_ON.search(before) or _REPORTING_AFTER.match(sentence, end):
        return -1
    lo = max(0, start - _WINDOW_BEFORE)
    hi = min(len(sentence), end + _WINDOW_AFTER)
    best: tuple[int, int] | None = None
    if _FOR_DAY.search(before) and _WEEKDAY_FIRST.match(sentence, start):
        best = (12, AHEAD_TODAY)
    for pattern, penalty, ahead in (
        (_FUTURE, 0, FUTURE),
        (_SCHEDULE, 0, AHEAD_TODAY),
        (_MODAL, 40, FUTURE),
    ):
        for found in pattern.finditer(sentence, lo, hi):
            if found.start() >= start and found.end() <= end:
                continue
            distance = _distance(sentence, found.start(), found.end(), start, end) + penalty
            if best is None or distance < best[0]:
                best = (distance, ahead)
    lowered = sentence.lower()
    for found in _PAST.finditer(lowered, lo, hi):
        word = found.group()
        if word in _REPORTING or word in _NOT_PAST:
            continue
        if word not in _PAST_FIXED and _AUXILIARY.search(
            lowered, max(0, found.start() - 20), found.start()
        ):
            continue
        if found.start() >= start and found.end() <= end:
            continue
        distance = _distance(sentence, found.start(), found.end(), start, end)
        if best is None or distance < best[0]:
            best = (distance, -1)
    return None if best is None else best[1]


def _distance(sentence: str, cue_start: int, cue_end: int, start: int, end: int) -> int:
    if cue_end <= start:
        gap = sentence[cue_end:start]
        return start - cue_end + (30 if re.search(r"[,;:(—–]", gap) else 0)
    gap = sentence[end:cue_start]
    # cues after the date weigh a little less, and not at all across a clause break
    return max(0, cue_start - end) + (200 if re.search(r"[,;:(—–]", gap) else 5)
