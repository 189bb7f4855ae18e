"""Merges that chain or stretch one incident over a campaign: small regions,
running counts, reports of days a week apart linked through a vaguer one."""

from __future__ import annotations

from sitrep.dedup.cluster import assign
from sitrep.dedup.compat import Report, compatible
from sitrep.dedup.cumulative import cumulative
from sitrep.dedup.dates import days_apart
from sitrep.dedup.places import radius_km
from sitrep.model import Event, EventDate, EventLocation, Offsets, Quantity, Span
from sitrep.store.rows import StoredEvent

ALEPPO = EventLocation(
    name="Aleppo", lat=36.20, lon=37.16, country_code="SY", admin1="Halab", precision="locality"
)


def report(
    doc: str,
    text: str,
    *,
    day: str,
    precision: str = "day",
    published: str,
    where: EventLocation = ALEPPO,
    killed: int | None = None,
) -> Report:
    event = Event(
        id=Event.make_id(doc, 0, "ASSAULT"),
        type="ASSAULT",
        trigger=Span(text=text.split()[0], start=0, end=len(text.split()[0])),
        sentence=Offsets(start=200, end=200 + len(text)),
        location=where,
        date=EventDate(value=day, precision=precision, text="Monday"),
        quantities=[Quantity(value=killed, unit="killed", text=str(killed))] if killed else [],
    )
    row = StoredEvent.model_validate(
        {**event.model_dump(), "document_id": doc, "outlet": doc, "published": published}
    )
    return Report(row, text)


def _ghouta(admin1: str | None) -> EventLocation:
    return EventLocation(
        name="Ghouta", lat=33.52, lon=36.45, country_code="SY", admin1=admin1, precision="region"
    )


def test_a_region_inside_one_province_is_no_larger_than_the_province() -> None:
    assert radius_km(_ghouta("Rif Dimashq")) == radius_km(
        ALEPPO.model_copy(update={"precision": "admin1"})
    )
    text = "Mortar shells killed two civilians on Thursday."
    town = report("a", text, day="2016-04-07", published="2016-04-07")
    suburb = report("b", text + " ", day="2016-04-07", published="2016-04-07",
                    where=_ghouta("Rif Dimashq"))  # fmt: skip
    wide = report("c", text + "  ", day="2016-04-07", published="2016-04-07",
                  where=_ghouta(None))  # fmt: skip
    # Aleppo lies ~300 km from the Damascus suburbs: beyond a province, within
    # a macro-region's reach.
    assert not compatible(town, suburb)
    assert compatible(town, wide)


SINCE_A = (
    "Some 212 people have been killed in bombing raids since the assault on the district began "
    "about ten days ago."
)
SINCE_B = (
    "Some 204 residents have been killed in bombing raids since the assault on the district began "
    "about ten days ago."
)


def test_running_counts_of_a_campaign_pair_only_on_one_figure_or_day() -> None:
    assert cumulative(SINCE_A)
    assert cumulative("The monitor counted 5812 civilians killed over the past year.")
    assert not cumulative("Some 45 gunmen died during the last 24 hours.")
    first = report("a", SINCE_A, day="2017-11-13", precision="week", published="2017-11-16",
                   killed=212)  # fmt: skip
    later = report("b", SINCE_B, day="2017-11-13", precision="week", published="2017-11-20",
                   killed=204)  # fmt: skip
    same_day = report("c", SINCE_B, day="2017-11-13", precision="week", published="2017-11-16",
                      killed=204)  # fmt: skip
    same_count = report("d", SINCE_A + " ", day="2017-11-13", precision="week",
                        published="2017-11-20", killed=212)  # fmt: skip
    assert not compatible(first, later)
    assert compatible(first, same_day)
    assert compatible(first, same_count)


def test_reports_of_days_a_week_apart_are_not_chained_through_a_vaguer_one() -> None:
    text = "Air strikes killed 21 civilians in rebel-held districts of Aleppo."
    monday = report("a", text, day="2016-07-18", published="2016-07-18")
    week = report("b", text + " ", day="2016-07-19", precision="week", published="2016-07-25")
    next_tuesday = report("c", text + "  ", day="2016-07-26", published="2016-07-26")
    assert days_apart(monday, next_tuesday)
    assert not days_apart(monday, week)
    assert compatible(monday, week) and compatible(week, next_tuesday)
    clusters = assign([monday, week, next_tuesday], [], {})
    assert clusters[monday.event.id] != clusters[next_tuesday.event.id]
    # The vaguer report still joins one of them.
    assert len(set(clusters.values())) == 2
