"""Label a date that modifies a noun phrase ("the March 4 election") by that phrase."""

from __future__ import annotations

import re

from timeline.extract.title_rules import CALENDAR_WORD, NOUN_STOP

# "the (disputed) <date> ..." : a determiner, at most two adjectives, then the date
_DET_BEFORE = re.compile(
    r"(?:^|\s)(?P<det>the|a|an|this|that|his|her|its|their|our|last|next)\s+"
    r"(?P<adj>(?:(?!(?:in|on|at|of|for|by|to|and|or|was|is)\b)[a-z][\w-]*\s+){0,2})$",
    re.IGNORECASE,
)
_POSSESSIVE_AFTER = re.compile(r"^['\u2019]s?\s+")
_POSSESSIVE_IN = re.compile(r"['\u2019]s?$")
# words that read as a verb or a clause opener, never as the noun a date modifies
_NOT_NOUN = frozenset(
    [
        "be",
        "been",
        "being",
        "had",
        "has",
        "have",
        "was",
        "were",
        "is",
        "are",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "did",
        "does",
        "said",
        "says",
        "saw",
        "came",
        "went",
        "took",
        "made",
        "began",
        "ended",
        "when",
        "where",
        "which",
        "who",
        "that",
        "while",
        "as",
        "if",
        "than",
        "ago",
        "earlier",
        "later",
        "before",
        "after",
        "since",
        "until",
        "there",
        "here",
        "then",
        "also",
        "only",
    ]
)
# the preposition that links a dated noun phrase to the rest of the sentence
_PREP_BEFORE = re.compile(
    r"(?P<head>[\w'\u2019-]+)?\s*\b(?P<prep>in|at|during|on|of|for|to|before|after|until|till|"
    r"since|ahead\s+of|prior\s+to|following|over|about)\s*$",
    re.IGNORECASE,
)
# nouns that name the outcome or a moment of an event: "victory in", "the winner of"
_RESULT_NOUNS = frozenset(
    [
        "victory",
        "win",
        "winner",
        "winners",
        "defeat",
        "loss",
        "loser",
        "result",
        "results",
        "outcome",
        "conduct",
        "count",
        "turnout",
        "eve",
        "run-up",
        "aftermath",
        "wake",
        "anniversary",
        "fraud",
        "rigging",
        "boycott",
        "preparations",
    ]
)
# verbs whose object is the dated thing itself: "will attend next week's summit"
_TAKE_PART = re.compile(
    r"^(?:attend|attends|attended|attending|host|hosts|hosted|hosting|hold|holds|held|holding|"
    r"skip|skips|skipped|miss|missed|boycott|boycotted|chair|chaired|open|opened|win|won|"
    r"lose|lost|contest|contested|postpone|postponed|cancel|cancelled|canceled|call|called|"
    r"address|addressed|join|joined|lead|led)$",
    re.IGNORECASE,
)
_SUBORDINATE = re.compile(
    r"\b(?:whether|where|when|because|after|before|until|since|while|as|if)\b",
    re.IGNORECASE,
)
_VERB = re.compile(
    r"\b(?:[a-z]{2,}ed|is|are|was|were|be|has|have|had|will|would|can|could|may|might|must|"
    r"should|made|took|gave|held|met|won|lost|said|says|told|came|went|saw|fell|rose|began|"
    r"to\s+[a-z]+)\b"
)
_PAREN_RELATIVE = re.compile(r",\s+(?:who|which)\b[^,]*,")
_TRAILING_PP = re.compile(
    r"^\s+(?P<pp>(?:in|at|on)\s+(?:(?:the|a)\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"
)


def dated_phrase(sentence: str, start: int, end: int) -> tuple[str, int]:
    """The noun phrase ``sentence[start:end]`` dates, or the clause to label.

    Returns ``(label, 0)`` when the label should name the phrase itself
    ("Presidential election"), ``("", offset)`` when the phrase sits in a
    "that" clause starting at ``offset`` that should be labelled instead, and
    ``("", 0)`` when the date is not inside a noun phrase or when the main
    clause's verb is the dated action ("In Tuesday's vote, the Duma approved").
    """
    if not 0 <= start < end <= len(sentence):
        return "", 0
    expr, before, after = sentence[start:end], sentence[:start], sentence[end:]
    adjectives: list[str] = []
    possessive = _POSSESSIVE_AFTER.match(after)
    if possessive:
        after = after[possessive.end() :]
        np_start = start
    elif _POSSESSIVE_IN.search(expr):
        np_start = start
    else:
        det = _DET_BEFORE.search(before)
        if not det or not after.startswith(" "):
            return "", 0
        np_start = det.start("det")
        adjectives = det.group("adj").split()
    noun, used = _noun_words(after)
    if not noun:
        return "", 0
    lead = before[:np_start]
    prep = _PREP_BEFORE.search(lead)
    if (prep or not lead.strip()) and not _VERB.search(lead):
        return "", 0  # the phrase is in the subject: "Turnout in the April 9 vote was low"
    main_part = _PAREN_RELATIVE.sub(" ", lead)
    if prep and prep.group("prep").lower() in {"in", "at", "during", "on"}:
        head = (prep.group("head") or "").lower()
        if head not in _RESULT_NOUNS:
            that = list(re.finditer(r"\bthat\s+", lead))
            if that and not re.search(r"[,;]", lead[that[-1].end() :]):
                return "", that[-1].end()
            if not _SUBORDINATE.search(main_part):
                return "", 0  # "the Duma approved the treaty in Tuesday's vote"
    elif not prep:
        words = lead.split()
        last = words[-1].lower().strip(",;:") if words else ""
        if not last or _TAKE_PART.match(last) or last in {"which", "that", "who", "whose", "and"}:
            return "", 0
    phrase = " ".join(adjectives + noun if len(noun) == 1 else noun)
    pp = _TRAILING_PP.match(after[used:])
    if pp and not after[:used].endswith((",", ";", ".")):
        phrase += " " + pp.group("pp")
    return phrase[0].upper() + phrase[1:], 0


def _noun_words(after: str) -> tuple[list[str], int]:
    """The noun (with its modifiers) after the date, and where it ends in ``after``."""
    words: list[str] = []
    used = 0
    for m in list(re.finditer(r"\S+", after))[:5]:
        word = m.group()
        bare = word.rstrip(",;:.!?")
        low = bare.lower()
        glue = low == "of" and words and words[-1][:1].isupper()
        if not glue and (not bare or low in NOUN_STOP or low in _NOT_NOUN):
            break
        if not re.fullmatch(r"[\w-]+", bare) or (not words and CALENDAR_WORD.match(bare)):
            break
        if not words and re.fullmatch(r"\d[\d,.]*|[a-z]+(?:ed|ing)", bare):
            break
        words.append(bare)
        used = m.end()
        if bare != word:
            break
    if words and words[-1].lower() == "of":
        return [], 0
    return (words, used) if words and len(" ".join(words)) >= 4 else ([], 0)
