"""Written-out dates: the tagger's TimeML values and the mentions' intervals."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract_mentions, tag

PUB = date(2011, 6, 15)


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The treaty was signed on February 5, 2011 in Munich.", "February 5, 2011", "2011-02-05"),
        ("The treaty was signed on 5 February 2011 in Munich.", "5 February 2011", "2011-02-05"),
        ("The treaty was signed on Feb. 5, 2011 in Munich.", "Feb. 5, 2011", "2011-02-05"),
        ("The ministers met in Geneva on Sept. 24.", "Sept. 24", "2010-09-24"),
        ("The ministers met on the 4th of March.", "the 4th of March", "2011-03-04"),
        ("The file is dated 2011-02-05 in the archive.", "2011-02-05", "2011-02-05"),
        ("The Senate voted in December 2010 after a long debate.", "December 2010", "2010-12"),
        ("The agreement entered into force in 2011.", "2011", "2011"),
        ("Relations were tense in the 1990s.", "the 1990s", "199X"),
        ("The vote was held in mid-December.", "mid-December", "2010-12"),
        ("Talks resumed in late 2011.", "late 2011", "2011"),
        ("Talks are to resume early next year.", "early next year", "2012"),
        (
            "The summit opened on Saturday, April 25, 2009.",
            "Saturday, April 25, 2009",
            "2009-04-25",
        ),
        ("The accord dates from 3/4/2010, officials said.", "3/4/2010", "2010-03-04"),
        ("It happened in the summer of 2008.", "the summer of 2008", "2008-SU"),
        ("Profits fell in the third quarter of 2010.", "the third quarter of 2010", "2010-Q3"),
        ("Net rose in the 2009 second quarter.", "the 2009 second quarter", "2009-Q2"),
        (
            "Sales should recover in next year's first quarter.",
            "next year's first quarter",
            "2012-Q1",
        ),
        ("Growth slowed in the last half of 2010.", "the last half of 2010", "2010-H2"),
    ],
)
def test_written_dates_get_timeml_values(sentence: str, expression: str, value: str) -> None:
    found = [t for t in tag(sentence, PUB) if t.type in ("DATE", "TIME")]
    assert [(t.text, t.value) for t in found] == [(expression, value)]
    assert sentence[found[0].start : found[0].end] == expression


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision"),
    [
        ("The treaty was signed on February 5, 2011 in Munich.", "2011-02-05", "2011-02-05", "day"),
        (
            "The Senate voted in December 2010 after a long debate.",
            "2010-12-01",
            "2010-12-31",
            "month",
        ),
        ("The agreement entered into force in 2011.", "2011-01-01", "2011-12-31", "year"),
        ("Relations were tense in the 1990s.", "1990-01-01", "1999-12-31", "decade"),
        ("The vote was held in mid-December.", "2010-12-11", "2010-12-20", "month"),
        ("Talks resumed in late 2011.", "2011-09-01", "2011-12-31", "month"),
        ("Talks are to resume early next year.", "2012-01-01", "2012-04-30", "month"),
        ("The treaty was ratified at the end of 2012.", "2012-12-01", "2012-12-31", "month"),
        ("The alliance was founded in the spring of 1949.", "1949-03-01", "1949-05-31", "season"),
        ("Snow fell in the winter of 2010.", "2010-12-01", "2011-02-28", "season"),
    ],
)
def test_written_dates_become_intervals(
    sentence: str, start: str, end: str, precision: str
) -> None:
    (mention,) = extract_mentions(sentence, PUB)
    assert (mention.start.isoformat(), mention.end.isoformat()) == (start, end)
    assert mention.precision == precision


@pytest.mark.parametrize(
    "sentence",
    [
        "The treaty must be ratified by the end of 2012.",
        "Troops are to leave before the end of the year.",
        "Afghan forces take the lead by the middle of next year.",
    ],
)
def test_deadlines_are_not_events(sentence: str) -> None:
    assert extract_mentions(sentence, PUB) == []
    assert [t.type for t in tag(sentence, PUB)] == ["DATE"]  # still tagged as a date


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision"),
    [
        (
            "The G8 summit will be held on May 18-19 at Camp David.",
            "2011-05-18",
            "2011-05-19",
            "day",
        ),
        ("The summit will be held on 18-19 May in Deauville.", "2011-05-18", "2011-05-19", "day"),
        ("The talks will run from 18 to 19 May in Geneva.", "2011-05-18", "2011-05-19", "day"),
        (
            "Voting took place between March 1 and March 3 across the country.",
            "2011-03-01",
            "2011-03-03",
            "day",
        ),
        (
            "The deployment lasted from December 2010 to February 2011.",
            "2010-12-01",
            "2011-02-28",
            "month",
        ),
        ("Protests were held on Friday and Saturday in Moscow.", "2011-06-10", "2011-06-11", "day"),
        (
            "The conference opened Friday and runs through Sunday in Munich.",
            "2011-06-10",
            "2011-06-12",
            "day",
        ),
        ("Talks will run from June 30 to July 2 in Vienna.", "2011-06-30", "2011-07-02", "day"),
    ],
)
def test_ranges_are_one_event(sentence: str, start: str, end: str, precision: str) -> None:
    (mention,) = extract_mentions(sentence, PUB)
    assert (mention.start.isoformat(), mention.end.isoformat()) == (start, end)
    assert mention.precision == precision


def test_mention_offsets_point_into_the_body() -> None:
    body = (
        "MOSCOW, June 15, 2011 (Reuters) - Nothing new.\nThe treaty was signed on February 5, 2011."
    )
    (mention,) = extract_mentions(body, PUB)
    assert body[mention.expression_start : mention.expression_end] == mention.expression
    assert body[mention.sentence_start : mention.sentence_end] == mention.sentence
    assert mention.expression == "February 5, 2011"
    assert 0 < mention.confidence <= 1


def test_two_days_joined_by_and_are_two_timexes_but_one_range() -> None:
    sentence = "Leaders meet at the summit on April 24 and 25 in Washington."
    assert [(t.text, t.value) for t in tag(sentence, PUB)] == [
        ("April 24", "2011-04-24"),
        ("25", "2011-04-25"),
    ]
    (mention,) = extract_mentions(sentence, PUB)
    assert (mention.start, mention.end) == (date(2011, 4, 24), date(2011, 4, 25))
