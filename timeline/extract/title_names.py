"""Shorten people's names and descriptions inside timeline labels."""

from __future__ import annotations

import re

from timeline.extract.title_rules import (
    BODY_WORDS,
    CHAIN_GLUE,
    DANGLING,
    DESCRIBED_NAME,
    FAMILY_FIRST,
    FINITE,
    RELATIVE_WORD,
    SYLLABIC,
    TITLE_WORDS,
    TOKEN,
)


def name_for_description(text: str) -> str:
    """ "the head of the intelligence service, Mikhail Fradkov," -> "Mikhail Fradkov"."""
    if text.count(",") < 2:  # the description and the name each end on a comma
        return text
    return DESCRIBED_NAME.sub(lambda m: m.group("name") + " ", text)


def drop_appositive(m: re.Match[str]) -> str:
    """Keep "Russia, the United States, ..." (a list); drop "Kyl, the Republican who ..."."""
    words = m.group(0).split()[2:]
    noun_phrase = not FINITE.search(m.group(0)) or RELATIVE_WORD.search(m.group(0))
    if noun_phrase and any(w[0].islower() and w not in DANGLING for w in words if w[0].isalpha()):
        return m.group("prev") + (" " if not m.group(0).endswith(",") else "")
    return m.group(0)


def compress_names(text: str) -> str:
    """ "U.S. President Barack Obama" -> "Obama": keep the name after a chain of titles."""
    tokens = TOKEN.findall(text)
    if not any(_is_title(t) for t in tokens):  # nothing to shorten (most sentences)
        return " ".join(tokens)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        saw_title = False
        while j < len(tokens):
            tok = tokens[j]
            word = tok.rstrip(",;:")
            low = word.lower()
            is_title = low in TITLE_WORDS or low.rstrip(".") in TITLE_WORDS
            if is_title:
                saw_title = True
            elif not (_is_cap(word) or (low in CHAIN_GLUE and j > i and _is_title(tokens[j - 1]))):
                break
            j += 1
            if tok != word:  # punctuation closes the chain
                break
        chain = tokens[i:j]
        k = len(chain)
        while k > 0 and _is_cap(chain[k - 1].rstrip(",;:.")) and not _is_title(chain[k - 1]):
            k -= 1
        name_run = [t.rstrip(",;:").lower() for t in chain[k:]]
        if (
            saw_title
            and 0 < k < len(chain)
            and any(_is_title(t) for t in chain[:k])
            and not any(w in BODY_WORDS for w in name_run)
        ):
            _drop_determiner(out)
            out.extend(_short_name(chain[k:]))
            i = j
        elif chain:
            out.extend(chain)
            i = j
        else:
            out.append(tokens[i])
            i += 1
    return " ".join(out)


def _drop_determiner(out: list[str]) -> None:
    """Remove "the anti-corruption" left before a name that replaced "the ... blogger X"."""
    for back in (1, 2):
        if (
            len(out) >= back
            and out[-back].lower() in {"the", "a", "an"}
            and all(
                re.search(r"-|(?:al|an|ic|ive|ish|ese|ary|ous|ful)$", w)
                for w in out[len(out) - back + 1 :]
            )
        ):
            del out[len(out) - back :]
            return


def _short_name(name: list[str]) -> list[str]:
    """The surname of a name, or the whole name where the family name comes first."""
    if name[0].lower() in FAMILY_FIRST or any(SYLLABIC.match(t) for t in name):
        return name
    return name[-1:]


def _is_cap(word: str) -> bool:
    return bool(word) and word[0].isupper() and word.lower() not in DANGLING


def _is_title(tok: str) -> bool:
    low = tok.rstrip(",;:").lower()
    return low in TITLE_WORDS or low.rstrip(".") in TITLE_WORDS


def plural(speaker: str) -> bool:
    words = speaker.split()
    heads = [words[0].lower()] + [w for w in words[1:2] if w.islower()]
    return (
        " and " in speaker
        or heads[0] in {"many", "several", "some", "both", "they", "most", "few"}
        or any(w.endswith("s") and not w.endswith(("ss", "us", "is")) for w in heads)
    )


def lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        first = text.split(" ", 1)[0]
        if first.lower() in {"the", "a", "an", "our", "their", "its", "this", "there", "we", "it"}:
            return text[0].lower() + text[1:]
    return text
