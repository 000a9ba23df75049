"""Axis ticks that adapt from centuries down to hours, with labels that never overlap."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from timeline.core.viewport import Viewport, from_days, to_days

LabelKind = Literal[
    "hour", "day", "week", "month", "quarter", "year", "decade", "century",
    "day_full", "day_short", "month_year",
]  # fmt: skip
Formatter = Callable[[datetime, LabelKind], str]
Measure = Callable[[str], float]

#: Space kept between two labels of one row, and between a tick line and its label.
LABEL_GAP = 10.0
LABEL_PAD = 4.0
#: Unlabelled grid lines closer than this are not drawn.
MIN_GRID_PX = 6.0


def english(dt: datetime, kind: LabelKind) -> str:
    """A plain English label (the widget passes a locale-aware formatter instead)."""
    if kind == "hour":
        return dt.strftime("%H:%M")
    if kind == "day":
        return str(dt.day)
    if kind == "week":
        return f"{dt.day} {dt.strftime('%b')}"
    if kind == "month":
        return dt.strftime("%b")
    if kind == "quarter":
        return f"Q{(dt.month - 1) // 3 + 1}"
    if kind == "year":
        return str(dt.year)
    if kind in ("decade", "century"):
        return f"{dt.year}s"
    if kind == "day_full":
        return f"{dt.strftime('%a')} {dt.day} {dt.strftime('%B')} {dt.year}"
    if kind == "day_short":
        return f"{dt.strftime('%a')} {dt.day} {dt.strftime('%b')}"
    return f"{dt.strftime('%B')} {dt.year}"


@dataclass(frozen=True)
class Level:
    """One way of dividing time: its name, nominal length and the context row above it."""

    name: str
    days: float  # the shortest interval between two ticks
    kind: LabelKind
    context: LabelKind | None
    context_level: str | None


LEVELS: tuple[Level, ...] = (
    Level("hour", 1 / 24, "hour", "day_full", "day"),
    Level("3 hours", 3 / 24, "hour", "day_full", "day"),
    Level("6 hours", 6 / 24, "hour", "day_full", "day"),
    Level("12 hours", 12 / 24, "hour", "day_full", "day"),
    Level("day", 1, "day", "month_year", "month"),
    Level("week", 7, "week", "month_year", "month"),
    Level("month", 28, "month", "year", "year"),
    Level("quarter", 90, "quarter", "year", "year"),
    Level("year", 365, "year", None, None),
    Level("5 years", 5 * 365, "year", None, None),
    Level("decade", 10 * 365, "decade", None, None),
    Level("50 years", 50 * 365, "year", None, None),
    Level("century", 100 * 365, "century", None, None),
)
_BY_NAME = {level.name: level for level in LEVELS}


@dataclass(slots=True)
class Tick:
    """A tick at ``x`` with its label placed at ``label_x`` (label may be empty).

    Not frozen, but never changed once made: frozen ones take five times as long
    to make, and every frame makes dozens.
    """

    day: float
    x: float
    label: str
    label_x: float
    label_w: float


@dataclass(frozen=True)
class Axis:
    """What the axis draws: grid lines, labelled ticks, and the context row above them."""

    level: str
    grid: tuple[float, ...]
    labels: tuple[Tick, ...]
    context: tuple[Tick, ...]


def boundaries(level: str, t0: float, t1: float) -> Iterator[float]:
    """The tick instants (ordinal days) of ``level`` from just before ``t0`` through ``t1``."""
    if level.endswith("hours") or level == "hour":
        step = _BY_NAME[level].days
        k = math.floor(t0 / step)
        while k * step <= t1:
            yield k * step
            k += 1
    elif level == "day":
        for d in range(math.floor(t0), math.floor(t1) + 1):
            yield float(d)
    elif level == "week":
        first = math.floor((t0 - 1) / 7) * 7 + 1  # ordinal 1 is a Monday
        for d in range(first, math.floor(t1) + 1, 7):
            yield float(d)
    elif level in ("month", "quarter"):
        step = 1 if level == "month" else 3
        start = from_days(t0)
        month = (start.month - 1) // step * step
        year = start.year
        while True:
            if year > 9999:
                return
            day = float(date(year, month + 1, 1).toordinal())
            if day > t1:
                return
            yield day
            month += step
            if month >= 12:
                year, month = year + 1, month - 12
    else:
        step = {"year": 1, "5 years": 5, "decade": 10, "50 years": 50, "century": 100}[level]
        year = max(1, from_days(t0).year // step * step)
        while year <= 9999:
            day = float(date(year, 1, 1).toordinal())
            if day > t1:
                return
            yield day
            year += step


def _labelled(
    level: Level,
    kind: LabelKind,
    viewport: Viewport,
    width: float,
    measure: Measure,
    fmt: Formatter,
    give_up_on_overlap: bool = False,
) -> list[Tick] | None:
    """The labelled ticks of ``level``; None as soon as two overlap, if asked to give up."""
    ticks: list[Tick] = []
    previous_end = -math.inf
    for day in boundaries(level.name, viewport.t0, viewport.t1):
        text = fmt(_nearest_second(from_days(day)), kind)
        x = viewport.day_to_x(day, width)
        label_x = x + LABEL_PAD
        if give_up_on_overlap and label_x - previous_end < LABEL_GAP:
            return None  # finer levels are tried first: most fail within two ticks
        label_w = measure(text)
        previous_end = label_x + label_w
        ticks.append(Tick(day, x, text, label_x, label_w))
    return ticks


def _nearest_second(dt: datetime) -> datetime:
    """Undo float noise (23:59:59.99998 is midnight) before formatting."""
    return (dt + timedelta(microseconds=500_000)).replace(microsecond=0)


def _sticky(ticks: list[Tick], width: float) -> tuple[Tick, ...]:
    """Keep context labels visible at the left edge; the next one pushes a label out."""
    out: list[Tick] = []
    previous_end = -math.inf
    for i, tick in enumerate(ticks):
        if tick.x >= width:
            break
        limit = ticks[i + 1].x - LABEL_GAP if i + 1 < len(ticks) else math.inf
        x = min(max(tick.label_x, LABEL_PAD), limit - tick.label_w)
        if x >= 0 and x >= previous_end + LABEL_GAP:
            out.append(Tick(tick.day, tick.x, tick.label, x, tick.label_w))
            previous_end = x + tick.label_w
    return tuple(out)


def ticks(
    viewport: Viewport,
    width: float,
    measure: Measure,
    fmt: Formatter = english,
    measure_context: Measure | None = None,
) -> Axis:
    """The finest axis whose labels fit ``width`` pixels without overlapping.

    ``measure(text)`` gives a label's width in pixels (``measure_context`` that
    of the context row, when it uses another font). Grid lines come from the
    next finer level when they are at least ``MIN_GRID_PX`` apart.
    """
    ppd = viewport.pixels_per_day(width)
    chosen_index = len(LEVELS) - 1
    labels: list[Tick] = []
    for index, level in enumerate(LEVELS):
        if level.days * ppd < 12:
            continue
        candidate = _labelled(level, level.kind, viewport, width, measure, fmt, True)
        if candidate is not None:
            chosen_index, labels = index, candidate
            break
    else:
        level = LEVELS[-1]
        labels = [
            t for t in _labelled(level, level.kind, viewport, width, measure, fmt) or []
            if t.x > -width and t.x < 2 * width
        ]  # fmt: skip
        labels = _thin(labels)
    level = LEVELS[chosen_index]
    shown = [t for t in labels if t.label_x >= 0]  # a clipped label reads as a typo
    # With no boundary of the level in view (a 44-year window at "50 years"), the
    # period the window starts in is named at the left edge, as the context row does.
    labels = shown or list(_sticky(labels, width))
    grid: tuple[float, ...] = ()
    for finer in reversed(LEVELS[:chosen_index]):
        if finer.days * ppd >= MIN_GRID_PX:
            grid = tuple(
                viewport.day_to_x(d, width)
                for d in boundaries(finer.name, viewport.t0, viewport.t1)
            )
            break
    context: tuple[Tick, ...] = ()
    if level.context is not None and level.context_level is not None:
        parent = _BY_NAME[level.context_level]
        measure_row = measure_context or measure
        row = _labelled(parent, level.context, viewport, width, measure_row, fmt) or []
        context = _sticky(row, width)
        if level.context == "day_full" and len(context) < sum(1 for t in row if t.x < width):
            # Whole dates do not fit each day: a shorter one ("Sat 12 May") may.
            row = _labelled(parent, "day_short", viewport, width, measure_row, fmt) or []
            context = _sticky(row, width)
    return Axis(level.name, grid, tuple(labels), context)


def _thin(labels: list[Tick]) -> list[Tick]:
    """Drop labels until none overlaps (only at the coarsest level, beyond every span)."""
    kept: list[Tick] = []
    for tick in labels:
        if not kept or tick.label_x - (kept[-1].label_x + kept[-1].label_w) >= LABEL_GAP:
            kept.append(tick)
    return kept


def label_for_period(first: date, last: date, precision: str, fmt: Formatter = english) -> str:
    """How an event's date reads at its precision: "March 2012", "Spring 2012", "2011"."""
    start = datetime(first.year, first.month, first.day)
    if precision == "month":
        return fmt(start, "month_year")
    if precision == "season":
        return f"{season_name(first)} {_season_year(first)}"
    if precision == "year":
        return fmt(start, "year")
    if precision == "decade":
        return fmt(start, "decade")
    return ""


def season_name(first: date) -> str:
    """The (northern-hemisphere, meteorological) season that starts in ``first``'s month."""
    return {12: "Winter", 1: "Winter", 2: "Winter", 3: "Spring", 4: "Spring", 5: "Spring",
            6: "Summer", 7: "Summer", 8: "Summer"}.get(first.month, "Autumn")  # fmt: skip


def _season_year(first: date) -> str:
    if first.month == 12:
        return f"{first.year}/{(first.year + 1) % 100:02d}"
    return str(first.year)


def visible_days(viewport: Viewport) -> tuple[date, date]:
    """The first and last calendar days touched by the viewport."""
    return from_days(viewport.t0).date(), from_days(max(viewport.t0, viewport.t1 - 1e-9)).date()


__all__ = [
    "LEVELS",
    "Axis",
    "Formatter",
    "LabelKind",
    "Tick",
    "boundaries",
    "english",
    "label_for_period",
    "season_name",
    "ticks",
    "to_days",
    "visible_days",
]
