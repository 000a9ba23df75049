"""The benchmark's error listing sorts each difference from the gold into one category."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.bench.extract_errors import print_errors, timex_errors
from timeline.bench.extract_timeml import GoldTimex, TimemlDoc

TEXT = "The talks began on Friday and ended in March, officials said on Monday."


@pytest.fixture
def doc() -> TimemlDoc:
    gold = (
        GoldTimex(19, 25, "DATE", "2011-06-10"),  # Friday
        GoldTimex(39, 44, "DATE", "2011-03"),  # March
    )
    return TimemlDoc("doc.tml", TEXT, date(2011, 6, 11), gold)


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ([(19, 25, "2011-06-10"), (39, 44, "2011-03")], []),
        ([(39, 44, "2011-03")], ["missed"]),
        ([(19, 25, "2011-06-03"), (39, 44, "2011-03")], ["value"]),
        ([(19, 25, "2011-06-10"), (39, 44, "2011-03"), (64, 70, "2011-06-06")], ["spurious"]),
        ([(16, 25, "2011-06-10")], ["missed"]),  # an overlap counts as found
    ],
)
def test_each_error_has_one_category(
    doc: TimemlDoc, system: list[tuple[int, int, str]], expected: list[str]
) -> None:
    assert [category for category, _ in timex_errors(doc, system)] == expected


def test_error_lines_show_the_expression_in_context(doc: TimemlDoc) -> None:
    ((_, line),) = list(timex_errors(doc, [(39, 44, "2011-03")]))
    assert "[Friday]" in line and "gold=2011-06-10" in line


def test_printing_counts_each_category() -> None:
    lines: list[str] = []
    print_errors([("value", "a"), ("missed", "b"), ("value", "c")], lines.append)
    assert lines[0] == "errors: missed 1, value 2"
    assert lines.count("  a") == 1 and "== value (2)" in lines
