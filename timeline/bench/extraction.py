"""Extraction benchmark: this project's tagger and extractor against dateparser's search_dates.

Run ``python -m timeline.bench extract [--timeml DIR] [--gold DIR] [--articles DIR]
[--limit N] [--json] [--errors]`` (``--errors`` lists this project's errors after the table).

* TimeML folders (default ``../shared/tempeval`` next to the checkout; skipped
  with a note when absent): span F1 relaxed (any overlap) and strict (same
  span), and value F1, over gold TIMEX3 of type DATE and TIME (the document
  creation time is not in the text, so it is never counted).
* The annotated sample corpus (``data/gold`` + ``data/articles``): event
  precision, recall and F1 (see ``extract_score.score_events``).
* Throughput in characters per second for both systems on the same texts.

dateparser mapping: ``search_dates(text, languages=["en"], settings={"RELATIVE_BASE":
<publication day at 00:00>})``; each returned substring is located in the text
(searching forward from the previous hit), typed DATE, and its value is the ISO
day of the returned datetime. On the corpus each hit is one mention of one day
(start = end) in the sentence containing it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from timeline.bench.extract_score import Counts, Span, TimexScores
from timeline.bench.extract_timeml import TimemlDoc, read_timeml_folder
from timeline.extract import tag

REPO = Path(__file__).resolve().parents[2]
DEFAULT_TIMEML = REPO.parent / "shared" / "tempeval"


@dataclass(slots=True)
class SystemRun:
    """What one system scored and how fast it ran."""

    timex: dict[str, TimexScores] = field(default_factory=dict)
    grain: dict[str, TimexScores] = field(default_factory=dict)
    events: Counts = field(default_factory=Counts)
    chars: int = 0
    seconds: float = 0.0

    @property
    def throughput(self) -> float:
        return self.chars / self.seconds if self.seconds else 0.0


def dateparser_spans(text: str, dct: date | None) -> list[Span]:
    """search_dates hits as (start, end, ISO day) spans located in ``text``."""
    from dateparser.search import search_dates

    settings: dict[str, object] = {}
    if dct is not None:
        settings["RELATIVE_BASE"] = datetime(dct.year, dct.month, dct.day)
    try:
        hits = search_dates(text, languages=["en"], settings=settings) or []
    except (ValueError, OverflowError):
        hits = []
    spans: list[Span] = []
    position = 0
    for substring, when in hits:
        start = text.find(substring, position)
        if start < 0:
            start = text.find(substring)
            if start < 0:
                continue
        position = start + len(substring)
        spans.append((start, start + len(substring), when.date().isoformat()))
    return spans


_DAYISH = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\b|day|tonight|tomorrow|yesterday|week|ago|hour|minute",
    re.IGNORECASE,
)
_MONTHISH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|month", re.IGNORECASE
)


def at_phrase_grain(text: str, spans: Sequence[Span]) -> list[Span]:
    """dateparser's day values cut to the granularity the phrase itself states.

    "1998" keeps only the year, "March 1998" or "last month" the month; anything
    naming a day, weekday or a count of days keeps the day. This second mapping
    only changes values, never spans, and is shown for a fairer comparison.
    """
    out: list[Span] = []
    for start, end, value in spans:
        phrase = text[start:end]
        digits = re.sub(r"\D", "", phrase)
        if re.fullmatch(r"\s*(?:in\s+)?\d{4}\s*", phrase):
            value = value[:4]
        elif _MONTHISH.search(phrase) and not _DAYISH.search(_MONTHISH.sub(" ", phrase)):
            value = value[:7]
        elif "year" in phrase.lower() and not digits:
            value = value[:4]
        out.append((start, end, value))
    return out


def project_spans(text: str, dct: date | None) -> list[Span]:
    """This project's DATE and TIME expressions as (start, end, value) spans."""
    return [(t.start, t.end, t.value) for t in tag(text, dct) if t.type in ("DATE", "TIME")]


def timeml_folders(root: Path) -> list[Path]:
    """The folders of .tml files under ``root`` (itself if it holds them)."""
    if any(root.glob("*.tml")):
        return [root]
    return sorted(p for p in root.iterdir() if p.is_dir() and any(p.glob("*.tml")))


def _sample(docs: Sequence[TimemlDoc], limit: int | None) -> list[TimemlDoc]:
    if limit is None or limit >= len(docs):
        return list(docs)
    step = len(docs) / limit
    return [docs[int(i * step)] for i in range(limit)]


def run_timeml(
    folder: Path,
    systems: Mapping[str, Callable[[str, date | None], list[Span]]],
    runs: dict[str, SystemRun],
    limit: int | None,
) -> int:
    """Score every system on one TimeML folder; returns the number of documents used."""
    docs = _sample(list(read_timeml_folder(folder)), limit)
    for name, system in systems.items():
        scores = TimexScores()
        grain = TimexScores()
        for doc in docs:
            gold = [(t.start, t.end, t.value) for t in doc.timexes if t.type in ("DATE", "TIME")]
            began = time.perf_counter()
            found = system(doc.text, doc.dct)
            runs[name].seconds += time.perf_counter() - began
            runs[name].chars += len(doc.text)
            scores.add(found, gold)
            if system is dateparser_spans:
                grain.add(at_phrase_grain(doc.text, found), gold)
        runs[name].timex[folder.name] = scores
        if system is dateparser_spans:
            runs[name].grain[folder.name] = grain
    return len(docs)


def _print_table(report: dict[str, object], out: Callable[[str], None]) -> None:
    systems = report["systems"]
    assert isinstance(systems, dict)
    names = list(systems)
    out(f"{'':44}" + "".join(f"{n:>14}" for n in names))
    rows: list[tuple[str, list[str]]] = []
    folders = report.get("timeml_folders") or []
    assert isinstance(folders, list)
    for folder in folders:
        for metric in ("relaxed", "strict", "value"):
            cells = []
            for n in names:
                scores = systems[n]["timeml"].get(folder["name"])
                cells.append(f"{scores[metric]['f1']:.3f}" if scores else "-")
            label = f"{folder['name']} ({folder['docs']} docs) {metric} span F1"
            if metric == "value":
                label = f"{folder['name']} ({folder['docs']} docs) value F1"
            rows.append((label, cells))
        cells = []
        for n in names:
            scores = systems[n].get("timeml_phrase_grain", {}).get(folder["name"])
            cells.append(f"{scores['value']['f1']:.3f}" if scores else "-")
        rows.append((f"{folder['name']} value F1, dateparser at phrase grain", cells))
    if report.get("corpus_articles"):
        for metric in ("precision", "recall", "f1"):
            cells = [f"{systems[n]['events'][metric]:.3f}" for n in names]
            rows.append((f"events ({report['corpus_articles']} articles) {metric}", cells))
    rows.append(("throughput (chars/s)", [f"{systems[n]['chars_per_second']:,.0f}" for n in names]))
    for label, cells in rows:
        out(f"{label:44}" + "".join(f"{c:>14}" for c in cells))
    notes = report.get("notes") or []
    assert isinstance(notes, list)
    for note in notes:
        out(f"note: {note}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table (or JSON with ``--json``)."""
    parser = argparse.ArgumentParser(prog="python -m timeline.bench extract", description=__doc__)
    parser.add_argument("--timeml", type=Path, default=DEFAULT_TIMEML, help="TimeML folder")
    parser.add_argument("--gold", type=Path, default=REPO / "data" / "gold")
    parser.add_argument("--articles", type=Path, default=REPO / "data" / "articles")
    parser.add_argument(
        "--limit", type=int, default=None, help="use N evenly spaced TimeML documents per folder"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="after the table, list this project's missed, spurious and misvalued expressions "
        "and its event errors",
    )
    args = parser.parse_args(argv)

    from timeline.bench.extract_events import run_corpus

    systems = {"project": project_spans, "dateparser": dateparser_spans}
    runs = {name: SystemRun() for name in systems}
    notes: list[str] = [
        "dateparser: search_dates(text, languages=['en'], settings={'RELATIVE_BASE': "
        "publication day}); value = ISO day of each hit (the 'phrase grain' row cuts it to "
        "the year or month when the phrase names no day); on the corpus one day-precision "
        "mention per hit in its sentence",
    ]
    folders_report: list[dict[str, object]] = []
    if args.timeml.is_dir():
        for folder in timeml_folders(args.timeml):
            used = run_timeml(folder, systems, runs, args.limit)
            folders_report.append({"name": folder.name, "docs": used})
        if args.limit:
            notes.append(f"TimeML: {args.limit} evenly spaced documents per folder")
    else:
        notes.append(f"TimeML folder {args.timeml} not found: TimeML scores skipped")
    articles = run_corpus(args.gold, args.articles, runs)
    if not articles:
        notes.append(f"no annotated articles in {args.gold}: event scores skipped")
    report: dict[str, object] = {
        "timeml_folders": folders_report,
        "corpus_articles": articles,
        "systems": {
            name: {
                "timeml": {k: _scores_dict(v) for k, v in run.timex.items()},
                "timeml_phrase_grain": {k: _scores_dict(v) for k, v in run.grain.items()},
                "events": run.events.as_dict(),
                "chars": run.chars,
                "seconds": round(run.seconds, 3),
                "chars_per_second": round(run.throughput),
            }
            for name, run in runs.items()
        },
        "notes": notes,
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print_table(report, print)
    if args.errors:
        _print_errors(args)
    return 0


def _print_errors(args: argparse.Namespace) -> None:
    from timeline.bench.extract_errors import event_errors, print_errors, timex_errors

    errors: list[tuple[str, str]] = []
    if args.timeml.is_dir():
        for folder in timeml_folders(args.timeml):
            for doc in _sample(list(read_timeml_folder(folder)), args.limit):
                errors.extend(timex_errors(doc, project_spans(doc.text, doc.dct)))
    errors.extend(event_errors(args.gold, args.articles))
    print_errors(errors, print)


def _scores_dict(scores: TimexScores) -> dict[str, dict[str, float | int]]:
    return {
        "relaxed": scores.relaxed.as_dict(),
        "strict": scores.strict.as_dict(),
        "value": scores.value.as_dict(),
    }


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
