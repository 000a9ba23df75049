"""Shared fixtures for the Qt app tests: a synthetic store and a model factory."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from shiboken6 import isValid

from timeline.app.timeline_model import TimelineModel
from timeline.core.records import Article, Mention, Precision
from timeline.store import Store

#: Start of the dense week: 30 events between these days (inclusive).
DENSE_FIRST = date(2011, 9, 12)
DENSE_LAST = date(2011, 9, 18)
DENSE_COUNT = 30


@dataclass(frozen=True)
class Spec:
    """One synthetic event: its interval, precision, title, lane and publisher."""

    start: date
    end: date
    precision: Precision
    title: str
    lane: str
    publisher: str
    expression: str


def _sparse_specs() -> list[Spec]:
    d = date
    return [
        Spec(
            d(2010, 12, 22),
            d(2010, 12, 22),
            "day",
            "Senate ratifies the arms treaty",
            "Arms control",
            "Daily Ledger",
            "on Wednesday",
        ),
        Spec(
            d(2011, 2, 5),
            d(2011, 2, 5),
            "day",
            "Treaty enters into force at Munich",
            "Arms control",
            "World Wire",
            "on Saturday",
        ),
        Spec(
            d(2011, 3, 1),
            d(2011, 3, 31),
            "month",
            "Talks on missile defence resume",
            "Arms control",
            "Evening Post",
            "in March",
        ),
        Spec(
            d(2011, 3, 19),
            d(2011, 3, 31),
            "day",
            "Air campaign over Libya",
            "Security",
            "World Wire",
            "from March 19",
        ),
        Spec(
            d(2011, 6, 1),
            d(2011, 8, 31),
            "season",
            "Summer of budget negotiations",
            "Economy",
            "Daily Ledger",
            "this summer",
        ),
        Spec(
            d(2011, 5, 26),
            d(2011, 5, 27),
            "day",
            "G8 leaders meet at Deauville",
            "Summits",
            "Evening Post",
            "May 26-27",
        ),
        Spec(
            d(2011, 1, 1),
            d(2011, 12, 31),
            "year",
            "A year of Arab uprisings",
            "Security",
            "World Wire",
            "in 2011",
        ),
        Spec(
            d(2011, 11, 12),
            d(2011, 11, 13),
            "day",
            "APEC summit in Honolulu",
            "Summits",
            "Daily Ledger",
            "November 12-13",
        ),
        Spec(
            d(2012, 3, 26),
            d(2012, 3, 27),
            "day",
            "Nuclear Security Summit in Seoul",
            "Summits",
            "World Wire",
            "March 26-27",
        ),
        Spec(
            d(2012, 3, 1),
            d(2012, 5, 31),
            "season",
            "Spring talks on sanctions",
            "Economy",
            "Evening Post",
            "in the spring",
        ),
        Spec(
            d(2012, 5, 7),
            d(2012, 5, 7),
            "day",
            "New president inaugurated in Moscow",
            "Security",
            "Daily Ledger",
            "on Monday",
        ),
        Spec(
            d(2012, 5, 18),
            d(2012, 5, 19),
            "day",
            "G8 summit at Camp David",
            "Summits",
            "World Wire",
            "May 18-19",
        ),
    ]


def _dense_specs() -> list[Spec]:
    publishers = ("Daily Ledger", "World Wire", "Evening Post")
    span = (DENSE_LAST - DENSE_FIRST).days + 1
    return [
        Spec(
            DENSE_FIRST + timedelta(days=i % span),
            DENSE_FIRST + timedelta(days=i % span),
            "day",
            f"Assembly session item {i + 1}",
            "Summits",
            publishers[i % 3],
            "that day",
        )
        for i in range(DENSE_COUNT)
    ]


def sample_specs() -> list[Spec]:
    """All synthetic events of ``sample_store``: 12 spread out plus 30 in one week."""
    return _sparse_specs() + _dense_specs()


def build_store(path: Path, specs: list[Spec]) -> Store:
    """A store with one article per publisher and one mention per spec."""
    store = Store(path)
    by_publisher: dict[str, list[Spec]] = {}
    for spec in specs:
        by_publisher.setdefault(spec.publisher, []).append(spec)
    for number, (publisher, items) in enumerate(sorted(by_publisher.items())):
        body = ""
        mentions: list[Mention] = []
        for spec in items:
            sentence = f"{spec.title}, the report said {spec.expression}."
            start = len(body)
            body += sentence + " "
            expr_start = start + sentence.index(spec.expression)
            mentions.append(
                Mention(
                    sentence=sentence,
                    sentence_start=start,
                    sentence_end=start + len(sentence),
                    expression=spec.expression,
                    expression_start=expr_start,
                    expression_end=expr_start + len(spec.expression),
                    start=spec.start,
                    end=spec.end,
                    precision=spec.precision,
                    confidence=0.9,
                    title=spec.title,
                    lane=spec.lane,
                )
            )
        article = Article(
            path=str(path.parent / f"article-{number}.txt"),
            sha256=hashlib.sha256(body.encode()).hexdigest(),
            title=f"{publisher} digest",
            body=body,
            published=max(s.end for s in items),
            published_how="header",
            source=publisher,
        )
        store.import_article(article, mentions)
    return store


@pytest.fixture
def sample_store(tmp_path: Path) -> Iterator[Store]:
    """A store with 42 synthetic events over 2010-2012, three lanes, three publishers.

    Points, ranges, month/season/year precision, and a dense week of 30 events
    (``DENSE_FIRST``..``DENSE_LAST``, lane "Summits").
    """
    store = build_store(tmp_path / "sample.db", sample_specs())
    yield store
    store.close()


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    """A store without any article."""
    store = Store(tmp_path / "empty.db")
    yield store
    store.close()


@pytest.fixture
def make_model(qapp: object) -> Iterator[Callable[[Store], TimelineModel]]:
    """A factory of TimelineModels over a store; the models are deleted afterwards."""
    made: list[TimelineModel] = []

    def make(store: Store) -> TimelineModel:
        model = TimelineModel(store)
        made.append(model)
        return model

    yield make
    for model in made:
        if isValid(model):
            model.deleteLater()
