"""The body sentence that repeats a round-up lead's death toll tells its main event.

A round-up lead gives one toll for events in several provinces: "Three killed,
14 hurt as shells hit Damascus, its outskirts, Homs, Hama and Daraa". The body then reports each
province in turn, and the one whose sentence gives the same number of dead
("Three civilians, one of them a boy, died ... in Homs city") is the event
the headline counts; the first one the body tells of may be a lesser one.

:func:`toll_sentence` finds that sentence; :func:`sitrep.geo.main_location`
takes it, when it names one of the lead's provinces only, in place of the first
report of violence.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Word forms that give a number of dead ("Four people killed", "killing 15").
TOLL_WORDS = frozenset(
    {"kill", "kills", "killed", "killing", "dead", "die", "dies", "died", "deaths",
     "executed", "beheaded", "massacred"}
)  # fmt: skip
#: How many tokens may stand between a number and the death word after it
#: ("Four people including a child killed"), and before it ("killing over 50").
BEFORE_WINDOW = 5
AFTER_WINDOW = 3
#: How many sentences from the top the repeated toll is looked for in.
TOLL_REACH = 12
#: Numbers written as words.
_NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen", "twenty"]
    )
}  # fmt: skip


def _number(word: str) -> int | None:
    if word.isdigit():
        value = int(word)
        # A year ("7 November 2016 Four people killed") is no toll.
        return None if 1900 <= value <= 2100 else value
    return _NUMBER_WORDS.get(word)


def _tolls(lower: list[str], start: int, end: int) -> set[int]:
    """Numbers of dead between tokens ``start`` and ``end``: for each death word,
    the nearest number before it ("Four people including a child killed"), else
    the nearest after it ("killing at least 15")."""
    out: set[int] = set()
    for i in range(start, end):
        if lower[i] not in TOLL_WORDS:
            continue
        found = None
        for k in range(i - 1, max(start, i - BEFORE_WINDOW) - 1, -1):
            if (found := _number(lower[k])) is not None:
                break
        if found is None:
            for k in range(i + 1, min(end, i + 1 + AFTER_WINDOW)):
                if (found := _number(lower[k])) is not None:
                    break
        # "one", "a woman": too common to tell events apart.
        if found is not None and found > 1:
            out.add(found)
    return out


def toll_sentence(doc: Doc | None, lead_end: int) -> tuple[int, int] | None:
    """Character range of the first sentence after the lead that repeats one of the
    lead's numbers of dead; None when the lead gives none or no sentence does."""
    if doc is None:
        return None
    arrays = doc_arrays(doc)
    lower = arrays.lower
    end = bisect_left(arrays.idx, lead_end)
    wanted = _tolls(lower, 0, end)
    if not wanted:
        return None
    for n, sent in enumerate(arrays.sentences):
        if n >= TOLL_REACH:
            break
        if sent.start < end:
            continue
        if wanted & _tolls(lower, sent.start, sent.end):
            return (sent.start_char, sent.end_char)
    return None
