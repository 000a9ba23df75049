"""Decide whether two dated sentences from different articles report the same happening."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.extract.titles import TITLE_WORDS
from timeline.extract.topics import COUNTRY_TAGS, GENERIC_TAGS, named_spans, vocabulary_matches

log = logging.getLogger(__name__)

MIN_OVERLAP = 0.5  # shared weight over the smaller side's weight
MIN_SHARED = 3.0  # at least, say, one name and one action in common
ENTITY, ACTION, CONTENT, WEAK, NUMBER = 2.0, 1.5, 1.0, 0.4, 0.5


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP = _words(
    """a an the and or but nor so yet of to in on at by for from with without into onto over
    under about above below after before during since until till through throughout than then
    as if because while when where which who whom whose what that this these those there here
    it its it's he she they them their his her him we us our you your i me my mine one ones
    is are was were be been being am has have had having do does did done doing will would
    shall should can could may might must not no also only just even still very more most
    much many some any each every all both few other another such same own again further once
    up down out off away back now new first second last next past recent recently earlier
    later ago today yesterday tomorrow tonight morning afternoon evening night day days week
    weeks month months year years time times decade monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec said says say saying
    told tell tells telling added adds according reported reporting noted stated statement
    quoted mr mrs ms dr st against among amid despite toward towards within per via""",
)
_WEAK = _words(
    """president minister prime government official officials leader leaders country
    countries state people foreign national top senior spokesman spokeswoman spokesperson
    news agency media reporters issue issues plan plans move part way need side sides two
    three four several number group major key big high late early well make made take took
    give gave set put call called""",
)
# Generic news synonyms (plain words, stemmed when indexed). Actions decide conflicts.
_ACTION_GROUPS: dict[str, str] = {
    "approve": "approve approved ratify ratified ratification pass passed adopt adopted endorse",
    "reject": "reject rejected veto vetoed block blocked",
    "vote": "vote voted ballot",
    "election": "election poll polls elect elected",
    "meet": "summit meet met meeting",
    "talk": "talk talks phone phoned telephone telephoned conversation spoke speak",
    "agree": "agree agreed agreement",
    "sign": "sign signed",
    "protest": "protest protesters demonstration demonstrators demonstrated rally rallied "
    "marched marchers",
    "detain": "detain detained arrest arrested jailed",
    "kill": "kill killed dead die died death",
    "attack": "attack attacked strike struck assault raid bomb bombed shelled airstrike",
    "win": "win won victory victor winner",
    "lose": "lose lost defeat defeated",
    "inaugurate": "inaugurate inaugurated inauguration sworn swear",
    "resign": "resign resigned quit",
    "visit": "visit visited trip arrive arrived",
    "sanction": "sanction sanctions embargo",
    "join": "join joined accession accede",
    "release": "release released freed",
}
_OTHER_GROUPS: dict[str, str] = {
    "treaty": "treaty treaties pact accord",
    "legislature": "parliament legislature lawmakers legislators deputies MPs",
}
# Actions that one report may name where another names the other.
_COMPATIBLE = frozenset(
    frozenset(pair)
    for pair in (
        ("meet", "talk"), ("meet", "visit"), ("meet", "agree"), ("talk", "agree"),
        ("sign", "agree"), ("approve", "vote"), ("reject", "vote"), ("vote", "election"),
        ("win", "election"), ("win", "vote"), ("lose", "election"), ("lose", "vote"),
        ("attack", "kill"),
    )
)  # fmt: skip
_PHRASES = (
    (re.compile(r"\blower\s+(?:house|chamber)\b", re.I), " parliament lowerhouse "),
    (re.compile(r"\bupper\s+(?:house|chamber)\b", re.I), " parliament upperhouse "),
    (re.compile(r"\bstep(?:s|ped)?\s+down\b", re.I), " resign "),
    (re.compile(r"\bvot(?:e|ed|es|ing)\s+down\b", re.I), " reject "),
    (re.compile(r"\bsigned\s+into\s+law\b", re.I), " sign law "),
)
# A curated tag brings the plain words that reports without the name would use.
_EXPANSIONS: dict[str, tuple[str, ...]] = {
    "new start": ("treaty", "arms", "nuclear"),
    "start treaty": ("treaty", "arms", "nuclear"),
    "inf treaty": ("treaty", "missile", "nuclear"),
    "npt": ("treaty", "nuclear"),
    "ctbt": ("treaty", "nuclear"),
    "wto": ("trade",),
    "nato": ("alliance",),
    "g8": ("meet",),
    "g20": ("meet",),
    "g7": ("meet",),
    "un security council": ("council",),
}
_CHAMBERS = frozenset({"lowerhous", "upperhous"})
_UNKNOWN_SUBJECT = re.compile(
    r"^\W*(?:(?i:it|its|he|his|she|her|they|their|this|these|those|we|our)\b|[a-z0-9])"
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019.-]*[A-Za-z]|[A-Za-z]|\d[\d.,]*")
_POSSESSIVE_END = re.compile(r"'s?$")
_CURLY_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
_POSSESSIVE_START = re.compile(r"['\u2019]s?\b")
_DATE_NUMBER = re.compile(r"(?:1[89]|20)\d\d|\d{1,2}")
_SUFFIXES = (
    ("ications", "i"), ("ication", "i"), ("ations", ""), ("ation", ""), ("ments", ""),
    ("ment", ""), ("ating", ""), ("ated", ""), ("ates", ""), ("ate", ""), ("ies", "i"), ("ied", "i"),
    ("ing", ""), ("ers", ""), ("ed", ""), ("es", ""), ("s", ""),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Key:
    """Weighted terms of one sentence."""

    weights: dict[str, float]
    soft: frozenset[str]  # expansion terms: count only when the other side has them
    actions: frozenset[str]
    names: frozenset[str]  # proper names that are neither countries nor known bodies
    lower: frozenset[str]  # terms written in lower case
    opener: str  # the first word when capitalised: a name unless used as a plain word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude lemma: lowercase, no possessive, common suffixes stripped."""
    word = word.lower().replace("\u2019", "'")
    word = _POSSESSIVE_END.sub("", word).strip(".'-")
    if len(word) <= 3:
        return word
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                continue
            if suffix == "es" and not word.endswith(("sses", "xes", "ches", "shes", "oes")):
                continue
            if suffix in {"ate", "ates", "ated", "ating"} and len(word) < 8:
                continue
            word = word[: -len(suffix)] + repl
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    if word.endswith("y") and len(word) > 3:
        word = word[:-1] + "i"
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsaeiou":
        word = word[:-1]
    return word


# Capitalised first words that are plain nouns, not names.
_COMMON_OPENERS = frozenset(
    stem(w)
    for w in str.split(
        """thousands hundreds tens dozens millions police protesters demonstrators voters
    troops soldiers officials lawmakers deputies investigators rebels residents authorities
    analysts critics experts observers witnesses activists workers students members leaders
    ministers diplomats supporters opponents citizens people parliament government talks
    negotiators prosecutors judges fighters militants gunmen shares prices markets stocks
    oil gas trade exports imports sales profits"""
    )
)


@lru_cache(maxsize=1)
def _group_index() -> dict[str, str]:
    index = {}
    for groups in (_ACTION_GROUPS, _OTHER_GROUPS):
        for canon, words in groups.items():
            for word in words.split():
                index[stem(word)] = canon
    return index


def _compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b) or any(frozenset((x, y)) in _COMPATIBLE for x in a for y in b)


@lru_cache(maxsize=8192)
def _analyse(sentence: str) -> _Key:
    text = sentence
    for pattern, repl in _PHRASES:
        text = pattern.sub(repl, text)
    weights: dict[str, float] = {}
    soft: set[str] = set()
    masked = list(text)
    index = _group_index()
    for tag, start, end in vocabulary_matches(text):
        if tag in GENERIC_TAGS:
            continue  # plain words: counted below as words
        weights[tag] = ENTITY
        soft.update(index.get(stem(w), stem(w)) for w in _EXPANSIONS.get(tag, ()))
        tail = _POSSESSIVE_START.match(text, end)
        end = tail.end() if tail else end
        masked[start:end] = " " * (end - start)
    for start, end in named_spans(text):  # "Central Election Commission": one term
        words = "".join(masked[start:end]).split()
        if words:
            weights[" ".join(w.lower() for w in words)] = ENTITY
        masked[start:end] = " " * (end - start)
    tokens = [m for m in _TOKEN.finditer("".join(masked)) if len(m.group(0)) > 1]
    actions: set[str] = set()
    names: set[str] = set()
    lower: set[str] = set()
    opener = ""
    for i, m in enumerate(tokens):
        raw = m.group(0)
        low = _CURLY_POSSESSIVE_END.sub("", raw.lower().rstrip("."))
        if low in _STOP:
            continue
        if raw[0].isdigit():
            digits = raw.replace(",", "").rstrip(".")
            if not _DATE_NUMBER.fullmatch(digits):  # not the shared date
                weights[digits] = max(weights.get(digits, 0.0), NUMBER)
            continue
        term = stem(raw)
        canon = index.get(term, term)
        capital = raw[0].isupper() and low not in TITLE_WORDS and low not in _WEAK
        if capital and _first_name(tokens, i, text):
            continue  # "Barack Obama" counts as "obama"
        if canon in _ACTION_GROUPS:
            actions.add(canon)
            weight = ACTION
        elif low in _WEAK or term in _WEAK or low in TITLE_WORDS:
            weight = WEAK
        elif capital and i == 0:
            weight = CONTENT  # a sentence's first word is capitalised anyway
            opener = canon
        elif capital:
            weight = ENTITY
            names.add(canon)
        else:
            weight = CONTENT
            lower.add(canon)
        if canon in _CHAMBERS:
            weight = 0.0  # marks which chamber, to tell the two apart; no weight of its own
        weights[canon] = max(weights.get(canon, 0.0), weight)
    soft.difference_update(weights)
    return _Key(
        weights, frozenset(soft), frozenset(actions), frozenset(names), frozenset(lower), opener
    )


def _first_name(tokens: list[re.Match[str]], i: int, text: str) -> bool:
    """Whether token ``i`` is followed at once by another capitalised name word."""
    if i + 1 >= len(tokens):
        return False
    here, nxt = tokens[i], tokens[i + 1]
    following = nxt.group(0)
    return (
        text[here.end() : nxt.start()] == " "
        and following[0].isupper()
        and following.lower() not in TITLE_WORDS
        and not here.group(0).isupper()
    )


def _names(key: _Key, other: _Key) -> frozenset[str]:
    opener = key.opener
    if not opener or opener in _COMMON_OPENERS or opener in key.lower | other.lower:
        return key.names
    return key.names | {opener}


def subject_key(sentence: str) -> frozenset[str]:
    """The content terms (crude lemmas, synonyms folded, curated tags) of ``sentence``."""
    key = _analyse(sentence)
    return frozenset(key.weights) | key.soft


def overlap(a: str, b: str) -> float:
    """Shared term weight over the smaller sentence's weight (0 to 1)."""
    return _score(_analyse(a), _analyse(b))[0]


def _score(ka: _Key, kb: _Key) -> tuple[float, float]:
    shared = 0.0
    extra_a = extra_b = 0.0
    for term, w in ka.weights.items():
        if term in kb.weights:
            shared += min(w, kb.weights[term])
        elif term in kb.soft:
            shared += CONTENT
            extra_b += CONTENT
    for term in kb.weights:
        if term in ka.soft:
            shared += CONTENT
            extra_a += CONTENT
    total_a = sum(ka.weights.values()) + extra_a
    total_b = sum(kb.weights.values()) + extra_b
    smaller = min(total_a, total_b)
    return (shared / smaller if smaller else 0.0), shared


@lru_cache(maxsize=65536)
def same_happening(a: str, b: str) -> bool:
    """Whether two sentences that carry the same interval clearly report one happening.

    Errs towards ``False``: a wrong merge hides a source from the historian,
    a missed one only shows a duplicate.
    """
    ka, kb = _analyse(a), _analyse(b)
    if not ka.weights or not kb.weights:
        return False
    if ka.actions and kb.actions and not _compatible(ka.actions, kb.actions):
        return False  # "inaugurated" vs "detained": different things happened
    for exclusive in (COUNTRY_TAGS, _CHAMBERS):
        only_a, only_b = ka.weights.keys() & exclusive, kb.weights.keys() & exclusive
        if only_a - only_b and only_b - only_a:
            return False  # Ukraine signed it here, Belarus there; lower house vs upper house
    names_a, names_b = _names(ka, kb), _names(kb, ka)
    if names_a - names_b and names_b - names_a:
        return False  # each side names someone the other does not
    if _UNKNOWN_SUBJECT.match(a) and _UNKNOWN_SUBJECT.match(b):
        return False  # neither says who or what the sentence is about
    if (_UNKNOWN_SUBJECT.match(a) and names_b - names_a) or (
        _UNKNOWN_SUBJECT.match(b) and names_a - names_b
    ):
        return False  # "Its stock fell" may be about anyone
    score, shared = _score(ka, kb)
    common = set(ka.weights) & set(kb.weights)
    has_what = any(ka.weights[t] in (ACTION, CONTENT) for t in common) or bool(
        ka.soft & set(kb.weights) or kb.soft & set(ka.weights)
    )
    if ka.actions and kb.actions and not ka.actions & kb.actions:
        has_what = True  # compatible actions ("met" / "held talks") count as one in common
        smaller = min(sum(ka.weights.values()), sum(kb.weights.values()))
        shared += ACTION
        score = min(1.0, score + ACTION / smaller)
    log.debug("same_happening score %.2f shared %.1f", score, shared)
    return has_what and shared >= MIN_SHARED and score >= MIN_OVERLAP
