"""Cumulative tolls: a count over weeks or months is not one incident's toll.

"At least 127 people have been killed since the army began an offensive" on
one day and "123 civilians killed since the offensive began" ten days later
are two counts of a campaign (from two days, by different counters), however
alike their words. A running count is one claim only when it gives the same
figure or comes out on the same day (two outlets quoting one monitor's update).
"""

from __future__ import annotations

import re

from sitrep.dedup.dates import Report
from sitrep.dedup.figures import figures_differ, numbers_differ

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

# A toll counted over a span up to now: "since the offensive began", "since
# April", "since 2011", "since early 2015", "over the past year", "so far this
# year", "in total". Past hours or days ("in the past 24 hours") count one
# incident's day and are left out.
_CUMULATIVE = re.compile(
    r"\bsince (?:the (?:start|beginning|launch|outbreak)\b"
    r"|(?:the|its|their|a|an) [\w-]+(?: [\w-]+){0,6}? "
    r"(?:began|begun|started|was launched|erupted)\b"
    r"|(?:early |late |mid-?)?(?:" + _MONTHS + r")\b"
    r"|(?:early |late |mid-?)?(?:19|20)\d\d\b"
    r"|(?:it|they|the [\w-]+) (?:began|started)\b)"
    r"|\b(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years?|months?|weeks?)\b"
    r"|\bso far (?:this|in) (?:year|month)\b"
    r"|\bin total\b",
    re.IGNORECASE,
)


def cumulative(sentence: str) -> bool:
    """The sentence counts over a span up to now (see :data:`_CUMULATIVE`)."""
    return _CUMULATIVE.search(sentence) is not None


def counts_apart(a: Report, b: Report) -> bool:
    """Two running counts (both :func:`cumulative`) whose sentences give different
    figures on different publication days: two counts, not one claim. The
    sentences' numbers are compared as well as the events' figures: the events
    stage does not attach a toll to every mention of a sentence."""
    if a.event.published == b.event.published:
        return False
    if not (cumulative(a.sentence) and cumulative(b.sentence)):
        return False
    return figures_differ(a.figures, b.figures) or numbers_differ(a.sentence, b.sentence)
