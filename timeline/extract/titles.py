"""Turn a dated sentence into a short "who did what" timeline label."""

from __future__ import annotations

import logging
import re

from timeline.extract.title_cut import cut, finish, trim
from timeline.extract.title_dated import dated_phrase
from timeline.extract.title_names import (
    compress_names,
    drop_appositive,
    lower_first,
    name_for_description,
    plural,
)
from timeline.extract.title_rules import (
    ACCORDING_LEAD,
    AGENT_PHRASE,
    ANCHORED,
    APPOSITIVE,
    AUX_TAIL,
    CLAUSE_BREAK,
    CLAUSE_OPENER,
    CONNECTIVES,
    COORDINATED_DATE,
    DASH_ASIDE,
    DATE_APPOSITIVE,
    DEADLINE,
    DET_MARK_COMMA,
    ELLIPSIS,
    FORWARD,
    INCLUDING_TAIL,
    LEADING_ADVERBIAL,
    LEADING_ATTR,
    LEADING_LEFTOVER,
    LOOSE_MODIFIER,
    MANDATIVE,
    MARK,
    MARK_ASIDE,
    MARKED_RELATIVE,
    MARKED_WHERE,
    MAX_LEN,
    MIN_LEN,
    NOT_A_SPEAKER,
    OBJECT_RELATIVE,
    PARENS,
    PARTICIPLE_ASIDE,
    PASSIVE,
    POSSESSIVE_MARK,
    PREP_BEFORE_MARK,
    PREP_START,
    PRONOUN_START,
    RELATIVE,
    RELATIVE_HINT,
    REPORT_VERBS,
    REPORTED,
    SAFE_STEM,
    SHORT_RELATIVE,
    SINGLE_QUOTED,
    SUBJECT_MARK,
    SUBJECT_RELATIVE,
    SUBORDINATE_WORD,
    SUBORDINATOR,
    TITLE_WORDS,
    TRAILING_ATTR,
    VERB_LED,
    WILL,
)

__all__ = ["ELLIPSIS", "MAX_LEN", "MIN_LEN", "TITLE_WORDS", "make_title"]

log = logging.getLogger(__name__)


def make_title(sentence: str, expr_start: int, expr_end: int) -> str:
    """A 40-80 character label for the event ``sentence`` reports.

    ``sentence[expr_start:expr_end]`` is the temporal expression; it is left
    out of the label together with its preposition.
    """
    expr_start, expr_end = _whole_words(sentence, expr_start, expr_end)
    phrase, clause = dated_phrase(sentence, expr_start, expr_end)
    if phrase:  # "his victory in the March 4 presidential election" -> "Presidential election"
        return finish(trim(phrase))
    try:
        title = _build(sentence, expr_start, expr_end, clause)
        if len(title.split()) <= 3 and ANCHORED.search(sentence[expr_start:expr_end]):
            anchored = _build(sentence, expr_start, expr_end, clause, keep_anchor=True)
            title = anchored if len(anchored.split()) > len(title.split()) else title
    except re.error:  # pragma: no cover - a bad pattern is a bug, but never lose a label
        log.exception("title regex failed")
        title = ""
    if len(title) < 12 or len(title.split()) < 2:
        title = finish(cut(_clean_basic(_mark(sentence, expr_start, expr_end))))
    if not title:
        title = finish(cut(" ".join(sentence.split()))) or sentence.strip()[:MAX_LEN] or "Event"
    return title


def _whole_words(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Widen offsets that fall inside a word ("in r|ecent weeks") to the whole word."""
    if not 0 <= start < end <= len(sentence):
        return start, end
    while start > 0 and sentence[start - 1].isalnum() and sentence[start].isalnum():
        start -= 1
    while end < len(sentence) and sentence[end - 1].isalnum() and sentence[end].isalnum():
        end += 1
    return start, end


def _build(
    sentence: str, expr_start: int, expr_end: int, clause: int, keep_anchor: bool = False
) -> str:
    mandate = MANDATIVE.search(sentence)
    if clause:  # "X proposed that Putin run in the March 4 election": label the clause
        sentence, expr_start, expr_end = (
            sentence[clause:],
            expr_start - clause,
            expr_end - clause,
        )
    text = _clean_basic(_mark(sentence, expr_start, expr_end, keep_anchor))
    text = _relative_as_clause(text)
    # "Putin, who was elected on March 4, ..."
    relative = MARKED_RELATIVE.search(text) if "who" in text or "which" in text else None
    where = MARKED_WHERE.search(text)  # "..., where Medvedev joins them on Saturday"
    if relative and len(relative.group("rel").split()) >= 3:
        rel = re.split(r"\s+and\s+(?:who|which)\b", relative.group("rel"))[0]
        text = relative.group("ante") + " " + rel
    elif where and len(where.group("rel").split()) >= 3:
        text = where.group("rel")
    text = SHORT_RELATIVE.sub(
        "", text
    )  # "the visit, which ran on 9-10 March, was" -> "the visit was"
    text = SUBJECT_MARK.sub("", text)  # "Tuesday was Russia Day" -> "Russia Day"
    content, speaker, mark_in_attr, quoted = _split_attribution(_prune(text))
    content = _strip_quotes(content)
    content = _pick_clause(content)
    if not speaker:  # a leading adverbial may have hidden "officials said ..."
        content, speaker, mark_in_attr, _ = _split_attribution(content)
    content = _prune(content)
    content = compress_names(content)
    speaker = compress_names(speaker).strip(" ,") if speaker else ""
    speaker = re.sub(r"^(?:the|a|an)\s+", "", speaker, flags=re.IGNORECASE)
    speaker = AUX_TAIL.sub("", speaker)
    if len(speaker) > 40:  # "officials of the Immigration Service" -> "officials"
        speaker = re.split(r"\s+(?:of|from|at|in|with|for)\s+|,", speaker, maxsplit=1)[0]
    usable = 0 < len(speaker) <= 40 and len(speaker.split()) <= 5
    usable = usable and not PRONOUN_START.match(speaker)
    if usable and quoted and mark_in_attr:  # quoted words stay as spoken
        content = f"{speaker}: {lower_first(content)}"
    elif usable and (mark_in_attr or PRONOUN_START.match(content)):
        verb = "say" if plural(speaker) else "says"
        content = f"{speaker} {verb} {lower_first(content)}"
    else:
        content = _headline(_to_infinitive(content, mandate))
    return finish(trim(content))


def _mark(sentence: str, start: int, end: int, keep_anchor: bool = False) -> str:
    """Replace the expression by a marker and drop its preposition.

    An anchored expression ("two days after the vote") loses its anchor too,
    unless ``keep_anchor`` asks for "after the vote" to stay.
    """
    if 0 <= start < end <= len(sentence):
        rest = sentence[end:]
        anchor = ANCHORED.search(sentence[start:end])
        if anchor and keep_anchor:
            rest = f" {anchor.group().strip()}{rest}"
        elif anchor:
            rest = re.sub(r"^[^,;:]*", "", rest)
        possessive = re.search(r"['\u2019]s?$", sentence[start:end])
        text = sentence[:start] + ("the" if possessive else MARK) + rest
    else:
        text = sentence
    lowered = text.lower()
    if "until" in lowered or "till" in lowered or "by" in lowered:
        text = DEADLINE.sub(r"\1 a deadline", text)
    text = POSSESSIVE_MARK.sub("the", text)
    if MARK + "," in text:
        text = DET_MARK_COMMA.sub(r"\1 ", text)
    text = COORDINATED_DATE.sub(MARK, text)
    text = LOOSE_MODIFIER.sub(MARK, text)
    at = text.find(MARK)
    if at >= 0:  # only the words just before the marker can be its preposition
        head = text.rfind(" ", 0, max(0, at - 60)) + 1
        last = text.rfind(MARK) + 1  # every preposition match ends on a marker
        marked = PREP_BEFORE_MARK.sub(MARK, text[head:last]) + text[last:]
        text = text[:head] + MARK_ASIDE.sub(_close_aside, marked)
    return DATE_APPOSITIVE.sub(MARK + " ", text)  # "On Sunday, the first day of the visit,"


def _relative_as_clause(text: str) -> str:
    """ "The treaty, which Obama signed in Prague on April 8, ..." -> "Obama signed the treaty in
    Prague": the dated clause becomes the label, its antecedent put back in place."""
    if MARK not in text or not RELATIVE_HINT.search(text):
        return text
    m = OBJECT_RELATIVE.search(text) or AGENT_PHRASE.search(text)
    if m:
        return f"{m.group('subj')} {m.group('verb')} {lower_first(m.group('np'))}{m.group('rest')}"
    m = SUBJECT_RELATIVE.search(text)
    if m:
        return f"{m.group('np')} {m.group('verb')}{m.group('rest')}"
    return text


def _close_aside(m: re.Match[str]) -> str:
    """Remove an aside that only held the date; keep a comma that closes or opens a relative."""
    if re.search(r"\b(?:which|who)\b", m.string[: m.start()].rsplit(",", 1)[-1]):
        return m.group()  # "Russia, which blocked two drafts, in October, voted": leave it
    if m.group("rel") is not None or CLAUSE_OPENER.match(m.string[m.end() :].split(" ", 1)[0]):
        return ", "  # "visit to Moscow, on July 6, 2009, when ..." keeps its clause break
    return f" {MARK} "


def _clean_basic(text: str) -> str:
    text = " ".join(text.split())
    text = text.replace("``", "\u201c").replace("''", "\u201d")
    return text


def _split_attribution(text: str) -> tuple[str, str, bool, bool]:
    """Split "content, X said" / "X said that content".

    Returns the content, the speaker, whether the expression sat in the
    attribution, and whether the content was a direct quote.
    """
    text = ACCORDING_LEAD.sub("", text)
    has_quote = '"' in text or "\u201c" in text
    quoted = _QUOTED.match(text) if has_quote else None
    if quoted and _looks_like_attribution(quoted.group("attr")):
        attr, *rest = CLAUSE_BREAK.split(quoted.group("attr"), maxsplit=1)
        if rest and MARK in rest[0]:  # '"...," X said, noting Y would visit on May 3'
            return SUBORDINATOR.sub("", rest[0]), _speaker(attr), False, False
        return quoted.group("q"), _speaker(attr), MARK in attr, True
    lead_quote = _LEAD_QUOTE.match(text) if has_quote else None
    if lead_quote and re.search(r"\b(?:" + REPORT_VERBS + r")\s*$", lead_quote.group("attr")):
        attr = lead_quote.group("attr")
        return lead_quote.group("q"), _speaker(attr), MARK in attr, True
    verb = any(word in text for word in _VERB_WORDS)
    trailing = TRAILING_ATTR.search(text) if verb or "according" in text.lower() else None
    if trailing and trailing.start() > 15:
        attr = trailing.group("attr")
        return (
            text[: trailing.start()],
            _speaker(attr),
            MARK in attr and MARK not in text[: trailing.start()],
            False,
        )
    leading = LEADING_ATTR.match(text) if verb else None
    if (
        leading
        and len(leading.group("content").split()) >= 4
        and not PREP_START.match(leading.group("content"))
    ):
        attr = leading.group("attr") + leading.group("tail")
        if not re.search(NOT_A_SPEAKER, leading.group("attr"), re.IGNORECASE):
            return leading.group("content"), _speaker(attr), MARK in attr, False
    return text, "", False, False


# The first letters of every reporting or speech verb (case-sensitive, as in the rules):
# without one, no attribution pattern can match.
_VERB_TEXT = """said say told tells add stat note insist wrote write explain announc confirm
report warn claim argue stress emphasi believ think thought predict acknowledg admitt recall
remark observ indicat suggest hint pointed"""
_VERB_WORDS = tuple(_VERB_TEXT.split())
_APPOSITIVE_HINT = re.compile(r",\s+(?:the|a|an|its|his|her|their)\s")
_QUOTED = re.compile(
    r"^\s*[\"\u201c](?P<q>[^\"\u201c\u201d]{8,}?)[,.!?]?[\"\u201d]\s*,?\s*(?P<attr>.*)$"
)
_LEAD_QUOTE = re.compile(
    r"^(?P<attr>[^\"\u201c]{2,80}?)[,:]?\s*[\"\u201c](?P<q>[^\"\u201c\u201d]{8,})[\"\u201d]"
)


def _looks_like_attribution(attr: str) -> bool:
    return bool(re.search(r"\b(?:" + REPORT_VERBS + r"|according\s+to)\b", attr, re.I)) and (
        len(attr.split()) <= 20
    )


def _speaker(attr: str) -> str:
    """The speaker in an attribution clause ("White House spokesman Jay Carney said ...")."""
    attr = attr.replace(MARK, " ")
    m = re.search(r"according\s+to\s+(?P<who>[^,;]+)", attr, re.IGNORECASE)
    if m:
        return m.group("who").strip()
    m = re.search(r"^(?P<who>.*?)\s*\b(?:" + REPORT_VERBS + r")", attr, re.IGNORECASE)
    who = m.group("who") if m else ""
    if not who or re.match(r"^(?:he|she|they|it|we|i|you)$", who.strip(), re.IGNORECASE):
        m = re.search(r"\b(?:" + REPORT_VERBS + r")\s+(?P<who>[A-Z][^,;]{1,60}?)\s*$", attr)
        who = m.group("who") if m else ""
    return " ".join(who.split())


def _strip_quotes(text: str) -> str:
    text = re.sub(r"[\"\u201c\u201d]", "", text)
    if "'" in text or "\u2018" in text:
        text = SINGLE_QUOTED.sub(r"\1", text)
    return " ".join(text.split())


def _pick_clause(text: str) -> str:
    """The clause that carries the temporal expression (or the main clause)."""
    parts = [p for p in CLAUSE_BREAK.split(text) if p and p.strip()]
    if len(parts) <= 1:
        return _drop_leading_adverbial(text)
    idx = next((i for i, p in enumerate(parts) if MARK in p), 0)
    chosen = parts[idx]
    bare = chosen.replace(MARK, "").strip(" ,")
    if len(bare.split()) < 3 or _is_attribution_only(bare):
        idx = 0
        chosen = parts[0]
    if idx > 0:
        chosen = SUBORDINATOR.sub("", SUBORDINATOR.sub("", chosen.strip()))  # "and that ..."
        if VERB_LED.match(chosen):  # "..., and come from": the subject is in the first clause
            chosen = parts[0]
    return _drop_leading_adverbial(chosen)


def _is_attribution_only(text: str) -> bool:
    return (
        bool(re.match(r"^[^,]{0,60}\b(?:" + REPORT_VERBS + r")\b[^,]{0,40}$", text, re.IGNORECASE))
        and len(text.split()) <= 10
    )


def _drop_leading_adverbial(text: str) -> str:
    text = text.strip().lstrip(",;: ")
    while True:
        new = CONNECTIVES.sub("", text, count=1).lstrip(",;: " + MARK)
        new = LEADING_LEFTOVER.sub("", new, count=1)
        m = LEADING_ADVERBIAL.match(new)
        if m and len(new) - m.end() >= 25 and not PRONOUN_START.match(new[m.end() :]):
            new = new[m.end() :]
        if new == text:
            return text
        text = new


def _prune(text: str) -> str:
    """Drop parenthetical asides, relative clauses, appositives and list tails."""
    if "(" in text or "[" in text:
        text = PARENS.sub("", text)
    text = name_for_description(text)
    if "--" in text or "\u2014" in text or "\u2013" in text:
        text = DASH_ASIDE.sub("", text)
    text = INCLUDING_TAIL.sub("", text)
    text = PARTICIPLE_ASIDE.sub(" ", text)
    pruned = RELATIVE.sub(" ", text)
    if len(pruned.split()) >= 3:
        text = pruned
    pruned = APPOSITIVE.sub(drop_appositive, text) if _APPOSITIVE_HINT.search(text) else text
    if len(pruned.split()) >= 3:
        text = pruned
    return " ".join(text.split())


def _to_infinitive(content: str, mandate: re.Match[str] | None) -> str:
    """ "(proposed that) Putin run for president" -> "Putin to run for president"."""
    if not mandate:
        return content
    subject = compress_names(mandate.group("subj"))
    verb = mandate.group("verb")
    if content.startswith(f"{subject} {verb} "):
        return f"{subject} to {content[len(subject) + 1 :]}"
    return content


def _headline(text: str) -> str:
    """Headline tweaks: drop passive auxiliaries, "will" -> "to"."""
    passive = PASSIVE.search(text)
    if (
        passive
        and not PRONOUN_START.match(text)
        and not SUBORDINATE_WORD.search(text, 0, passive.start())
        and text[passive.end() :].replace(MARK, "").strip(" .,;:").count(" ")
    ):
        text = text[: passive.start()] + text[passive.end() :]
    lowered = text.lower()
    hint = any(w in lowered for w in ("will", "due", "set", "scheduled", "slated"))
    will = WILL.search(text) if hint else None
    if (
        will
        and len(text[: will.start()].split()) <= 6
        and not REPORTED.search(text, 0, will.start())
    ):
        text = text[: will.start()] + " to " + text[will.end() :]
    m = FORWARD.search(text)
    if m:
        stem = m.group(1)
        if SAFE_STEM.search(stem) and not re.search(r"([bdfgmnprt])\1$", stem):
            text = text[: m.start()] + "to " + stem + text[m.end() :]
    return text
