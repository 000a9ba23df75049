"""Named days resolve to their dates, relative to the publication day when no year is given."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract_mentions, tag
from timeline.extract.holidays import holiday_date


@pytest.mark.parametrize(
    ("name", "year", "day"),
    [
        ("Easter", 2011, date(2011, 4, 24)),
        ("Easter", 2012, date(2012, 4, 8)),
        ("Easter", 2000, date(2000, 4, 23)),
        ("Good Friday", 2012, date(2012, 4, 6)),
        ("Thanksgiving Day", 1999, date(1999, 11, 25)),
        ("Election Day", 1998, date(1998, 11, 3)),
        ("Election Day", 2012, date(2012, 11, 6)),
        ("Christmas Eve", 2010, date(2010, 12, 24)),
        ("Memorial Day", 2012, date(2012, 5, 28)),
        ("Labor Day", 2011, date(2011, 9, 5)),
    ],
)
def test_holiday_dates(name: str, year: int, day: date) -> None:
    assert holiday_date(name, year) == day


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        ("Elian was found on Thanksgiving Day off Florida.", date(2000, 1, 7), "1999-11-25"),
        ("Leaders will meet again before Christmas.", date(2011, 12, 1), "2011-12-25"),
        ("Protests were held on Christmas Eve in Moscow.", date(2012, 1, 3), "2011-12-24"),
        ("The vote was held on Christmas Day 2010.", date(2012, 1, 3), "2010-12-25"),
    ],
)
def test_holidays_in_text(sentence: str, published: date, value: str) -> None:
    assert [t.value for t in tag(sentence, published)] == [value]
    (mention,) = extract_mentions(sentence, published)
    assert mention.start.isoformat() == value
