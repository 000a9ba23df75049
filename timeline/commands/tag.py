"""``timeline tag``: the temporal tagger alone, as JSON."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path

from timeline.commands.common import error_line


def run_tag(file: str, dct: date | datetime) -> int:
    """Print the tagger's expressions in ``file`` (or stdin) as a JSON list."""
    from timeline.extract import tag

    if file == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(file).read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            error_line(f"{file}: no such file")
            return 1
        except (OSError, UnicodeDecodeError) as error:
            error_line(f"{file}: cannot read as UTF-8 text ({error})")
            return 1
    found = [asdict(timex) for timex in tag(text, dct)]
    json.dump(found, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
