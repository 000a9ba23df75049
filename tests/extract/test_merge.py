"""Matching mentions from different articles that report the same happening."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.merge import overlap, same_happening, stem, subject_key

SAME = [
    ("The Duma ratified New START on Tuesday.",
     "Russia's lower house approved the arms treaty on Tuesday."),
    ("Lavrov and Clinton met in Geneva on Thursday.",
     "Russian Foreign Minister Sergei Lavrov and Secretary of State Hillary Clinton held talks "
     "in Geneva on Thursday."),
    ("Kazakhstan formally joined the WTO on Wednesday.",
     "Kazakhstan's accession to the World Trade Organization took effect on Wednesday."),
    ("Thousands rallied in Minsk on Saturday against the president's re-election.",
     "Tens of thousands of protesters marched through central Minsk on Saturday."),
    ("The electoral commission declared Morales the winner of the presidential election on "
     "Monday.",
     "On Monday the electoral commission said Evo Morales had won the presidential vote with "
     "61 percent."),
    ("Prime Minister Noda telephoned President Lee on Friday to discuss the missile launch.",
     "Lee and Noda spoke by phone on Friday about the missile launch."),
    ("The parliament adopted the budget for next year on Thursday.",
     "Lawmakers passed next year's budget on Thursday by a wide margin."),
]  # fmt: skip

DIFFERENT = [
    # same day, same place, different happenings
    ("The president was inaugurated in the Kremlin on Monday.",
     "Police detained hundreds of protesters in Moscow on Monday."),
    ("Obama met Medvedev in Seoul on Monday.",
     "Obama met Chinese President Hu Jintao in Seoul on Monday."),
    ("The Senate approved the treaty on Wednesday.",
     "The Senate rejected an amendment to the treaty on Wednesday."),
    ("An earthquake struck northern Japan on Friday.",
     "Japan and Russia signed a fisheries agreement on Friday."),
    ("In trading on Friday, Aeroflot shares closed at 52 rubles.",
     "Rosneft shares fell 2 percent on Friday in Moscow trading."),
    ("Its shares fell sharply on Friday.", "Gazprom shares rose on Friday."),
    ("Rebels shelled the airport on Sunday.", "Voters went to the polls on Sunday."),
    ("The foreign minister resigned on Tuesday.", "The foreign minister visited Paris on Tuesday."),
    ("The lower house approved the budget on Wednesday.",
     "The upper house approved the budget on Wednesday."),
    ("Ukraine signed a gas deal with Russia on Monday.",
     "Belarus signed a gas deal with Russia on Monday."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_happening(a: str, b: str) -> None:
    assert same_happening(a, b)
    assert same_happening(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_happenings_stay_apart(a: str, b: str) -> None:
    assert not same_happening(a, b)
    assert not same_happening(b, a)


@pytest.mark.parametrize(("a", "b"), SAME + DIFFERENT)
def test_overlap_is_symmetric_and_bounded(a: str, b: str) -> None:
    assert overlap(a, b) == pytest.approx(overlap(b, a))
    assert 0.0 <= overlap(a, b) <= 1.0 + 1e-9


@pytest.mark.parametrize(
    "sentence",
    [
        "The Duma ratified New START on Tuesday.",
        "Protesters gathered in the square.",
    ],
)
def test_identical_sentences_match(sentence: str) -> None:
    assert same_happening(sentence, sentence)


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("ratified", "ratify", "ratifies", "ratification"), True),
        (("approved", "approve", "approves", "approving"), True),
        (("protesters", "protest", "protested", "protests"), True),
        (("negotiations", "negotiate", "negotiated"), True),
        (("election", "elections"), True),
        (("treaty", "trade"), False),
    ],
)
def test_crude_stems(words: tuple[str, ...], same: bool) -> None:
    stems = {stem(w) for w in words}
    assert (len(stems) == 1) == same


def test_subject_key_folds_synonyms_and_drops_dates() -> None:
    a = subject_key("The lower house approved the bill on Tuesday, March 6.")
    b = subject_key("Parliament ratified the bill.")
    assert a & b >= {"approve", "legislature", "bill"}
    assert not {"tuesday", "march", "6"} & a


def test_too_little_to_go_on() -> None:
    assert not same_happening("", "")
    assert not same_happening("On Friday.", "On Friday.")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_never_crashes(a: str, b: str) -> None:
    assert same_happening(a, b) in (True, False)
    assert isinstance(subject_key(a), frozenset)
