"""Two reports that each say in which country the event happened, and name two.

A country-level event place is weak evidence: the geoparser often reads it from
a nationality ("US-led strikes", "the Britain-based monitor"), so
:func:`sitrep.dedup.places.places_compatible` lets two different countries meet
and only the score pays. But a sentence that places its event "in Iraq" says
where it happened as plainly as one that names a town: "Thursday's double blast
in Manbij" and "In Iraq, a car bomb left at least 12 dead at a market on the
same day" are two incidents of one night, whatever else they share (the
day, the group, a running story). When each sentence puts its own event in its
own country with "in", and neither names the other's, the two cannot be one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.dedup.dates import Report

#: "in Iraq", "in northern Iraq", "inside Syria", "across Lebanon".
_BEFORE = r"\b(?:in|inside|across)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?"


@lru_cache(maxsize=1024)
def _stated(name: str) -> re.Pattern[str]:
    return re.compile(_BEFORE + re.escape(name) + r"\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _named(name: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(name) + r"\b", re.IGNORECASE)


def countries_stated_apart(a: Report, b: Report) -> bool:
    """Both reports are placed at a country, two different ones, each sentence says
    its event was in its country ("in Syria"), and neither names the other's."""
    la, lb = a.event.location, b.event.location
    if la is None or lb is None or la.precision != "country" or lb.precision != "country":
        return False
    if not la.country_code or not lb.country_code or la.country_code == lb.country_code:
        return False
    if not la.name or not lb.name:
        return False
    return (
        _stated(la.name).search(a.sentence) is not None
        and _stated(lb.name).search(b.sentence) is not None
        and _named(lb.name).search(a.sentence) is None
        and _named(la.name).search(b.sentence) is None
    )
