"""The seed article (published 2012-03-10) yields exactly the issue's expected events."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.extract import extract_mentions

SEED = Path(__file__).parents[2] / "data" / "articles" / "2012-03-10-000_253e49cc8d59382d.txt"


@pytest.fixture(scope="module")
def seed_body() -> str:
    if not SEED.exists():
        pytest.skip("seed article not in data/articles")
    from timeline.sources import read_article

    article = read_article(SEED)
    assert article.published == date(2012, 3, 10)
    return article.body


def test_seed_exact_day_events(seed_body: str) -> None:
    mentions = extract_mentions(seed_body, date(2012, 3, 10))
    exact = {
        (m.expression, m.start.isoformat(), m.end.isoformat())
        for m in mentions
        if m.precision == "day"
    }
    assert exact == {
        ("Friday", "2012-03-09", "2012-03-09"),
        ("March 4", "2012-03-04", "2012-03-04"),
        ("Wednesday evening", "2012-03-07", "2012-03-07"),
        ("a day earlier", "2012-03-08", "2012-03-08"),
        ("May 18-19", "2012-05-18", "2012-05-19"),
    }


def test_seed_vague_spans_stay_coarse(seed_body: str) -> None:
    mentions = extract_mentions(seed_body, date(2012, 3, 10))
    coarse = {m.expression: m for m in mentions if m.precision != "day"}
    assert set(coarse) <= {"the past three years", "the last few months"}
    for mention in coarse.values():
        assert mention.precision in ("month", "year")
        assert (mention.end - mention.start).days > 60
        assert mention.confidence < 0.5


def test_seed_mentions_carry_sentence_and_label(seed_body: str) -> None:
    for mention in extract_mentions(seed_body, date(2012, 3, 10)):
        assert seed_body[mention.sentence_start : mention.sentence_end] == mention.sentence
        assert mention.expression in mention.sentence
        assert mention.title and len(mention.title) <= 90
