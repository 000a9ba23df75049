"""Turn a dated sentence into a short "who did what" timeline label."""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

MIN_LEN = 40
MAX_LEN = 80
ELLIPSIS = "\u2026"
_MARK = "\ue000"  # stands where the temporal expression was

_REPORT_VERBS = (
    r"(?-i:said|says|say|(?:told|tells)(?:\s+(?:(?:a|an|the|his|her|their)\s+)?(?!that\b)[\w-]+"
    r"(?:\s+(?:conference|briefing|meeting|session|agency|channel|television|radio|newspaper))?)?|"
    r"added|adds|"
    r"stated|states|noted|notes|insisted|insists|wrote|writes|explained|"
    r"announced|announces|confirmed|confirms|reported|reports|warned|warns|"
    r"claimed|claims|argued|argues|stressed|stresses|emphasized|emphasised|"
    r"believes|believed|thinks|thought|predicted|predicts|acknowledged|admitted|"
    r"recalled|remarked|observed|indicated|suggested|hinted|pointed\s+out)(?![\w-])"
)
_SPEECH_TAIL = (
    r"(?:\s+(?:in|at|during|on|to|after|before|aboard|via|through|from|by)\b"
    r"(?:\s+[^\s,;]+){1,7})?"
)
# "..., the White House said in a statement."  /  "..., according to officials."
_TRAILING_ATTR = re.compile(
    r",\s*(?P<attr>(?:(?!,)[^\"\u201c\u201d]){1,90}?\b(?:" + _REPORT_VERBS + r")"
    r"(?:\s+" + _MARK + r")?" + _SPEECH_TAIL + r"|according\s+to\b[^,;]{1,80})\s*[.!?]?\s*$",
    re.IGNORECASE,
)
# "The ministry said on Tuesday (that) ..."
_SPEECH_VERBS = (
    r"(?-i:said|says|say|(?:told|tells)(?:\s+(?:(?:a|an|the|his|her|their)\s+)?(?!that\b)[\w-]+"
    r"(?:\s+(?:conference|briefing|meeting|session|agency|channel|television|radio|newspaper))?)?|"
    r"added|adds|stated|states|insisted|insists|wrote|writes|stressed|stresses|argued|argues|"
    r"claimed|claims|believes|believed|thinks|thought)(?![\w-])"
    r"|(?-i:announced|announces|confirmed|confirms|reported|reports|warned|warns|noted|notes|"
    r"acknowledged|admitted|predicted|indicated|suggested|hinted|recalled|remarked|observed|"
    r"explained|emphasi[sz]ed|pointed\s+out)(?=(?:\s+[^\s,;]+){0,5}?\s+that\b)"
)
_LEADING_ATTR = re.compile(
    r"^(?P<attr>(?:(?![,;:\"\u201c])[^\ue000]|" + _MARK + r"){1,80}?\b(?:" + _SPEECH_VERBS + r"))"
    r"(?P<tail>(?:\s*,?\s*"
    + _MARK
    + r"|\s+(?:in|at|during|on|to|after|before|while|when)\s+[^,;\"]{1,40}?(?=\s+that\b))?)"
    r"\s*(?:,\s*|:\s*)?(?P<that>that\s+)?(?P<content>\S.*)$",
    re.IGNORECASE,
)
_PREP_START = re.compile(r"(?:of|in|on|at|for|about|with|to|by|from|into)\b", re.IGNORECASE)
_NOT_A_SPEAKER = r"\b(?:not|never|no|that|which|who|when|where|because|after|before|while|if)\b"
_ACCORDING_LEAD = re.compile(r"^according\s+to\b[^,]{1,80},\s*", re.IGNORECASE)

_CONNECTIVES = re.compile(
    r"^(?:however|meanwhile|but|and|also|so|still|yet|nevertheless|nonetheless|moreover|"
    r"furthermore|besides|separately|in\s+addition|additionally|instead|indeed|in\s+fact|"
    r"in\s+turn|then|thus|therefore|at\s+the\s+same\s+time|on\s+the\s+other\s+hand|"
    r"by\s+contrast|in\s+contrast|as\s+a\s+result|in\s+particular|notably|finally|"
    r"first|second|third|earlier|later|previously|recently|now|today|overall|"
    r"in\s+a\s+statement|in\s+an\s+interview|for\s+(?:his|her|its|their)\s+part)\b[\s,]*",
    re.IGNORECASE,
)
_PREPOSITIONS = (
    r"on|in|at|by|during|since|until|till|through|throughout|from|for|as\s+of|"
    r"as\s+early\s+as|as\s+late\s+as|before|after|around|about|within|over|of|from\s+late|"
    r"to|into"
)
_PREP_BEFORE_MARK = re.compile(
    r"(?:\b(?:"
    + _PREPOSITIONS
    + r")\s+)(?:(?:the\s+)?(?:early|late|mid)\s+|the\s+end\s+of\s+)?"
    + _MARK,
    re.IGNORECASE,
)
_DET_MARK_COMMA = re.compile(r"\b(a|an|the)\s+" + _MARK + r",\s*", re.IGNORECASE)
_PARTICIPLE_ASIDE = re.compile(
    r",\s+[a-z]+ing\b[^,;]{1,120},\s+(?=(?:[a-z]+ed|has|have|had|is|are|was|were|will|would|"
    r"could|can|may|might|must|should|said|says|made|won|lost|took|gave|became|began|met|"
    r"remains?|plans?|wants?|faces?|holds?|held)\b)"
)
_POSSESSIVE_MARK = re.compile(_MARK + r"['\u2019]s?\b")
_CLAUSE_BREAK = re.compile(
    r"\s*;\s*|\s+[\u2014\u2013]\s+|\s+--\s+|:\s+(?=\S)"
    r"|,\s+(?=(?:and|but|while|whereas|although|though|as|after|before|when|because|"
    r"since|noting|saying|adding|stressing|citing|arguing|warning|urging|"
    r"calling|insisting|claiming|amid|despite)\b)",
    re.IGNORECASE,
)
_SUBORDINATOR = re.compile(
    r"^(?:and|but|while|whereas|although|though|as|after|before|when|because|since|"
    r"noting|saying|adding|stressing|citing|arguing|warning|urging|insisting|claiming|"
    r"that|amid|despite)\s+",
    re.IGNORECASE,
)
_LEADING_ADVERBIAL = re.compile(
    r"^(?:after|before|following|ahead\s+of|in|on|at|during|despite|amid|with|under|"
    r"since|as|unlike|like|according\s+to|speaking|addressing|in\s+a|at\s+a|for)\b"
    r"[^,\"]{0,70},\s+(?:(?:the|a|an)\s+[a-z][^,\"]{0,60},\s+)?(?=\S)",
    re.IGNORECASE,
)
_PARENS = re.compile(r"\s*[(\[][^()\[\]]{0,120}[)\]]")
_DASH_ASIDE = re.compile(
    r"\s+(?:[\u2014\u2013]|--)\s+[^\u2014\u2013]{1,100}?\s+(?:[\u2014\u2013]|--)(?=\s)"
)
_RELATIVE = re.compile(
    r",\s+(?:who|which|whose|whom|where)\b[^;\ue000]*?"
    r"(?:,\s+(?=(?:will|would|has|have|had|is|are|was|were|said|says|can|could|may|might|must|"
    r"should|did|does|[a-z]+ed)\b)|[.!?]?$)",
    re.IGNORECASE,
)
_MARKED_RELATIVE = re.compile(
    r"(?P<ante>\b[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*),\s+(?:who|which)\s+"
    r"(?P<rel>[^,;]*\ue000[^,;]*|[^,;\ue000]*(?=,\s+(?:(?:in|on|at|during|by|from)\s+[^,;]*)?\ue000))"
)
_SHORT_RELATIVE = re.compile(r",\s+(?:who|which)\s+\w+\s+\ue000\s*,")
_MARKED_WHERE = re.compile(r",\s+(?:where|when)\s+(?P<rel>[^,;]*\ue000[^,;]*)", re.IGNORECASE)
_SUBJECT_MARK = re.compile(r"^\W*" + _MARK + r"\s+(?:was|is|will\s+be|marks|marked)\s+")
_ANCHORED = re.compile(r"\b(?:after|before|following|prior\s+to)\s*$", re.IGNORECASE)
_DEADLINE = re.compile(r"\b(has|have|had)\s+(?:until|till|by)\s+" + _MARK, re.IGNORECASE)
_VERB_LED = re.compile(
    r"^(?!(?:the|a|an|this|that|these|those|he|she|it|they|we|i|you|there|its|his|her|their|"
    r"our|some|many|most|all|both|each|several|no|one|two|three|four|five)\b)[a-z]"
)
_APPOSITIVE = re.compile(
    r"(?P<prev>\b[A-Z][\w.\u2019'-]*),\s+(?:the|a|an|its|his|her|their)\s+"
    r"[A-Za-z][^,;\"\ue000]{1,100}?(?:,|$)"
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|"
    r"came|went|said|says|told|made|took|gave|began|ended|held|met|won|lost)\b"
)
_RELATIVE_WORD = re.compile(r"\b(?:who|whose|whom|which|that)\b")
_DESCRIBED_NAME = re.compile(
    r"\b(?:the|a|an)\s+[a-z][^,;\"\ue000]{2,60},\s+"
    r"(?P<name>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3}),\s*"
)
_SINGLE_QUOTED = re.compile(
    r"(?:(?<=\s)|^)[\u2018'](?=\w)([^\u2018\u2019']{1,60}?)[\u2019'](?=[\s,.;:]|$)"
)
_INCLUDING_TAIL = re.compile(r",\s+(?:including|such\s+as|among\s+them|notably)\b.*$", re.I)


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


TITLE_WORDS = _wordset(
    """president president-elect president-designate vice prime minister premier chancellor
    secretary secretary-general senator sen. sen rep. representative gov. governor general gen.
    adm. admiral col. colonel lt. lieutenant commander king queen prince princess pope
    ambassador envoy chairman chairwoman chair director chief spokesman spokeswoman
    spokesperson mr. mrs. ms. dr. mr mrs ms dr mayor judge justice foreign defense defence
    deputy leader sheikh emir sultan ayatollah patriarch archbishop cardinal bishop speaker
    official aide adviser advisor counterpart head staff press negotiator representative
    candidate incumbent dictator strongman tycoon billionaire activist blogger journalist
    lawyer dissident"""
)
_FAMILY_FIRST = _wordset(
    "hu xi li wen wang zhang liu chen yang zhao zhou wu ma kim lee park choi ban moon nguyen"
)
_BODY_WORDS = _wordset(
    """agreement treaty council commission committee assembly organization organisation union
    party court bank fund ministry department office house service force forces army navy
    command corps congress senate parliament duma government administration agency staff
    chiefs affairs security"""
)
_SYLLABIC = re.compile(r"^[A-Z][a-z]+-[a-z]+\b")  # Ki-moon, Jong-un
_CHAIN_GLUE = frozenset({"of", "for", "de", "al", "al-", "van", "von", "bin", "the"})
_TOKEN = re.compile(r"\S+")
_PRONOUN_START = re.compile(r"^(?:he|she|they|it|we|i)\b", re.IGNORECASE)
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?=(?!(?:often|even|seven|eleven|open|when|then|often|ten|been|being|taken\s+aback)\b)"
    r"(?:\w+(?:ed|en)|held|made|sent|won|told|sold|built|cut|struck|caught|brought|"
    r"fought|kept|left|found|known|shown|shot|hit|put|set|met|led|paid|laid|sworn|"
    r"split|spent|lost|dealt|heard|seen|read)\b)",
    re.IGNORECASE,
)
_WILL = re.compile(
    r"(?<!\b(?:he|it|we|me|us))(?<!\b(?:she|you|who|one))(?<!\b(?:they|that|this))(?<!\bi)"
    r"(?<=\w)\s+(?:will|(?:is|are)\s+(?:due|set|scheduled|slated)\s+to)\s+"
    r"(?!(?:not|now|also|still|soon|then|probably|likely|never|only|have|be\s+\w+ing)\b)",
    re.IGNORECASE,
)
_REPORTED = re.compile(r"\b(?:that|whether|if|said|says|when|because|unless)\b", re.I)
_FORWARD = re.compile(r"\blook(?:s|ed)?\s+forward\s+to\s+(\w+?)ing\b", re.IGNORECASE)
_LAST_COMMA = re.compile(r",(?!\d)(?:[^,]|,(?=\d))*$")
_AUX_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|is|was|were|will|would|also|already|later|then|\w+ly))+$",
    re.IGNORECASE,
)
_NOUN_AFTER_MARK = re.compile(
    r"\b(?:the|a|an|this|that|his|her|its|their)\s+"
    r"(?:(?!(?:in|on|at|of|for|by|to|and|or|was|is)\b)[a-z][\w-]*\s+){0,2}"
    + _MARK
    + r"\s+(?P<rest>[^\ue000]{1,80})",
    re.IGNORECASE,
)
_CALENDAR_WORD = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b"
)
_NOUN_STOP = _wordset(
    """in on at of for with by to and or but that which who whom whose was were is are will
    would has had have said says after before during as than from into over under"""
)
_CONS = "bcdfghjklmnpqrstvwxz"
_SAFE_STEM = re.compile(rf"(?:[{_CONS}]{{2}}|[aeiou]{{2}}[{_CONS}])$")  # host, sign, meet
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+|a\s+|an\s+)?[^,;]{2,80}$")
_TRAILING_PP = re.compile(
    r"\s+(?:in|at|on|for|with|from|during|after|amid|over|near|via|through|aboard|"
    r"en\s+route|under|across|between|against|outside|inside|into|toward|towards)"
    r"(?:\s+(?!(?:is|are|was|were|be|been|has|have|had|will|would|should|can|could|may|might|"
    r"must|did|does|do|to|that|and|or|but)\b)[^\s,;]+){1,7}\s*$",
    re.IGNORECASE,
)
_TAILS = (
    (_LAST_COMMA, re.compile(",")),
    (_BY_AGENT, re.compile(r"\s(?=by\s)")),
    (_TRAILING_PP, re.compile(r"\s(?=[a-z]+\s)")),
)
_DANGLING = _wordset(
    """a an the of to in on at by for from with and or but as that which who its his her
    their our your my this these those is are was were be been will would according"""
)


def make_title(sentence: str, expr_start: int, expr_end: int) -> str:
    """A 40-80 character label for the event ``sentence`` reports.

    ``sentence[expr_start:expr_end]`` is the temporal expression; it is left
    out of the label together with its preposition.
    """
    try:
        title = _build(sentence, expr_start, expr_end)
    except re.error:  # pragma: no cover - a bad pattern is a bug, but never lose a label
        log.exception("title regex failed")
        title = ""
    if len(title) < 12 or len(title.split()) < 2:
        title = _finish(_cut(_clean_basic(_mark(sentence, expr_start, expr_end))))
    if not title:
        title = _finish(_cut(" ".join(sentence.split()))) or sentence.strip()[:MAX_LEN] or "Event"
    return title


def _build(sentence: str, expr_start: int, expr_end: int) -> str:
    text = _clean_basic(_mark(sentence, expr_start, expr_end))
    relative = _MARKED_RELATIVE.search(text)  # "Putin, who was elected on March 4, ..."
    where = _MARKED_WHERE.search(text)  # "..., where Medvedev joins them on Saturday"
    if relative and len(relative.group("rel").split()) >= 3:
        rel = re.split(r"\s+and\s+(?:who|which)\b", relative.group("rel"))[0]
        text = relative.group("ante") + " " + rel
    elif where and len(where.group("rel").split()) >= 3:
        text = where.group("rel")
    text = _SHORT_RELATIVE.sub(
        "", text
    )  # "the visit, which ran on 9-10 March, was" -> "the visit was"
    text = _SUBJECT_MARK.sub("", text)  # "Tuesday was Russia Day" -> "Russia Day"
    content, speaker, mark_in_attr, quoted = _split_attribution(_prune(text))
    content = _strip_quotes(content)
    content = _pick_clause(content)
    if not speaker:  # a leading adverbial may have hidden "officials said ..."
        content, speaker, mark_in_attr, _ = _split_attribution(content)
    content = _prune(content)
    content = _compress_names(content)
    speaker = _compress_names(speaker).strip(" ,") if speaker else ""
    speaker = re.sub(r"^(?:the|a|an)\s+", "", speaker, flags=re.IGNORECASE)
    speaker = _AUX_TAIL.sub("", speaker)
    if len(speaker) > 40:  # "officials of the Immigration Service" -> "officials"
        speaker = re.split(r"\s+(?:of|from|at|in|with|for)\s+|,", speaker, maxsplit=1)[0]
    usable = 0 < len(speaker) <= 40 and len(speaker.split()) <= 5
    usable = usable and not _PRONOUN_START.match(speaker)
    if usable and quoted and mark_in_attr:
        content = f"{speaker}: {_headline(_lower_first(content))}"
    elif usable and (mark_in_attr or _PRONOUN_START.match(content)):
        verb = "say" if _plural(speaker) else "says"
        content = f"{speaker} {verb} {_lower_first(content)}"
    else:
        content = _headline(content)
    title = _trim(content)
    dated = _dated_noun(text)
    if dated and dated.lower() not in title.lower():
        title = _trim(f"{dated}: {_lower_first(title)}")
    return _finish(title)


def _dated_noun(text: str) -> str:
    """The noun a date modifies ("the March 4 presidential election" -> "Presidential election")."""
    m = _NOUN_AFTER_MARK.search(text)
    if not m or _CALENDAR_WORD.match(m.group("rest")):
        return ""
    words: list[str] = []
    for word in m.group("rest").split()[:4]:
        bare = word.rstrip(",;:.!?")
        if not bare or bare.lower() in _NOUN_STOP or not re.match(r"^[\w-]+$", bare):
            break
        words.append(bare)
        if bare != word:
            break
    if not words or len(" ".join(words)) < 4:
        return ""
    phrase = " ".join(words)
    return phrase[0].upper() + phrase[1:]


def _mark(sentence: str, start: int, end: int) -> str:
    """Replace the expression by a marker and drop its preposition."""
    if 0 <= start < end <= len(sentence):
        rest = sentence[end:]
        if _ANCHORED.search(sentence[start:end]):  # "two days after the vote": drop the anchor
            rest = re.sub(r"^[^,;:]*", "", rest)
        possessive = re.search(r"['\u2019]s?$", sentence[start:end])
        text = sentence[:start] + ("the" if possessive else _MARK) + rest
    else:
        text = sentence
    text = _DEADLINE.sub(r"\1 a deadline", text)
    text = _POSSESSIVE_MARK.sub("the", text)
    text = _DET_MARK_COMMA.sub(r"\1 ", text)
    return _PREP_BEFORE_MARK.sub(_MARK, text)


def _clean_basic(text: str) -> str:
    text = " ".join(text.split())
    text = text.replace("``", "\u201c").replace("''", "\u201d")
    return text


def _split_attribution(text: str) -> tuple[str, str, bool, bool]:
    """Split "content, X said" / "X said that content".

    Returns the content, the speaker, whether the expression sat in the
    attribution, and whether the content was a direct quote.
    """
    text = _ACCORDING_LEAD.sub("", text)
    quoted = re.match(
        r"^\s*[\"\u201c](?P<q>[^\"\u201c\u201d]{8,}?)[,.!?]?[\"\u201d]\s*,?\s*(?P<attr>.*)$", text
    )
    if quoted and _looks_like_attribution(quoted.group("attr")):
        attr, *rest = _CLAUSE_BREAK.split(quoted.group("attr"), maxsplit=1)
        if rest and _MARK in rest[0]:  # '"...," X said, noting Y would visit on May 3'
            return _SUBORDINATOR.sub("", rest[0]), _speaker(attr), False, False
        return quoted.group("q"), _speaker(attr), _MARK in attr, True
    lead_quote = re.match(
        r"^(?P<attr>[^\"\u201c]{2,80}?)[,:]?\s*[\"\u201c](?P<q>[^\"\u201c\u201d]{8,})[\"\u201d]",
        text,
    )
    if lead_quote and re.search(r"\b(?:" + _REPORT_VERBS + r")\s*$", lead_quote.group("attr")):
        attr = lead_quote.group("attr")
        return lead_quote.group("q"), _speaker(attr), _MARK in attr, True
    trailing = _TRAILING_ATTR.search(text)
    if trailing and trailing.start() > 15:
        attr = trailing.group("attr")
        return (
            text[: trailing.start()],
            _speaker(attr),
            _MARK in attr and _MARK not in text[: trailing.start()],
            False,
        )
    leading = _LEADING_ATTR.match(text)
    if (
        leading
        and len(leading.group("content").split()) >= 4
        and not _PREP_START.match(leading.group("content"))
    ):
        attr = leading.group("attr") + leading.group("tail")
        if not re.search(_NOT_A_SPEAKER, leading.group("attr"), re.IGNORECASE):
            return leading.group("content"), _speaker(attr), _MARK in attr, False
    return text, "", False, False


def _looks_like_attribution(attr: str) -> bool:
    return bool(re.search(r"\b(?:" + _REPORT_VERBS + r"|according\s+to)\b", attr, re.I)) and (
        len(attr.split()) <= 20
    )


def _speaker(attr: str) -> str:
    """The speaker in an attribution clause ("White House spokesman Jay Carney said ...")."""
    attr = attr.replace(_MARK, " ")
    m = re.search(r"according\s+to\s+(?P<who>[^,;]+)", attr, re.IGNORECASE)
    if m:
        return m.group("who").strip()
    m = re.search(r"^(?P<who>.*?)\s*\b(?:" + _REPORT_VERBS + r")", attr, re.IGNORECASE)
    who = m.group("who") if m else ""
    if not who or re.match(r"^(?:he|she|they|it|we|i|you)$", who.strip(), re.IGNORECASE):
        m = re.search(r"\b(?:" + _REPORT_VERBS + r")\s+(?P<who>[A-Z][^,;]{1,60}?)\s*$", attr)
        who = m.group("who") if m else ""
    return " ".join(who.split())


def _strip_quotes(text: str) -> str:
    text = re.sub(r"[\"\u201c\u201d]", "", text)
    return " ".join(_SINGLE_QUOTED.sub(r"\1", text).split())


def _pick_clause(text: str) -> str:
    """The clause that carries the temporal expression (or the main clause)."""
    parts = [p for p in _CLAUSE_BREAK.split(text) if p and p.strip()]
    if len(parts) <= 1:
        return _drop_leading_adverbial(text)
    idx = next((i for i, p in enumerate(parts) if _MARK in p), 0)
    chosen = parts[idx]
    bare = chosen.replace(_MARK, "").strip(" ,")
    if len(bare.split()) < 3 or _is_attribution_only(bare):
        idx = 0
        chosen = parts[0]
    if idx > 0:
        chosen = _SUBORDINATOR.sub("", chosen.strip())
        if _VERB_LED.match(chosen):  # "..., and come from": the subject is in the first clause
            chosen = parts[0]
    return _drop_leading_adverbial(chosen)


def _is_attribution_only(text: str) -> bool:
    return (
        bool(re.match(r"^[^,]{0,60}\b(?:" + _REPORT_VERBS + r")\b[^,]{0,40}$", text, re.IGNORECASE))
        and len(text.split()) <= 10
    )


def _drop_leading_adverbial(text: str) -> str:
    text = text.strip().lstrip(",;: ")
    while True:
        new = _CONNECTIVES.sub("", text, count=1).lstrip(",;: " + _MARK)
        m = _LEADING_ADVERBIAL.match(new)
        if m and len(new) - m.end() >= 25 and not _PRONOUN_START.match(new[m.end() :]):
            new = new[m.end() :]
        if new == text:
            return text
        text = new


def _prune(text: str) -> str:
    """Drop parenthetical asides, relative clauses, appositives and list tails."""
    text = _name_for_description(_PARENS.sub("", text))
    text = _DASH_ASIDE.sub("", text)
    text = _INCLUDING_TAIL.sub("", text)
    text = _PARTICIPLE_ASIDE.sub(" ", text)
    pruned = _RELATIVE.sub(" ", text)
    if len(pruned.split()) >= 3:
        text = pruned
    pruned = _APPOSITIVE.sub(_drop_appositive, text)
    if len(pruned.split()) >= 3:
        text = pruned
    return " ".join(text.split())


def _name_for_description(text: str) -> str:
    """ "the head of the intelligence service, Mikhail Fradkov," -> "Mikhail Fradkov"."""
    return _DESCRIBED_NAME.sub(lambda m: m.group("name") + " ", text)


def _drop_appositive(m: re.Match[str]) -> str:
    """Keep "Russia, the United States, ..." (a list); drop "Kyl, the Republican who ..."."""
    words = m.group(0).split()[2:]
    noun_phrase = not _FINITE.search(m.group(0)) or _RELATIVE_WORD.search(m.group(0))
    if noun_phrase and any(w[0].islower() and w not in _DANGLING for w in words if w[0].isalpha()):
        return m.group("prev") + (" " if not m.group(0).endswith(",") else "")
    return m.group(0)


def _compress_names(text: str) -> str:
    """ "U.S. President Barack Obama" -> "Obama": keep the name after a chain of titles."""
    tokens = _TOKEN.findall(text)
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
            elif not (_is_cap(word) or (low in _CHAIN_GLUE and j > i and _is_title(tokens[j - 1]))):
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
            and not any(w in _BODY_WORDS for w in name_run)
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
    if name[0].lower() in _FAMILY_FIRST or any(_SYLLABIC.match(t) for t in name):
        return name
    return name[-1:]


def _is_cap(word: str) -> bool:
    return bool(word) and word[0].isupper() and word.lower() not in _DANGLING


def _is_title(tok: str) -> bool:
    low = tok.rstrip(",;:").lower()
    return low in TITLE_WORDS or low.rstrip(".") in TITLE_WORDS


def _headline(text: str) -> str:
    """Headline tweaks: drop passive auxiliaries, "will" -> "to"."""
    passive = _PASSIVE.search(text)
    if (
        passive
        and not _PRONOUN_START.match(text)
        and text[passive.end() :].replace(_MARK, "").strip(" .,;:").count(" ")
    ):
        text = text[: passive.start()] + text[passive.end() :]
    will = _WILL.search(text)
    if (
        will
        and len(text[: will.start()].split()) <= 6
        and not _REPORTED.search(text, 0, will.start())
    ):
        text = text[: will.start()] + " to " + text[will.end() :]
    m = _FORWARD.search(text)
    if m:
        stem = m.group(1)
        if _SAFE_STEM.search(stem) and not re.search(r"([bdfgmnprt])\1$", stem):
            text = text[: m.start()] + "to " + stem + text[m.end() :]
    return text


def _trim(text: str) -> str:
    """Shorten to at most MAX_LEN characters by dropping tails, then by cutting."""
    text = " ".join(text.replace(_MARK, " ").split())
    text = re.sub(r"\s+([,.;:!?])", r"\1", text).strip(" ,;:")
    for pattern, starts in _TAILS:
        while len(text) > MAX_LEN:
            shorter = _drop_dangling(_drop_last(pattern, starts, text))
            if shorter == text or len(shorter) < MIN_LEN:
                break
            text = shorter
    return _cut(text)


def _drop_last(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> str:
    """Remove the shortest tail of ``text`` that ``pattern`` matches up to the end.

    ``starts`` finds the places where such a tail can begin, so that the
    costly ``pattern`` is tried only there, from the end backwards.
    """
    for start in sorted((m.start() for m in starts.finditer(text)), reverse=True):
        if pattern.match(text, start):
            return text[:start]
    return text


def _drop_dangling(text: str) -> str:
    words = text.rstrip(" ,;:").split(" ")
    while len(words) > 2 and words[-1].lower().strip(",;:") in _DANGLING | {"not", "nor"}:
        words.pop()
    return " ".join(words).rstrip(" ,;:")


def _cut(text: str) -> str:
    text = " ".join(text.replace(_MARK, " ").split())
    if len(text) <= MAX_LEN:
        return text
    words = text[: MAX_LEN - 1].split(" ")
    if len(words) > 1:
        words.pop()  # the last word may be cut mid-way
    while len(words) > 2 and words[-1].lower().strip(",;:") in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(" ,;:-\u2014") + ELLIPSIS


def _finish(text: str) -> str:
    text = " ".join(text.replace(_MARK, " ").split())
    text = re.sub(r",(?:\s*,)+", ",", text)
    text = re.sub(r",\s+\w+ing$", "", text)  # "..., arriving" once its date is gone
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"\(\s*\)", "", text)
    ellipsis = text.endswith(ELLIPSIS)
    text = text.rstrip(ELLIPSIS).strip(" ,.;:!?-\u2014\u2013\"'\u201c\u201d")
    text = text.lstrip(",;:)] ")
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text + ELLIPSIS if ellipsis and text else text


def _plural(speaker: str) -> bool:
    words = speaker.split()
    heads = [words[0].lower()] + [w for w in words[1:2] if w.islower()]
    return (
        " and " in speaker
        or heads[0] in {"many", "several", "some", "both", "they", "most", "few"}
        or any(w.endswith("s") and not w.endswith(("ss", "us", "is")) for w in heads)
    )


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        first = text.split(" ", 1)[0]
        if first.lower() in {"the", "a", "an", "our", "their", "its", "this", "there", "we", "it"}:
            return text[0].lower() + text[1:]
    return text
