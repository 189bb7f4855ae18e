"""Statements and visits of one official on one day: more words must agree than for a strike.

Texts are invented for these tests; offsets are computed, never typed in.
"""

from __future__ import annotations

from dedup_samples import as_report, sentence_event

from sitrep.dedup.cluster import JOIN_THRESHOLD
from sitrep.dedup.compat import SAID, SAID_COST, compatible, score
from sitrep.dedup.dates import Report
from sitrep.dedup.text import Idf
from sitrep.model import EventDate, EventLocation

HOMS = EventLocation(name="Homs", lat=34.73, lon=36.71, country_code="SY", precision="locality")

# One governor, one day, two things done: a school inspected, a family housed.
SCHOOL = "For his part Homs Governor Karim Nabil inspected a damaged school and called for repairs."
FAMILY = (
    "For his part, the Homs governor stressed that the displaced family was given all it needed."
)
COPY = "For his part Homs Governor Karim Nabil inspected a damaged school and called for repairs."
COMMON = ["A school reopened.", "The family left.", "Repairs began in the city.", "He said so."]


def report(doc: str, text: str, trigger: str, type_: str, published: str = "2016-11-20") -> Report:
    event = sentence_event(
        doc,
        text,
        trigger,
        at=300,
        type_=type_,
        location=HOMS,
        date=EventDate(value="2016-11-20", precision="day", text=""),
    )
    return as_report(event, text, doc, published=published, outlet="agency")


def test_statements_cost_more_than_strikes() -> None:
    idf = Idf.of([SCHOOL, FAMILY, *COMMON])
    said = report("d1", SCHOOL, "called", "REQUEST"), report("d2", FAMILY, "stressed", "REQUEST")
    done = report("d1", SCHOOL, "called", "ASSAULT"), report("d2", FAMILY, "stressed", "ASSAULT")
    assert "REQUEST" in SAID and "ASSAULT" not in SAID
    assert compatible(*said, idf)
    assert abs(score(*done, idf) - score(*said, idf) - SAID_COST) < 1e-9


def test_two_acts_of_one_official_stay_apart_but_a_copy_joins() -> None:
    idf = Idf.of([SCHOOL, FAMILY, *COMMON])
    school = report("d1", SCHOOL, "called", "REQUEST")
    assert score(school, report("d2", FAMILY, "stressed", "REQUEST"), idf) < JOIN_THRESHOLD
    # Told of a strike, the same wording would be enough.
    strike = report("d1", SCHOOL, "called", "ASSAULT")
    assert score(strike, report("d2", FAMILY, "stressed", "ASSAULT"), idf) >= JOIN_THRESHOLD
    assert score(school, report("d3", COPY, "called", "REQUEST"), idf) >= JOIN_THRESHOLD
