"""Shared helpers of the time tests: an event for a trigger word, and its date."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sitrep.model import Event, EventDate, Offsets, Span
from sitrep.time import assign_dates

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2021, 3, 1)


def sentence_event(doc: Any, text: str, trigger: str, nth: int = 0) -> Event:
    """An ASSAULT event at the ``nth`` occurrence of ``trigger``, in its parsed sentence."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(trigger, start + 1)
    sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    return Event(
        id=f"e{start}",
        type="ASSAULT",
        trigger=Span(text=trigger, start=start, end=start + len(trigger)),
        sentence=Offsets(start=sent.start_char, end=sent.end_char),
    )


def date_of(nlp: Language, text: str, trigger: str, published: dt.date = PUB) -> EventDate | None:
    """The date the time stage gives the event of ``trigger`` alone in ``text``."""
    doc = nlp(text)
    event = sentence_event(doc, text, trigger)
    assign_dates(doc, [event], published)
    return event.date
