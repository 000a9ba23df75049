"""Viewport geometry: zoom at an anchor, pan, time <-> x, clamps."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.core.viewport import MAX_SPAN_DAYS, MIN_SPAN_DAYS, Viewport, from_days, to_days

WIDTH = 1000.0
times = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1))
spans = st.floats(min_value=MIN_SPAN_DAYS, max_value=MAX_SPAN_DAYS / 4)


@given(times)
def test_days_round_trip(t: datetime) -> None:
    assert abs(from_days(to_days(t)) - t) <= timedelta(microseconds=50)


@given(times, spans, st.floats(min_value=0, max_value=WIDTH))
def test_x_to_time_inverts_time_to_x(start: datetime, span: float, x: float) -> None:
    v = Viewport(start, start + timedelta(days=span))
    assert v.day_to_x(v.x_to_day(x, WIDTH), WIDTH) == pytest.approx(x, abs=1e-3)
    t = v.x_to_time(x, WIDTH)
    assert abs(v.x_to_time(v.time_to_x(t, WIDTH), WIDTH) - t) <= timedelta(milliseconds=5)


@given(
    times,
    st.floats(min_value=1, max_value=3650),
    st.floats(0.0, 1.0),
    st.floats(min_value=0.05, max_value=20.0),
)
def test_zoom_keeps_anchor_at_same_x(
    start: datetime, span: float, where: float, factor: float
) -> None:
    v = Viewport(start, start + timedelta(days=span))
    anchor = v.t0 + where * v.span
    z = v.zoom(factor, anchor)
    expected = min(max(v.span * factor, MIN_SPAN_DAYS), MAX_SPAN_DAYS)
    assert z.span == pytest.approx(expected, rel=1e-6)
    assert z.day_to_x(anchor, WIDTH) == pytest.approx(v.day_to_x(anchor, WIDTH), abs=0.05)


@pytest.mark.parametrize(
    ("factor", "span"),
    [(1e-9, MIN_SPAN_DAYS), (1e9, MAX_SPAN_DAYS), (0.5, 5.0), (2.0, 20.0)],
)
def test_zoom_clamps_span(factor: float, span: float) -> None:
    v = Viewport(datetime(2011, 1, 1), datetime(2011, 1, 11))
    assert v.zoom(factor).span == pytest.approx(span, rel=1e-6)


def test_zoom_rejects_nonpositive_factor() -> None:
    with pytest.raises(ValueError):
        Viewport(datetime(2011, 1, 1), datetime(2011, 1, 2)).zoom(0)


@pytest.mark.parametrize(
    ("delta", "expected_start"),
    [(timedelta(days=3), datetime(2011, 1, 4)), (-2.0, datetime(2010, 12, 30))],
)
def test_pan_moves_and_keeps_span(delta: timedelta | float, expected_start: datetime) -> None:
    v = Viewport(datetime(2011, 1, 1), datetime(2011, 1, 11))
    p = v.pan(delta)
    assert abs(p.start - expected_start) < timedelta(milliseconds=1)
    assert p.span == pytest.approx(v.span)


def test_reversed_bounds_are_ordered_and_calendar_edges_hold() -> None:
    v = Viewport(datetime(2012, 1, 1), datetime(2011, 1, 1))
    assert v.start < v.end
    far = Viewport(datetime(9990, 1, 1), datetime(9999, 12, 1)).pan(10_000.0)
    assert far.end.year == 9999 and far.span == pytest.approx(
        Viewport(datetime(9990, 1, 1), datetime(9999, 12, 1)).span
    )


@pytest.mark.parametrize("progress", [0.0, 0.25, 0.5, 1.0])
def test_interpolate_between_viewports(progress: float) -> None:
    a = Viewport(datetime(2011, 1, 1), datetime(2011, 1, 11))
    b = Viewport(datetime(2012, 1, 1), datetime(2012, 4, 1))
    m = a.interpolate(b, progress)
    assert min(a.span, b.span) - 1e-6 <= m.span <= max(a.span, b.span) + 1e-6
    if progress == 0.0:
        assert m == a
    if progress == 1.0:
        assert m == b
