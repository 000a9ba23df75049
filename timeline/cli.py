"""The command line: ingest, events, tag, and the commands that open a window.

Arguments are parsed before anything heavy is imported; a QApplication is
created only by the commands that show a window or draw a document.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from timeline import __version__

log = logging.getLogger(__name__)

PROG = "timeline"


class UsageError(Exception):
    """A bad command-line value (exit status 2)."""


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _period(text: str, *, end: bool) -> date:
    """YYYY, YYYY-MM or YYYY-MM-DD; as the first or the last day of that period."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text.strip())
    try:
        if match is None:
            raise ValueError
        year = int(match.group(1))
        if match.group(3):
            return date(year, int(match.group(2)), int(match.group(3)))
        if match.group(2):
            month = int(match.group(2))
            if not end:
                return date(year, month, 1)
            following = date(year + month // 12, month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1)
        return date(year, 12, 31) if end else date(year, 1, 1)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}"
        ) from None


def _dct(text: str) -> date | datetime:
    try:
        return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM): {text!r}"
        ) from None


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{2,5})[xX](\d{2,5})", text.strip())
    if match is None:
        raise argparse.ArgumentTypeError(f"not a size (WIDTHxHEIGHT): {text!r}")
    return int(match.group(1)), int(match.group(2))


def _window(text: str) -> tuple[date, date]:
    start, sep, end = text.partition(":")
    if not sep:
        raise argparse.ArgumentTypeError(f"not a window (START:END): {text!r}")
    first, last = _period(start, end=False), _period(end, end=True)
    if last < first:
        raise argparse.ArgumentTypeError(f"the window ends before it starts: {text!r}")
    return first, last


class _CurrentStderr(logging.Handler):
    """Writes to whatever ``sys.stderr`` is at the time of each record."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:
            self.handleError(record)


def _configure_logging(*, verbose: bool) -> None:
    root = logging.getLogger()
    if not any(isinstance(h, _CurrentStderr) for h in root.handlers):
        handler = _CurrentStderr()
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO if verbose else logging.WARNING)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Diplomatic Timeline: dated events from news articles on a timeline. "
        "Without a command, opens the timeline viewer.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    db_help = "the timeline database (default: $TIMELINE_DB, else the user data folder)"
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ingest = sub.add_parser("ingest", help="import articles (files or folders) into the database")
    ingest.add_argument("paths", nargs="*", metavar="PATH", help="files or folders")
    ingest.add_argument(
        "--sample", action="store_true", help="also import the bundled sample corpus"
    )
    ingest.add_argument("--db", type=Path, help=db_help)
    ingest.add_argument(
        "--published",
        type=_day,
        metavar="YYYY-MM-DD",
        help="publication date for articles that carry none of their own",
    )

    events = sub.add_parser("events", help="list the events in date order")
    events.add_argument("--db", type=Path, help=db_help)
    events.add_argument(
        "--from", dest="date_from", type=lambda t: _period(t, end=False), metavar="DATE"
    )
    events.add_argument("--to", dest="date_to", type=lambda t: _period(t, end=True), metavar="DATE")
    events.add_argument("--search", metavar="TEXT", help="full-text search")
    events.add_argument("--format", choices=("table", "json", "csv"), default="table")

    tag = sub.add_parser("tag", help="run the temporal tagger alone on plain text")
    tag.add_argument("file", nargs="?", default="-", metavar="FILE", help="text file or -")
    tag.add_argument(
        "--dct",
        type=_dct,
        required=True,
        metavar="YYYY-MM-DD[THH:MM]",
        help="the document creation time relative expressions are resolved against",
    )
    tag.add_argument("--format", choices=("json",), default="json")

    view = sub.add_parser("view", help="open the timeline viewer")
    view.add_argument("--db", type=Path, help=db_help)
    view.add_argument("--screenshot", type=Path, metavar="OUT.png", help="render offscreen, exit")
    view.add_argument("--size", type=_size, metavar="WxH", help="window size for --screenshot")
    view.add_argument("--window", type=_window, metavar="START:END", help="visible period")
    view.add_argument("--select", type=int, metavar="EVENT_ID", help="select this event")
    view.add_argument("--search", metavar="TEXT", help="start with this full-text search")
    view.add_argument(
        "--lanes", choices=("topic", "tag", "source", "none"), help="how to split into lanes"
    )

    present = sub.add_parser("present", help="present the timeline full screen to a class")
    present.add_argument("--db", type=Path, help=db_help)
    present.add_argument("--lesson", metavar="NAME", help="present this lesson")
    present.add_argument("--screen", type=int, metavar="N", help="screen number (0 is the first)")
    present.add_argument("--screenshot", type=Path, metavar="OUT.png", help="render, exit")
    present.add_argument("--step", type=int, metavar="N", help="the step to render (from 1)")
    present.add_argument("--size", type=_size, metavar="WxH", help="screen size for --screenshot")
    present.add_argument(
        "--reveal", action="store_true", help="hide events after the current step until reached"
    )

    handout = sub.add_parser("handout", help="write a printable PDF handout")
    handout.add_argument("--db", type=Path, help=db_help)
    handout.add_argument("--lesson", metavar="NAME", help="the lesson's events only")
    handout.add_argument(
        "--worksheet", action="store_true", help="leave dates blank; answers on the last page"
    )
    handout.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(verbose=args.verbose)
    command = args.command or "view"
    if args.command is None:
        from timeline.display import NO_DISPLAY, can_show_windows

        if not can_show_windows():
            parser.print_help()
            print(f"\n{PROG}: {NO_DISPLAY}", file=sys.stderr)
            return 0
    try:
        if command == "ingest":
            from timeline.commands.ingest import run_ingest

            if not args.paths and not args.sample:
                raise UsageError("ingest: give at least one PATH (or --sample)")
            paths = list(args.paths)
            if args.sample:
                from timeline.paths import sample_articles_dir

                paths.append(str(sample_articles_dir()))
            return run_ingest(paths, args.db, args.published)
        if command == "events":
            from timeline.commands.events import run_events

            return run_events(args.db, args.date_from, args.date_to, args.search, args.format)
        if command == "tag":
            from timeline.commands.tag import run_tag

            return run_tag(args.file, args.dct)
        if command == "view":
            from timeline.app.run import run_viewer

            return run_viewer(
                getattr(args, "db", None),
                screenshot=getattr(args, "screenshot", None),
                size=getattr(args, "size", None),
                window=getattr(args, "window", None),
                select=getattr(args, "select", None),
                search=getattr(args, "search", None),
                lanes=getattr(args, "lanes", None),
            )
        if command == "present":
            from timeline.app.present_cli import present_main

            return present_main(
                args.db,
                args.lesson,
                args.screen,
                args.screenshot,
                args.step,
                args.size,
                reveal=args.reveal,
            )
        from timeline.app.present_cli import handout_main

        return handout_main(args.db, args.lesson, args.worksheet, args.output)
    except UsageError as error:
        parser.error(str(error))
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    return 0
