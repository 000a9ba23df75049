"""The lesson store: create, reorder, annotate, rename and delete lessons."""

from __future__ import annotations

import pytest

from timeline.store import Store
from timeline.store.lessons import LessonError, Lessons


def test_create_lists_lessons_by_name(store: Store) -> None:
    lessons = Lessons(store)
    ids = [e.id for e in store.events()]
    b = lessons.create("Treaty year", ids[:2])
    a = lessons.create("  arms   race ")
    listed = lessons.list()
    assert [(x.id, x.name, x.step_count) for x in listed] == [
        (a, "arms race", 0),
        (b, "Treaty year", 2),
    ]
    assert lessons.find("TREATY YEAR") is not None
    assert lessons.find("missing") is None


def test_steps_are_saved_in_order_with_notes_and_survive_reopening(store: Store) -> None:
    lessons = Lessons(store)
    ids = [e.id for e in store.events()]
    lesson = lessons.create("Order")
    wanted = [(ids[3], "ask the class first"), (ids[0], ""), (ids[5], "show the map")]
    lessons.set_steps(lesson, wanted)
    path = store.path
    store.close()
    with Store(path) as again:
        steps = Lessons(again).steps(lesson)
    assert [(s.event_id, s.note) for s in steps] == wanted
    assert [s.position for s in steps] == [0, 1, 2]


def test_add_events_appends_only_new_ones(store: Store) -> None:
    lessons = Lessons(store)
    ids = [e.id for e in store.events()]
    lesson = lessons.create("Adds", [ids[1]])
    lessons.set_steps(lesson, [(ids[1], "keep me")])
    added = lessons.add_events(lesson, [ids[2], ids[1], ids[2], ids[4]])
    assert added == 2
    steps = lessons.steps(lesson)
    assert [s.event_id for s in steps] == [ids[1], ids[2], ids[4]]
    assert steps[0].note == "keep me"


@pytest.mark.parametrize("bad", ["", "   ", "Taken", " Taken  "])
def test_rename_rejects_empty_and_duplicate_names(store: Store, bad: str) -> None:
    lessons = Lessons(store)
    lessons.create("Taken")
    other = lessons.create("Other")
    with pytest.raises(LessonError):
        lessons.rename(other, bad)
    assert lessons.get(other).name == "Other"  # type: ignore[union-attr]


def test_duplicate_create_fails_and_leaves_nothing_behind(store: Store) -> None:
    lessons = Lessons(store)
    lessons.create("One")
    with pytest.raises(LessonError):
        lessons.create("One")
    assert len(lessons.list()) == 1


def test_delete_removes_the_steps(store: Store) -> None:
    lessons = Lessons(store)
    ids = [e.id for e in store.events()]
    lesson = lessons.create("Gone", ids)
    lessons.delete(lesson)
    assert lessons.list() == []
    assert store.db.execute("SELECT count(*) FROM lesson_steps").fetchone()[0] == 0
    with pytest.raises(LessonError):
        lessons.steps(lesson)


def test_unknown_event_is_refused_atomically(store: Store) -> None:
    lessons = Lessons(store)
    ids = [e.id for e in store.events()]
    lesson = lessons.create("Atomic", ids[:2])
    with pytest.raises(Exception, match=r"(?i)foreign key"):
        lessons.set_steps(lesson, [(ids[2], ""), (999_999, "")])
    assert lessons.event_ids(lesson) == ids[:2]
