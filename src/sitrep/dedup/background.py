"""A war's running death toll told as background: one claim, not an incident.

Outlets end their reports with the war's toll ("over 310000 people have died
since the fighting started in 2011", "the war has left more than 250000
people dead"). The time stage dates the first to the war's
start and the second to the article's week, so their dates never meet, yet
both give one claim: copied background with the same figure is one event (the
hand labels' rule), and a different figure is a different claim. No single
incident kills tens of thousands, so a toll that large is such a claim and
never one incident's report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sitrep.dedup.dates import Report

#: A death toll at least this large is a war's (or a years-long campaign's)
#: running count: the deadliest single attacks of these wars killed hundreds.
WAR_TOLL = 10_000
#: How long before publication a running toll is taken to be counted: outlets
#: repeat one figure for weeks, often two months, until the monitor gives the next.
WAR_TOLL_DAYS = 62
#: Score of two reports of one running toll (the join threshold or above): the
#: figure, not the wording, makes them one claim.
ONE_CLAIM_SCORE = 0.5


def war_toll(report: Report) -> int | None:
    """:func:`running_toll`, computed once per report (:attr:`Report.war_toll`)."""
    return report.war_toll


def running_toll(report: Report) -> int | None:
    """The largest death toll of at least :data:`WAR_TOLL` the report's sentence gives.

    The figure must be written in the sentence: the events stage also hands an
    event the figures of mentions it merged from other sentences, and a car
    bomb's report is no war toll because the article ends with one.
    """
    return toll_in(report.sentence, report.figures)


def toll_in(sentence: str, figures: Iterable[tuple[str, int]]) -> int | None:
    """The largest (unit, value) figure of at least :data:`WAR_TOLL` killed that is
    written in ``sentence`` (:func:`running_toll`'s test, for any holder of figures)."""
    digits = sentence.replace(",", "")
    tolls = [
        value
        for unit, value in figures
        if unit == "killed" and value >= WAR_TOLL and str(value) in digits
    ]
    return max(tolls) if tolls else None


def toll_window(report: Report) -> tuple[dt.date, dt.date] | None:
    """For a running toll: the weeks before publication, when it was counted."""
    published = report.event.published
    if report.war_toll is None or not published:
        return None
    try:
        day = dt.date.fromisoformat(published)
    except ValueError:
        return None
    return day - dt.timedelta(days=WAR_TOLL_DAYS), day


def one_claim(a: Report, b: Report) -> bool:
    """Both reports give one running toll (the same figure) in different articles."""
    toll = war_toll(a)
    return toll is not None and toll == war_toll(b) and a.event.document_id != b.event.document_id


def claims_apart(a: Report, b: Report) -> bool:
    """A running toll and an incident, or two different running tolls: two claims."""
    return (war_toll(a) is not None or war_toll(b) is not None) and war_toll(a) != war_toll(b)
