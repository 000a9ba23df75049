"""The layout pass: every visible event is placed or clustered once, and nothing overprints."""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.core.event_index import EventIndex, Item, core_span, histogram
from timeline.core.layout import Layout, LayoutStyle, estimate_rows, lay_out_lane, layout
from timeline.core.viewport import Viewport

WIDTH = 1000.0
BASE = float(date(2011, 1, 1).toordinal())


def measure(text: str) -> float:
    return 7.0 * len(text)


def point(i: int, day: float, lane: int = 0, label: str = "") -> Item:
    return Item(i, lane, BASE + day, BASE + day + 1, "day", label or f"Event number {i}")


def check_invariants(
    index: EventIndex, result: Layout, viewport: Viewport, style: LayoutStyle
) -> None:
    for lane_layout in result.lanes:
        visible = index.overlapping(lane_layout.lane, viewport.t0, viewport.t1)
        placed_ids = [p.item.id for p in lane_layout.events]
        assert len(placed_ids) == len(set(placed_ids))
        clustered = sum(c.count for c in lane_layout.clusters)
        assert len(placed_ids) + clustered + lane_layout.ongoing_hidden == len(visible)
        rows: dict[int, list[tuple[float, float]]] = defaultdict(list)
        for p in lane_layout.events:
            assert 0 <= p.row < style.max_rows
            rows[p.row].append((p.x0, p.right))
        for c in lane_layout.clusters:
            rows[c.row].append((c.x0, c.x1))
        for extents in rows.values():
            extents.sort()
            for (_, right), (left, _) in itertools.pairwise(extents):
                assert left >= right, "two items of one row overlap"


def test_sparse_events_are_placed_with_full_labels() -> None:
    items = [point(i, i * 30) for i in range(6)]
    index = EventIndex(items, 1)
    viewport = Viewport.from_days(BASE - 5, BASE + 200)
    result = layout(index, viewport, WIDTH, measure)
    assert [p.item.id for p in result.placed()] == list(range(6))
    assert all(p.label_w == measure(p.label) for p in result.placed())
    assert not result.clusters()


def test_dense_week_becomes_one_cluster_and_zooming_in_resolves_it() -> None:
    items = [point(i, 200 + (i % 7)) for i in range(30)] + [point(99, 20)]
    index = EventIndex(items, 1)
    far = Viewport.from_days(BASE, BASE + 365)
    result = layout(index, far, WIDTH, measure)
    clusters = result.clusters()
    assert len(clusters) == 1 and clusters[0].count == 30
    assert [p.item.id for p in result.placed()] == [99]
    near = Viewport.from_days(clusters[0].t0, clusters[0].t1)
    centre = BASE + 200.5
    for _ in range(12):
        result = layout(index, near, WIDTH, measure)
        check_invariants(index, result, near, LayoutStyle())
        if not result.clusters():
            break
        near = near.zoom(0.5, centre)
    assert not result.clusters()
    assert result.placed() and all(abs(p.item.t0 - centre) < 2 for p in result.placed())


@pytest.mark.parametrize(
    ("precision", "t1", "kind"),
    [("day", 1, "point"), ("day", 10, "range"), ("month", 31, "span"), ("year", 365, "span")],
)
def test_kinds(precision: str, t1: float, kind: str) -> None:
    item = Item(1, 0, BASE + 40, BASE + 40 + t1, precision, "Something")
    result = layout(EventIndex([item], 1), Viewport.from_days(BASE, BASE + 400), WIDTH, measure)
    assert result.placed()[0].kind == kind


def test_single_day_becomes_a_range_when_zoomed_to_hours() -> None:
    item = point(1, 3)
    result = layout(
        EventIndex([item], 1), Viewport.from_days(BASE + 3.2, BASE + 3.6), WIDTH, measure
    )
    placed = result.placed()[0]
    assert placed.kind == "range" and placed.x0 < 0 and placed.x1 > WIDTH


def test_span_started_before_window_keeps_label_in_view() -> None:
    item = Item(1, 0, BASE, BASE + 365, "year", "2011 in review")
    result = layout(
        EventIndex([item], 1), Viewport.from_days(BASE + 100, BASE + 130), WIDTH, measure
    )
    placed = result.placed()[0]
    assert placed.x0 < 0 and placed.label_x >= 0


def test_many_ongoing_spans_take_rows_and_the_rest_are_counted() -> None:
    spans = [Item(i, 0, BASE, BASE + 365, "year", f"Year-long {i}") for i in range(9)]
    today = [point(100 + i, 200) for i in range(2)]
    index = EventIndex(spans + today, 1)
    viewport = Viewport.from_days(BASE + 199, BASE + 202)
    style = LayoutStyle(max_rows=6)
    result = layout(index, viewport, WIDTH, measure, style=style)
    check_invariants(index, result, viewport, style)
    lane = result.lanes[0]
    assert {p.item.id for p in lane.events} >= {100, 101}  # the day's own events are shown
    assert not lane.clusters
    assert lane.ongoing_hidden == 9 - (6 - 2)


@pytest.mark.parametrize("chosen", [0, 17, 29])
def test_selected_event_inside_a_cluster_is_drawn_on_its_own(chosen: int) -> None:
    items = [point(i, 200 + (i % 7)) for i in range(30)] + [point(99, 20)]
    index = EventIndex(items, 1)
    far = Viewport.from_days(BASE, BASE + 365)
    style = LayoutStyle()
    plain = layout(index, far, WIDTH, measure, style=style)
    assert chosen not in {p.item.id for p in plain.placed()}  # hidden in the cluster
    result = layout(index, far, WIDTH, measure, style=style, pinned=[items[chosen]])
    check_invariants(index, result, far, style)
    placed = {p.item.id: p for p in result.placed()}
    assert chosen in placed and placed[chosen].label_w == measure(items[chosen].label)
    assert sum(c.count for c in result.clusters()) == 29  # the cluster still shows the rest


def test_pinned_event_outside_the_window_or_index_changes_nothing() -> None:
    items = [point(i, 200 + (i % 7)) for i in range(30)]
    index = EventIndex(items, 1)
    far = Viewport.from_days(BASE, BASE + 100)
    stranger = point(500, 50)
    for pinned in ([items[3]], [stranger]):
        result = layout(index, far, WIDTH, measure, pinned=pinned)
        assert result == layout(index, far, WIDTH, measure)


def test_lanes_are_independent() -> None:
    items = [point(i, 100 + i % 3, lane=0) for i in range(40)] + [point(100, 101, lane=1)]
    result = layout(EventIndex(items, 2), Viewport.from_days(BASE, BASE + 365), WIDTH, measure)
    assert result.lanes[0].clusters and not result.lanes[1].clusters
    assert [p.item.id for p in result.lanes[1].events] == [100]


def test_a_lane_laid_out_alone_is_laid_out_as_among_all() -> None:
    items = [point(i, 100 + i % 5, lane=i % 3) for i in range(60)] + [point(100, 30, lane=2)]
    index = EventIndex(items, 3)
    viewport = Viewport.from_days(BASE + 20, BASE + 140)
    whole = layout(index, viewport, WIDTH, measure, pinned=[items[4]])
    for lane in range(3):
        alone = lay_out_lane(index, lane, viewport, WIDTH, measure, pinned=[items[4]])
        assert alone == whole.lanes[lane]
    assert 4 in {p.item.id for p in whole.lanes[1].events}  # the pin, in its own lane only


def test_estimated_rows_of_lanes_out_of_sight() -> None:
    items = [point(i, 100 + i % 3, lane=0) for i in range(40)] + [point(100, 101, lane=1)]
    index = EventIndex(items, 3)
    viewport = Viewport.from_days(BASE, BASE + 365)
    style = LayoutStyle(max_rows=6)
    assert estimate_rows(index, 0, viewport, WIDTH, style) == 6  # dense: as many as allowed
    assert estimate_rows(index, 1, viewport, WIDTH, style) == 1
    assert estimate_rows(index, 2, viewport, WIDTH, style) == 1  # empty lanes still show a row


events = st.lists(
    st.tuples(
        st.floats(0, 400),
        st.sampled_from([0.0, 0.0, 0.0, 2.0, 30.0, 90.0, 365.0]),
        st.integers(0, 2),
        st.text(alphabet="abcdefgh ", min_size=1, max_size=40),
    ),
    max_size=120,
)


@settings(max_examples=80, deadline=None)
@given(events, st.floats(0, 400), st.floats(0.05, 500), st.integers(2, 8), st.integers(0, 6))
def test_nothing_overprints_and_nothing_is_lost(
    raw: list[tuple[float, float, int, str]], start: float, span: float, rows: int, pin: int
) -> None:
    items = [
        Item(i, lane, BASE + day, BASE + day + 1 + extra, "day" if extra < 30 else "month", label)
        for i, (day, extra, lane, label) in enumerate(raw)
    ]
    index = EventIndex(items, 3)
    viewport = Viewport.from_days(BASE + start, BASE + start + span)
    style = LayoutStyle(max_rows=rows)
    check_invariants(index, layout(index, viewport, WIDTH, measure, style=style), viewport, style)
    pinned = items[pin % len(items) :: 7] if items else []
    result = layout(index, viewport, WIDTH, measure, style=style, pinned=pinned)
    check_invariants(index, result, viewport, style)
    shown = {p.item.id for p in result.placed()}
    inside = [i for i in pinned if i.t1 > viewport.t0 and i.t0 < viewport.t1]
    per_lane = {lane: [i.id for i in inside if i.lane == lane][: rows - 1] for lane in range(3)}
    assert all(set(ids) <= shown for ids in per_lane.values())


def test_histogram_counts_every_start_once() -> None:
    starts = sorted([1.0, 1.5, 2.0, 7.0, 9.99])
    assert histogram(starts, 0.0, 10.0, 5) == [2, 1, 0, 1, 1]
    assert histogram(starts, 0.0, 0.0, 5) == []


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], None),
        ([(5.0, 6.0), (1.0, 2.0)], (1.0, 6.0)),  # too few to trim: all of them
        ([(-5000.0, -4999.0)] + [(float(d), d + 1.0) for d in range(30)], (0.0, 30.0)),
        ([(float(d), d + 1.0) for d in range(30)] + [(9000.0, 9001.0)], (0.0, 30.0)),
    ],
)
def test_core_span_ignores_strays(
    spans: list[tuple[float, float]], expected: tuple[float, float] | None
) -> None:
    assert core_span(spans) == expected
