"""Property tests: written dates round-trip, weekdays land near the publication day, no crash."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract import extract_mentions, tag

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

days = st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31))


@st.composite
def written(draw: st.DrawFn) -> tuple[date, str]:
    day = draw(days)
    month = MONTHS[day.month - 1]
    forms = [
        f"{month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        f"{month[:3]}. {day.day}, {day.year}" if month != "May" else f"May {day.day}, {day.year}",
        day.isoformat(),
        f"the {day.day}th of {month} {day.year}",
    ]
    return day, draw(st.sampled_from(forms))


@given(written(), days)
@settings(max_examples=200, deadline=None)
def test_written_dates_round_trip(case: tuple[date, str], published: date) -> None:
    day, words = case
    sentence = f"The agreement was signed on {words} in Geneva."
    (found,) = [t for t in tag(sentence, published) if t.type == "DATE"]
    assert found.value == day.isoformat()
    assert found.text == words
    (mention,) = extract_mentions(sentence, published)
    assert (mention.start, mention.end, mention.precision) == (day, day, "day")


@given(days, st.sampled_from(WEEKDAYS), st.sampled_from(["past", "future"]))
@settings(max_examples=200, deadline=None)
def test_weekdays_land_within_a_week(published: date, weekday: str, tense: str) -> None:
    sentence = (
        f"The ministers met on {weekday} in Brussels."
        if tense == "past"
        else f"The ministers will meet on {weekday} in Brussels."
    )
    (mention,) = extract_mentions(sentence, published)
    assert mention.start == mention.end
    assert mention.start.weekday() == WEEKDAYS.index(weekday)
    assert abs(mention.start - published) <= timedelta(days=7)
    if tense == "past":
        assert published - timedelta(days=6) <= mention.start <= published
    else:
        assert published < mention.start <= published + timedelta(days=7)


words = st.sampled_from(
    [
        "May", "March", "Friday", "the", "last", "next", "week", "2011", "12", "-", "to",
        "and", "of", "ago", "days", "earlier", "mid-", "late", "early", "quarter", "1990s",
        "Sept.", ",", ".", "\n", "on", "from", "between", "a", "year", "today", "p.m.", "7:30",
        "summer", "this", "century", "the 4th", "31", "29", "February", "2/30/2011",
    ]
)  # fmt: skip


@given(st.lists(words, max_size=25), st.one_of(st.none(), days))
@settings(max_examples=300, deadline=None)
def test_the_tagger_never_crashes_on_word_salad(tokens: list[str], published: date | None) -> None:
    text = " ".join(tokens)
    for timex in tag(text, published):
        assert text[timex.start : timex.end] == timex.text
    for mention in extract_mentions(text, published):
        assert mention.start <= mention.end
        assert text[mention.expression_start : mention.expression_end] == mention.expression


@given(st.text(max_size=300), st.one_of(st.none(), days))
@settings(max_examples=300, deadline=None)
def test_the_tagger_never_crashes_on_any_text(text: str, published: date | None) -> None:
    for timex in tag(text, published):
        assert text[timex.start : timex.end] == timex.text
    extract_mentions(text, published)
