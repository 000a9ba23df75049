"""Expressions resolved against the publication day, the story and the sentence's tense."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract_mentions, tag

SATURDAY = date(2012, 3, 10)


def _only(body: str, published: date) -> tuple[str, str, str]:
    (mention,) = extract_mentions(body, published)
    return mention.start.isoformat(), mention.end.isoformat(), mention.precision


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision"),
    [
        ("Putin met the envoy today in Moscow.", "2012-03-10", "2012-03-10", "day"),
        ("Putin met the envoy yesterday in Moscow.", "2012-03-09", "2012-03-09", "day"),
        ("Obama called Putin on Friday to congratulate him.", "2012-03-09", "2012-03-09", "day"),
        ("Obama called Putin on Saturday to congratulate him.", "2012-03-10", "2012-03-10", "day"),
        ("Obama will call Putin on Friday, aides said.", "2012-03-16", "2012-03-16", "day"),
        ("The ministers will meet next week in Brussels.", "2012-03-12", "2012-03-18", "day"),
        ("Exports fell sharply last month, officials said.", "2012-02-01", "2012-02-29", "month"),
        ("Protests began earlier this year in Moscow.", "2012-01-01", "2012-03-09", "year"),
        ("Talks are expected later this month in Geneva.", "2012-03-11", "2012-03-31", "month"),
        ("Leaders plan to meet this spring in Washington.", "2012-03-01", "2012-05-31", "season"),
        ("The envoy arrived a week ago in Damascus.", "2012-03-03", "2012-03-03", "day"),
        ("Putin was declared the winner on Wednesday evening.", "2012-03-07", "2012-03-07", "day"),
        ("Putin spoke late Friday after the count ended.", "2012-03-09", "2012-03-09", "day"),
        ("Monday's vote was a landslide for the ruling party.", "2012-03-05", "2012-03-05", "day"),
        ("The tanks left Homs last Sunday, witnesses said.", "2012-03-04", "2012-03-04", "day"),
    ],
)
def test_relative_to_publication(sentence: str, start: str, end: str, precision: str) -> None:
    assert _only(sentence, SATURDAY) == (start, end, precision)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("The Duma voted on Tuesday. A day earlier, the committee approved it.", "2012-03-05"),
        ("The Duma voted on Tuesday. The following day, the Senate approved it.", "2012-03-07"),
        ("The Duma voted on Tuesday. Two days later, the Senate approved it.", "2012-03-08"),
        ("The Duma voted on Tuesday, a day after the committee had approved it.", "2012-03-05"),
        ("The vote came on March 1, two days after the riots in the capital.", "2012-02-28"),
    ],
)
def test_relative_to_the_story(body: str, start: str) -> None:
    mentions = extract_mentions(body, SATURDAY)
    narrative = [m for m in mentions if m.expression[0].islower() or m.expression[0] in "AT"]
    assert start in {m.start.isoformat() for m in narrative}
    assert all(m.precision == "day" for m in mentions)


def test_story_time_wins_over_publication_day() -> None:
    body = (
        "Obama called Putin on Friday. Aides described the call to reporters. "
        "Carney had spoken about Russia a day earlier."
    )
    dates = [m.start.isoformat() for m in extract_mentions(body, SATURDAY)]
    assert dates == ["2012-03-09", "2012-03-08"]


@pytest.mark.parametrize(
    ("sentence", "published", "start"),
    [
        ("Putin won the March 4 election.", date(2012, 3, 10), "2012-03-04"),
        ("Putin will be sworn in on May 7, the Kremlin said.", date(2012, 3, 10), "2012-05-07"),
        ("The Senate approved the treaty on Dec. 22.", date(2011, 1, 5), "2010-12-22"),
        ("The treaty is due to enter into force on Feb. 5.", date(2010, 12, 28), "2011-02-05"),
        ("Leaders plan to meet on Oct. 4 in Sochi.", date(2011, 9, 20), "2011-10-04"),
        ("Obama looks forward to hosting Putin on Jan. 10.", date(2011, 12, 20), "2012-01-10"),
        ("The rally took place on Dec. 24 in Moscow.", date(2012, 1, 3), "2011-12-24"),
        ("Medvedev proposed that Putin run in March.", date(2011, 9, 24), "2012-03-01"),
        ("The envoy urged that talks resume on Oct. 4.", date(2011, 12, 20), "2012-10-04"),
        (
            "The airline will double its flights by August to reach markets untouched by it.",
            date(2011, 2, 13),
            "2011-08-01",
        ),
        (
            "The dividend would be paid on a still unspecified date in January.",
            date(2011, 10, 26),
            "2012-01-01",
        ),
    ],
)
def test_dates_without_a_year_follow_the_tense(sentence: str, published: date, start: str) -> None:
    (mention,) = extract_mentions(sentence, published)
    assert mention.start.isoformat() == start


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision"),
    [
        ("Ties have cooled in recent months.", "2011-12-10", "2012-03-10", "month"),
        ("Trade has grown over the past three years.", "2009-03-10", "2012-03-10", "year"),
        ("Heavy snow is expected this winter.", "2011-12-01", "2012-02-29", "season"),
    ],
)
def test_vague_spans_are_coarse(sentence: str, start: str, end: str, precision: str) -> None:
    assert _only(sentence, SATURDAY) == (start, end, precision)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The talks lasted for two hours.", "PT2H"),
        ("He has led the country for three years.", "P3Y"),
        ("Putin won a six-year term.", "P6Y"),
        ("Russia must ratify within 45 days.", "P45D"),
    ],
)
def test_durations_are_not_events(sentence: str, value: str) -> None:
    assert extract_mentions(sentence, SATURDAY) == []
    assert [(t.type, t.value) for t in tag(sentence, SATURDAY)] == [("DURATION", value)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The council meets every Monday.", "XXXX-WXX-1"),
        ("Inspectors report daily to Vienna.", "P1D"),
    ],
)
def test_sets_are_tagged_but_not_events(sentence: str, value: str) -> None:
    assert extract_mentions(sentence, SATURDAY) == []
    assert [(t.type, t.value) for t in tag(sentence, SATURDAY)] == [("SET", value)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Putin spoke on Friday.", "XXXX-WXX-5"),
        ("Putin spoke on March 4.", "XXXX-03-04"),
        ("Putin spoke yesterday.", "XXXX-XX-XX"),
        ("Putin spoke last year.", "XXXX"),
        ("Putin spoke on March 4, 2012.", "2012-03-04"),
    ],
)
def test_without_publication_day_values_stay_unresolved(sentence: str, value: str) -> None:
    assert [t.value for t in tag(sentence, None)] == [value]


def test_without_publication_day_only_full_dates_are_mentions() -> None:
    body = "Putin spoke on Friday. He won on March 4, 2012, and again on May 7."
    mentions = extract_mentions(body, None)
    assert [(m.expression, m.start.isoformat()) for m in mentions] == [
        ("March 4, 2012", "2012-03-04")
    ]


def test_the_dateline_is_not_an_event() -> None:
    body = "MOSCOW, March 10, 2012 (Reuters) -- Putin met the envoy on Friday."
    mentions = extract_mentions(body, SATURDAY)
    assert [m.start.isoformat() for m in mentions] == ["2012-03-09"]


def test_a_date_header_line_is_not_an_event() -> None:
    body = "Published: March 10, 2012\nPutin met the envoy on Friday."
    assert [m.start.isoformat() for m in extract_mentions(body, SATURDAY)] == ["2012-03-09"]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("The NATO summit opens on Sunday in Chicago.", "2012-05-20"),
        ("Opposition groups called a rally for Sunday evening.", "2012-05-20"),
        ("Leaders will meet on Sunday in Chicago.", "2012-05-27"),
        ("Leaders met on Sunday in Chicago.", "2012-05-20"),
        ("The G8 summit ends on Tuesday, officials said.", "2012-05-22"),
    ],
)
def test_weekday_ahead_on_the_publication_day(sentence: str, start: str) -> None:
    (mention,) = extract_mentions(sentence, date(2012, 5, 20))
    assert mention.start.isoformat() == start


def test_quoted_day_words_count_from_the_reported_day() -> None:
    body = '"We will vote tomorrow," the speaker told reporters on Thursday.'
    dates = {m.expression: m.start.isoformat() for m in extract_mentions(body, SATURDAY)}
    assert dates == {"tomorrow": "2012-03-09", "Thursday": "2012-03-08"}


def test_quoted_day_words_without_a_reported_day_use_the_publication_day() -> None:
    body = '"We voted yesterday," the speaker said.'
    (mention,) = extract_mentions(body, SATURDAY)
    assert mention.start.isoformat() == "2012-03-09"


def test_a_clock_time_takes_the_weekday_after_an_aside() -> None:
    sentence = "The blast occurred at 10:35 a.m. (0735 GMT) Friday, toppling a building."
    values = [(t.text, t.value) for t in tag(sentence, SATURDAY)]
    assert values == [("10:35 a.m.", "2012-03-09T10:35"), ("Friday", "2012-03-09")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("He was declared the winner on Wednesday evening.", "2012-03-07TEV"),
        ("Talks ended on Thursday afternoon.", "2012-03-08TAF"),
        ("Rebels attacked on Friday morning.", "2012-03-09"),
    ],
)
def test_weekday_with_a_part_of_day(sentence: str, value: str) -> None:
    assert [t.value for t in tag(sentence, SATURDAY)] == [value]
    (mention,) = extract_mentions(sentence, SATURDAY)
    assert mention.start == mention.end == date.fromisoformat(value[:10])


def test_later_in_the_day_is_tagged_as_the_day() -> None:
    sentence = "The envoy flew on to Nairobi later in the day."
    assert [(t.text, t.value) for t in tag(sentence, SATURDAY)] == [("the day", "2012-03-10")]
