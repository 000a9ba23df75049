"""Each accepted article format and encoding is read into the same Article."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from timeline.sources import SourceError, iter_article_paths, read_article

BODY = (
    "The State Duma voted on Tuesday to ratify the arms treaty.\n\n"
    "Deputies said the vote closed a year of debate."
)

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Duma ratifies treaty | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2011-01-25T14:02:00Z">
<script>document.write("INJECTED-BY-SCRIPT"); fetch("https://example.invalid/track");</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li></ul></nav>
<div class="cookie">We use cookies. Accept all cookies banner text.</div>
<article>
<h1>Duma ratifies treaty</h1>
<p>The State Duma voted on Tuesday to ratify the arms treaty, sending it to the upper house.</p>
<p>Deputies said the vote closed a year of debate over missile defence and verification rules.</p>
<p>The upper chamber is expected to approve the treaty within days, officials said.</p>
</article>
<aside><h3>Related stories</h3><ul><li>Unrelated sidebar headline about football</li></ul></aside>
<footer>Copyright Example News. All rights reserved. Privacy policy.</footer>
</body></html>
"""


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("utf8.txt", lambda t: t.encode("utf-8")),
        ("utf8-bom.txt", lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
        ("utf16le.txt", lambda t: t.encode("utf-16")),
        ("utf16be.txt", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
        ("cp1252.txt", lambda t: t.encode("cp1252")),
        ("crlf.txt", lambda t: t.replace("\n", "\r\n").encode("utf-8")),
    ],
)
def test_text_encodings_give_the_same_body(tmp_path: Path, name: str, encode) -> None:
    text = "Title: Caf\u00e9 talks \u2013 \u201cresult\u201d\n\n" + BODY
    path = tmp_path / name
    path.write_bytes(encode(text))
    article = read_article(path)
    assert article.body == BODY
    assert article.title == "Caf\u00e9 talks \u2013 \u201cresult\u201d"


def test_header_block_fields_and_body(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "TITLE: Duma ratifies\ndate: 2011-01-25\nSource: Example Wire\n"
        "URL: https://example.invalid/a\nAuthor: A. Writer\nSection: World\n\n" + BODY
    )
    article = read_article(path)
    assert (article.title, article.source, article.url, article.author) == (
        "Duma ratifies",
        "Example Wire",
        "https://example.invalid/a",
        "A. Writer",
    )
    assert article.published is not None and article.published.isoformat() == "2011-01-25"
    assert article.published_how == "header"
    assert article.body == BODY
    assert "Section" not in article.body


def test_text_that_only_looks_like_a_header_is_body(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Note: this is not a header key.\nThe Duma voted on Tuesday.\n")
    article = read_article(path)
    assert article.body.startswith("Note: this is not a header key.")


def test_markdown_is_read_as_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "Title: Treaty\nDate: 2011-02-05\n\n# Treaty enters into force\n\n"
        "The **treaty** entered into force on Saturday in [Munich](https://example.invalid)."
    )
    article = read_article(path)
    assert "**" not in article.body and "](" not in article.body and "#" not in article.body
    assert "The treaty entered into force on Saturday in Munich." in article.body


def test_html_main_text_without_furniture_or_script(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE)
    article = read_article(path)
    assert "voted on Tuesday to ratify the arms treaty" in article.body
    assert "expected to approve the treaty" in article.body
    for furniture in ("World news menu", "cookies", "football", "Copyright", "INJECTED", "fetch"):
        assert furniture not in article.body
    assert article.title == "Duma ratifies treaty"
    assert article.source == "Example News"
    assert article.published_how == "html-meta"


def test_htm_suffix_is_html(tmp_path: Path) -> None:
    path = tmp_path / "page.HTM"
    path.write_text(HTML_PAGE)
    assert "ratify the arms treaty" in read_article(path).body


def test_title_falls_back_to_a_shortened_first_sentence(tmp_path: Path) -> None:
    path = tmp_path / "2011-01-25-x.txt"
    path.write_text(
        "Russian lawmakers in the lower house of parliament gave their final approval on Tuesday "
        "to the strategic arms reduction treaty signed in Prague. More text follows here."
    )
    title = read_article(path).title
    assert title.startswith("Russian lawmakers in the lower house")
    assert len(title) <= 80 and title.endswith("\u2026")
    assert "More text" not in title


def test_same_body_gives_the_same_hash_whatever_the_encoding(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(BODY.encode("utf-8"))
    b.write_bytes(BODY.encode("utf-16"))
    assert read_article(a).sha256 == read_article(b).sha256


def test_folders_are_walked_recursively_sorted_and_filtered(tmp_path: Path) -> None:
    for rel in ("b/2.txt", "b/1.md", "a.html", "c/d/e.htm", "notes.pdf", "img.png", ".hidden.txt"):
        target = tmp_path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_article_paths([tmp_path])]
    assert found == ["a.html", "b/1.md", "b/2.txt", "c/d/e.htm"]


def test_bad_paths_are_reported_not_raised(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.pdf").write_text("x")
    results = list(iter_article_paths([tmp_path / "missing", empty]))
    assert all(isinstance(r, SourceError) for r in results)
    assert "no such file or folder" in str(results[0])
    assert "no articles" in str(results[1])
