"""Axis ticks: the level follows the zoom and labels never overlap."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.core.ticks import LABEL_GAP, Axis, Tick, label_for_period, ticks
from timeline.core.viewport import Viewport


def measure(text: str) -> float:
    return 7.0 * len(text)


def _no_overlap(row: tuple[Tick, ...]) -> bool:
    return all(b.label_x >= a.label_x + a.label_w + LABEL_GAP - 1e-9 for a, b in pairwise(row))


@pytest.mark.parametrize(
    ("start", "end", "level", "first_labels"),
    [
        (datetime(1800, 1, 1), datetime(2200, 1, 1), "50 years", ["1800", "1850"]),
        (datetime(2001, 1, 1), datetime(2011, 1, 1), "quarter", ["Q1", "Q2"]),
        (datetime(2011, 1, 1), datetime(2012, 1, 1), "month", ["Jan", "Feb"]),
        (datetime(2011, 3, 1), datetime(2011, 4, 1), "day", ["1", "2"]),
        (datetime(2011, 3, 1), datetime(2011, 3, 2), "hour", ["00:00", "01:00"]),
    ],
)
def test_level_adapts_to_zoom(
    start: datetime, end: datetime, level: str, first_labels: list[str]
) -> None:
    axis = ticks(Viewport(start, end), 1200, measure)
    assert axis.level == level
    assert [t.label for t in axis.labels[:2]] == first_labels


def test_zooming_in_never_coarsens_the_level() -> None:
    order = [
        "hour",
        "3 hours",
        "6 hours",
        "12 hours",
        "day",
        "week",
        "month",
        "quarter",
        "year",
        "5 years",
        "decade",
        "50 years",
        "century",
    ]
    v = Viewport(datetime(1900, 1, 1), datetime(2100, 1, 1))
    previous = len(order)
    while v.span > 1 / 24 + 1e-9:
        index = order.index(ticks(v, 900, measure).level)
        assert index <= previous
        previous = index
        v = v.zoom(0.7)


def test_context_row_names_month_and_year() -> None:
    axis = ticks(Viewport(datetime(2011, 3, 10), datetime(2011, 4, 20)), 1200, measure)
    assert [t.label for t in axis.context] == ["March 2011", "April 2011"]
    assert axis.context[0].label_x >= 0  # sticky at the left edge


def _rows(axis: Axis) -> list[tuple[Tick, ...]]:
    return [axis.labels, axis.context]


@settings(max_examples=60, deadline=None)
@given(
    st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2050, 1, 1)),
    st.floats(min_value=1 / 24, max_value=20_000),
    st.floats(min_value=200, max_value=2500),
)
@example(datetime(2000, 12, 1), 16232.0, 200.0)  # no 50-year boundary in view
def test_labels_never_overlap(start: datetime, span: float, width: float) -> None:
    axis = ticks(Viewport(start, start + timedelta(days=span)), width, measure)
    assert axis.labels
    for row in _rows(axis):
        assert _no_overlap(row)


@pytest.mark.parametrize(
    ("first", "last", "precision", "text"),
    [
        (date(2012, 3, 1), date(2012, 3, 31), "month", "March 2012"),
        (date(2012, 3, 1), date(2012, 5, 31), "season", "Spring 2012"),
        (date(2011, 12, 1), date(2012, 2, 29), "season", "Winter 2011/12"),
        (date(2011, 1, 1), date(2011, 12, 31), "year", "2011"),
        (date(2010, 1, 1), date(2019, 12, 31), "decade", "2010s"),
    ],
)
def test_period_labels(first: date, last: date, precision: str, text: str) -> None:
    assert label_for_period(first, last, precision) == text
