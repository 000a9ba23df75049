"""The shared TimelineModel: filtering, search, selection, lanes and time-order walking."""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import date

import pytest

from tests.app.conftest import DENSE_COUNT, DENSE_FIRST, DENSE_LAST, sample_specs
from timeline.app.timeline_model import EventFilter, LaneMode, TimelineModel
from timeline.store import Store

pytestmark = pytest.mark.gui

ModelFactory = Callable[[Store], TimelineModel]


def test_loads_every_event_sorted(sample_store: Store, make_model: ModelFactory) -> None:
    model = make_model(sample_store)
    events = model.visible_events()
    assert model.total_count() == len(sample_specs()) == len(events)
    keys = [(e.start, e.end, e.id) for e in events]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    ("f", "expected"),
    [
        (
            EventFilter(lanes=frozenset({"Economy"})),
            {"Summer of budget negotiations", "Spring talks on sanctions"},
        ),
        (
            EventFilter(date_from=date(2012, 5, 1)),
            {
                "Spring talks on sanctions",
                "New president inaugurated in Moscow",
                "G8 summit at Camp David",
            },
        ),
        (
            EventFilter(date_to=date(2011, 1, 31)),
            {"Senate ratifies the arms treaty", "A year of Arab uprisings"},
        ),
        (EventFilter(min_sources=2), set()),
    ],
)
def test_filter_keeps_matching_events(
    sample_store: Store, make_model: ModelFactory, f: EventFilter, expected: set[str]
) -> None:
    model = make_model(sample_store)
    model.set_filter(f)
    assert {e.title for e in model.visible_events()} == expected


def test_loaded_rows_are_kept_out_of_the_collectors_walks(
    sample_store: Store, make_model: ModelFactory
) -> None:
    # Otherwise the first collections after a load walk every row again,
    # pausing the first frames (20 to 50 ms at 100,000 events).
    before = gc.get_freeze_count()
    model = make_model(sample_store)
    assert model.visible_events()
    assert gc.get_freeze_count() > before
    assert gc.isenabled()


def test_article_filter(sample_store: Store, make_model: ModelFactory) -> None:
    model = make_model(sample_store)
    ledger = next(a.id for a in sample_store.articles() if a.source == "Daily Ledger")
    model.set_filter(EventFilter(article_ids=frozenset({ledger})))
    expected = sum(1 for s in sample_specs() if s.publisher == "Daily Ledger")
    assert len(model.visible_events()) == expected


def test_search_filters_and_highlights(
    qtbot, sample_store: Store, make_model: ModelFactory
) -> None:
    model = make_model(sample_store)
    with qtbot.waitSignals([model.eventsChanged, model.highlightChanged]):
        model.set_filter(EventFilter(search="honolulu"))
    visible = {e.id for e in model.visible_events()}
    assert visible == sample_store.search_event_ids("honolulu")
    assert "APEC summit in Honolulu" in {e.title for e in model.visible_events()}
    assert 0 < len(visible) < model.total_count()
    assert model.highlighted_ids() == {e.id for e in model.visible_events()}
    assert len(model.context_events()) == model.total_count()
    with qtbot.waitSignal(model.highlightChanged):
        model.set_filter(EventFilter())
    assert model.highlighted_ids() == frozenset()


def test_selection_signal_and_filter_clears_hidden_selection(
    qtbot, sample_store: Store, make_model: ModelFactory
) -> None:
    model = make_model(sample_store)
    first = model.visible_events()[0].id
    with qtbot.waitSignal(model.selectionChanged) as blocker:
        model.select(first)
    assert blocker.args == [first]
    with qtbot.assertNotEmitted(model.selectionChanged):
        model.select(first)
    with qtbot.waitSignal(model.selectionChanged) as blocker:
        model.set_filter(EventFilter(date_from=date(2012, 1, 1)))
    assert blocker.args == [None]
    assert model.selected_id() is None


def test_next_id_walks_time_order(sample_store: Store, make_model: ModelFactory) -> None:
    model = make_model(sample_store)
    ids = [e.id for e in model.visible_events()]
    assert model.next_id(None) == ids[0]
    assert model.next_id(None, -1) == ids[-1]
    walked = [ids[0]]
    while (nxt := model.next_id(walked[-1])) != walked[-1]:
        assert nxt is not None
        walked.append(nxt)
    assert walked == ids
    assert model.next_id(ids[5], -1) == ids[4]
    assert model.next_id(ids[0], -1) == ids[0]


def test_next_id_from_filtered_out_event(sample_store: Store, make_model: ModelFactory) -> None:
    model = make_model(sample_store)
    everything = list(model.visible_events())
    model.set_filter(EventFilter(lanes=frozenset({"Summits"})))
    outsider = next(e for e in everything if e.lane != "Summits" and e.start > date(2011, 6, 1))
    following = next(
        e
        for e in model.visible_events()
        if (e.start, e.end, e.id) > (outsider.start, outsider.end, outsider.id)
    )
    assert model.next_id(outsider.id) == following.id


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        (LaneMode.TOPIC, ["Arms control", "Economy", "Security", "Summits"]),
        (LaneMode.SOURCE, ["Daily Ledger", "Evening Post", "World Wire"]),
        (LaneMode.NONE, [""]),
    ],
)
def test_lane_modes(
    qtbot, sample_store: Store, make_model: ModelFactory, mode: LaneMode, expected: list[str]
) -> None:
    model = make_model(sample_store)
    if mode is not LaneMode.TOPIC:
        with qtbot.waitSignal(model.laneModeChanged):
            model.set_lane_mode(mode)
    assert model.lanes() == expected
    event = model.visible_events()[0]
    assert model.lane_of(event) in expected


def test_event_has_sources_and_extent(sample_store: Store, make_model: ModelFactory) -> None:
    model = make_model(sample_store)
    first = model.visible_events()[0]
    full = model.event(first.id)
    assert full is not None and len(full.sources) == 1
    assert model.extent() == (date(2010, 12, 22), date(2012, 5, 31))


def test_empty_store(empty_store: Store, make_model: ModelFactory) -> None:
    model = make_model(empty_store)
    assert model.total_count() == 0
    assert model.extent() is None
    assert model.next_id(None) is None


def test_dense_week_present(sample_store: Store, make_model: ModelFactory) -> None:
    model = make_model(sample_store)
    model.set_filter(
        EventFilter(date_from=DENSE_FIRST, date_to=DENSE_LAST, lanes=frozenset({"Summits"}))
    )
    assert len(model.visible_events()) == DENSE_COUNT


def test_qt_events_still_reach_qobject(
    qtbot, sample_store: Store, make_model: ModelFactory
) -> None:
    from PySide6.QtCore import QEvent

    model = make_model(sample_store)
    assert isinstance(model.event(QEvent(QEvent.Type.User)), bool)  # type: ignore[arg-type]
