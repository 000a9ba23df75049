"""Read one file into an Article: body, title, publisher, and the route to its publication date."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

from timeline.core.records import Article, PublishedHow
from timeline.extract.dateline import parse_dateline
from timeline.extract.sentences import split_sentences
from timeline.sources.dates import ImpossibleDate, parse_published
from timeline.sources.decode import decode_text, read_bytes
from timeline.sources.errors import SourceError
from timeline.sources.header import split_header
from timeline.sources.html import HtmlProblem, read_html
from timeline.sources.markdown import plain_markdown

HTML_SUFFIXES = (".html", ".htm")
_FILENAME_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?!\d)")
_AGENCY = re.compile(r"\(([^)]{2,40})\)")

#: Titles made from a first sentence are cut to this many characters.
TITLE_LENGTH = 80


def _filename_date(path: Path) -> date | None:
    match = _FILENAME_DATE.match(path.name)
    if match is None:
        return None
    try:
        return date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def shorten(text: str, limit: int = TITLE_LENGTH) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:-")
    return cut + "\u2026"


def first_sentence(body: str) -> str:
    """The body's first sentence (after any dateline), abbreviations such as "U.S." kept whole."""
    dateline = parse_dateline(body)
    text = (body[dateline[2] :] if dateline else body).strip()
    spans = split_sentences(text)
    sentence = text[spans[0][0] : spans[0][1]] if spans else text.split("\n", 1)[0]
    return sentence.strip().rstrip(".")


def _header_date(shown: str, value: str) -> date:
    try:
        parsed = parse_published(value)
    except ImpossibleDate:
        raise SourceError(shown, f"impossible date {value.strip()!r} in the Date header") from None
    if parsed is None:
        raise SourceError(shown, f"the Date header {value.strip()!r} is not a date")
    return parsed


def read_article(path: str | Path, published: date | None = None) -> Article:
    """Read ``path`` as an article; ``published`` is the fallback publication date.

    Raises ``SourceError`` (one line: the file and the reason) for anything
    that cannot be read as an article.
    """
    path = Path(path)
    shown = str(path)
    text = decode_text(path, read_bytes(path)).replace("\r\n", "\n").replace("\r", "\n")
    fields: dict[str, str] = {}
    found: date | None = None
    how: PublishedHow = "none"
    if path.suffix.lower() in HTML_SUFFIXES:
        try:
            page = read_html(text)
        except HtmlProblem as problem:
            raise SourceError(shown, str(problem)) from None
        body = page.body
        fields = {
            k: v
            for k, v in (
                ("title", page.title),
                ("source", page.source),
                ("url", page.url),
                ("author", page.author),
            )
            if v
        }
        if page.published_text:
            try:
                found = parse_published(page.published_text)
            except ImpossibleDate:
                found = None
            how = "html-meta" if found else "none"
    else:
        header = split_header(text)
        fields = header.fields
        body = header.body
        if "date" in fields:
            found, how = _header_date(shown, fields["date"]), "header"
        if path.suffix.lower() == ".md":
            body = plain_markdown(body)
    body = body.strip()
    if not body:
        raise SourceError(shown, "no article text (the file has only a header)")
    if found is None:
        dateline = parse_dateline(body)
        if dateline is not None:
            found, how = dateline[0], "dateline"
            agency = _AGENCY.search(body[dateline[1] : dateline[2]])
            if agency and "source" not in fields:
                fields["source"] = agency.group(1).strip()
    if found is None and (from_name := _filename_date(path)) is not None:
        found, how = from_name, "filename"
    if found is None and published is not None:
        found, how = published, "user"
    title = fields.get("title") or shorten(first_sentence(body)) or path.stem
    return Article(
        path=str(path.resolve()),
        sha256=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        title=shorten(title, 200),
        body=body,
        published=found,
        published_how=how,
        source=fields.get("source"),
        url=fields.get("url"),
        author=fields.get("author"),
    )
