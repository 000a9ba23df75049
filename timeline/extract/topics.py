"""Sort a dated sentence into a topic lane and pick short lowercase tags from it."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

log = logging.getLogger(__name__)

OTHER = "Other"
LANES: tuple[str, ...] = (
    "Elections",
    "Arms control",
    "Diplomacy & summits",
    "Conflict & security",
    "Trade & economy",
    "Protest & society",
    "Law & legislation",
    OTHER,
)
# On equal scores the more specific lane wins: the order of this tuple.
_PRIORITY = (
    "Arms control",
    "Elections",
    "Law & legislation",
    "Protest & society",
    "Conflict & security",
    "Trade & economy",
    "Diplomacy & summits",
)
MIN_SCORE = 2.0
MAX_TAGS = 8

# Keyword families: weight -> word stems ("*" = any ending, otherwise whole word with
# an optional plural). Lowercase stems match any case; stems with capitals match as written.
_FAMILIES: dict[str, dict[float, str]] = {
    "Elections": {
        3: "election* electoral ballot* polling voter* referendum* runoff* run-off* inaugurat* "
        "president-elect re-elect* reelect* candidacy candidate* turnout exit_poll recount* "
        "primaries vote-rigging",
        2: "elected poll campaign campaigned campaigning",
        1: "vote voted voting winner won win victory incumbent term mandate",
    },
    "Arms control": {
        5: "START INF CTBT NPT ABM SALT IAEA",
        3: "arms_control arms_reduction disarmament non-proliferation nonproliferation warhead "
        "missile_defense missile_defence missile_shield interceptor ICBM ballistic enrichment "
        "enriched_uranium centrifuge nuclear_weapon nuclear_arsenal test_ban "
        "chemical_weapon stockpile",
        2: "nuclear missile arms treaty inspector inspection uranium plutonium",
    },
    "Diplomacy & summits": {
        5: "G8 G-8 G7 G-7 G20 G-20",
        3: "summit bilateral diplomat* ambassador embassy embassies envoy "
        "foreign_minister secretary_of_state state_visit talks negotiat* phone_call telephone "
        "reset counterpart communique communiqué consul* ministerial foreign_policy",
        2: "meet meeting met visit visited visiting relations agree agreed agreement cooperation "
        "partnership ties accord Security_Council United_Nations UN U.N. congratulat* host "
        "hosted hosting trip dialogue",
        1: "president leader minister policy resolution",
    },
    "Conflict & security": {
        3: "war attack attacked airstrike air_strike bomb* shelling shelled killed kill "
        "rebel insurgen* militant terror* ceasefire cease-fire invasion invade* clash clashes "
        "clashed violence fighting soldier casualties gunmen hostage drone offensive "
        "occupation massacre security_forces no-fly intervention peacekeep* troops military "
        "army armed",
        2: "security defense defence NATO forces threat spy espionage intelligence weapon strike",
        1: "crisis border",
    },
    "Trade & economy": {
        5: "WTO",
        3: "trade tariff export exported import imported econom* investment investor GDP "
        "inflation recession budget currency ruble rouble market stock shares oil gas "
        "pipeline energy business* company companies debt loan deficit "
        "embargo subsid* privati*",
        2: "sanction sanctions price growth billion dollar euro bank accession",
        1: "million deal",
    },
    "Protest & society": {
        3: "protest* demonstrat* rally rallies rallied marchers marched activist dissident "
        "detain* arrest* crackdown riot* human_rights civil_society NGO journalist blogger "
        "censorship hunger_strike general_strike protesters crowd refugee migrant",
        2: "opposition police jailed prisoner petition freedom church religious students",
    },
    "Law & legislation": {
        3: "law bill legislation legislat* parliament* lawmakers deputies MP MPs Duma Knesset "
        "Bundestag Majlis Rada Sejm Congress Senate senators House_of_Representatives "
        "National_Assembly court judge ruling verdict sentenced trial prosecutor* "
        "constitution* amendment decree veto* statute lawsuit",
        2: "ratif* legal appeal appealed",
        1: "approve approved passed adopted council vote voted chamber reading readings debate "
        "upper_house lower_house",
    },
}


@dataclass(frozen=True, slots=True)
class _LaneIndex:
    """Keyword families as lookup tables: words, word beginnings and phrases."""

    words: dict[str, list[tuple[str, float]]]  # lowercase word (or exact capitalised word)
    prefixes: dict[str, list[tuple[str, float]]]  # "negotiat" for "negotiat*"
    phrases: re.Pattern[str]
    phrase_hits: dict[str, list[tuple[str, float]]]
    longest_prefix: int


@lru_cache(maxsize=1)
def _lane_index() -> _LaneIndex:
    words: dict[str, list[tuple[str, float]]] = {}
    prefixes: dict[str, list[tuple[str, float]]] = {}
    phrases: dict[str, list[tuple[str, float]]] = {}
    for lane, families in _FAMILIES.items():
        for weight, stems in families.items():
            for stem in stems.split():
                hit = (lane, float(weight))
                if "_" in stem:
                    phrases.setdefault(stem.replace("_", " ").lower(), []).append(hit)
                elif stem.endswith("*"):
                    prefixes.setdefault(stem[:-1].lower(), []).append(hit)
                else:
                    key = stem if stem != stem.lower() else stem.lower()
                    forms = [key] if key.isupper() or not key[-1].isalpha() else [key, key + "s"]
                    forms += [key + "es"] if key.endswith(("s", "x", "ch", "sh")) else []
                    for form in forms:
                        words.setdefault(form, []).append(hit)
    body = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") + "(?:s|es)?"
        for p in sorted(phrases, key=len, reverse=True)
    )
    phrases_rx = re.compile(rf"(?i)(?<![\w-])(?:{body})(?![\w-])")
    return _LaneIndex(words, prefixes, phrases_rx, phrases, max(map(len, prefixes)))


_NOT_UPPER = re.compile(r"[^A-Z]+")
_NOT_LETTER = re.compile(r"[^A-Za-z]+")
_WORD = re.compile(r"[A-Za-z][\w.-]*[A-Za-z0-9]|[A-Za-z]")


# Curated tags: canonical tag -> pattern (as written unless lowercase-only).
_VOCABULARY: tuple[tuple[str, str], ...] = (
    ("new start", r"\bNew\s+START\b|\bnew\s+Strategic\s+Arms\s+Reduction\s+Treaty\b"),
    ("start treaty", r"(?<!New )\bSTART\b|(?<!new )\bStrategic\s+Arms\s+Reduction\s+Treaty\b"),
    ("inf treaty", r"\bINF\b|\bIntermediate-Range\s+Nuclear\s+Forces\b"),
    ("npt", r"\bNPT\b|\bNon-?[Pp]roliferation\s+Treaty\b"),
    ("ctbt", r"\bCTBT\b|\bComprehensive\s+(?:Nuclear-)?Test[- ]Ban\s+Treaty\b"),
    ("missile defense", r"(?i:\bmissile[- ]defen[cs]e\b|\bmissile\s+shield\b)"),
    ("nuclear", r"(?i:\bnuclear\b)"),
    ("sanctions", r"(?i:\bsanctions?\b)"),
    ("wto", r"\bWTO\b|\bWorld\s+Trade\s+Organi[sz]ation\b"),
    ("nato", r"\bNATO\b|\bNorth\s+Atlantic\s+(?:Treaty\s+Organi[sz]ation|[Aa]lliance)\b"),
    ("un security council", r"\b(?:(?:UN|U\.N\.|United\s+Nations)\s+)?Security\s+Council\b"),
    ("un general assembly", r"\b(?:(?:UN|U\.N\.|United\s+Nations)\s+)?General\s+Assembly\b"),
    ("united nations", r"\bUnited\s+Nations\b|\bU\.?N\.?(?![\w.])"),
    ("g8", r"\bG-?8\b|\bGroup\s+of\s+(?:Eight|8)\b"),
    ("g20", r"\bG-?20\b|\bGroup\s+of\s+(?:Twenty|20)\b"),
    ("g7", r"\bG-?7\b|\bGroup\s+of\s+(?:Seven|7)\b"),
    ("eu", r"\bEU\b|\bEuropean\s+Union\b"),
    ("iaea", r"\bIAEA\b|\bInternational\s+Atomic\s+Energy\s+Agency\b"),
    ("imf", r"\bIMF\b|\bInternational\s+Monetary\s+Fund\b"),
    ("opec", r"\bOPEC\b"),
    ("osce", r"\bOSCE\b|\bOrgani[sz]ation\s+for\s+Security\s+and\s+Co-?operation\s+in\s+Europe\b"),
    ("election", r"(?i:\belections?\b|\belectoral\b|\bpresidential\s+(?:race|vote|poll)\b)"),
    ("referendum", r"(?i:\breferend(?:um|a|ums)\b)"),
    ("protest", r"(?i:\bprotest\w*|\bdemonstrat(?:ion|ors?)\w*|\brall(?:y|ies)\b)"),
    ("human rights", r"(?i:\bhuman\s+rights\b)"),
    ("ceasefire", r"(?i:\bcease-?fire\b|\btruce\b)"),
    ("summit", r"(?i:\bsummit\b)"),
    ("trade", r"(?i:\btrade\b)"),
    ("energy", r"(?i:\b(?:natural\s+)?gas\s+(?:supplies|pipeline|prices?)\b|\boil\b)"),
    ("visa", r"(?i:\bvisas?\b)"),
    ("missile", r"(?i:\bmissiles?\b)"),
)

# Curated tags that are plain words rather than names of things.
GENERIC_TAGS = frozenset(
    (
        "missile defense", "nuclear", "sanctions", "election", "referendum", "protest",
        "human rights", "ceasefire", "summit", "trade", "energy", "visa", "missile",
    )
)  # fmt: skip

# Countries: tag, then the names, aliases and demonyms that point to it.
_COUNTRIES = """
afghanistan:Afghanistan|Afghan; albania:Albania|Albanian; algeria:Algeria|Algerian;
argentina:Argentina|Argentine|Argentinian; armenia:Armenia|Armenian; australia:Australia|Australian;
austria:Austria|Austrian; azerbaijan:Azerbaijan|Azerbaijani|Azeri; bahrain:Bahrain|Bahraini;
bangladesh:Bangladesh; belarus:Belarus|Belarusian|Belarussian; belgium:Belgium|Belgian;
bosnia:Bosnia|Bosnian; brazil:Brazil|Brazilian; bulgaria:Bulgaria|Bulgarian; canada:Canada|Canadian;
chile:Chile|Chilean; china:China|Chinese|Beijing; colombia:Colombia|Colombian; croatia:Croatia;
cuba:Cuba|Cuban; cyprus:Cyprus|Cypriot; czech republic:Czech Republic|Czech; denmark:Denmark|Danish;
egypt:Egypt|Egyptian; estonia:Estonia|Estonian; ethiopia:Ethiopia|Ethiopian; finland:Finland|Finnish;
france:France|French; georgia:Georgia|Georgian; germany:Germany|German; greece:Greece|Greek;
hungary:Hungary|Hungarian; india:India|Indian; indonesia:Indonesia|Indonesian; iran:Iran|Iranian|Tehran;
iraq:Iraq|Iraqi|Baghdad; ireland:Ireland|Irish; israel:Israel|Israeli; italy:Italy|Italian;
japan:Japan|Japanese|Tokyo; jordan:Jordanian; kazakhstan:Kazakhstan|Kazakh; kenya:Kenya|Kenyan;
kosovo:Kosovo; kuwait:Kuwait; kyrgyzstan:Kyrgyzstan|Kyrgyz; latvia:Latvia|Latvian; lebanon:Lebanon|Lebanese;
libya:Libya|Libyan; lithuania:Lithuania|Lithuanian; mali:Mali|Malian; mexico:Mexico|Mexican;
moldova:Moldova|Moldovan; mongolia:Mongolia|Mongolian; morocco:Morocco|Moroccan; netherlands:Netherlands|Dutch;
new zealand:New Zealand; nigeria:Nigeria|Nigerian; north korea:North Korea|North Korean|Pyongyang;
norway:Norway|Norwegian; pakistan:Pakistan|Pakistani; palestine:Palestine|Palestinian;
poland:Poland|Polish; portugal:Portugal|Portuguese; qatar:Qatar|Qatari; romania:Romania|Romanian;
russia:Russia|Russian|Moscow|Kremlin; saudi arabia:Saudi Arabia|Saudi; serbia:Serbia|Serbian;
slovakia:Slovakia|Slovak; somalia:Somalia|Somali; south africa:South Africa|South African;
south korea:South Korea|South Korean|Seoul; spain:Spain|Spanish; sudan:Sudan|Sudanese;
sweden:Sweden|Swedish; switzerland:Switzerland|Swiss; syria:Syria|Syrian|Damascus;
taiwan:Taiwan|Taiwanese; tajikistan:Tajikistan|Tajik; thailand:Thailand|Thai; tunisia:Tunisia|Tunisian;
turkey:Turkey|Turkish|Ankara; turkmenistan:Turkmenistan; ukraine:Ukraine|Ukrainian|Kiev|Kyiv;
united arab emirates:United Arab Emirates|UAE|Emirati; united kingdom:United Kingdom|Britain|British|UK|U.K.;
united states:United States|U.S.|U.S|US|USA|American|Americans|Washington;
uzbekistan:Uzbekistan|Uzbek; venezuela:Venezuela|Venezuelan; vietnam:Vietnam|Vietnamese;
yemen:Yemen|Yemeni; zimbabwe:Zimbabwe|Zimbabwean
"""


COUNTRY_TAGS = frozenset(e.strip().partition(":")[0] for e in _COUNTRIES.split(";"))


# Lowercase words one of which every match of a curated tag contains: a sentence
# without any of them skips that pattern (the country pattern always runs).
_NEEDS_TEXT = """
new start: start strategic; start treaty: start strategic; inf treaty: inf intermediate;
npt: npt proliferation; ctbt: ctbt test; missile defense: missile; nuclear: nuclear;
sanctions: sanction; wto: wto world; nato: nato north; un security council: security;
un general assembly: general; united nations: united un u.n; g8: g8 g-8 group;
g20: g20 g-20 group; g7: g7 g-7 group; eu: eu european; iaea: iaea atomic; imf: imf monetary;
opec: opec; osce: osce organi; election: election electoral presidential; referendum: referend;
protest: protest demonstrat rall; human rights: human; ceasefire: cease truce; summit: summit;
trade: trade; energy: gas oil; visa: visa; missile: missile
"""
_NEEDS: dict[str, re.Pattern[str]] = {
    tag.strip(): re.compile("|".join(re.escape(w) for w in words.split()))
    for tag, _, words in (entry.partition(":") for entry in _NEEDS_TEXT.split(";"))
}


@lru_cache(maxsize=1)
def _tag_patterns() -> list[tuple[str, re.Pattern[str]]]:
    patterns = [(tag, re.compile(rx)) for tag, rx in _VOCABULARY]
    names = sorted(_country_names(), key=len, reverse=True)
    # grouped by first letter (longest first within a group), so that a position
    # tries only the names that can start there
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(n[0], []).append(re.escape(n[1:]).replace(r"\ ", r"\s+"))
    body = "|".join(
        re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items()
    )
    patterns.append(("", re.compile(r"(?=[A-Z])(?<![\w.])(?:" + body + r")(?![\w]|\.\w)")))
    return patterns


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Each country name, alias and demonym, mapped to its tag."""
    table = {}
    for entry in _COUNTRIES.split(";"):
        tag, _, names = entry.strip().partition(":")
        for name in names.split("|"):
            table[name] = tag
    return table


_ACRONYM = re.compile(r"(?<![\w.-])(?:[A-Z]{2,6}s?|[A-Z]-?\d{1,2})(?![\w-])")
_NOT_ACRONYMS = frozenset(
    str.split(
        "I A AM PM TV OK CEO GMT UTC EST EDT BST CET MSK USD EUR RUB II III IV VI VII VIII IX "
        "XI XX XXI AP AFP UPI PS ID PR US USA UK UN EU"
    )
)
_ORG_WORDS = (
    "Treaty|Organi[sz]ation|Council|Commission|Agreement|Union|Party|Court|Assembly|"
    "Parliament|Congress|Summit|Bank|Fund|Ministry|Alliance|Forum|Conference|Convention|"
    "Accords?|Pact|Agency|Committee|Front|Movement|Initiative|Declaration|Charter|Protocol|"
    "Resolution|Square|Strip|Sea|Islands?|Bay|Gulf|Peninsula|Heights|Valley|Palace|House|"
    "Straits?|Canal|Airport|Region|Province|Republic"
)
_CAP = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)[A-Z][\w'-]+"
)
_NAMED = re.compile(
    rf"(?:(?<=\s)|^)(?:{_CAP}\s+){{0,3}}(?:{_ORG_WORDS})\s+(?:of|for|on)\s+(?:the\s+)?"
    rf"{_CAP}(?:\s+(?:(?:and|of|for|on|in)\s+)?{_CAP}){{0,4}}"
    rf"|(?:(?<=\s)|^)(?:{_CAP}\s+(?:(?:of|for|and|on|the)\s+)?){{1,5}}(?:{_ORG_WORDS})\b"
    rf"|\b(?:Camp|Mount|Lake|Cape|Fort|Port)\s+{_CAP}"
)
# Every name _NAMED finds holds one of these words.
_NAMED_HINT = re.compile(rf"(?:{_ORG_WORDS})\b|\b(?:Camp|Mount|Lake|Cape|Fort|Port)\s")
_LEADING_THE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@lru_cache(maxsize=4096)
def classify(sentence: str) -> tuple[str, tuple[str, ...]]:
    """The topic lane of ``sentence`` and up to eight lowercase tags found in it."""
    return lane_of(sentence), tags_of(sentence)


def lane_of(sentence: str) -> str:
    """The best-scoring lane, or "Other" when no family scores at least MIN_SCORE."""
    index = _lane_index()
    scores: dict[str, float] = dict.fromkeys(_PRIORITY, 0.0)
    for m in index.phrases.finditer(sentence):
        phrase = " ".join(m.group(0).lower().split())
        phrase_hits = index.phrase_hits.get(phrase) or index.phrase_hits.get(phrase.rstrip("s"), [])
        for lane, weight in phrase_hits:
            scores[lane] += weight
    for word in _WORD.findall(sentence):
        hits = _WORD_HITS.get(word)
        if hits is None:
            hits = _word_hits(index, word)
        for lane, weight in hits:
            scores[lane] += weight
    best = max(_PRIORITY, key=lambda lane: (scores[lane], -_PRIORITY.index(lane)))
    if scores[best] < MIN_SCORE:
        return OTHER
    log.debug("lane %s scores %s", best, scores)
    return best


_WORD_HITS: dict[str, tuple[tuple[str, float], ...]] = {}


def _word_hits(index: _LaneIndex, word: str) -> tuple[tuple[str, float], ...]:
    """The (lane, weight) pairs one word scores, each pair once (memoised)."""
    words, prefixes = index.words, index.prefixes
    low = word.lower()
    hits: set[tuple[str, float]] = set()
    if word != low and word in words:
        hits.update(words[word])
    if low in words:
        hits.update(words[low])
    for k in range(3, min(len(low), index.longest_prefix) + 1):
        found = prefixes.get(low[:k])
        if found:
            hits.update(found)
    result = tuple(sorted(hits))
    if len(_WORD_HITS) < 50_000:
        _WORD_HITS[word] = result
    return result


def tags_of(sentence: str) -> tuple[str, ...]:
    """Lowercase keyword tags: curated terms, countries, named bodies and acronyms."""
    found = [(start, tag) for tag, start, _ in vocabulary_matches(sentence)]
    covered = [(start, end) for _, start, end in vocabulary_matches(sentence)]
    for start, end in named_spans(sentence):
        if not _inside((start, end), covered):
            name = _LEADING_THE.sub("", sentence[start:end])
            found.append((start, " ".join(name.lower().split())))
            covered.append((start, end))
    letters = _NOT_LETTER.sub("", sentence)
    caps_ratio = len(_NOT_UPPER.sub("", letters)) / max(1, len(letters))
    if caps_ratio < 0.5:  # a headline in capitals has no acronyms to trust
        for m in _ACRONYM.finditer(sentence):
            word = m.group(0)
            if word not in _NOT_ACRONYMS and not _inside(m.span(), covered):
                found.append((m.start(), word.lower().replace("-", "")))
    tags: list[str] = []
    for _, tag in sorted(found):
        if tag not in tags:
            tags.append(tag)
    return tuple(tags[:MAX_TAGS])


@lru_cache(maxsize=4096)
def vocabulary_matches(text: str) -> tuple[tuple[str, int, int], ...]:
    """Curated terms and countries in ``text``: (tag, start, end), specific ones first."""
    found: list[tuple[str, int, int]] = []
    countries = _country_names()
    lowered = text.lower()
    for tag, rx in _tag_patterns():
        needs = _NEEDS.get(tag)
        if needs and not needs.search(lowered):
            continue
        for m in rx.finditer(text):
            if not _inside(m.span(), [(a, b) for _, a, b in found]):
                name = tag or countries.get(" ".join(m.group(0).split()), "")
                if name:
                    found.append((name, m.start(), m.end()))
    return tuple(found)


@lru_cache(maxsize=4096)
def named_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of capitalised multiword names of bodies, treaties and places."""
    spans: list[tuple[int, int]] = []
    if not _NAMED_HINT.search(text):
        return ()
    for m in _NAMED.finditer(text):
        name = _LEADING_THE.sub("", m.group(0).strip())
        words = name.split()
        if 2 <= len(words) <= 6 and len(name) <= 45:
            spans.append((m.end() - len(name), m.end()))
    return tuple(spans)


def _inside(
    span: tuple[int, int], covered: list[tuple[int, int]] | tuple[tuple[int, int], ...]
) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in covered)
