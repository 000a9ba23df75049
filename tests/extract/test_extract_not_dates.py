"""Words and numbers that look like dates but are not: no tag, no mention."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract_mentions, tag

PUB = date(2011, 3, 20)

NOT_DATES = [
    "Russia may veto the resolution at the council.",
    "May we ask the minister a question?",
    "Protesters march through the city centre every evening.",
    "Thousands joined the March of Millions in the capital.",
    "A second round of voting is likely.",
    "He took a second look at the draft.",
    "We oppose the plan, the minister said.",
    "Sat in the front row, the envoy said nothing.",
    "April Ryan asked the spokesman about Libya.",
    "June Smith chaired the committee meeting.",
    "Theresa May met the ambassador at the embassy.",
    "Prime Minister May spoke to reporters after the talks.",
    "The May government lost its majority in parliament.",
    "The G8 leaders discussed energy security.",
    "Article 5 commits allies to collective defence.",
    "Resolution 1973 authorised a no-fly zone over Libya.",
    "The Senate approved the treaty 71-26 after a long debate.",
    "The team lost 4-3 in extra time.",
    "The deal is worth $2011 million, the ministry said.",
    "Turnout rose to 2012 percent in the region, a typo said.",
    "Unemployment stood at 9.5% and inflation at 4 percent.",
    "The ministry employs 2,000 people and 1,500 contractors.",
    "The 2010 treaty caps deployed warheads at 1,550.",
    "Lavrov signed the 2000 plutonium disposition agreement.",
    "Police detained 2011 protesters in Moscow, the group claimed.",
    "The price rose by 12 to 14 points.",
    "The Sunday Times reported the deal.",
    "Shoppers crowded the malls on Black Friday, a ritual of American retail.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_no_false_dates(sentence: str) -> None:
    dated = [t for t in tag(sentence, PUB) if t.type in ("DATE", "TIME")]
    assert dated == []
    assert extract_mentions(sentence, PUB) == []


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("Elections will be held in May, the commission said.", "May"),
        ("Parliament reconvenes in March after the recess.", "March"),
        ("The mission ends in April next year.", "April next year"),
        ("The treaty was signed in 2010 in Prague.", "2010"),
        ("The 2010 election was marred by fraud.", "2010"),
        ("The March accession will enlarge the alliance.", "March"),
        ("Observers criticised the May elections.", "May"),
    ],
)
def test_the_same_words_as_dates_still_count(sentence: str, expression: str) -> None:
    dated = [t.text for t in tag(sentence, PUB) if t.type in ("DATE", "TIME")]
    assert dated == [expression]
