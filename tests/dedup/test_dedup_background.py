"""A war's running toll told as background by two outlets is one claim; a
different figure, or an incident beside it, is not. Also: a number misread as
a year dates nothing, and a weekday may name the day after publication.

Texts are invented for these tests; offsets are computed, never typed in.
"""

from __future__ import annotations

from dedup_samples import as_report, sentence_event

from sitrep.dedup.background import claims_apart, one_claim, war_toll
from sitrep.dedup.cluster import JOIN_THRESHOLD
from sitrep.dedup.compat import compatible, score
from sitrep.dedup.dates import Report, dates_compatible, one_day, undated
from sitrep.dedup.misread import day_after_publication
from sitrep.dedup.text import Idf, retelling
from sitrep.model import EventDate, EventLocation, Quantity

SYRIA = EventLocation(name="Syria", lat=35.0, lon=38.5, country_code="SY", precision="country")
HOMS = EventLocation(
    name="Homs", lat=34.73, lon=36.71, country_code="SY", admin1="Homs", precision="locality"
)
IDLIB = EventLocation(
    name="Idlib", lat=35.93, lon=36.63, country_code="SY", admin1="Idlib", precision="locality"
)

SINCE = "Since the war began in March 2011, more than 310000 people have been killed."
OWN_WORDS = "The country's six-year conflict has killed more than 310000 people, the monitor says."
OTHER_FIGURE = "Analysts put the number killed since March 2011 at around 450000 people."
INCIDENT = "A car bomb killed 12 people in Homs on Sunday, the monitor says."


def toll_report(doc: str, text: str, killed: int, *, published: str, date: EventDate,
                modality: str = "asserted", figure_in_text: bool = True) -> Report:  # fmt: skip
    event = sentence_event(
        doc,
        text,
        "killed",
        at=900,
        location=SYRIA,
        date=date,
        modality=modality,
        quantities=[Quantity(value=killed, unit="killed", text=str(killed))],
    )
    return as_report(event, text, doc, published=published)


def since_2011(doc: str = "a", published: str = "2017-05-02") -> Report:
    date = EventDate(value="2011-03-01", precision="month", text="March 2011")
    return toll_report(doc, SINCE, 310000, published=published, date=date, modality="historical")


def in_the_week(doc: str, text: str, killed: int, published: str) -> Report:
    # The time stage's fallback for a sentence with no date: its publication week.
    date = EventDate(value=published, precision="week", text="")
    return toll_report(doc, text, killed, published=published, date=date)


def test_one_running_toll_in_two_wordings_is_one_claim() -> None:
    a = since_2011()
    b = in_the_week("b", OWN_WORDS, 310000, "2017-05-20")
    assert war_toll(a) == war_toll(b) == 310000
    # The stated dates never meet (March 2011 against the article's week) ...
    assert a.interval is not None and b.interval is not None
    assert a.interval[1] < b.interval[0]
    # ... but both are counts as of publication, weeks apart: one claim.
    assert a.vague and b.vague and dates_compatible(a, b)
    assert one_claim(a, b) and compatible(a, b)
    idf = Idf.of([SINCE, OWN_WORDS, OTHER_FIGURE, INCIDENT])
    assert score(a, b, idf) >= JOIN_THRESHOLD


def test_another_figure_or_an_incident_is_another_claim() -> None:
    a = since_2011()
    other = in_the_week("c", OTHER_FIGURE, 450000, "2017-05-10")
    assert claims_apart(a, other) and not compatible(a, other)
    date = EventDate(value="2017-04-30", precision="day", text="Sunday")
    event = sentence_event(
        "d",
        INCIDENT,
        "killed",
        at=0,
        location=HOMS,
        date=date,
        quantities=[Quantity(value=12, unit="killed", text="12")],
    )
    incident = as_report(event, INCIDENT, "d", published="2017-05-01")
    assert war_toll(incident) is None
    assert claims_apart(a, incident) and not compatible(a, incident)


def test_a_toll_merged_from_another_sentence_is_no_war_toll() -> None:
    # The events stage hands the car bomb's event the article's closing war toll;
    # the car bomb's sentence does not give it, so the report stays an incident.
    date = EventDate(value="2017-04-30", precision="day", text="Sunday")
    event = sentence_event(
        "e",
        INCIDENT,
        "killed",
        at=0,
        location=HOMS,
        date=date,
        quantities=[Quantity(value=310000, unit="killed", text="310000")],
    )
    incident = as_report(event, INCIDENT, "e", published="2017-05-01")
    assert war_toll(incident) is None and not incident.vague


NUSRA = "A suicide bomber killed 25 soldiers at an army post in Idlib on Monday, a monitor said."
TAGGED = (
    "Topic Violence in Syria (1881) A suicide bomber killed 25 soldiers at an army post in Idlib."
)


def test_a_year_before_1900_is_a_misread_number() -> None:
    date = EventDate(value="1881-01-01", precision="year", text="1881")
    event = sentence_event("t", TAGGED, "killed", at=0, location=IDLIB, date=date)
    tagged = as_report(event, TAGGED, "t", published="2015-07-07")
    assert undated(tagged.event) and not tagged.vague
    assert tagged.interval is not None and tagged.interval[1].isoformat() == "2015-07-07"
    monday = EventDate(value="2015-07-06", precision="day", text="Monday")
    dated = as_report(
        sentence_event("m", NUSRA, "killed", at=0, location=IDLIB, date=monday),
        NUSRA,
        "m",
        published="2015-07-07",
    )
    assert dates_compatible(tagged, dated) and compatible(tagged, dated)


POLICE = "Two attackers blew themselves up at an army checkpoint in Homs on Monday, killing 14."
BLAST = "Attackers wearing explosive vests hit a Homs checkpoint on Monday, killing at least 14."


def _dated(ident: str, sentence: str, value: str, said: str, published: str) -> Report:
    date = EventDate(value=value, precision="day", text=said)
    event = sentence_event(ident, sentence, "killing", at=0, location=SYRIA, date=date)
    return as_report(event, sentence, ident, published=published)


def test_a_weekday_six_days_before_publication_may_be_the_day_after() -> None:
    # Published on Sunday 1 October 2017 (a day early) and read back to 25 September.
    a = _dated("p", POLICE, "2017-09-25", "Monday", "2017-10-01")
    b = _dated("q", BLAST, "2017-10-02", "on Monday", "2017-10-03")
    assert day_after_publication(a.event) is not None
    assert day_after_publication(a.event).isoformat() == "2017-10-02"  # type: ignore[union-attr]
    assert one_day(a, b) and dates_compatible(a, b)
    # A weekday five days back, or a date with its month, has no such reading.
    c = _dated("r", POLICE, "2017-09-26", "Tuesday", "2017-10-01")
    d = _dated("s", POLICE, "2017-09-25", "Monday 25 September", "2017-10-01")
    assert day_after_publication(c.event) is None and day_after_publication(d.event) is None
    assert not one_day(d, b)


SLOWED = (
    "Their push has stalled over the past month owing to mines laid by the jihadists, "
    "who also send car bombs against the coalition's lines."
)
SLOWED_AGAIN = (
    "The coalition reached the city's outskirts in May, but its push has stalled over the "
    "past month owing to mines laid by the jihadists and car bombs."
)
OTHERS = [
    "Jets struck a market in Idlib on Monday.",
    "Rockets hit a school in Aleppo on Sunday.",
    "The ministry said the convoy reached the town.",
    "Shelling killed four people in Daraa.",
    "Fighters seized two villages near Hama.",
    "A monitor said clashes continued overnight.",
    "Protesters gathered in the square on Friday.",
    "The army opened a road to the besieged district.",
] * 20


def test_background_retold_in_nearly_one_wording_joins_without_figures() -> None:
    idf = Idf.of([SLOWED, SLOWED_AGAIN, *OTHERS])
    assert retelling(SLOWED, SLOWED_AGAIN, idf)
    assert not retelling(SLOWED, OTHERS[0], idf)
    month = EventDate(value="2016-06-01", precision="month", text="the past month")
    a = as_report(
        sentence_event("u", SLOWED, "stalled", at=900, location=SYRIA, date=month),
        SLOWED,
        "u",
        published="2016-07-18",
    )
    b = as_report(
        sentence_event("v", SLOWED_AGAIN, "stalled", at=900, location=SYRIA, date=month),
        SLOWED_AGAIN,
        "v",
        published="2016-07-19",
    )
    assert a.vague and b.vague and compatible(a, b, idf)
    assert score(a, b, idf) >= JOIN_THRESHOLD
