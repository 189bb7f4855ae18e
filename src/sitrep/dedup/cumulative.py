"""Cumulative tolls: a count over weeks or months is not one incident's toll.

"Some 210 people are dead since troops opened their assault" on one day and
"204 civilians killed since the offensive began" nine days later
are two counts of a campaign (from two days, by different counters), however
alike their words. A running count is one claim only when it gives the same
figure or comes out on the same day (two outlets quoting one monitor's update).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.dedup.figures import figures_differ, numbers_differ
from sitrep.events.tolls import toll_span

if TYPE_CHECKING:
    # dates.Report reads spans_days below: imported for the annotations only.
    from sitrep.dedup.dates import Report


# A count since a turn of the war other than a start: "dead since the truce
# agreed in Geneva broke down on March 3", "since the truce took effect".
# The events stage's detector (toll_span) knows starts ("since the offensive
# began"); a count since a truce ended or a force arrived is as much a running
# count, and its date is the turn's, not an incident's.
_SINCE_TURN = re.compile(
    r"\bsince (?:a|an|the|its|their) [\w-]+(?: [\w-]+){0,6}? "
    r"(?:collapsed|ended|broke down|took effect|came into (?:force|effect)"
    r"|went into effect|entered into force|was (?:declared|signed|agreed|announced|imposed)"
    r"|launched|intervened|entered|arrived|resumed|intensified|escalated)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def _since_turn(sentence: str) -> bool:
    return _SINCE_TURN.search(sentence) is not None


def cumulative(sentence: str) -> bool:
    """The sentence counts over a span up to now: "since the offensive began", "over
    the past year" (:func:`sitrep.events.tolls.toll_span`, shared with the events
    stage), "since the ceasefire collapsed" (:data:`_SINCE_TURN`). Past hours or
    days ("in the past 24 hours") are left out."""
    return toll_span(sentence) == "since" or _since_turn(sentence)


_POINT = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
# A count over several parts of a country: "killed 21 civilians in the south and
# northeast of Syria", "across the country", "in several provinces".
_SPAN_PLACES = re.compile(
    rf"\bin (?:the )?{_POINT},? and (?:the )?{_POINT}\b"
    r"|\bacross (?:the country|syria|the region|several provinces)\b"
    r"|\bin (?:several|various|different|many) (?:parts|provinces|regions|areas|towns|cities)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def spans_places(sentence: str) -> bool:
    """The sentence counts over several parts of a country (:data:`_SPAN_PLACES`): a
    roundup's total holds each place's toll, as a count over days holds a day's."""
    return _SPAN_PLACES.search(sentence) is not None


def spans_days(sentence: str) -> bool:
    """The sentence counts over more than the incident's day: a running count
    (:func:`cumulative`) or a count of the last days ("in recent days", "since
    Sunday")."""
    return toll_span(sentence) in ("since", "days") or _since_turn(sentence)


# A tally of several incidents: "violated the ceasefire 5 times overnight",
# "dozens of violations". It holds the day's incidents, not one of them.
_TALLY = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|dozens of)"
    r" (?:times|breaches|violations)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def tally(sentence: str) -> bool:
    """The sentence counts several incidents (:data:`_TALLY`)."""
    return _TALLY.search(sentence) is not None


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
