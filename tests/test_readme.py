"""The README documents what the code does: commands, options and the JSON fields."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from timeline.cli import build_parser
from timeline.export import event_json
from timeline.store import EventRow, SourceRow

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_every_command_and_option_is_in_the_readme(name: str) -> None:
    assert f"timeline {name}" in README
    section = next(line for line in README.splitlines() if f"`timeline {name}" in line)
    for action in _subcommands()[name]._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert option in section, f"{option} of {name} is not documented"


def test_json_fields_in_the_readme_match_the_output() -> None:
    source = SourceRow(1, 2, "/a.txt", "T", "P", None, "S", 0, 1, "E", 0, 1, 0.5)
    event = EventRow(1, *(__import__("datetime").date(2012, 1, 1),) * 2, "day", "T", "", "L", (),
                     "", False, (), 1, (source,))  # fmt: skip
    produced = event_json(event)
    table = README.split("| field | meaning |", 1)[1].split("\n\n", 1)[0]
    rows = [line.split("|")[1] for line in table.splitlines() if line.startswith("| `")]
    documented = {
        name.split(".")[-1] for row in rows for name in re.findall(r"`([a-z_.\[\]]+)`", row)
    }
    missing = (set(produced) | set(produced["sources"][0])) - documented
    assert not missing, f"undocumented JSON fields: {missing}"
