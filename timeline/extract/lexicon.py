"""Word lists and regular-expression fragments shared by the temporal tagger."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

#: Months that are also common words or first names; bare, they need a cue.
AMBIGUOUS_MONTHS = frozenset({"march", "april", "may", "june", "august", "mar"})

#: Nouns after which "the March ..." is a date ("the March accession", "the May elections").
_EVENT_NOUN_TEXT = """election vote poll ballot referendum summit meeting talk accession attack
rally protest deadline visit agreement deal ceasefire offensive invasion uprising session
conference decision announcement report issue edition"""
EVENT_NOUNS = frozenset(_EVENT_NOUN_TEXT.split())

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2,
    "half a": 0, "a half": 0,
}  # fmt: skip

#: Vague quantities: the value keeps an X for the unknown number.
VAGUE_NUMBERS = frozenset({"a few", "few", "several", "many", "some", "recent"})

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip

DECADE_WORDS: dict[str, int] = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}

#: TimeML unit letters for durations.
UNIT_CODES: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE",
}  # fmt: skip

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}

# -- regular-expression fragments (compiled by the pattern module) ---------------------

MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?"
    r"|Nov\.?|Dec\.?)(?![A-Za-z])"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d|\d|%)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d)"
NUM_WORD = (
    r"(?:\d+(?:\.\d+)?|a\s+couple\s+of|a\s+couple|a\s+few|a\s+half|half\s+a|several|few|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|"
    r"four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"a\s+hundred|hundred|an|a)"
)
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|"
    r"quarters?|years?|decades?|centur(?:y|ies))"
)
APPROX = (
    r"(?:(?:about|nearly|almost|some|roughly|around|approximately|just|only|barely|"
    r"more\s+than|less\s+than|fewer\s+than|over|under|at\s+least|at\s+most|up\s+to|"
    r"no\s+more\s+than|well\s+over|exactly|another|an\s+additional|the\s+first|"
    r"the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+following)\s+)"
)

#: Words that, right before a bare month or year, show it is used as a date.
DATE_CUES = frozenset(
    {
        "in", "since", "until", "till", "by", "during", "through", "from", "to", "before",
        "after", "early", "late", "mid", "last", "next", "this", "of", "between", "and",
        "or", "on", "for", "around", "circa", "fiscal", "year", "end",
        "start", "beginning", "middle", "throughout", "within", "as", "past", "coming",
        "than", "into", "spring", "summer", "autumn", "fall", "winter", "that", "year-end",
    }
)  # fmt: skip

#: Present-tense schedule verbs ("the summit opens on Sunday"): ahead, today included.
SCHEDULE_CUES = (
    r"\b(?:opens|begins|starts|ends|closes|convenes|reconvenes|resumes|expires|takes\s+effect|"
    r"turns|kicks\s+off|gets\s+under\s+way|arrives|departs)\b"
)

#: Modal verbs: weaker signs of the future (reported plans, possibilities).
MODAL_CUES = r"\b(?:may|might|would|could)\b"

#: Words that mark a sentence (or clause) as being about the future.
FUTURE_CUES = (
    r"\b(?:will|won't|shall|'ll|is\s+due|are\s+due|due\s+to|plan(?:s|ned)?\s+to|planning\s+to|"
    r"is\s+to|are\s+to|scheduled|set\s+to|expected\s+to|expects\s+to|"
    r"is\s+expected|are\s+expected|looks?\s+forward|looking\s+forward|going\s+to|"
    r"intends?\s+to|upcoming|forthcoming|to\s+be\s+held|hopes?\s+to|aims?\s+to|"
    r"as\s+(?:early|soon)\s+as|deadline|"
    r"(?:propos|suggest|recommend|urg|demand)(?:ed|es|e|s)?\s+that|"
    r"tomorrow)\b"
)
