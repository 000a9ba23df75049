"""Track the story's reference time while an article is read from top to bottom."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from timeline.extract.expr import Expr, Resolved

_COARSE_UNITS = frozenset({"month", "quarter", "season", "year", "decade", "century"})


class StoryTime:
    """What the text has dated so far, to anchor "a day earlier" or "that year".

    A narrative expression counts from the last day named earlier in its own
    sentence, else in the sentence before; failing both, from the story's main
    day (the first day the article dates on its own), else the publication day.
    Coarse ones ("later that year") count from the last date of any precision.
    """

    def __init__(self, dct: date | None) -> None:
        self.dct = dct
        self.days: dict[int, list[date]] = {}
        self.dates: dict[int, list[date]] = {}
        self.main_day: date | None = None
        self.quarter: tuple[int, date] | None = None

    @staticmethod
    def uses_ref(expr: Expr) -> bool:
        """True when ``expr`` counts from the story time rather than the publication day."""
        if expr.anchor in ("ref", "quarter"):
            return True
        if expr.kind == "clock":
            return expr.base is None or expr.base.anchor == "ref"
        return False

    def rewrite(self, expr: Expr, index: int) -> Expr:
        """Read "a year ago" next to quarterly figures as the same quarter a year before."""
        in_quarters = self.quarter is not None and index - self.quarter[0] <= 5
        if expr.anchor == "quarter" and not in_quarters:
            if expr.offset:
                return Expr("rel", unit="year", offset=expr.offset // 4)
            return Expr("rel", unit="quarter", offset=-1)
        if (
            in_quarters
            and expr.kind == "shift"
            and expr.unit == "year"
            and expr.offset == -1
            and expr.value is None
        ):
            return replace(expr, kind="rel", unit="quarter", offset=-4, anchor="quarter")
        return expr

    def anchor(self, expr: Expr, index: int, next_day: date | None = None) -> date | None:
        """The day ``expr`` is counted from."""
        if not self.uses_ref(expr):
            return self.dct
        if expr.anchor == "quarter" and self.quarter is not None:
            return self.quarter[1]
        if next_day is not None:
            return next_day
        if expr.kind == "clock":
            return self._last(self.days, index) or self.dct
        if expr.unit in _COARSE_UNITS:
            return self._last(self.dates, index) or self.main_day or self.dct
        return self._last(self.days, index) or self.main_day or self.dct

    @staticmethod
    def _last(found: dict[int, list[date]], index: int) -> date | None:
        if found.get(index):
            return found[index][-1]
        if found.get(index - 1):
            return found[index - 1][-1]
        return None

    def note(self, expr: Expr, resolved: Resolved, index: int) -> None:
        """Remember a resolved date as the story's latest time."""
        if resolved.start is None:
            return
        self.dates.setdefault(index, []).append(resolved.start)
        if "-Q" in resolved.value and len(resolved.value) == 7 and expr.anchor != "quarter":
            self.quarter = (index, resolved.start)
        if resolved.precision == "day" and resolved.start == resolved.end:
            self.days.setdefault(index, []).append(resolved.start)
            if self.main_day is None and not self.uses_ref(expr):
                self.main_day = resolved.start
