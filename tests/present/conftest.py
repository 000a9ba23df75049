"""Fixtures for the presentation tests: a synthetic store with a few dated events."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from timeline.core.records import Article, Mention, Precision
from timeline.store import Store


@dataclass(frozen=True)
class Happening:
    """One synthetic event: its sentence, interval, precision, lane and publisher."""

    title: str
    start: date
    end: date
    precision: Precision
    lane: str
    publisher: str


HAPPENINGS: tuple[Happening, ...] = (
    Happening(
        "Senate ratifies the treaty",
        date(2010, 12, 22),
        date(2010, 12, 22),
        "day",
        "Arms control",
        "Daily Courier",
    ),
    Happening(
        "Treaty enters into force",
        date(2011, 2, 5),
        date(2011, 2, 5),
        "day",
        "Arms control",
        "Evening Post",
    ),
    Happening(
        "Talks on missile defence stall",
        date(2011, 6, 1),
        date(2011, 6, 30),
        "month",
        "Security",
        "Daily Courier",
    ),
    Happening(
        "Parliamentary election held",
        date(2011, 12, 4),
        date(2011, 12, 4),
        "day",
        "Domestic politics",
        "World Wire",
    ),
    Happening(
        "Protests fill the squares",
        date(2011, 12, 10),
        date(2011, 12, 24),
        "day",
        "Domestic politics",
        "Evening Post",
    ),
    Happening(
        "Council vote vetoed", date(2012, 2, 4), date(2012, 2, 4), "day", "Security", "World Wire"
    ),
    Happening(
        "Summit moved to the retreat",
        date(2012, 5, 18),
        date(2012, 5, 19),
        "day",
        "Summits",
        "Daily Courier",
    ),
)


def add_happening(store: Store, index: int, h: Happening) -> None:
    """Import one article stating ``h`` in one sentence."""
    sentence = f"{h.title} according to officials, the report said."
    body = f"{sentence} Further reading follows in the next paragraph."
    article = Article(
        path=f"/synthetic/article-{index}.txt",
        sha256=hashlib.sha256(body.encode()).hexdigest(),
        title=f"Report {index}: {h.title}",
        body=body,
        published=h.end,
        published_how="header",
        source=h.publisher,
    )
    mention = Mention(
        sentence=sentence,
        sentence_start=0,
        sentence_end=len(sentence),
        expression=h.title.split()[0],
        expression_start=0,
        expression_end=len(h.title.split()[0]),
        start=h.start,
        end=h.end,
        precision=h.precision,
        confidence=0.9,
        title=h.title,
        lane=h.lane,
    )
    store.import_article(article, [mention])


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database file filled with the synthetic happenings."""
    path = tmp_path / "present.db"
    with Store(path) as store:
        for i, h in enumerate(HAPPENINGS):
            add_happening(store, i, h)
    return path


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """An open store on the synthetic database."""
    s = Store(db_path)
    yield s
    s.close()
