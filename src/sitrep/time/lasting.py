"""How long a happening has lasted: "a month-long offensive", "the three-year siege".

A duration that qualifies an event noun says the happening runs over that span,
up to the report: an offensive "more than a month" old is no incident of the
publication week, and must not be read as one (clustering joined such an
offensive, dated by default to its report's week, to one day's strikes on the
city it targets). The span is a range ending on the publication day and
starting that long before; it dates only the noun it qualifies (the
expression's ``owner``, as for a possessive weekday), never the rest of the
sentence ("sentenced to a ten-year term" dates no sentencing ten years back).

Only weeks, months and years: a "two-day" visit or truce is often still to come.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from sitrep.model import EventDate
from sitrep.nlp.cache import doc_arrays
from sitrep.time.resolve import VAGUE_SPAN, trailing_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_COUNT = r"\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
#: "month-long", "two-week-long", "weeks-long", "three-year", "10-month": the count,
#: the unit and, for a count without "-long", the hyphen that makes it a modifier.
#: Found in the text, not among the parser's DATE entities, which miss many ("a
#: more than month-long offensive").
_LASTING = re.compile(
    rf"\b(?:(?:(?P<n>{_COUNT})[\s-])?(?P<unit>week|month|year)(?P<plural>s)?[\s-]long"
    rf"|(?P<m>{_COUNT})-(?P<unit2>week|month|year))\b",
    re.IGNORECASE,
)
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
#: How a duration hangs from the noun it qualifies.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "nummod"})


def _span_of(m: re.Match[str], published: dt.date) -> EventDate | None:
    unit = (m["unit"] or m["unit2"]).lower()
    count = (m["n"] or m["m"] or "").lower()
    if not count:
        n = VAGUE_SPAN if m["plural"] else 1  # "weeks-long": a few weeks
    else:
        n = int(count) if count.isdigit() else _NUMBERS[count]
    if n <= 0:
        return None
    return trailing_span(published, unit, n, m.group())


def _qualified(ent: Span) -> int | None:
    """The noun the duration entity qualifies ("a month-long *offensive*", "the
    three-year *siege*"): a noun after it that one of its words modifies."""
    for tok in ent:
        head = tok.head
        if tok.dep_ in _MODIFIER_DEPS and head.i >= ent.end and head.pos_ in ("NOUN", "PROPN"):
            return int(head.i)
    return None


#: The unit of a duration with its "-long" or its hyphen (lower case): found first,
#: as a plain pattern is much faster than :data:`_LASTING` over a whole text,
#: which then runs on a few characters around each.
_UNIT = re.compile(r"(?:week|month|year)s?[\s-]long\b|-(?:week|month|year)\b")
#: Characters before a unit that a duration's count may take ("twelve-", "more than a ").
_BACK = 16
#: ``Doc.user_data`` key of the spans found (the events and time stages both ask).
_CACHE = "sitrep_lasting"


def lasting_spans(doc: Doc, published: dt.date | None) -> list[tuple[int, int, EventDate, int]]:
    """(start, end, date, noun index) of each duration that qualifies a noun."""
    if published is None:
        return []
    cached = doc.user_data.get(_CACHE)
    if cached is not None and cached[0] == published:
        return list(cached[1])
    text = doc_arrays(doc).text
    out = []
    seen = -1
    for unit in _UNIT.finditer(text.lower()):
        for m in _LASTING.finditer(text, max(0, unit.start() - _BACK), unit.end()):
            if m.start() <= seen or m.end() < unit.end():
                continue
            seen = m.start()
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not len(span):
                continue
            noun = _qualified(span)
            if noun is None:
                continue
            date = _span_of(m, published)
            if date is not None:
                out.append((m.start(), m.end(), date, noun))
    doc.user_data[_CACHE] = (published, tuple(out))
    return out
