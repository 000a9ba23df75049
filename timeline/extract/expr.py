"""The parsed meaning of a temporal expression, before it is resolved to a value."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from timeline.core.records import Precision, TimexType


@dataclass(frozen=True, slots=True)
class Expr:
    """What the words of one temporal expression say, independent of any anchor.

    ``kind`` is one of:

    * ``cal`` – calendar fields (year, month, day, or a season/quarter/half in
      ``sub``; a decade or century), any of them possibly missing;
    * ``weekday`` – a day of the week, ``which`` = last/next/this/None;
    * ``rel`` – ``offset`` whole ``unit``s from the anchor ("next week", "yesterday");
    * ``shift`` – ``offset`` units from the anchor at day/month/year granularity
      ("three days ago", "a year earlier");
    * ``fixed`` – a value that needs no anchor (durations, sets, PAST_REF);
    * ``clock`` – a time of day (``part`` "T19:15") on the day ``base``.
    """

    kind: str
    type: TimexType = "DATE"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    sub: str | None = None
    decade: int | None = None
    century: int | None = None
    year_offset: int | None = None
    weekday: int | None = None
    unit: str | None = None
    offset: int | None = None
    anchor: str = "dct"
    which: str | None = None
    part: str | None = None
    mod: str | None = None
    value: str | None = None
    back: tuple[int | None, str] | None = None
    end: Expr | None = None
    base: Expr | None = None

    @property
    def explicit(self) -> bool:
        """True when the words themselves carry a year (no anchor needed)."""
        if self.kind == "holiday":
            return self.year is not None
        if self.kind == "cal":
            return self.year is not None or self.decade is not None or self.century is not None
        if self.kind == "clock":
            return self.base is not None and self.base.explicit
        return False


@dataclass(frozen=True, slots=True)
class Resolved:
    """An expression resolved against its anchor: TimeML value and day interval."""

    value: str
    type: TimexType
    start: date | None = None
    end: date | None = None
    precision: Precision | None = None
