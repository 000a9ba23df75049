"""The sentence splitter: offsets into the text, abbreviations kept inside sentences."""

from __future__ import annotations

import pytest

from timeline.extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Putin won. Obama called.", ["Putin won.", "Obama called."]),
        (
            "Mr. Putin met Gen. Petraeus on Sept. 24. They talked.",
            ["Mr. Putin met Gen. Petraeus on Sept. 24.", "They talked."],
        ),
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
        ("He left at 5 p.m. Friday for Moscow.", ["He left at 5 p.m. Friday for Moscow."]),
        ("He left at 5 p.m. The talks ended.", ["He left at 5 p.m.", "The talks ended."]),
        ('"We agree," he said. "Good."', ['"We agree," he said.', '"Good."']),
        ("John F. Kennedy spoke.\n\nNext paragraph", ["John F. Kennedy spoke.", "Next paragraph"]),
        ("Headline without stop\nBody text here.", ["Headline without stop", "Body text here."]),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == sentences


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("   \n ") == []
