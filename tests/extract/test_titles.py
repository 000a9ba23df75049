"""Timeline labels made from dated sentences: length, content, cuts and fallbacks."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.titles import ELLIPSIS, MAX_LEN, make_title


def title_for(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return make_title(sentence, start, start + len(expression))


# (sentence, temporal expression, words the label must keep, words it must drop)
EXAMPLES = [
    (
        "The upper house of the Polish parliament ratified the border agreement on Thursday, "
        "the state news agency reported.",
        "Thursday",
        ["ratified", "border agreement"],
        ["reported", "news agency", "on Thursday"],
    ),
    (
        "Foreign Minister Sergei Lavrov said on Monday that Moscow would not support new "
        "sanctions against Tehran.",
        "Monday",
        ["Lavrov", "sanctions"],
        ["Foreign Minister", "Sergei", "on Monday", "that Moscow"],
    ),
    (
        "Meanwhile, German Chancellor Angela Merkel will travel to Beijing next week for talks "
        "on trade and climate.",
        "next week",
        ["Merkel", "Beijing"],
        ["Meanwhile", "Chancellor", "next week"],
    ),
    (
        "Police detained more than 200 protesters in central Minsk on Sunday after the "
        "opposition called for a rally against the election results.",
        "Sunday",
        ["Police detained", "protesters"],
        ["Sunday", "called for a rally"],
    ),
    (
        "Two days later, NATO foreign ministers met in Brussels to discuss the alliance's "
        "mission in Afghanistan.",
        "Two days later",
        ["NATO", "met in Brussels"],
        ["days later"],
    ),
    (
        "The summit, which was originally planned for Chicago, will now take place at Camp "
        "David on May 18-19.",
        "May 18-19",
        ["summit", "Camp David"],
        ["Chicago", "originally planned", "May"],
    ),
    (
        "Sunday's vote was marred by allegations of ballot stuffing.",
        "Sunday",
        ["vote", "ballot stuffing"],
        ["Sunday", "'s vote"],
    ),
    (
        "The Senate voted 71-26 on Dec. 22 to approve the treaty, handing the president a "
        "foreign policy victory before the holiday recess.",
        "Dec. 22",
        ["Senate voted", "approve the treaty"],
        ["Dec", "holiday recess"],
    ),
    (
        "Officials said the ceasefire, agreed in Cairo on Wednesday night, was holding along "
        "the border.",
        "Wednesday night",
        ["ceasefire"],
        ["Wednesday", "Officials said"],
    ),
    (
        "The reform bill, which opposition deputies described as cosmetic, was signed into "
        "law in April by the president.",
        "April",
        ["reform bill", "signed into law"],
        ["April", "cosmetic"],
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "keep", "drop"), EXAMPLES)
def test_label_keeps_the_event_and_drops_the_rest(
    sentence: str, expression: str, keep: list[str], drop: list[str]
) -> None:
    title = title_for(sentence, expression)
    for words in keep:
        assert words in title, (title, words)
    for words in drop:
        assert words not in title, (title, words)


@pytest.mark.parametrize(("sentence", "expression", "keep", "drop"), EXAMPLES)
def test_label_length_and_shape(
    sentence: str, expression: str, keep: list[str], drop: list[str]
) -> None:
    title = title_for(sentence, expression)
    assert 25 <= len(title) <= MAX_LEN
    assert title[0].isupper()
    assert not title.rstrip(ELLIPSIS).endswith((".", ",", ";", ":"))


@pytest.mark.parametrize(
    ("sentence", "expression", "speaker"),
    [
        (
            '"We will not accept any interference in our internal affairs," the foreign '
            "ministry spokesman said on Wednesday.",
            "Wednesday",
            "spokesman",
        ),
        (
            "\u201cThe door to negotiations remains open,\u201d Secretary of State Hillary "
            "Clinton told reporters in Geneva on Saturday.",
            "Saturday",
            "Clinton",
        ),
    ],
)
def test_quote_attributed_on_the_day_names_the_speaker(
    sentence: str, expression: str, speaker: str
) -> None:
    title = title_for(sentence, expression)
    assert speaker in title
    assert not re.search(r"[\"\u201c\u201d]", title)
    assert "said" not in title and "told" not in title


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        (
            "Parliament approved the budget on Tuesday, the finance ministry said.",
            "Tuesday",
        ),
        (
            "Troops withdrew from the disputed town in early March, according to local officials.",
            "March",
        ),
        (
            "The talks will resume in Vienna next month, a senior diplomat told reporters.",
            "next month",
        ),
    ],
)
def test_trailing_attribution_is_stripped(sentence: str, expression: str) -> None:
    title = title_for(sentence, expression)
    assert not re.search(r"\b(?:said|according|told)\b", title)
    assert expression not in title


@pytest.mark.parametrize(
    ("sentence", "expression", "name", "dropped"),
    [
        ("U.S. President Barack Obama arrived in Seoul on Sunday for a nuclear security meeting.",
         "Sunday", "Obama", "Barack"),
        ("Iranian Foreign Minister Ali Akbar Salehi met his Turkish counterpart on Monday in Ankara.",
         "Monday", "Salehi", "Foreign Minister"),
        ("UN Secretary-General Ban Ki-moon called on Friday for an immediate halt to the shelling.",
         "Friday", "Ban Ki-moon", "Secretary-General"),
    ],
)  # fmt: skip
def test_title_and_name_chains_shrink_to_the_name(
    sentence: str, expression: str, name: str, dropped: str
) -> None:
    title = title_for(sentence, expression)
    assert title.startswith(name)
    assert dropped not in title


LONG = (
    "The delegations of the two countries, meeting for the ninth round of consultations on "
    "energy, transport, fisheries, customs cooperation, visa facilitation and the protection "
    "of cultural heritage sites along the shared border, agreed in Helsinki on 3 October to "
    "set up a standing joint commission with rotating chairmanship and an annual budget."
)


def test_long_label_is_cut_at_a_word_boundary_with_an_ellipsis() -> None:
    title = title_for(LONG, "3 October")
    assert len(title) <= MAX_LEN
    words = set(re.findall(r"[\w'-]+", LONG))
    for word in re.findall(r"[\w'-]+", title):
        assert word in words, word  # no word was cut in half
    if len(title.rstrip(ELLIPSIS)) < len(LONG) and title.endswith(ELLIPSIS):
        assert not title[:-1].endswith(" ")


def test_ellipsis_only_when_cut() -> None:
    sentence = "Lawmakers approved the new electoral code on Friday."
    title = title_for(sentence, "Friday")
    assert not title.endswith(ELLIPSIS)
    assert title == "Lawmakers approved the new electoral code"


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("", 0, 0),
        ("Friday.", 0, 6),
        ("On Friday.", 3, 9),
        ("\u201c\u201d", 0, 1),
        ("Talks resumed.", 40, 50),  # offsets outside the sentence
        ("Talks resumed.", 5, 2),  # reversed offsets
        ("said said said said", 0, 4),
        ("   \n\t  ", 0, 2),
    ],
)
def test_never_empty(sentence: str, start: int, end: int) -> None:
    title = make_title(sentence, start, end)
    assert title.strip()
    assert len(title) <= MAX_LEN


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("abcdefXYZ ,.;:'\"()-\u2014\u201c\u201d0123456789")),
        max_size=300,
    ),
    a=st.integers(min_value=-5, max_value=310),
    b=st.integers(min_value=-5, max_value=310),
)
def test_any_input_gives_a_bounded_label(text: str, a: int, b: int) -> None:
    title = make_title(text, a, b)
    assert title
    assert len(title) <= MAX_LEN


# The seed article (published 2012-03-10) may be quoted in tests as it is.
SEED = [
    (
        "U.S President Barack Obama and Russian President-elect Vladimir Putin agreed on Friday "
        "to build on the successful reset in bilateral relations.",
        "Friday",
        ["Obama and Putin", "agree", "reset"],
    ),
    (
        "Putin was declared the winner of the presidential election on Wednesday evening by the "
        "Russian Central Election Commission.",
        "Wednesday evening",
        ["Putin", "declared", "winner of the presidential election"],
    ),
    (
        '"President Obama and President-Elect Putin agreed to continue their efforts to find '
        'common ground and remove obstacles to better relations," the White House said, noting '
        "Obama looks forward to hosting Putin at the G8 summit on May 18-19 at Camp David, the "
        "presidential retreat in Maryland state.",
        "May 18-19",
        ["Obama", "host", "Putin", "G8 summit"],
    ),
    (
        "Obama made a phone call to Putin on his Air Force One special plane en route Richmond, "
        "Virginia to congratulate him on his victory in the March 4 presidential election, the "
        "White House said.",
        "March 4",
        ["residential election"],
    ),
    (
        '"Our policy towards Russia is based on our interests and not on personalities," White '
        "House spokesman Jay Carney said at a regular news briefing a day earlier.",
        "a day earlier",
        ["Carney", "policy towards Russia"],
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "keep"), SEED)
def test_seed_article_labels(sentence: str, expression: str, keep: list[str]) -> None:
    title = title_for(sentence, expression)
    assert len(title) <= MAX_LEN
    for words in keep:
        assert words in title, (title, words)
    for gone in (expression, "said", "President Barack", "Vladimir", "White House said"):
        assert gone not in title, (title, gone)


@pytest.mark.parametrize(
    ("sentence", "expression", "noun"),
    [
        (
            "Opposition leaders, who had hoped for a strong showing, conceded defeat after "
            "counting ended in the disputed 12 June parliamentary vote across the country, "
            "officials said.",
            "12 June",
            "arliamentary vote",
        ),
        (
            "The minister flew home early to prepare for the 3 May budget debate.",
            "3 May",
            "udget debate",
        ),
    ],
)
def test_date_inside_a_noun_phrase_keeps_that_noun(
    sentence: str, expression: str, noun: str
) -> None:
    assert noun in title_for(sentence, expression)


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("Officials have said in recent weeks that the plant will close by the summer.",
         "recent weeks"),
        ("In recent weeks the two sides have exchanged drafts of a new accord on fishing.",
         "recent weeks"),
    ],
)  # fmt: skip
@pytest.mark.parametrize(("extra_start", "extra_end"), [(1, 0), (0, -2), (2, -1)])
def test_offsets_inside_a_word_widen_to_the_whole_word(
    sentence: str, expression: str, extra_start: int, extra_end: int
) -> None:
    start = sentence.index(expression)
    exact = make_title(sentence, start, start + len(expression))
    shifted = make_title(sentence, start + extra_start, start + len(expression) + extra_end)
    assert shifted == exact
    assert not re.match(r"(?:In r|Ecent|Ks)\b", shifted)


# (sentence, expression, the label must contain, the label must not contain)
DATED_NOUN_PHRASES = [
    (  # the main clause (a phone call) is not what the date dates
        "The governor phoned Harris on Thursday evening to congratulate her on her win in the "
        "November 6 Senate race, her office said.",
        "November 6",
        "Senate race",
        "phoned",
    ),
    (  # an anchor: "two weeks before <dated thing>"
        "Analysts noted that the speech came two weeks before the Oct. 12 regional elections.",
        "Oct. 12",
        "Regional elections",
        "speech",
    ),
    (  # the outcome of the dated thing
        "The commission declared Ortega the winner of Sunday's presidential election.",
        "Sunday",
        "Presidential election",
        "declared",
    ),
    (  # a named place stays with the dated thing
        "The march was bigger than the Dec. 10 rally on Freedom Square, organisers claimed.",
        "Dec. 10",
        "Rally on Freedom Square",
        "bigger",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "keep", "drop"), DATED_NOUN_PHRASES)
def test_a_date_inside_a_noun_phrase_labels_that_phrase(
    sentence: str, expression: str, keep: str, drop: str
) -> None:
    title = title_for(sentence, expression)
    assert keep in title, title
    assert drop not in title, title
    assert expression not in title


@pytest.mark.parametrize(
    ("sentence", "expression", "verb"),
    [
        (
            "The premier will not attend next month's Commonwealth summit in Perth, officials "
            "said.",
            "next month",
            "attend",
        ),
        ("In Friday's vote, the assembly rejected the budget by 210 votes to 190.", "Friday", "rejected"),
        (
            "The ruling party lost ground in Sunday's regional elections, according to early "
            "results.",
            "Sunday",
            "lost ground",
        ),
        ("Sunday's referendum was marred by long queues at polling stations.", "Sunday", "queues"),
        (
            "Turnout in the April 9 referendum was just 32 percent, the commission said.",
            "April 9",
            "Turnout in the referendum",
        ),
    ],
)  # fmt: skip
def test_main_clause_kept_when_its_verb_is_the_dated_action(
    sentence: str, expression: str, verb: str
) -> None:
    title = title_for(sentence, expression)
    assert verb in title, title
    assert expression not in title


def test_proposed_that_clause_reads_as_an_infinitive() -> None:
    title = title_for(
        "The prime minister proposed last week that Jones stand for mayor in the May 5 election.",
        "May 5",
    )
    assert title.startswith("Jones to stand for mayor"), title


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        (
            "The accord, which Merkel and Hollande signed in Minsk on Feb. 12, failed to stop "
            "the fighting.",
            "Feb. 12",
            "Merkel and Hollande signed the accord in Minsk",
        ),
        (
            "The pact, signed by Sarkozy and Medvedev in Moscow on Aug. 12, ended the fighting "
            "within days.",
            "Aug. 12",
            "Sarkozy and Medvedev signed the pact in Moscow",
        ),
        (
            "Both sides now want to replace the 1987 treaty, which expired in August after "
            "years of disputes.",
            "August",
            "The 1987 treaty expired after years of disputes",
        ),
    ],
)
def test_dated_relative_clause_becomes_the_label(
    sentence: str, expression: str, expected: str
) -> None:
    assert title_for(sentence, expression) == expected


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        (  # a participle left hanging once its time phrase is gone
            "Ministers praised the progress in trade relations made over the past two years "
            "with the help of the new customs code, including lower tariffs on grain.",
            "the past two years",
        ),
        (  # an adverb and participle: "an agreement first signed"
            "The protocol amends an agreement first signed in 2000, under which each side "
            "undertook to destroy at least 30 tonnes of old munitions held in depots.",
            "2000",
        ),
        (  # a comparison cut in half
            "Ministers have said in recent months that the deal rests on shared interests "
            "rather than on the personal ties between any two leaders in office.",
            "recent months",
        ),
        (  # a label cut in the middle of a clause
            "The vote came hours after monitors reported that government troops had shelled "
            "the northern suburbs of the city overnight Friday, killing dozens of civilians.",
            "overnight Friday",
        ),
        (  # a sentence-final participle once its date is gone
            "Prices rose sharply in the months that followed the devaluation announced on "
            "Aug. 17, 1998.",
            "Aug. 17, 1998",
        ),
        (  # an adverb whose phrase was the date
            "The consulate was closed after the Sept. 11 attacks and reopened only in 2005.",
            "2005",
        ),
    ],
)
def test_label_never_ends_on_a_dangling_word(sentence: str, expression: str) -> None:
    title = title_for(sentence, expression)
    last = title.rstrip(ELLIPSIS).split()[-1].lower()
    dangling = {
        "made",
        "signed",
        "than",
        "rather",
        "had",
        "has",
        "that",
        "of",
        "the",
        "and",
        "only",
    }
    assert last not in dangling, title
    assert len(title) <= MAX_LEN


def test_cut_label_ends_at_a_phrase_boundary() -> None:
    sentence = (
        "The president said on Wednesday that the country would deploy short-range missiles "
        "in its western exclave of Kaliningrad unless the talks made progress."
    )
    title = title_for(sentence, "Wednesday")
    assert title.endswith(ELLIPSIS)
    assert title.rstrip(ELLIPSIS).endswith("missiles"), title


@pytest.mark.parametrize(
    ("sentence", "expression", "kept"),
    [
        (
            '"Our trade policy is based on rules and not on friendships," spokeswoman Anna '
            "Berg said at a briefing on Tuesday.",
            "Tuesday",
            "is based on rules",
        ),
        (
            "The bill on which Monday's debate was based was drafted by the finance ministry "
            "in 2019.",
            "2019",
            "was based",
        ),
    ],
)
def test_copula_kept_where_dropping_it_breaks_the_grammar(
    sentence: str, expression: str, kept: str
) -> None:
    assert kept in title_for(sentence, expression)


@pytest.mark.parametrize(
    ("sentence", "expression", "start"),
    [
        ("On Jan. 5, 2014, Governor Ann Lee signed the budget bill into law.", "Jan. 5", "Lee signed"),
        ("Earlier on Friday he met the leaders of the two unions.", "Earlier", "He met"),
        ("On Sunday, the last day of the congress, delegates elected a new leader.", "Sunday",
         "Delegates elected"),
        ("Mediators said the talks had stalled, and that neither side wanted to lose face in "
         "the coming weeks.", "the coming weeks", "Neither side"),
        ("Officials have also said on Monday that the talks would resume in Vienna.", "Monday",
         "Officials say"),
    ],
)  # fmt: skip
def test_label_starts_with_the_subject_not_a_leftover(
    sentence: str, expression: str, start: str
) -> None:
    assert title_for(sentence, expression).startswith(start)


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("The first strike, on March 3, had hit a school near the border.", "March 3",
         "The first strike had hit a school near the border"),
        ("A second phase, planned for around 2020, would add more ships to the fleet.", "2020",
         "A second phase would add more ships to the fleet"),
        ("He was sworn in on Monday for a second term as mayor of the city.", "Monday",
         "He was sworn in for a second term as mayor of the city"),
    ],
)  # fmt: skip
def test_an_aside_that_only_held_the_date_disappears(
    sentence: str, expression: str, expected: str
) -> None:
    assert title_for(sentence, expression) == expected


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        (  # an anchored expression that would leave only "The ceremony came"
            "The ceremony came a day after clashes between police and students in the old town.",
            "a day after",
            "The ceremony came after clashes between police and students in the old town",
        ),
        (  # a second date coordinated with the marked one goes too
            "Dozens of people were detained at protests in Minsk on Monday and on Tuesday.",
            "Monday",
            "Dozens of people detained at protests in Minsk",
        ),
        (  # "later" goes with "this month"
            "The talks will resume in Geneva later this month, diplomats said.",
            "this month",
            "The talks to resume in Geneva",
        ),
        (  # a dated aside before "when" keeps the clause break, so the tail can go
            "The crisis peaked during the minister's visit to Kiev, on March 3, 2014, when "
            "protesters stormed the ministry building in the centre of the city and set it on fire.",
            "March 3, 2014",
            "The crisis peaked during the minister's visit to Kiev",
        ),
        (  # a passive inside a subordinate clause keeps its auxiliary
            "Poland voted in favour on Friday after the text was amended.",
            "Friday",
            "Poland voted in favour after the text was amended",
        ),
    ],
)
def test_anchors_pairs_and_subordinate_passives(
    sentence: str, expression: str, expected: str
) -> None:
    assert title_for(sentence, expression) == expected


def test_an_uncut_label_may_end_on_a_main_verb() -> None:
    title = title_for(
        "His office said the statement reflected a talk the two men had Monday.", "Monday"
    )
    assert title.endswith("the two men had"), title


def test_either_way_is_a_connective() -> None:
    title = title_for(
        "Either way, the rally outgrew the rally held on Saturday in the square.", "Saturday"
    )
    assert title.startswith("The rally outgrew"), title
