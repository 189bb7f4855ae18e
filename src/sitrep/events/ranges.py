"""Counts written as ranges: "between 500 and 1,300 people", "20 to 30 civilians",
"15-20 fighters", "from 40 to 60 dead".

Reports that cannot settle a toll often give a range. The event keeps its lower
figure as ``value`` (the most conservative count, as ACLED codes fatalities) with
the qualifier "between" and the higher figure as ``upper``, so a later count of
900 is read as lying inside the range, not as a second number. Without this the
parser's reading kept only one end ("between 500 and" went, "1,300" was lost).

A toll that changes is no range: "the toll rose from 20 to 30" says 30, so a
"from ... to" governed by a verb of change is left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

#: Verbs whose "from X to Y" tells a change of one count, not a range of two.
_CHANGE_VERBS = frozenset(
    {
        "rise",
        "raise",
        "climb",
        "increase",
        "jump",
        "grow",
        "reach",
        "go",
        "soar",
        "mount",
        "swell",
        "fall",
        "drop",
        "decline",
        "revise",
        "update",
        "lower",
        "double",
        "triple",
    }
)
_DASHES = frozenset({"-", "–", "—"})
_LINKS = frozenset({"and", "to"}) | _DASHES


@dataclass(frozen=True)
class CountRange:
    low: int
    high: int
    #: Index of the first token of the range's text ("between", "from" or the low number).
    start: int
    #: Indices of the two number tokens.
    low_i: int
    high_i: int


def _digits(tok: Token) -> bool:
    return tok.text.replace(",", "").isdigit()


def _changed(word: Token) -> bool:
    """Whether "from" hangs on a verb of change ("rose from 20 to 30")."""
    head = word.head
    for _ in range(3):  # "rose from", "was raised on Sunday from"
        if head.lemma_.lower() in _CHANGE_VERBS:
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _pair(low: Token, high: Token, value: Callable[[Token], int | None]) -> CountRange | None:
    """The range of ``low`` .. ``high`` when the words around them make one."""
    doc = low.doc
    link = doc[low.i + 1].lower_
    before = doc[low.i - 1].lower_ if low.i > 0 else ""
    if link == "and" and before != "between":
        return None  # "killed 5 and wounded 10"
    if link in _DASHES and (
        low.whitespace_ or doc[low.i + 1].whitespace_ or not (_digits(low) and _digits(high))
    ):
        return None  # "5 - 10" written apart is a score, "twenty-three" one number
    if link == "to" and before == "from" and _changed(doc[low.i - 1]):
        return None
    a, b = value(low), value(high)
    if a is None or b is None or not 0 < a < b:
        return None
    if 1900 <= a <= 2100 and 1900 <= b <= 2100:
        return None  # "between 2011 and 2015": years
    start = low.i - 1 if before in ("between", "from") else low.i
    return CountRange(low=a, high=b, start=start, low_i=low.i, high_i=high.i)


def count_range(num: Token, value: Callable[[Token], int | None]) -> CountRange | None:
    """The range ``num`` is one end of, or None. ``value`` reads a number token."""
    doc = num.doc
    if num.i + 2 < len(doc) and doc[num.i + 1].lower_ in _LINKS:
        found = _pair(num, doc[num.i + 2], value)
        if found is not None:
            return found
    if num.i >= 2 and doc[num.i - 1].lower_ in _LINKS:
        return _pair(doc[num.i - 2], num, value)
    return None
