"""Tags in the viewer: the tag filter, tag lanes, and the filter panel's tag list."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from timeline.app.filters import FilterPanel
from timeline.app.main_window import MainWindow
from timeline.app.settings import Settings
from timeline.app.timeline_model import OTHER_TAGS, UNTAGGED, EventFilter, LaneMode, TimelineModel
from timeline.core.records import Article, Mention
from timeline.core.tag_lanes import tag_frequencies, tag_lanes
from timeline.store import Store

pytestmark = pytest.mark.gui

ModelFactory = Callable[[Store], TimelineModel]

#: (title, tags) of the synthetic events, one a week from 3 January 2011.
TAGGED: list[tuple[str, tuple[str, ...]]] = [
    ("Senate ratifies the treaty", ("new start", "russia")),
    ("Treaty enters into force", ("russia", "new start")),
    ("Inspections begin under the treaty", ("new start",)),
    ("Moscow protests the shield", ("russia",)),
    ("Duma debates the budget", ("russia",)),
    ("Ministers meet in Sochi", ("russia",)),
    ("Kremlin reshuffles the cabinet", ("russia",)),
    ("Deauville summit opens", ("g8", "russia")),
    ("Camp David summit announced", ("russia", "g8")),
    ("Talks on Syria stall", ("syria",)),
    ("A quiet week in the capital", ()),
    ("Markets close for the holiday", ()),
]


def build_tagged_store(path: Path, specs: list[tuple[str, tuple[str, ...]]]) -> Store:
    """A store with one article whose sentences give one day event per spec."""
    store = Store(path)
    body = ""
    mentions: list[Mention] = []
    for number, (title, tags) in enumerate(specs):
        day = date(2011, 1, 3) + timedelta(weeks=number)
        expression = day.strftime("%B %d, %Y")
        sentence = f"{title} on {expression}."
        start = len(body)
        body += sentence + " "
        at = start + sentence.index(expression)
        mentions.append(
            Mention(
                sentence=sentence,
                sentence_start=start,
                sentence_end=start + len(sentence),
                expression=expression,
                expression_start=at,
                expression_end=at + len(expression),
                start=day,
                end=day,
                precision="day",
                confidence=0.9,
                title=title,
                lane="Diplomacy & summits",
                tags=tags,
            )
        )
    article = Article(
        path=str(path.parent / "tagged.txt"),
        sha256=hashlib.sha256(body.encode()).hexdigest(),
        title="Weekly digest",
        body=body,
        published=date(2011, 6, 1),
        published_how="header",
        source="Weekly Wire",
    )
    store.import_article(article, mentions)
    return store


@pytest.fixture
def tagged_store(tmp_path: Path) -> Iterator[Store]:
    """The events of ``TAGGED`` in a store."""
    store = build_tagged_store(tmp_path / "tagged.db", TAGGED)
    yield store
    store.close()


def titles_with_any(tags: set[str]) -> set[str]:
    """The titles of ``TAGGED`` carrying any of ``tags`` (the expected filter result)."""
    return {title for title, mine in TAGGED if tags & set(mine)}


# -- the model ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "tags",
    [{"g8"}, {"syria", "g8"}, {"new start"}, {"russia"}, {"no such tag"}],
)
def test_tag_filter_keeps_events_with_any_chosen_tag(
    tagged_store: Store, make_model: ModelFactory, tags: set[str]
) -> None:
    model = make_model(tagged_store)
    model.set_filter(EventFilter(tags=frozenset(tags)))
    assert {e.title for e in model.visible_events()} == titles_with_any(tags)
    model.set_filter(EventFilter())
    assert len(model.visible_events()) == len(TAGGED)


@pytest.mark.parametrize(
    "f",
    [
        EventFilter(tags=frozenset({"g8"}), search="summit"),
        EventFilter(tags=frozenset({"russia"}), lanes=frozenset({"x"}), search="treaty"),
        EventFilter(date_from=date(2011, 2, 1), min_sources=0, search="a"),
    ],
)
def test_without_search_keeps_every_other_field(f: EventFilter) -> None:
    plain = f.without_search()
    assert plain.search == ""
    assert plain == EventFilter(**{**f.__dict__, "search": ""})


def test_tag_filter_and_search_combine(tagged_store: Store, make_model: ModelFactory) -> None:
    model = make_model(tagged_store)
    model.set_filter(EventFilter(tags=frozenset({"russia"}), search="summit"))
    assert {e.title for e in model.visible_events()} == {
        "Deauville summit opens",
        "Camp David summit announced",
    }
    # The search context (drawn faded) keeps the tag filter.
    assert {e.title for e in model.context_events()} == titles_with_any({"russia"})


@pytest.mark.parametrize(
    ("title", "lane"),
    [
        ("Senate ratifies the treaty", "new start"),  # the rarer tag wins over "russia"
        ("Treaty enters into force", "new start"),
        ("Moscow protests the shield", "russia"),
        ("Camp David summit announced", "g8"),
        ("Talks on Syria stall", "syria"),
        ("A quiet week in the capital", UNTAGGED),
    ],
)
def test_tag_lane_is_the_most_specific_tag(
    tagged_store: Store, make_model: ModelFactory, title: str, lane: str
) -> None:
    model = make_model(tagged_store)
    model.set_lane_mode(LaneMode.TAG)
    event = next(e for e in model.visible_events() if e.title == title)
    assert model.lane_of(event) == lane


def test_tag_lanes_are_ordered_by_size_with_untagged_last(
    qtbot, tagged_store: Store, make_model: ModelFactory
) -> None:
    model = make_model(tagged_store)
    with qtbot.waitSignal(model.laneModeChanged):
        model.set_lane_mode(LaneMode.TAG)
    # russia holds 4 events, new start 3, g8 2, syria 1; two events have no tag.
    assert model.lanes() == ["russia", "new start", "g8", "syria", UNTAGGED]
    carrying = {tag: len(titles_with_any({tag})) for tag in ("russia", "new start")}
    assert model.tag_counts()[:2] == list(carrying.items())


def test_lane_filter_in_tag_mode(tagged_store: Store, make_model: ModelFactory) -> None:
    model = make_model(tagged_store)
    model.set_lane_mode(LaneMode.TAG)
    model.set_filter(EventFilter(lanes=frozenset({"g8", UNTAGGED})))
    assert {e.title for e in model.visible_events()} == {
        "Deauville summit opens",
        "Camp David summit announced",
        "A quiet week in the capital",
        "Markets close for the holiday",
    }


# -- the pure tag-lane rule ------------------------------------------------------------


@pytest.mark.parametrize(("lanes", "named"), [(12, 12), (3, 3), (20, 14)])
def test_tag_lanes_are_capped_with_other_tags(lanes: int, named: int) -> None:
    # Tag "t00" is on 14 events, "t01" on 13, ... "t13" on 1: each event has one tag.
    tags = {}
    next_id = 0
    for rank in range(14):
        for _ in range(14 - rank):
            tags[next_id] = (f"t{rank:02d}",)
            next_id += 1
    lane_of, order = tag_lanes(tags, untagged=1, max_lanes=lanes)
    expected_named = [f"t{rank:02d}" for rank in range(named)]
    assert order[:named] == expected_named
    rest = [OTHER_TAGS] if named < 14 else []
    assert order[named:] == [*rest, UNTAGGED]
    assert all(lane in order for lane in lane_of.values())
    assert sum(1 for lane in lane_of.values() if lane == OTHER_TAGS) == sum(
        14 - rank for rank in range(named, 14)
    )


def test_tag_frequencies_count_each_event_once() -> None:
    counts = tag_frequencies({1: ("a", "b"), 2: ("b",), 3: ("b", "c"), 4: ()})
    assert counts == [("b", 3), ("a", 1), ("c", 1)]


# -- the filter panel ------------------------------------------------------------------


def tag_item_row(panel: FilterPanel, tag: str) -> int:
    """The row of ``tag`` in the panel's tag list."""
    for i in range(panel.tag_list.count()):
        if panel.tag_list.item(i).data(Qt.ItemDataRole.UserRole) == tag:
            return i
    raise AssertionError(f"no tag {tag!r} listed")


def test_tag_list_is_by_frequency_with_counts(
    qtbot, tagged_store: Store, make_model: ModelFactory
) -> None:
    panel = FilterPanel(make_model(tagged_store))
    qtbot.addWidget(panel)
    listed = [panel.tag_list.item(i).text() for i in range(panel.tag_list.count())]
    order = ["russia", "new start", "g8", "syria"]
    assert listed == [f"{tag}  ({len(titles_with_any({tag}))})" for tag in order]
    panel.tag_find.setText("S")
    shown = [
        panel.tag_list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(panel.tag_list.count())
        if not panel.tag_list.item(i).isHidden()
    ]
    assert shown == ["russia", "new start", "syria"]


@pytest.fixture
def window(qtbot, tagged_store: Store, tmp_path: Path) -> Iterator[MainWindow]:
    """A main window over the tagged store, settings in tmp_path, filters shown."""
    main = MainWindow(tagged_store, Settings.at(tmp_path / "settings"), show_dialogs=False)
    qtbot.addWidget(main)
    main.resize(1200, 800)
    main.commands.animations.setChecked(False)
    main.show()
    qtbot.waitExposed(main)
    main.commands.show_filters.setChecked(True)
    yield main
    main.importer.shutdown()


@pytest.mark.parametrize("ticked", [["g8"], ["syria", "g8"], ["new start", "syria"]])
def test_ticking_tags_filters_events_and_counts(
    qtbot, window: MainWindow, ticked: list[str]
) -> None:
    panel = window.filters
    total = len(TAGGED)
    assert window.count_label.text() == f"{total} of {total} events"
    for tag in ticked:
        item = panel.tag_list.item(tag_item_row(panel, tag))
        with qtbot.waitSignal(window.model.eventsChanged):
            item.setCheckState(Qt.CheckState.Checked)
    wanted = titles_with_any(set(ticked))
    assert {e.title for e in window.model.visible_events()} == wanted
    assert window.model.filter().tags == frozenset(ticked)
    assert window.count_label.text() == f"{len(wanted)} of {total} events"
    assert window.table.model().rowCount() == len(wanted)
    panel.any_tag.click()
    assert window.model.filter().tags is None
    assert window.count_label.text() == f"{total} of {total} events"
    assert all(
        panel.tag_list.item(i).checkState() == Qt.CheckState.Unchecked
        for i in range(panel.tag_list.count())
    )


def test_tag_lane_mode_from_the_menu(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.model.laneModeChanged):
        window.commands.lane_actions[LaneMode.TAG].trigger()
    assert window.lanes_combo.currentData() == "tag"
    assert [b.name for b in window.view.lane_bands()] == window.model.lanes()
    lanes = [
        window.filters.lane_list.item(i).text() for i in range(window.filters.lane_list.count())
    ]
    assert lanes == window.model.lanes()


def test_clicking_a_listed_event_brings_its_tag_lane_into_view(qtbot, window: MainWindow) -> None:
    window.set_lane_mode(LaneMode.TAG)
    window.commands.show_filters.setChecked(False)
    view, table = window.view, window.table
    window.resize(1000, 520)
    qtbot.waitUntil(lambda: view.height() < 300)
    view.zoom_to_fit(animate=False)
    view._scrollbar.setValue(0)
    axis_h = view._ensure_scene().metrics.axis_h

    def shown(event_id: int) -> bool:
        y = view.event_row_y(event_id)
        return y is not None and axis_h < y < view.height()

    lowest = view.lane_bands()[-1].name
    row = next(
        r
        for r in range(table.row_count())
        if window.model.lane_of(window.model.row(table.event_id_at(r))) == lowest  # type: ignore[arg-type]
    )
    event_id = table.event_id_at(row)
    assert event_id is not None and not shown(event_id)
    table.scrollTo(table.model().index(row, 1))
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.model.selected_id() == event_id
    qtbot.waitUntil(lambda: shown(event_id))
