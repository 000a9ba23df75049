"""Lessons: named, ordered lists of events with a teacher's note per step (all lesson SQL)."""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from timeline.store.connection import StoreError, describe_error
from timeline.store.store import Store, now_iso


@dataclass(frozen=True, slots=True)
class Lesson:
    """A named lesson and how many steps it has."""

    id: int
    name: str
    created_at: str
    updated_at: str
    step_count: int


@dataclass(frozen=True, slots=True)
class LessonStep:
    """One step of a lesson: an event and the teacher's note for it."""

    position: int
    event_id: int
    note: str


class LessonError(StoreError):
    """A lesson operation cannot be done (unknown lesson, duplicate or empty name)."""


class Lessons:
    """Read and change the lessons stored in one timeline database."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db

    # -- reading -------------------------------------------------------------

    def list(self) -> builtins.list[Lesson]:
        """Every lesson, by name (case-insensitive)."""
        rows = self._query(
            """SELECT l.id, l.name, l.created_at, l.updated_at,
                      (SELECT count(*) FROM lesson_steps s WHERE s.lesson_id = l.id)
               FROM lessons l ORDER BY l.name COLLATE NOCASE, l.id"""
        )
        return [Lesson(int(r[0]), r[1], r[2], r[3], int(r[4])) for r in rows]

    def get(self, lesson_id: int) -> Lesson | None:
        """One lesson, or ``None``."""
        return next((lesson for lesson in self.list() if lesson.id == lesson_id), None)

    def find(self, name: str) -> Lesson | None:
        """The lesson with this name (exact first, then ignoring case), or ``None``."""
        lessons = self.list()
        for lesson in lessons:
            if lesson.name == name:
                return lesson
        folded = name.strip().casefold()
        return next((lesson for lesson in lessons if lesson.name.casefold() == folded), None)

    def steps(self, lesson_id: int) -> builtins.list[LessonStep]:
        """The steps of a lesson in order (events deleted since are gone)."""
        self._require(lesson_id)
        rows = self._query(
            """SELECT position, event_id, note FROM lesson_steps
               WHERE lesson_id = ? ORDER BY position, id""",
            [lesson_id],
        )
        return [LessonStep(i, int(r[1]), r[2]) for i, r in enumerate(rows)]

    def event_ids(self, lesson_id: int) -> builtins.list[int]:
        """The event ids of a lesson in step order."""
        return [step.event_id for step in self.steps(lesson_id)]

    # -- writing -------------------------------------------------------------

    def create(self, name: str, event_ids: Iterable[int] = ()) -> int:
        """A new lesson named ``name`` (unique), optionally with steps; its id."""
        clean = self._clean_name(name)
        now = now_iso()
        with self._atomic():
            if self._name_taken(clean):
                raise LessonError(f"a lesson named {clean!r} already exists")
            cursor = self.db.execute(
                "INSERT INTO lessons (name, created_at, updated_at) VALUES (?, ?, ?)",
                [clean, now, now],
            )
            lesson_id = int(cursor.lastrowid or 0)
            self._write_steps(lesson_id, [(e, "") for e in event_ids])
        return lesson_id

    def rename(self, lesson_id: int, name: str) -> None:
        """Give a lesson a new (unique) name."""
        clean = self._clean_name(name)
        with self._atomic():
            self._require(lesson_id)
            if self._name_taken(clean, except_id=lesson_id):
                raise LessonError(f"a lesson named {clean!r} already exists")
            self.db.table("lessons").update(lesson_id, {"name": clean, "updated_at": now_iso()})

    def delete(self, lesson_id: int) -> None:
        """Remove a lesson and its steps."""
        with self._atomic():
            self._require(lesson_id)
            self.db.execute("DELETE FROM lesson_steps WHERE lesson_id = ?", [lesson_id])
            self.db.execute("DELETE FROM lessons WHERE id = ?", [lesson_id])

    def set_steps(self, lesson_id: int, steps: Sequence[tuple[int, str]]) -> None:
        """Replace a lesson's steps by ``steps``: ordered ``(event_id, note)`` pairs."""
        with self._atomic():
            self._require(lesson_id)
            self.db.execute("DELETE FROM lesson_steps WHERE lesson_id = ?", [lesson_id])
            self._write_steps(lesson_id, steps)
            self.db.table("lessons").update(lesson_id, {"updated_at": now_iso()})

    def add_events(self, lesson_id: int, event_ids: Iterable[int]) -> int:
        """Append events not yet in the lesson; how many were added."""
        with self._atomic():
            current = self.steps(lesson_id)
            present = {step.event_id for step in current}
            new: list[int] = []
            for event_id in event_ids:
                if event_id not in present:
                    present.add(event_id)
                    new.append(event_id)
            if new:
                pairs = [(s.event_id, s.note) for s in current] + [(e, "") for e in new]
                self.db.execute("DELETE FROM lesson_steps WHERE lesson_id = ?", [lesson_id])
                self._write_steps(lesson_id, pairs)
                self.db.table("lessons").update(lesson_id, {"updated_at": now_iso()})
        return len(new)

    # -- helpers -------------------------------------------------------------

    def _write_steps(self, lesson_id: int, steps: Sequence[tuple[int, str]]) -> None:
        if not steps:
            return
        self.db.table("lesson_steps").insert_all(
            {"lesson_id": lesson_id, "position": i, "event_id": int(e), "note": note or ""}
            for i, (e, note) in enumerate(steps)
        )

    @contextmanager
    def _atomic(self) -> Iterator[None]:
        """``db.atomic()`` turning SQLite failures into a ``StoreError`` naming the file."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.Error as error:
            raise describe_error(self.store.path, error) from error

    def _query(self, sql: str, params: Sequence[object] = ()) -> builtins.list[tuple[Any, ...]]:
        try:
            return list(self.db.execute(sql, list(params)).fetchall())
        except sqlite3.Error as error:
            raise describe_error(self.store.path, error) from error

    def _require(self, lesson_id: int) -> None:
        row = self.db.execute("SELECT 1 FROM lessons WHERE id = ?", [lesson_id]).fetchone()
        if row is None:
            raise LessonError(f"no lesson with id {lesson_id}")

    def _name_taken(self, name: str, except_id: int | None = None) -> bool:
        row = self.db.execute(
            "SELECT id FROM lessons WHERE name = ? AND id IS NOT ?", [name, except_id]
        ).fetchone()
        return row is not None

    @staticmethod
    def _clean_name(name: str) -> str:
        clean = " ".join(name.split())
        if not clean:
            raise LessonError("a lesson needs a name")
        return clean
