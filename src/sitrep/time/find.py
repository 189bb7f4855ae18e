"""Find temporal expressions in a parsed document and resolve them.

Candidates come from two places, merged: spaCy's DATE/TIME entities (which miss
some weekday and relative forms, and sometimes leave out "since" or "the end
of") and our own patterns. Each candidate is widened to take in a preceding
"since", "between"/"from" or qualifier, then resolved with :func:`resolve`;
what does not resolve ("hours", "the decade-long war") is dropped.

Anaphoric expressions ("at the time", "then", "that day") are kept with no date
of their own; the caller gives them the latest explicit date before them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.model import EventDate
from sitrep.nlp.cache import doc_arrays
from sitrep.nlp.page import in_widget
from sitrep.time.lasting import lasting_spans
from sitrep.time.resolve import resolve

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
# Month names are matched case-sensitively so that the modal "may" never becomes May;
# a bare "May" also needs a year or a preposition before it (handled in _PATTERNS).
_DAYNUM = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d{2}"
_YEAR_ONLY = re.compile(_YEAR)
_QUAL = (
    r"(?:(?:[Tt]he\s+)?(?:end|beginning|start|middle)\s+of\s+|(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?"
)
#: A month's year told from the publication's: "August last year", "March of this year".
_AROUND_YEAR = r"\s+(?:of\s+)?(?:last|this)\s+year"
#: "Saturday 26 Jul 2014", "Thursday, 5 February": a weekday naming an explicit date.
_WEEKDAY_PREFIX = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_PATTERNS = [
    # Ranges first, so that they win over their parts when spans are merged.
    rf"\b(?:[Bb]etween|[Ff]rom)\s+{_QUAL}(?:{_MONTH}\s+)?(?:{_YEAR}|{_DAYNUM})?\s*"
    rf"(?:and|to|until|-)\s+{_QUAL}{_MONTH}?\s*(?:{_DAYNUM},?\s+)?{_YEAR}\b",
    # "Jul 282016": a page's date stamp with the space between day and year lost.
    rf"\b{_WEEKDAY_PREFIX}{_MONTH}\s+\d{{1,2}}{_YEAR}\b",
    rf"\b{_WEEKDAY_PREFIX}{_QUAL}{_MONTH}\s+{_DAYNUM}(?:,?\s+{_YEAR})?\b",
    rf"\b{_WEEKDAY_PREFIX}(?:[Tt]he\s+)?{_DAYNUM}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b",
    # "August 2014", "August last year", "last August", "mid-March this year".
    rf"\b(?:(?:last|this)\s+)?{_QUAL}(?!May\b){_MONTH}(?:,?\s+{_YEAR}|{_AROUND_YEAR})?\b",
    rf"\b{_QUAL}May(?:,?\s+{_YEAR}|{_AROUND_YEAR})\b",
    rf"\b(?:in|since|during|of|until|by|last)\s+{_QUAL}May\b",
    rf"\b(?:in|since|during|until|by|of|early|late|mid-)\s+{_YEAR}\b",
    r"\b(?:[Tt]he\s+)?(?:1[89]|20)\d0s\b",
    r"\b(?:(?:last|this|next|past)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b",
    # A span back from publication ("the past two weeks", "the last 24 hours"), not a
    # part of a named period ("the last week of March").
    r"\b(?:[Tt]he\s+)?(?:past|last)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:hours|days|weeks|months|years)|week|month|year)\b(?!\s+of\b)",
    r"\b(?:(?:earlier|later)\s+)?(?:this|last|next|past|previous)\s+(?:week|month|year)\b"
    r"(?!\s+of\b)",
    r"\b(?:the\s+)?(?:recent|past\s+few|last\s+few)\s+(?:days|weeks|months|years)\b",
    r"\b(?:\d+|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+"
    r"(?:days?|weeks?|months?|years?)\s+ago\b",
    r"\b(?:the day before yesterday|yesterday(?:\s+(?:morning|afternoon|evening))?|today|"
    r"tonight|tomorrow|last night|earlier today|this (?:morning|afternoon|evening))\b",
    r"\b\d{4}-\d{2}-\d{2}\b",
    # Numeric day-month-year (or month-day-year where the day is over 12): "01-11-2014".
    rf"\b\d{{1,2}}[-/.]\d{{1,2}}[-/.]{_YEAR}\b",
]
#: The day and year of a glued stamp, to put the lost space back before resolving.
_GLUED_DAY_YEAR = re.compile(rf"({_MONTH}\s+)(\d{{1,2}})({_YEAR})$")
_FINDER = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
# Every pattern above starts at a word boundary with one of these words (or a
# digit), so _FINDER can only match where one of them begins a word: trying it
# there alone finds the same matches as scanning every character, at a fraction
# of the cost. Whole words end at a word boundary in every pattern (they are
# followed by a space, a hyphen or the pattern's end): requiring it skips the
# many words that merely begin with one ("they", "and", "into"). Month and
# weekday names stay prefixes ("jan" of "January"). A new pattern must add its
# possible first words here (tests/time/test_time_finder.py checks the two scans agree).
_FIRST_WORDS = (
    "between|from|the|end|beginning|start|middle|early|late|mid|"
    "in|since|during|of|until|by|last|this|next|past|previous|recent|earlier|later|"
    "yesterday|today|tonight|tomorrow|"
    "a|an|several|one|two|three|four|five|six|seven|eight|nine|ten"
)
_FIRST_PREFIXES = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
_STARTS = re.compile(rf"\b(?:(?:{_FIRST_WORDS})\b|{_FIRST_PREFIXES}|\d)", re.IGNORECASE)
# _FINDER is case-insensitive for relative words; months are re-checked case-sensitively.
_MONTH_CASED = re.compile(rf"\b{_MONTH}")
_MONTH_ANY = re.compile(_MONTH, re.IGNORECASE)
_ANAPHORA = re.compile(
    # Every form starts with "a", "o" or "t": the look-ahead lets the scan skip other
    # positions at once (half the time over a whole text, the same matches).
    r"(?=[aotAOT])\b(?:at the time|at that time|that day|the same day|on the same day|that night|"
    r"the following day|the next day|a day later|the previous day|a day earlier|"
    # "the day after, troops entered" (not "the day after jets hit": :mod:`.offset`);
    # so "the day before." (not "the day before yesterday" or "the day before the vote").
    r"(?:the|a) day (?:after|before)(?!\s*[\w“\"])|"
    # "troops then opened fire": a step in the sequence just told (not "since then",
    # "until then", "the then-president").
    r"(?<!since )(?<!until )(?<!the )then(?![-\w]))\b",
    re.IGNORECASE,
)
#: How many sentence ends a bare "then" looks back over for the date of the sequence:
#: it continues the few sentences before it, not the article's background.
_THEN_REACH = 3
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
_PREFIX = re.compile(
    r"(?:\b(?:since|between|from)\s+|\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+|"
    r"\b(?:early|late|mid)[\s-]+)$",
    re.IGNORECASE,
)
#: Days an anaphoric expression lies after (or, negative, before) the date it takes up.
_DAY_SHIFTS = {
    "the following day": 1,
    "the next day": 1,
    "a day later": 1,
    "the day after": 1,
    "a day after": 1,
    "the previous day": -1,
    "a day earlier": -1,
    "the day before": -1,
    "a day before": -1,
}


@dataclass(frozen=True)
class TimeExpression:
    """A temporal expression found in the text, with its resolved date."""

    start: int
    end: int
    text: str
    #: None for anaphoric expressions before any explicit date.
    date: EventDate | None
    anaphoric: bool = False
    #: For a possessive weekday ("Saturdays attack"), the index of the token it
    #: qualifies ("attack"): it dates that noun, not the rest of the sentence.
    owner: int | None = None


def find_expressions(doc: Doc, published: dt.date | None) -> list[TimeExpression]:
    """Every temporal expression in ``doc`` that resolves, in text order, non-overlapping."""
    arrays = doc_arrays(doc)
    text = arrays.text
    spans: list[tuple[int, int]] = [
        (ent.start_char, without_count(ent).end_char)
        for ent in arrays.ents
        if ent.label_ in ("DATE", "TIME") and not _count(ent) and not in_widget(doc, ent.start_char)
    ]
    # A year inside a named happening ("the 1967 Six Day War", an EVENT entity)
    # dates what the sentence tells of it.
    spans.extend(
        (tok.idx, tok.idx + len(tok.text))
        for ent in arrays.ents
        if ent.label_ == "EVENT"
        for tok in ent
        if _YEAR_ONLY.fullmatch(tok.text)
    )
    for m in _finditer(text):
        if _MONTH_ANY.search(m.group()) and not _MONTH_CASED.search(m.group()):
            continue  # "may 5" in lower case is more likely a typo'd modal than a date
        spans.append((m.start(), m.end()))
    possessives = _stripped_possessives(doc, text)
    spans.extend(possessives)
    found: list[TimeExpression] = []
    for start, end in spans:
        owner = possessives.get((start, end))
        widened = _widen(text, start)
        date = _resolved(text[widened:end], owner is not None, published)
        if date is None and widened != start:
            # "the toll from Saturday's attack": a "from" that opens no range.
            date = _resolved(text[start:end], owner is not None, published)
        else:
            start = widened
        if date is not None:
            found.append(TimeExpression(start, end, text[start:end], date, owner=owner))
    # "a month-long offensive": the span up to the report, of that noun only.
    found.extend(
        TimeExpression(start, end, text[start:end], date, owner=noun)
        for start, end, date, noun in lasting_spans(doc, published)
        if not any(f.start < end and start < f.end for f in found)
    )
    found.sort(key=lambda f: f.start)
    found.extend(_anaphora(text, found))
    return _merge(found)


def without_count(ent: Span) -> Span:
    """A date entity less a final number that counts the noun after it ("said
    Friday 19 people were killed": the parser's "Friday 19" is Friday)."""
    last = ent[-1]
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    # A plural noun right after the number is what it counts (the parser may hang
    # the number on the weekday itself).
    if len(ent) > 1 and last.is_digit and after is not None and after.tag_ == "NNS":
        return ent[:-1]
    return ent


def _count(ent: Span) -> bool:
    """A lone number the tagger took for a year that counts something: no date.

    It counts a noun ("2000 Syria refugees stranded in Lebanon"), opens a range
    of counts ("fell from 3000 to a few hundred": a "from ... to" whose other
    end is no year), or stands alone in brackets, where pages print a count (a
    topic's article count "Clashes (1204)", a photo count) far more often than
    reports date a happening."""
    if len(ent) != 1 or not ent.root.is_digit:
        return False
    if ent.root.dep_ == "nummod":
        return True
    text = doc_arrays(ent.doc).text
    if text[ent.start_char - 1 : ent.end_char + 1] == f"({ent.text})":
        return True
    return (
        ent.root.dep_ == "pobj"
        and ent.root.head.lower_ == "from"
        and bool(_TO_COUNT.match(text, ent.end_char))
    )


#: What follows the first end of a range of counts: "to" and no year or month.
_TO_COUNT = re.compile(rf"\s+to\s+(?!{_QUAL}(?:{_MONTH}\b|{_YEAR}\b|\d{{1,2}}\s+{_MONTH}))", re.I)


def _resolved(said: str, stripped: bool, published: dt.date | None) -> EventDate | None:
    """The date ``said`` names (``stripped``: a possessive weekday that lost its
    apostrophe, "Saturdays attack"), its text as written."""
    spaced = _GLUED_DAY_YEAR.sub(r"\1\2 \3", said)
    if stripped:
        spaced = spaced[:-1]  # "since Saturdays attack": since Saturday's
    date = resolve(spaced, published)
    if date is not None and spaced != said:
        date = date.model_copy(update={"text": said})
    return date


#: A weekday with a trailing "s": a possessive whose apostrophe was lost
#: ("Saturdays attack") or a plural of habit ("on Saturdays"); "yesterdays
#: attack" and "todays strikes" lost theirs too.
_PLURAL_WEEKDAY = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days|yesterdays|todays)", re.IGNORECASE
)


def lost_apostrophe(word: str) -> str:
    """A weekday, "yesterday" or "today" with a trailing "s" as the day itself
    ("Mondays" -> "Monday"); any other word unchanged. For a reader that sees the
    phrase without its sentence, where the time stage reads the word after it to tell
    a possessive ("Mondays raid") from a habit ("on Fridays")."""
    return word[:-1] if _PLURAL_WEEKDAY.fullmatch(word) else word


# Every such word ends in "days": scanning for that literal and reading back the
# few letters before it is several times faster than the alternation over a text.
_DAYS_END = re.compile(r"days\b", re.IGNORECASE)
#: Letters before "days" in the longest such word ("Wednes", "yester").
_DAYS_PREFIX = 6
#: What the word after a possessive weekday may be: the thing of that day
#: ("Saturdays attack", "Wednesdays chemical attack", "Tuesdays alleged attack").
_POSSESSED_POS = frozenset({"NOUN", "PROPN", "ADJ"})
#: Participles read as verbs before the noun they qualify ("alleged attack"); a
#: gerund is the day's action itself ("Mondays fighting", "Saturdays shelling").
_PARTICIPLES = frozenset({"VBN", "VBD"})


def _stripped_possessives(doc: Doc, text: str) -> dict[tuple[int, int], int]:
    """Weekdays whose possessive apostrophe was stripped ("Saturdays attack",
    "in Mondays fighting"): the span of the weekday alone, read as that day,
    with the index of the token it qualifies (see :attr:`TimeExpression.owner`).

    The parse tells them from the plural of habit ("on Saturdays, the market
    opens", "Fridays are quiet"): the word after the possessive is the noun it
    qualifies or a modifier of it (an adjective, a gerund, or a participle
    before a noun: "Wednesdays purported attack"); after the plural comes
    punctuation, a verb or a clause ("on Saturdays when traders come"). The
    parser often misreads the possessive itself (as a subject, or "purported"
    as the main verb), so the parts of speech of the words after it decide, not
    the arcs. Few texts have one, so the regex runs first and the parse is read
    only where it matches.
    """
    out: dict[tuple[int, int], int] = {}
    for start, end in _plural_weekdays(text):
        span = doc.char_span(start, end)
        if span is None or len(span) != 1 or span.end >= len(doc):
            continue
        after = doc[span.end]
        if after.is_sent_start or not after.is_alpha:
            continue
        if _nominal(after) or (after.tag_ in _PARTICIPLES and _modifies_next(doc, after.i)):
            out[(start, end)] = _possessed(doc, after.i)
    return out


def _plural_weekdays(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the words :data:`_PLURAL_WEEKDAY` matches whole."""
    for m in _DAYS_END.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < _DAYS_PREFIX and text[start - 1].isalpha():
            start -= 1
        if start > 0 and text[start - 1].isalnum():
            continue
        if _PLURAL_WEEKDAY.fullmatch(text, start, m.end()):
            yield start, m.end()


def _nominal(token: Token) -> bool:
    return token.pos_ in _POSSESSED_POS or token.tag_ == "VBG"


def _modifies_next(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i + 1].pos_ in _POSSESSED_POS


#: How many words a possessive's noun phrase may run to ("Thursdays rocket attack").
_PHRASE_REACH = 4


def _possessed(doc: Doc, i: int) -> int:
    """The noun a possessive qualifies, from the first word after it: modifiers
    and the first parts of compounds lead on to the next word."""
    last = min(len(doc) - 1, i + _PHRASE_REACH - 1)
    while (
        i < last
        and _modifies_next(doc, i)
        and (doc[i].pos_ in ("ADJ", "NOUN", "PROPN") or doc[i].tag_ in _PARTICIPLES)
    ):
        i += 1
    return i


def anaphoric_starts(text: str) -> list[int]:
    """Where an anaphoric time expression ("at the time", "that day") starts in ``text``:
    a sentence with one is dated by the sentences before it."""
    return [m.start() for m in _ANAPHORA.finditer(text)]


#: A news agency's dateline near the top ("Monitor AFP Saturday 26 Jul 2014",
#: "REUTERS 15.04.2017"): the date the text itself was filed on.
_DATELINE = re.compile(
    r"\b(?:AFP|AP|Reuters|REUTERS|SANA|Xinhua|XINHUA|DPA|dpa|UPI|IRNA|TASS|Sputnik|Anadolu)"
    rf"\s+(?:{_WEEKDAY_PREFIX}{_DAYNUM}\s+{_MONTH}\s+{_YEAR}|"
    rf"{_WEEKDAY_PREFIX}{_MONTH}\s+{_DAYNUM},?\s+{_YEAR})\b"
)
#: How far into the text a dateline may stand (headline, agency, date).
_DATELINE_REACH = 400


#: A page's own stamp near the top ("Last updated at Jul 282016", "Last updated:
#: 28 July 2016", "(updated 15:00 07.10.2017)"): the day the text was last edited,
#: its own word on when it was written where the corpus's date may be a re-post's.
#: The day and year of "Jul 282016" lost the space between them.
_STAMP = re.compile(
    r"\b(?:[Ll]ast\s+)?[Uu]pdated(?:\s+(?:at|on))?:?\s+(?:"
    rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}),?\s*(?P<year>{_YEAR})\b|"
    rf"(?P<text>{_WEEKDAY_PREFIX}{_DAYNUM}\s+{_MONTH},?\s+{_YEAR})\b|"
    r"(?:\d{1,2}:?\d{2}\s+)?(?P<numeric>\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)\b)"
)


def dateline(text: str) -> dt.date | None:
    """The date of the text's own dateline or "last updated" stamp, if it has one near
    the top (an agency's dateline first).

    Relative dates ("on Friday") are read against it: a corpus's publication date
    can be a re-posting date that contradicts the text."""
    found = dateline_span(text)
    return found[0] if found is not None else None


def dateline_span(text: str) -> tuple[dt.date, int, int] | None:
    """:func:`dateline`'s date with the characters of the stamp that states it."""
    m = _DATELINE.search(text, 0, _DATELINE_REACH)
    if m is not None:
        found = m.group()[m.group().index(" ") :].strip()
    else:
        m = _STAMP.search(text, 0, _DATELINE_REACH)
        if m is None:
            return None
        if m["month"] is not None:
            found = f"{m['month']} {m['day']} {m['year']}"
        else:
            found = m["text"] or m["numeric"]
    date = resolve(found, None)
    if date is None or date.precision != "day":
        return None
    return dt.date.fromisoformat(date.value), m.start(), m.end()


def _finditer(text: str) -> Iterator[re.Match[str]]:
    """``_FINDER.finditer(text)``, tried only where a pattern's first word starts."""
    end = 0
    for start in _STARTS.finditer(text):
        if start.start() < end:
            continue
        m = _FINDER.match(text, start.start())
        if m is not None:
            end = m.end()
            yield m


def date_within(phrase: str, published: dt.date | None) -> EventDate | None:
    """The date a tagged date phrase names where :func:`resolve` reads none of it whole:
    the first expression in it that resolves ("earlier Sunday", "Sunday 27 Apr 2014
    at least"), as this module finds them in a text. None for a phrase that only counts
    back from another time ("the Thursday before"), and for one with no expression."""
    words = phrase.split()
    if not words or words[-1].lower() in _COUNTS_BACK:
        return None
    for m in _finditer(phrase):
        date = _resolved(m.group(0), False, published)
        if date is not None:
            return date
    return None


#: Words after a tagged stretch of time that make it a time before another
#: ("several days before", "a few weeks earlier"): part of the date's wording.
BEFORE_WORDS = frozenset({"before", "earlier", "previously"})
#: Last words of a phrase that counts back (or on) from another time, not from
#: publication.
_COUNTS_BACK = BEFORE_WORDS | {"after", "later"}


def _widen(text: str, start: int) -> int:
    """Take in "since", "between", "the end of" ... just before the expression."""
    while True:
        m = _PREFIX.search(text, max(0, start - 40), start)
        if m is None or m.end() != start:
            return start
        start = m.start()


def _anaphora(text: str, explicit: list[TimeExpression]) -> list[TimeExpression]:
    """Anaphoric expressions get the latest explicit date that precedes them."""
    ordered = sorted(explicit, key=lambda e: e.start)
    out: list[TimeExpression] = []
    for m in _ANAPHORA.finditer(text):
        before = [e for e in ordered if e.end <= m.start() and e.date is not None]
        if m.group().lower() == "then":
            before = [
                e
                for e in before
                if len(_SENTENCE_END.findall(text, e.end, m.start())) <= _THEN_REACH
            ]
        date = before[-1].date if before else None
        shift = _DAY_SHIFTS.get(m.group().lower())
        if date is not None and shift is not None and date.precision == "day":
            day = dt.date.fromisoformat(date.value) + dt.timedelta(days=shift)
            date = date.model_copy(update={"value": day.isoformat()})
        if date is not None:
            date = date.model_copy(update={"text": m.group()})
        out.append(TimeExpression(m.start(), m.end(), m.group(), date, anaphoric=True))
    return out


def _merge(found: list[TimeExpression]) -> list[TimeExpression]:
    """Drop expressions inside or overlapping a longer one."""
    ordered = sorted(found, key=lambda e: (e.start, -(e.end - e.start)))
    out: list[TimeExpression] = []
    for expr in ordered:
        if out and expr.start < out[-1].end:
            if expr.end - expr.start > out[-1].end - out[-1].start:
                out[-1] = expr
            continue
        out.append(expr)
    return out
