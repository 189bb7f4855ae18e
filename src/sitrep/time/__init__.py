"""The time stage: give every event a date with a precision.

For each event, the temporal expressions of its sentence (see
:mod:`sitrep.time.find`) are ranked: one in the trigger's syntactic subtree
comes first, then the nearest in the sentence. The chosen one is resolved
against the publication date (:mod:`sitrep.time.resolve`).

An event whose sentence has no temporal expression gets the publication date
with precision ``"week"`` and ``text == ""``: a news report's undated event
happened, in the usual case, in the days up to publication, so ``value`` is
the latest possible day and ``"week"`` says how loosely it is known. With no
publication date either, ``event.date`` stays None.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sitrep.model import Event, EventDate
from sitrep.nlp.cache import doc_arrays
from sitrep.time.find import TimeExpression, find_expressions
from sitrep.time.resolve import resolve

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["TimeExpression", "assign_dates", "find_expressions", "resolve"]

#: Precision of the fallback date of an undated event (see the module docstring).
FALLBACK_PRECISION = "week"


def assign_dates(doc: Doc, events: list[Event], published: dt.date | None) -> None:
    """Set ``event.date`` in place for every event."""
    if not events:
        return
    expressions = [e for e in find_expressions(doc, published) if e.date is not None]
    text = doc_arrays(doc).text
    for event in events:
        start, end = _clause_bounds(text, event)
        inside = [e for e in expressions if e.start >= start and e.end <= end]
        chosen = _closest(doc, event, inside)
        if chosen is not None:
            event.date = chosen.date
        elif published is not None:
            event.date = EventDate(
                value=published.isoformat(), precision=FALLBACK_PRECISION, text=""
            )
        else:
            event.date = None


def _clause_bounds(text: str, event: Event) -> tuple[int, int]:
    """The event's sentence, cut at paragraph breaks (the parser sometimes runs over them)."""
    start, end = event.sentence.start, event.sentence.end
    trigger = min(max(event.trigger.start, start), end)
    para_start = text.rfind("\n", start, trigger)
    para_end = text.find("\n", trigger, end)
    return (para_start + 1 if para_start >= 0 else start, para_end if para_end >= 0 else end)


def _closest(doc: Doc, event: Event, candidates: list[TimeExpression]) -> TimeExpression | None:
    if not candidates:
        return None
    trigger = _token_at(doc, event.trigger.start, event.trigger.end)
    if trigger is None:
        return min(candidates, key=lambda e: abs(e.start - event.trigger.start))

    def rank(expr: TimeExpression) -> tuple[int, int]:
        anchor = _token_at(doc, expr.start, expr.end)
        in_subtree = anchor is not None and trigger in anchor.ancestors
        distance = abs((anchor.i if anchor is not None else trigger.i) - trigger.i)
        return (0 if in_subtree else 1, distance)

    return min(candidates, key=rank)


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else span.root
