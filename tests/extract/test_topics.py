"""Topic lanes and tags for dated sentences about international affairs."""

from __future__ import annotations

import pytest

from timeline.extract.topics import LANES, MAX_TAGS, OTHER, classify, lane_of, tags_of


@pytest.mark.parametrize(
    ("sentence", "lane"),
    [
        ("Voters in Chile returned to the polls for a presidential runoff.", "Elections"),
        ("The electoral commission declared the incumbent the winner of the vote.", "Elections"),
        ("The new mayor was inaugurated at a ceremony in the city hall.", "Elections"),
        ("The two countries agreed to cut their deployed nuclear warheads by a third.",
         "Arms control"),
        ("Inspectors from the IAEA visited the enrichment plant near the capital.",
         "Arms control"),
        ("The upper house ratified the New START accord after a long debate.", "Arms control"),
        ("The prime minister flew to Tokyo for a two-day summit with regional leaders.",
         "Diplomacy & summits"),
        ("The foreign ministers held talks on restoring bilateral relations.",
         "Diplomacy & summits"),
        ("Rebel fighters attacked an army convoy, killing eleven soldiers.",
         "Conflict & security"),
        ("Air strikes hit the outskirts of the besieged town overnight.", "Conflict & security"),
        ("The country joined the WTO after lowering import tariffs on cars.", "Trade & economy"),
        ("Inflation rose to 9 percent as the currency lost a fifth of its value.",
         "Trade & economy"),
        ("Riot police detained dozens of protesters outside the ministry.", "Protest & society"),
        ("Thousands of demonstrators rallied in the capital against the crackdown.",
         "Protest & society"),
        ("Parliament passed a bill restricting the activities of foreign-funded groups.",
         "Law & legislation"),
        ("The constitutional court struck down the amendment as unlawful.",
         "Law & legislation"),
        ("The weather was unusually warm for the time of year.", OTHER),
        ("She celebrated her birthday with friends.", OTHER),
    ],
)  # fmt: skip
def test_lane(sentence: str, lane: str) -> None:
    assert lane_of(sentence) == lane


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        ("The Security Council met behind closed doors to discuss Syria.",
         {"un security council", "syria"}, {"united nations"}),
        ("Moscow's accession to the World Trade Organization took effect in August.",
         {"russia", "wto"}, set()),
        ("Leaders of the G-8 gathered at Camp David in Maryland.",
         {"g8", "camp david"}, set()),
        ("The Senate approved the New START treaty with the United States.",
         {"new start", "united states"}, {"start treaty"}),
        ("NATO allies discussed the missile defence system planned for Europe.",
         {"nato", "missile defense"}, {"missile"}),
        ("The OSCE said the parliamentary elections in Belarus were not free.",
         {"osce", "belarus", "election"}, set()),
        ("Observers from the Organization for Security and Cooperation in Europe criticised it.",
         {"osce"}, set()),
        ("The Ministry of Foreign Affairs of Belarus summoned the envoy.",
         {"ministry of foreign affairs of belarus"}, set()),
        ("A delegation from the Council of Europe arrived in Baku.", {"council of europe"}, set()),
        ("The ASEAN foreign ministers issued a joint communique.", {"asean"}, set()),
    ],
)  # fmt: skip
def test_tags(sentence: str, expected: set[str], absent: set[str]) -> None:
    tags = set(tags_of(sentence))
    assert expected <= tags, tags
    assert not absent & tags, tags


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kremlin said on Friday that Russia and China, together with India, Brazil, Iran, "
        "Turkey, Egypt, Japan, Germany and France, backed the plan of the UN and the EU.",
        "A quiet day.",
        "",
        "ALL CAPS HEADLINE ABOUT THE NEW TAX ON OIL",
    ],
)
def test_tags_are_short_lowercase_and_bounded(sentence: str) -> None:
    lane, tags = classify(sentence)
    assert lane in LANES
    assert len(tags) <= MAX_TAGS
    assert len(set(tags)) == len(tags)
    for tag in tags:
        assert tag == tag.lower() and tag.strip() == tag and 1 < len(tag) <= 45


def test_headline_capitals_are_not_acronyms() -> None:
    tags = tags_of("ALL CAPS HEADLINE ABOUT THE NEW TAX ON OIL")
    assert not {"all", "caps", "headline", "about", "tax"} & set(tags)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the March of Millions would go ahead in May.",
        "Troops may withdraw by the second week, said Ms April Jones.",
    ],
)
def test_month_words_do_not_make_protests_or_tags(sentence: str) -> None:
    _, tags = classify(sentence)
    assert not any(month in tags for month in ("march", "may", "april"))
