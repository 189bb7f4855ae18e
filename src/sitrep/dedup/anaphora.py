"""Reports whose sentence only refers back to an event told elsewhere in its article.

"The raid was probably the work of Russian aircraft" names its event
by a definite phrase ("the attack", "these strikes") and gives no day, figure or
place of its own: which attack it is lies in the sentences before it. Two such
sentences from different articles agree only in how attacks are talked about
("carried out by Russian jets"), which says nothing of whether the attacks are
one; their likeness must not join them (see :func:`sitrep.dedup.compat.score`).
"""

from __future__ import annotations

from sitrep.dedup.dates import Report
from sitrep.dedup.text import copied, profile

__all__ = ["DEFINITE", "both_refer_back", "refers_back"]

#: Words that make the trigger a reference to an event already told.
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def refers_back(report: Report) -> bool:
    """The event's trigger follows a definite word and its sentence states no day,
    no figure and not the event's place name."""
    event = report.event
    if (event.date is not None and event.date.text) or report.figures:
        return False
    place = event.location.name if event.location is not None else ""
    if place and place.casefold() in report.sentence.casefold():
        return False
    offset = event.trigger.start - event.sentence.start
    before = report.sentence[: max(offset, 0)].split()
    return bool(before) and before[-1].casefold() in DEFINITE


def both_refer_back(a: Report, b: Report) -> bool:
    """Both reports only refer back (:func:`refers_back`) and neither sentence is a
    copy of the other (a copy, however short, tells one thing)."""
    if not (refers_back(a) and refers_back(b)):
        return False
    same = profile(a.sentence).tokens == profile(b.sentence).tokens
    return not same and not copied(a.sentence, b.sentence)
