"""The stage driven by keys as a clicker or keyboard sends them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from timeline.app.present.stage import PresentationStage
from timeline.app.present.steps import Step
from timeline.store import Store

Key = Qt.Key
MakeStage = Callable[..., PresentationStage]


@pytest.fixture
def make_stage(qtbot: QtBot, store: Store) -> MakeStage:
    """A stage over all synthetic events in date order, animations off, shown offscreen."""

    def make(reveal: bool = False, size: tuple[int, int] = (1280, 720)) -> PresentationStage:
        steps = [Step(e, f"note {i}") for i, e in enumerate(store.events())]
        stage = PresentationStage(steps, load=store.event, reveal=reveal, animate=False)
        qtbot.addWidget(stage)
        stage.resize(*size)
        stage.show()
        qtbot.waitExposed(stage)
        return stage

    return make


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ([Key.Key_Right], 1),
        ([Key.Key_PageDown, Key.Key_Space], 2),
        ([Key.Key_Right, Key.Key_Right, Key.Key_Left], 1),
        ([Key.Key_End, Key.Key_PageUp], 5),
        ([Key.Key_End, Key.Key_Backspace, Key.Key_Backspace], 4),
        ([Key.Key_End, Key.Key_Home], 0),
        ([Key.Key_Left], 0),  # no step before the first
        ([Key.Key_End, Key.Key_Right], 6),  # no step after the last
    ],
)
def test_stepping_keys(make_stage: MakeStage, qtbot: QtBot, keys: list[Key], expected: int) -> None:
    stage = make_stage()
    for key in keys:
        qtbot.keyClick(stage, key)
    assert stage.current_index() == expected
    assert stage.target_viewport().contains(
        stage.current_step().event.start.toordinal() + 0.5  # type: ignore[union-attr]
    )


def test_each_step_frames_its_event_and_emits(make_stage: MakeStage, qtbot: QtBot) -> None:
    stage = make_stage()
    seen: list[int] = []
    stage.stepChanged.connect(lambda i: seen.append(i))
    for _ in range(stage.step_count() - 1):
        before = stage.viewport()
        qtbot.keyClick(stage, Key.Key_Right)
        assert stage.viewport() != before
    assert seen == list(range(1, stage.step_count()))


@pytest.mark.parametrize(("typed", "expected"), [("4", 3), ("7", 6), ("1", 0), ("99", 6), ("0", 0)])
def test_number_then_enter_jumps(
    make_stage: MakeStage, qtbot: QtBot, typed: str, expected: int
) -> None:
    stage = make_stage()
    qtbot.keyClick(stage, Key.Key_Right)
    qtbot.keyClicks(stage, typed)
    assert stage.pending_number() == typed
    assert stage.current_index() == 1  # nothing moves before Enter
    qtbot.keyClick(stage, Key.Key_Return)
    assert stage.current_index() == expected
    assert stage.pending_number() == ""


def test_backspace_edits_a_typed_number(make_stage: MakeStage, qtbot: QtBot) -> None:
    stage = make_stage()
    qtbot.keyClicks(stage, "52")
    qtbot.keyClick(stage, Key.Key_Backspace)
    qtbot.keyClick(stage, Key.Key_Enter)
    assert stage.current_index() == 4


@pytest.mark.parametrize("key", [Key.Key_B, Key.Key_Period])
def test_blank_and_unblank_with_the_same_key(make_stage: MakeStage, qtbot: QtBot, key: Key) -> None:
    stage = make_stage()
    qtbot.keyClick(stage, Key.Key_Right)
    qtbot.keyClick(stage, key)
    assert stage.is_blank()
    image = stage.grab().toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 97) for y in range(0, image.height(), 53)
    }
    assert len(colours) == 1  # nothing but black
    qtbot.keyClick(stage, key)
    assert not stage.is_blank()
    assert stage.current_index() == 1


def test_a_move_on_a_blank_screen_only_brings_it_back(make_stage: MakeStage, qtbot: QtBot) -> None:
    stage = make_stage()
    qtbot.keyClick(stage, Key.Key_B)
    qtbot.keyClick(stage, Key.Key_Right)
    assert not stage.is_blank()
    assert stage.current_index() == 0


def test_reveal_hides_later_events(make_stage: MakeStage, qtbot: QtBot, store: Store) -> None:
    ids = [e.id for e in store.events()]
    stage = make_stage(reveal=True)
    qtbot.keyClick(stage, Key.Key_End)
    assert stage.drawn_event_ids() <= set(ids)
    for index in range(len(ids)):
        stage.go_to(index)
        later = set(ids[index + 1 :])
        assert stage.drawn_event_ids().isdisjoint(later)
        assert ids[index] in stage.drawn_event_ids()
        assert stage.band_event_ids() == ids[: index + 1]
    stage.go_to(2)
    hidden_near = stage.drawn_event_ids()
    qtbot.keyClick(stage, Key.Key_R)  # reveal off: the later neighbour now shows
    assert not stage.reveal()
    assert ids[3] in stage.drawn_event_ids() - hidden_near


def test_escape_leaves(make_stage: MakeStage, qtbot: QtBot) -> None:
    stage = make_stage()
    with qtbot.waitSignal(stage.finished, timeout=1000):
        qtbot.keyClick(stage, Key.Key_Escape)


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (1024, 768)])
def test_type_is_projector_sized(
    make_stage: MakeStage, qtbot: QtBot, size: tuple[int, int]
) -> None:
    stage = make_stage(size=size)
    for index in range(stage.step_count()):
        stage.go_to(index)
        assert stage.title_pixel_size() >= 0.05 * size[1]
        assert stage.body_pixel_size() >= 0.025 * size[1]


def test_animation_reaches_the_target(make_stage: MakeStage, qtbot: QtBot) -> None:
    stage = make_stage()
    stage.set_animations_enabled(True)
    qtbot.keyClick(stage, Key.Key_End)
    target = stage.target_viewport()
    qtbot.waitUntil(lambda: stage.viewport() == target, timeout=3000)


def test_clicks_step_forward_and_back(make_stage: MakeStage, qtbot: QtBot) -> None:
    stage = make_stage()
    qtbot.mouseClick(stage, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(stage, Qt.MouseButton.LeftButton)
    assert stage.current_index() == 2
    qtbot.mouseClick(stage, Qt.MouseButton.RightButton)
    assert stage.current_index() == 1


def test_an_empty_stage_says_so_and_still_leaves(qtbot: QtBot) -> None:
    stage = PresentationStage([], animate=False)
    qtbot.addWidget(stage)
    stage.resize(1280, 720)
    stage.show()
    for key in (Key.Key_Right, Key.Key_End, Key.Key_3, Key.Key_Return, Key.Key_B, Key.Key_B):
        qtbot.keyClick(stage, key)
    assert stage.step_count() == 0 and stage.drawn_event_ids() == set()
    image = stage.grab().toImage()
    assert len({image.pixel(x, 250) for x in range(0, image.width(), 3)}) > 1  # a message
    with qtbot.waitSignal(stage.finished, timeout=1000):
        qtbot.keyClick(stage, Key.Key_Escape)
