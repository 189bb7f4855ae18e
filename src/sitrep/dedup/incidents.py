"""Two hard constraints on a day's incidents: different tolls in places apart, and
a count over time against one incident (see :func:`sitrep.dedup.compat.conflict`)."""

from __future__ import annotations

from sitrep.dedup.cumulative import spans_days, tally
from sitrep.dedup.dates import Report, one_day
from sitrep.dedup.figures import counts_in, figures_differ, same_numbers
from sitrep.dedup.places import places_far
from sitrep.dedup.regions import regions_apart


def _apart(a: Report, b: Report) -> bool:
    """Places that do not name one spot: beyond their radius, or a town on the
    other side of the country a regional phrase names (:func:`regions_apart`)."""
    la, lb = a.event.location, b.event.location
    if la is None or lb is None:
        return False
    return places_far(a.event, b.event) or regions_apart(a, b)


def tolls_elsewhere(a: Report, b: Report) -> bool:
    """One day, different tolls (no figure of one unit agrees) and places that do
    not name one spot: two of the day's incidents ("32 civilians killed in
    Aleppo on Sunday", "82 killed in eastern Syria on Sunday"), not one
    disputed toll."""
    if not one_day(a, b) or a.figures & b.figures:
        return False
    # A count over several days (:attr:`Report.ceilings`) is no incident's toll.
    if not figures_differ(a.figures - a.ceilings, b.figures - b.ceilings):
        return False
    return _apart(a, b)


def count_and_incident(a: Report, b: Report) -> bool:
    """One report counts a toll over time ("57 civilians killed in recent days",
    "350 killed since the ceasefire collapsed": :func:`spans_days`, with a figure)
    and the other does not: a count and an incident are two claims, however
    alike their words, unless both give the same figures."""
    if tally(a.sentence) != tally(b.sentence):
        # "Breached the truce 3 times in 24 hours" and one shelling: a tally of
        # the day's incidents and one of them, unless both give its numbers.
        return not same_numbers(a.sentence, b.sentence)
    over_a, over_b = spans_days(a.sentence), spans_days(b.sentence)
    if over_a == over_b:
        return False
    count = a if over_a else b
    # The events stage does not attach every count to its event: the sentence's
    # own numbers count as well.
    if not count.figures and not counts_in(count.sentence):
        return False
    return not (a.figures & b.figures) and not same_numbers(a.sentence, b.sentence)
