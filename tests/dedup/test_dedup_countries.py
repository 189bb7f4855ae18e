"""Two reports that each say in which country their event happened, and name two.

Texts are invented for these tests; offsets are computed, never typed in.
"""

from __future__ import annotations

from dedup_samples import as_report, sentence_event

from sitrep.dedup.compat import conflict
from sitrep.dedup.countries import countries_stated_apart
from sitrep.dedup.dates import Report
from sitrep.model import EventDate, EventLocation


def _country(name: str, code: str) -> EventLocation:
    return EventLocation(name=name, lat=34.0, lon=40.0, country_code=code, precision="country")


SYRIA = _country("Syria", "SY")
IRAQ = _country("Iraq", "IQ")


def _report(text: str, trigger: str, where: EventLocation, doc: str) -> Report:
    event = sentence_event(
        doc,
        text,
        trigger,
        at=0,
        location=where,
        date=EventDate(value="2014-10-06", precision="day", text="Monday"),
    )
    return as_report(event, text, doc, published="2014-10-07")


IN_SYRIA = "Two suicide car bombs killed 30 fighters in Syria on Monday, the monitor said."
IN_IRAQ = "In Iraq meanwhile a suicide bomber killed 17 people at a checkpoint on Monday."


def test_each_sentence_stating_its_own_country_keeps_them_apart() -> None:
    a = _report(IN_SYRIA, "killed", SYRIA, "a")
    b = _report(IN_IRAQ, "killed", IRAQ, "b")
    assert countries_stated_apart(a, b)
    assert conflict(a, b) == "countries"


def test_a_country_read_from_a_nationality_stays_weak_evidence() -> None:
    # "Iraqi forces" gives a country-level place the sentence never states: the
    # score weighs it, it rules nothing out.
    nationality = "Iraqi forces said a suicide car bomb killed 30 fighters on Monday."
    a = _report(IN_SYRIA, "killed", SYRIA, "a")
    b = _report(nationality, "killed", IRAQ, "b")
    assert not countries_stated_apart(a, b)
    assert conflict(a, b) != "countries"


def test_a_sentence_naming_both_countries_is_no_conflict() -> None:
    both = "In Syria near the border with Iraq a suicide car bomb killed 30 fighters on Monday."
    a = _report(both, "killed", SYRIA, "a")
    b = _report(IN_IRAQ, "killed", IRAQ, "b")
    assert not countries_stated_apart(a, b)


def test_one_country_or_a_town_is_not_this_rule() -> None:
    town = EventLocation(name="Kobane", lat=36.9, lon=38.4, country_code="SY")
    a = _report(IN_SYRIA, "killed", SYRIA, "a")
    assert not countries_stated_apart(a, _report(IN_SYRIA, "killed", SYRIA, "b"))
    assert not countries_stated_apart(a, _report(IN_IRAQ, "killed", town, "b"))
