"""Every route to a publication date, in the order the first found wins."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.sources import read_article

TEXT = "The treaty entered into force on Saturday in Munich, officials said."
DATELINE = "MUNICH, Feb. 5, 2011 (Example Wire) -- " + TEXT


def _html(head: str) -> str:
    return (
        f"<html><head><title>T</title>{head}</head><body><article>"
        f"<p>{TEXT} Ministers exchanged the instruments of ratification.</p>"
        f"<p>The ceremony lasted less than an hour and ended a long process.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("name", "content", "published", "expected", "how"),
    [
        ("a.txt", "Date: 2011-02-06\n\n" + DATELINE, None, date(2011, 2, 6), "header"),
        ("a.txt", "Date: 6 February 2011\n\n" + TEXT, None, date(2011, 2, 6), "header"),
        ("a.txt", "Date: Feb. 6, 2011\n\n" + TEXT, None, date(2011, 2, 6), "header"),
        (
            "a.html",
            _html('<meta property="article:published_time" content="2011-02-06T10:00:00+01:00">'),
            None,
            date(2011, 2, 6),
            "html-meta",
        ),
        (
            "a.html",
            _html(
                '<script type="application/ld+json">{"@type": "NewsArticle",'
                ' "datePublished": "2011-02-07"}</script>'
            ),
            None,
            date(2011, 2, 7),
            "html-meta",
        ),
        (
            "a.html",
            _html("").replace("<article>", '<article><time datetime="2011-02-08">8 Feb</time>'),
            None,
            date(2011, 2, 8),
            "html-meta",
        ),
        (
            "a.html",
            _html('<meta name="pubdate" content="20110209">'),
            None,
            date(2011, 2, 9),
            "html-meta",
        ),
        ("2011-02-10-munich.txt", DATELINE, None, date(2011, 2, 5), "dateline"),
        ("2011-02-10-munich.txt", TEXT, None, date(2011, 2, 10), "filename"),
        ("2011-02-10-munich.txt", TEXT, date(2011, 3, 1), date(2011, 2, 10), "filename"),
        ("munich.txt", TEXT, date(2011, 3, 1), date(2011, 3, 1), "user"),
        ("munich.txt", TEXT, None, None, "none"),
        ("2011-02-30-munich.txt", TEXT, None, None, "none"),
    ],
)
def test_publication_date_routes(
    tmp_path: Path, name: str, content: str, published: date | None, expected: date | None, how: str
) -> None:
    path = tmp_path / name
    path.write_text(content)
    article = read_article(path, published)
    assert (article.published, article.published_how) == (expected, how)


def test_dateline_publisher_becomes_the_source(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DATELINE)
    article = read_article(path)
    assert article.source == "Example Wire"
    assert article.body.startswith("MUNICH, Feb. 5, 2011")
