"""Regex tables and word lists that the timeline-label builder uses."""

from __future__ import annotations

import re

MIN_LEN = 40
MAX_LEN = 80
ELLIPSIS = "\u2026"
MARK = "\ue000"  # stands where the temporal expression was

REPORT_VERBS = (
    r"(?-i:said|says|say|(?:told|tells)(?:\s+(?:(?:a|an|the|his|her|their)\s+)?(?!that\b)[\w-]+"
    r"(?:\s+(?:conference|briefing|meeting|session|agency|channel|television|radio|newspaper))?)?|"
    r"added|adds|"
    r"stated|states|noted|notes|insisted|insists|wrote|writes|explained|"
    r"announced|announces|confirmed|confirms|reported|reports|warned|warns|"
    r"claimed|claims|argued|argues|stressed|stresses|emphasized|emphasised|"
    r"believes|believed|thinks|thought|predicted|predicts|acknowledged|admitted|"
    r"recalled|remarked|observed|indicated|suggested|hinted|pointed\s+out)(?![\w-])"
)
SPEECH_TAIL = (
    r"(?:\s+(?:in|at|during|on|to|after|before|aboard|via|through|from|by)\b"
    r"(?:\s+[^\s,;]+){1,7})?"
)
# "..., the White House said in a statement."  /  "..., according to officials."
TRAILING_ATTR = re.compile(
    r",\s*(?P<attr>(?:(?!,)[^\"\u201c\u201d]){1,90}?\b(?:" + REPORT_VERBS + r")"
    r"(?:\s+" + MARK + r")?" + SPEECH_TAIL + r"|according\s+to\b[^,;]{1,80})\s*[.!?]?\s*$",
    re.IGNORECASE,
)
# "The ministry said on Tuesday (that) ..."
SPEECH_VERBS = (
    r"(?-i:said|says|say|(?:told|tells)(?:\s+(?:(?:a|an|the|his|her|their)\s+)?(?!that\b)[\w-]+"
    r"(?:\s+(?:conference|briefing|meeting|session|agency|channel|television|radio|newspaper))?)?|"
    r"added|adds|stated|states|insisted|insists|wrote|writes|stressed|stresses|argued|argues|"
    r"claimed|claims|believes|believed|thinks|thought)(?![\w-])"
    r"|(?-i:announced|announces|confirmed|confirms|reported|reports|warned|warns|noted|notes|"
    r"acknowledged|admitted|predicted|indicated|suggested|hinted|recalled|remarked|observed|"
    r"explained|emphasi[sz]ed|pointed\s+out)(?=(?:\s+[^\s,;]+){0,5}?\s+that\b)"
)
LEADING_ATTR = re.compile(
    r"^(?P<attr>(?:(?![,;:\"\u201c])[^\ue000]|" + MARK + r"){1,80}?\b(?:" + SPEECH_VERBS + r"))"
    r"(?P<tail>(?:\s*,?\s*"
    + MARK
    + r"|\s+(?:in|at|during|on|to|after|before|while|when)\s+[^,;\"]{1,40}?(?=\s+that\b))?)"
    r"\s*(?:,\s*|:\s*)?(?P<that>that\s+)?(?P<content>\S.*)$",
    re.IGNORECASE,
)
PREP_START = re.compile(r"(?:of|in|on|at|for|about|with|to|by|from|into)\b", re.IGNORECASE)
NOT_A_SPEAKER = r"\b(?:not|never|no|that|which|who|when|where|because|after|before|while|if)\b"
ACCORDING_LEAD = re.compile(r"^according\s+to\b[^,]{1,80},\s*", re.IGNORECASE)

CONNECTIVES = re.compile(
    r"^(?:however|meanwhile|but|and|also|so|still|yet|nevertheless|nonetheless|moreover|"
    r"furthermore|besides|separately|in\s+addition|additionally|instead|indeed|in\s+fact|"
    r"in\s+turn|then|thus|therefore|at\s+the\s+same\s+time|on\s+the\s+other\s+hand|"
    r"by\s+contrast|in\s+contrast|as\s+a\s+result|in\s+particular|notably|finally|"
    r"first|second|third|earlier|later|previously|recently|now|today|overall|"
    r"in\s+a\s+statement|in\s+an\s+interview|for\s+(?:his|her|its|their)\s+part|"
    r"either\s+way|all\s+the\s+same|even\s+so)\b[\s,]*",
    re.IGNORECASE,
)
PREPOSITIONS = (
    r"on|in|at|by|during|since|until|till|through|throughout|from|for|as\s+of|"
    r"as\s+early\s+as|as\s+late\s+as|before|after|around|about|within|over|of|from\s+late|"
    r"to|into"
)
PREP_BEFORE_MARK = re.compile(
    r"(?:\b(?:for|from|until|till|since|by|to)\s+(?=(?:around|about|before|after|until|in|on|at)\s))?"
    r"(?:\b(?:"
    + PREPOSITIONS
    + r")\s+)(?:(?:the\s+)?(?:early|late|mid)\s+|the\s+end\s+of\s+)?"
    + MARK,
    re.IGNORECASE,
)
DET_MARK_COMMA = re.compile(r"\b(a|an|the)\s+" + MARK + r",\s*", re.IGNORECASE)
PARTICIPLE_ASIDE = re.compile(
    r",\s+[a-z]+ing\b[^,;]{1,120},\s+(?=(?:[a-z]+ed|has|have|had|is|are|was|were|will|would|"
    r"could|can|may|might|must|should|said|says|made|won|lost|took|gave|became|began|met|"
    r"remains?|plans?|wants?|faces?|holds?|held)\b)"
)
POSSESSIVE_MARK = re.compile(MARK + r"['\u2019]s?\b")
CLAUSE_BREAK = re.compile(
    r"\s*;\s*|\s+[\u2014\u2013]\s+|\s+--\s+|:\s+(?=\S)"
    r"|,\s+(?=(?:and|but|while|whereas|although|though|as|after|before|when|because|"
    r"since|noting|saying|adding|stressing|citing|arguing|warning|urging|"
    r"calling|insisting|claiming|amid|despite)\b)",
    re.IGNORECASE,
)
SUBORDINATOR = re.compile(
    r"^(?:and|but|while|whereas|although|though|as|after|before|when|because|since|"
    r"noting|saying|adding|stressing|citing|arguing|warning|urging|insisting|claiming|"
    r"that|amid|despite)\s+",
    re.IGNORECASE,
)
LEADING_ADVERBIAL = re.compile(
    r"^(?:after|before|following|ahead\s+of|in|on|at|during|despite|amid|with|under|"
    r"since|as|unlike|like|according\s+to|speaking|addressing|in\s+a|at\s+a|for)\b"
    r"[^,\"]{0,70},\s+(?:(?:the|a|an)\s+[a-z][^,\"]{0,60},\s+)?(?=\S)",
    re.IGNORECASE,
)
PARENS = re.compile(r"\s*[(\[][^()\[\]]{0,120}[)\]]")
DASH_ASIDE = re.compile(
    r"\s+(?:[\u2014\u2013]|--)\s+[^\u2014\u2013]{1,100}?\s+(?:[\u2014\u2013]|--)(?=\s)"
)
RELATIVE = re.compile(
    r",\s+(?:who|which|whose|whom|where)\b[^;\ue000]*?"
    r"(?:,\s+(?=(?:will|would|has|have|had|is|are|was|were|said|says|can|could|may|might|must|"
    r"should|did|does|told|tells|made|took|won|lost|held|met|[a-z]+ed)\b)|[.!?]?$)",
    re.IGNORECASE,
)
MARKED_RELATIVE = re.compile(
    r"(?P<ante>\b[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*),\s+(?:who|which)\s+"
    r"(?P<rel>[^,;]*\ue000[^,;]*|[^,;\ue000]*(?=,\s+(?:(?:in|on|at|during|by|from)\s+[^,;]*)?\ue000))"
)
SHORT_RELATIVE = re.compile(r",\s+(?:who|which)\s+\w+\s+\ue000\s*,")
MARKED_WHERE = re.compile(r",\s+(?:where|when)\s+(?P<rel>[^,;]*\ue000[^,;]*)", re.IGNORECASE)
SUBJECT_MARK = re.compile(r"^\W*" + MARK + r"\s+(?:was|is|will\s+be|marks|marked)\s+")
ANCHORED = re.compile(r"\b(?:after|before|following|prior\s+to)\s*$", re.IGNORECASE)
DEADLINE = re.compile(r"\b(has|have|had)\s+(?:until|till|by)\s+" + MARK, re.IGNORECASE)
VERB_LED = re.compile(
    r"^(?!(?:the|a|an|this|that|these|those|he|she|it|they|we|i|you|there|its|his|her|their|"
    r"our|some|many|most|all|both|each|several|no|one|two|three|four|five|neither|either|"
    r"none|nobody|nothing|everyone|everybody|anyone|someone|another|every|any|such|few|much|more)\b)[a-z]"
)
APPOSITIVE = re.compile(
    r"(?P<prev>\b[A-Z][\w.\u2019'-]*),\s+(?:the|a|an|its|his|her|their)\s+"
    r"[A-Za-z][^,;\"\ue000]{1,100}?(?:,|$)"
)
FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|"
    r"came|went|said|says|told|made|took|gave|began|ended|held|met|won|lost)\b"
)
RELATIVE_WORD = re.compile(r"\b(?:who|whose|whom|which|that)\b")
DESCRIBED_NAME = re.compile(
    r"\b(?:the|a|an)\s+[a-z][^,;\"\ue000]{2,60},\s+"
    r"(?P<name>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3}),\s*"
)
SINGLE_QUOTED = re.compile(
    r"(?:(?<=\s)|^)[\u2018'](?=\w)([^\u2018\u2019']{1,60}?)[\u2019'](?=[\s,.;:]|$)"
)
INCLUDING_TAIL = re.compile(r",\s+(?:including|such\s+as|among\s+them|notably)\b.*$", re.I)


def wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


TITLE_WORDS = wordset(
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
FAMILY_FIRST = wordset(
    "hu xi li wen wang zhang liu chen yang zhao zhou wu ma kim lee park choi ban moon nguyen"
)
BODY_WORDS = wordset(
    """agreement treaty council commission committee assembly organization organisation union
    party court bank fund ministry department office house service force forces army navy
    command corps congress senate parliament duma government administration agency staff
    chiefs affairs security"""
)
SYLLABIC = re.compile(r"^[A-Z][a-z]+-[a-z]+\b")  # Ki-moon, Jong-un
CHAIN_GLUE = frozenset({"of", "for", "de", "al", "al-", "van", "von", "bin", "the"})
TOKEN = re.compile(r"\S+")
PRONOUN_START = re.compile(r"^(?:he|she|they|it|we|i)\b", re.IGNORECASE)
PASSIVE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?=(?!(?:often|even|seven|eleven|open|when|then|often|ten|been|being|taken\s+aback)\b)"
    r"(?:\w+(?:ed|en)|held|made|sent|won|told|sold|built|cut|struck|caught|brought|"
    r"fought|kept|left|found|known|shown|shot|hit|put|set|met|led|paid|laid|sworn|"
    r"split|spent|lost|dealt|heard|seen|read)\b)",
    re.IGNORECASE,
)
WILL = re.compile(
    r"(?<!\b(?:he|it|we|me|us))(?<!\b(?:she|you|who|one))(?<!\b(?:they|that|this))(?<!\bi)"
    r"(?<=\w)\s+(?:will|(?:is|are)\s+(?:due|set|scheduled|slated)\s+to)\s+"
    r"(?!(?:not|now|also|still|soon|then|probably|likely|never|only|have|be\s+\w+ing)\b)",
    re.IGNORECASE,
)
REPORTED = re.compile(r"\b(?:that|whether|if|said|says|when|because|unless)\b", re.I)
FORWARD = re.compile(r"\blook(?:s|ed)?\s+forward\s+to\s+(\w+?)ing\b", re.IGNORECASE)
LAST_COMMA = re.compile(r",(?!\d)(?:[^,]|,(?=\d))*$")
AUX_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|is|was|were|will|would|also|already|later|then|\w+ly))+$",
    re.IGNORECASE,
)
CALENDAR_WORD = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b"
)
NOUN_STOP = wordset(
    """in on at of for with by to and or but that which who whom whose was were is are will
    would has had have said says after before during as than from into over under"""
)
CONS = "bcdfghjklmnpqrstvwxz"
SAFE_STEM = re.compile(rf"(?:[{CONS}]{{2}}|[aeiou]{{2}}[{CONS}])$")  # host, sign, meet
BY_AGENT = re.compile(r"\s+by\s+(?:the\s+|a\s+|an\s+)?[^,;]{2,80}$")
TRAILING_PP = re.compile(
    r"\s+(?:in|at|on|for|with|from|during|after|amid|over|near|via|through|aboard|"
    r"en\s+route|under|across|between|against|outside|inside|into|toward|towards)"
    r"(?:\s+(?!(?:is|are|was|were|be|been|has|have|had|will|would|should|can|could|may|might|"
    r"must|did|does|do|to|that|and|or|but)\b)[^\s,;]+){1,7}\s*$",
    re.IGNORECASE,
)
TAILS = (
    (LAST_COMMA, re.compile(",")),
    (BY_AGENT, re.compile(r"\s(?=by\s)")),
    (TRAILING_PP, re.compile(r"\s(?=[a-z]+\s)")),
)
DANGLING = wordset(
    """a an the of to in on at by for from with and or but as that which who its his her
    their our your my this these those is are was were be been will would according"""
)
# "proposed that Putin run": the bare verb of a mandative clause reads as "Putin to run"
MANDATIVE = re.compile(
    r"\b(?:propos|suggest|urg|demand|recommend|insist|request|order|ask)(?:ed|es|s)\s+"
    r"(?:\S+\s+){0,2}?that\s+(?P<subj>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})\s+"
    r"(?P<verb>(?!(?:will|would|shall|should|could|can|may|might|must|did|do|had|be|not|also)\b)"
    r"[a-z]+(?<![^s]s)(?<!ed))\b"
)
# words a label never ends on (a cut or a dropped tail can leave them hanging)
END_DANGLING = DANGLING | wordset(
    """only just even already almost nearly not nor before after until till than rather because during over under about into onto via
    while when whether if so also being having amid despite since toward towards between against
    within without including such said says"""
)
CUT_DANGLING = END_DANGLING | wordset("has have had can could may might must should did does do")
PARTICIPLE = re.compile(
    r"^(?:[a-z]+ed|made|held|signed|taken|given|won|lost|built|set|put|sent|brought|begun|done|"
    r"drawn|shown|known|seen|struck|written|chosen|paid|laid|led|left|sold|told|kept|found)$"
)
PARTICIPLE_ADVERBS = wordset("first originally later previously jointly already once initially")
AUXILIARIES = wordset(
    """is are was were be been being has have had will would can could may might must should
    did does do get got gets he she it they we i you who which that not never also"""
)
EARLIER_VERB = re.compile(
    r"^(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|"
    r"made|took|gave|held|met|won|lost|said|says|signed|agreed|began|became|came|went|saw)$"
)
# words that open a new phrase: a label cut short may end just before them
PHRASE_STARTS = wordset(
    """in on at by for from with of to into during after before since until while when where
    which who that because as and but or amid despite over under about against between through
    across via including saying adding"""
)
CLAUSE_OPENER = re.compile(
    r"^(?:when|that|which|who|whom|where|after|before|because|while|if|as|since|until|and|but|or)$",
    re.IGNORECASE,
)
# what a removed date can leave at the start: "2010, Medvedev ...", "Thursday he met ...",
# "that neither capital ..."
LEADING_LEFTOVER = re.compile(
    r"^(?:(?:on|in|at|by|since|from|until|late|early)\s+)?(?:"
    r"\d{4},\s*|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?:,\s*|\s+(?=(?:he|she|it|they|we|i)\b))"
    r"|[Tt]hat\s+(?=(?:he|she|it|they|we|I|you|there|neither|no|none|the|a|an|this|these|"
    r"those|his|her|its|their|[A-Z][a-z])\b))"
)
DATE_APPOSITIVE = re.compile(r"^\W*" + MARK + r",\s+(?:the|a|an)\s+[^,;\"\u201c]{1,60},\s+")
# "The first veto, on Oct. 4, had" and "Resolution 1929, adopted on June 9, 2010, which"
MARK_ASIDE = re.compile(
    r"(?<=\w),\s*(?P<participle>[a-z]+(?:ed|en)\s+)?"
    + MARK
    + r"\s*,\s*(?P<rel>(?=(?:which|who|whose|where)\b))?"
)
# a relative clause or participle phrase that holds the date, turned into a main clause
_ANTECEDENT = (
    r"(?P<np>\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,3}?[\w-]+),\s+"
)
_PAST = (
    r"(?:[a-z]+ed|made|held|won|lost|took|gave|struck|sent|began|wrote|built|set|put|led|"
    r"brought|drew|chose|sold|paid|laid|kept|found|fought)"
)
RELATIVE_HINT = re.compile(r",\s+(?:which|who|that|whom|[a-z]+\s+by)\s")
OBJECT_RELATIVE = re.compile(  # "the treaty, which Obama signed in Prague on April 8"
    _ANTECEDENT + r"(?:which|that|whom)\s+(?P<subj>[A-Z][^,;]{0,60}?)\s+(?P<verb>" + _PAST + r")\b"
    r"(?P<rest>[^,;]*" + MARK + r"[^,;]*)"
)
SUBJECT_RELATIVE = re.compile(  # "the 2010 treaty, which entered into force in February"
    _ANTECEDENT + r"(?:which|who|that)\s+(?P<verb>" + _PAST + r"|was|were)\b"
    r"(?P<rest>[^,;]*" + MARK + r"[^,;]*)"
)
AGENT_PHRASE = re.compile(  # "the treaty, signed by Obama in Prague on April 8"
    _ANTECEDENT + r"(?P<verb>" + _PAST + r")\s+by\s+(?P<subj>[A-Z][^,;]{0,60}?)"
    r"(?P<rest>(?:\s+(?:in|at|on|during)\s+[^,;]*?)?\s*" + MARK + r"[^,;]*)"
)
# "on Monday and on Tuesday": the other date of a pair goes with the marked one
COORDINATED_DATE = re.compile(
    MARK + r"\s+(?:and|or)\s+(?:(?:on|in)\s+)?" + CALENDAR_WORD.pattern + r"(?:\s+\d{1,2}\b)?"
)
# a passive after one of these is inside a subordinate clause and keeps its auxiliary
SUBORDINATE_WORD = re.compile(
    r"\b(?:who|whose|whom|which|that|after|before|when|while|because|since|until|once|if|as)\b"
)
LOOSE_MODIFIER = re.compile(r"\b(?:later|earlier|sometime)\s+" + MARK)  # "later this week"
