"""The visible period of the timeline: an immutable value with zoom, pan and time <-> x."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

#: The shortest visible span, in days (one hour).
MIN_SPAN_DAYS = 1.0 / 24.0
#: The longest visible span, in days (about five centuries).
MAX_SPAN_DAYS = 500 * 365.2425
#: The earliest and latest instants a viewport may show (ordinal days).
FIRST_DAY = float(date(1, 1, 2).toordinal())
LAST_DAY = float(date(9999, 12, 30).toordinal())

_SECONDS_PER_DAY = 86400.0


def to_days(t: datetime | date) -> float:
    """An instant as fractional ordinal days (date.toordinal() at midnight)."""
    if isinstance(t, datetime):
        seconds = t.hour * 3600 + t.minute * 60 + t.second + t.microsecond / 1e6
        return t.toordinal() + seconds / _SECONDS_PER_DAY
    return float(t.toordinal())


def from_days(days: float) -> datetime:
    """Fractional ordinal days back to a (naive) datetime, to the microsecond."""
    days = min(max(days, 1.0), LAST_DAY + 1)
    whole = int(days // 1)
    micro = round((days - whole) * _SECONDS_PER_DAY * 1e6)
    return datetime.fromordinal(whole) + timedelta(microseconds=micro)


@dataclass(frozen=True)
class Viewport:
    """The period ``[start, end)`` shown across the widget's width.

    Construct with datetimes; the geometry works in fractional ordinal days
    (``t0``/``t1``), which ``day_to_x`` and ``x_to_day`` use directly. Every
    operation returns a new viewport, clamped to the allowed spans.
    """

    start: datetime
    end: datetime
    t0: float = field(init=False, repr=False, compare=False)
    t1: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        t0, t1 = clamp_days(to_days(self.start), to_days(self.end))
        object.__setattr__(self, "t0", t0)
        object.__setattr__(self, "t1", t1)
        object.__setattr__(self, "start", from_days(t0))
        object.__setattr__(self, "end", from_days(t1))

    @classmethod
    def from_days(cls, t0: float, t1: float) -> Viewport:
        """A viewport from fractional ordinal days."""
        t0, t1 = clamp_days(t0, t1)
        return cls(from_days(t0), from_days(t1))

    @classmethod
    def around(cls, first: date, last: date, margin: float = 0.05) -> Viewport:
        """A viewport framing the inclusive days ``first``..``last`` with a margin each side."""
        t0, t1 = to_days(first), to_days(last) + 1.0
        pad = (t1 - t0) * margin
        return cls.from_days(t0 - pad, t1 + pad)

    @property
    def span(self) -> float:
        """The visible length in days."""
        return self.t1 - self.t0

    def day_to_x(self, days: float, width: float) -> float:
        """The x position (pixels from the left edge) of an instant in ordinal days."""
        return (days - self.t0) * width / (self.t1 - self.t0)

    def x_to_day(self, x: float, width: float) -> float:
        """The instant (ordinal days) at pixel ``x``."""
        return self.t0 + x * (self.t1 - self.t0) / width

    def time_to_x(self, t: datetime | date, width: float) -> float:
        """The x position of an instant."""
        return self.day_to_x(to_days(t), width)

    def x_to_time(self, x: float, width: float) -> datetime:
        """The instant at pixel ``x``."""
        return from_days(self.x_to_day(x, width))

    def pixels_per_day(self, width: float) -> float:
        """The scale: how many pixels one day takes."""
        return width / (self.t1 - self.t0)

    def zoom(self, factor: float, anchor: datetime | float | None = None) -> Viewport:
        """Scale the span by ``factor`` (< 1 zooms in) keeping ``anchor`` at the same x.

        The anchor defaults to the centre. When the span is clamped, the anchor
        keeps its relative position.
        """
        if factor <= 0:
            raise ValueError("zoom factor must be positive")
        a = self._anchor_days(anchor)
        span = min(max(self.span * factor, MIN_SPAN_DAYS), MAX_SPAN_DAYS)
        ratio = (a - self.t0) / self.span
        t0 = a - ratio * span
        return Viewport.from_days(t0, t0 + span)

    def pan(self, delta: timedelta | float) -> Viewport:
        """Move by ``delta`` (a timedelta, or days as a float); the span is kept."""
        days = delta.total_seconds() / _SECONDS_PER_DAY if isinstance(delta, timedelta) else delta
        return Viewport.from_days(self.t0 + days, self.t1 + days)

    def pan_fraction(self, fraction: float) -> Viewport:
        """Move by a fraction of the visible span (positive moves later)."""
        return self.pan(self.span * fraction)

    def centred_on(self, days: float) -> Viewport:
        """The same span centred on ``days``."""
        half = self.span / 2
        return Viewport.from_days(days - half, days + half)

    def contains(self, days: float) -> bool:
        """True when the instant lies inside the period."""
        return self.t0 <= days < self.t1

    def interpolate(self, other: Viewport, progress: float) -> Viewport:
        """A viewport between this one (0.0) and ``other`` (1.0), zooming geometrically."""
        if progress <= 0:
            return self
        if progress >= 1:
            return other
        span = self.span * (other.span / self.span) ** progress
        centre_a, centre_b = (self.t0 + self.t1) / 2, (other.t0 + other.t1) / 2
        centre = centre_a + (centre_b - centre_a) * progress
        return Viewport.from_days(centre - span / 2, centre + span / 2)

    def _anchor_days(self, anchor: datetime | float | None) -> float:
        if anchor is None:
            return (self.t0 + self.t1) / 2
        if isinstance(anchor, datetime):
            return to_days(anchor)
        return float(anchor)


def clamp_days(t0: float, t1: float) -> tuple[float, float]:
    """Order the bounds, keep the span within limits and the period within the calendar."""
    if t1 < t0:
        t0, t1 = t1, t0
    span = t1 - t0
    if span < MIN_SPAN_DAYS:
        centre = (t0 + t1) / 2
        t0, t1 = centre - MIN_SPAN_DAYS / 2, centre + MIN_SPAN_DAYS / 2
    elif span > MAX_SPAN_DAYS:
        centre = (t0 + t1) / 2
        t0, t1 = centre - MAX_SPAN_DAYS / 2, centre + MAX_SPAN_DAYS / 2
    if t0 < FIRST_DAY:
        t0, t1 = FIRST_DAY, FIRST_DAY + (t1 - t0)
    if t1 > LAST_DAY:
        t0, t1 = LAST_DAY - (t1 - t0), LAST_DAY
    return t0, t1
