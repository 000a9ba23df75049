"""Read an HTML page: main text through trafilatura, headline and dates from its metadata.

Nothing is fetched or executed: the markup is parsed as data only.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.etree
import lxml.html
import trafilatura

from timeline.sources.dates import ImpossibleDate, parse_published

log = logging.getLogger(__name__)

#: Meta names and properties that carry a publication date, most specific first.
DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "original-publish-date",
)


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What an HTML page yields: its main text and what its metadata says."""

    body: str
    title: str | None
    published_text: str | None
    source: str | None
    url: str | None
    author: str | None


class HtmlProblem(ValueError):
    """The page cannot be read as an article."""


def _json_ld_objects(doc: lxml.html.HtmlElement) -> Iterator[dict[str, object]]:
    for script in doc.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)


def _meta(doc: lxml.html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in doc.xpath("//meta[@content]"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        if key and key not in found:
            found[key] = tag.get("content", "").strip()
    return found


def _published(doc: lxml.html.HtmlElement, meta: dict[str, str]) -> str | None:
    for key in DATE_META[:2]:
        if meta.get(key):
            return meta[key]
    for item in _json_ld_objects(doc):
        value = item.get("datePublished")
        if isinstance(value, str) and value.strip():
            return value
    for tag in doc.xpath("//time[@datetime]"):
        value = tag.get("datetime", "").strip()
        if value:
            return value
    for key in DATE_META[2:]:
        if meta.get(key):
            return meta[key]
    return None


def _first_text(doc: lxml.html.HtmlElement, xpath: str) -> str | None:
    for node in doc.xpath(xpath):
        text = " ".join(node.text_content().split()) if hasattr(node, "text_content") else ""
        if text:
            return text
    return None


def _publisher(doc: lxml.html.HtmlElement, meta: dict[str, str]) -> str | None:
    if meta.get("og:site_name"):
        return meta["og:site_name"]
    for item in _json_ld_objects(doc):
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return str(publisher["name"])
    return meta.get("publisher") or meta.get("application-name") or None


def _author(doc: lxml.html.HtmlElement, meta: dict[str, str]) -> str | None:
    if meta.get("author"):
        return meta["author"]
    for item in _json_ld_objects(doc):
        author = item.get("author")
        if isinstance(author, dict) and isinstance(author.get("name"), str):
            return str(author["name"])
        if isinstance(author, list) and author and isinstance(author[0], dict):
            name = author[0].get("name")
            if isinstance(name, str):
                return name
    return None


def read_html(text: str) -> HtmlPage:
    """Parse ``text`` as an HTML page; raise ``HtmlProblem`` when it is not one."""
    if "<" not in text or not any(tag in text.lower() for tag in ("<html", "<body", "<p", "<div")):
        raise HtmlProblem("malformed HTML: no HTML markup found")
    try:
        doc = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as error:
        raise HtmlProblem(f"malformed HTML: {error}") from None
    meta = _meta(doc)
    title = (
        meta.get("og:title")
        or _first_text(doc, "//h1")
        or _first_text(doc, "//title")
        or meta.get("twitter:title")
    )
    body = trafilatura.extract(
        text,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        deduplicate=False,
    )
    if not body or len(body.split()) < 5:
        raise HtmlProblem("no main text found in the HTML page")
    lines = body.split("\n")
    if title and lines and " ".join(lines[0].split()) == title:
        body = "\n".join(lines[1:]).lstrip("\n")
    canonical = doc.xpath('//link[@rel="canonical"]/@href')
    return HtmlPage(
        body=body,
        title=title,
        published_text=_published(doc, meta),
        source=_publisher(doc, meta),
        url=meta.get("og:url") or (str(canonical[0]) if canonical else None),
        author=_author(doc, meta),
    )


__all__ = ["HtmlPage", "HtmlProblem", "ImpossibleDate", "parse_published", "read_html"]
