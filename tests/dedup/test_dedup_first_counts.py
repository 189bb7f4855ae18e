"""Three kinds of evidence that one incident's reports may disagree on, not two incidents.

* A first count that says it will grow ("the initial toll", "expected to rise")
  is below a later or fuller count of the same incident: the figures being far
  apart is then no sign of two incidents (:func:`sitrep.dedup.running.tolls_apart`).
* One outlet's follow-up of an incident, published days later, states the same
  day and shares rare words with the first report: no house-phrasing cost
  (the ``same_outlet`` term of :func:`sitrep.dedup.compat.score_terms`).
* Two reports both put at a town their own sentences do not name (the events
  stage took it from the article around them) and both stating one toll do not
  rule each other out by place (:func:`sitrep.dedup.named_places.place_unstated`).

Texts, names and numbers are invented for these tests; offsets are computed.
"""

from __future__ import annotations

from dedup_samples import as_report, sentence_event

from sitrep.dedup.compat import compatible, conflict, score_terms
from sitrep.dedup.dates import Report
from sitrep.dedup.named_places import place_unstated
from sitrep.dedup.running import provisional, tolls_apart
from sitrep.dedup.text import Idf
from sitrep.model import EventDate, EventLocation, Quantity

TOWN = EventLocation(name="Kafr Balut", lat=35.10, lon=36.70, country_code="SY", admin1="Hama")
OTHER_TOWN = EventLocation(
    name="Tell Mardikh", lat=36.30, lon=38.90, country_code="SY", admin1="Raqqa"
)
MONDAY = EventDate(value="2019-03-04", precision="day", text="Monday")


def _report(text: str, trigger: str, *, doc: str, killed: int | None = None,
            where: EventLocation = TOWN, date: EventDate = MONDAY, at: int = 0,
            published: str = "2019-03-05", outlet: str | None = None,
            lead: str = "") -> Report:  # fmt: skip
    quantities = [] if killed is None else [Quantity(value=killed, unit="killed", text=str(killed))]
    event = sentence_event(
        doc, text, trigger, at=at, location=where, date=date, quantities=quantities
    )
    report = as_report(event, text, doc, published=published, outlet=outlet)
    return Report(report.event, text, lead or text)


FIRST = "At least 9 people were killed when a bomb hit a wedding hall in Kafr Balut late Monday."
FIRST_LEAD = FIRST + " Medics said the number was expected to rise, as many are hurt."
FULL = "A bomber struck a wedding hall in Kafr Balut late Monday, killing 26 guests and the groom."


def test_a_first_count_that_may_grow_is_not_another_incident() -> None:
    plain = _report(FIRST, "killed", doc="a", killed=9)
    full = _report(FULL, "struck", doc="b", killed=26)
    # 9 and 26 are further apart than one toll's outlets usually differ.
    assert tolls_apart(plain, full)
    said_to_grow = _report(FIRST, "killed", doc="a", killed=9, lead=FIRST_LEAD)
    assert provisional(said_to_grow)
    assert not tolls_apart(said_to_grow, full)
    assert not tolls_apart(full, said_to_grow)


def test_only_the_lower_count_being_provisional_counts() -> None:
    # The higher count calling itself initial says nothing of a lower one.
    high = "Medics gave an initial count of 26 dead after a bomb hit a wedding hall in Kafr Balut."
    low = "A bomb killed 9 people at a wedding hall in Kafr Balut late Monday."
    high_report = _report(high, "bomb", doc="a", killed=26)
    assert provisional(high_report)
    assert tolls_apart(high_report, _report(low, "killed", doc="b", killed=9))


def test_provisional_words_need_a_count_nearby() -> None:
    assert provisional(_report("The preliminary count gave 9 dead.", "dead", doc="a"))
    assert provisional(_report("The toll could climb further, a medic said.", "toll", doc="a"))
    assert not provisional(_report("Tensions may rise after the strike.", "strike", doc="a"))
    # A body sentence does not borrow the opening's words: they are of the lead's incident.
    body = _report("A shell hit the market.", "hit", doc="a", at=900, lead=FIRST_LEAD)
    assert not provisional(body)


FOLLOW_A = "Rescuers pulled 14 bodies from the flooded Zarqa culvert after Monday's collapse."
FOLLOW_B = "The Zarqa culvert collapse on Monday was blamed on an old crack, engineers said."


def _outlet_pair(idf: Idf, second: str) -> list[str]:
    a = _report(FOLLOW_A, "collapse", doc="a", outlet="daily", published="2019-03-05")
    b = _report(second, "collapse", doc="b", outlet="daily", published="2019-03-08")
    return [name for name, _ in score_terms(a, b, idf)]


def test_one_outlets_follow_up_of_one_day_costs_nothing() -> None:
    fillers = [f"Shelling hit market number {n} in the old town." for n in range(100)]
    idf = Idf.of([FOLLOW_A, FOLLOW_B, *fillers])
    assert "same_outlet" not in _outlet_pair(idf, FOLLOW_B)
    # Without rare words in common, one day is not enough: the house cost stays.
    unrelated = "A bridge collapse on Monday left a highway closed, officials said."
    assert "same_outlet" in _outlet_pair(idf, unrelated)


NORTH = "Troops shot 31 villagers in a northern hamlet earlier this week, the monitor said."
SOUTH = "The monitor said troops shot 31 villagers in a hamlet this week."


def test_two_unnamed_places_with_one_toll_do_not_rule_out() -> None:
    week = EventDate(value="2019-03-04", precision="week", text="this week")
    a = _report(NORTH, "shot", doc="a", killed=31, where=TOWN, date=week)
    b = _report(SOUTH, "shot", doc="b", killed=31, where=OTHER_TOWN, date=week)
    assert place_unstated(a) and place_unstated(b)
    assert compatible(a, b)
    # Without one toll stated in both, the two towns still rule the pair out.
    fewer = _report(SOUTH.replace("31", "12"), "shot", doc="b", killed=12, where=OTHER_TOWN,
                    date=week)  # fmt: skip
    assert conflict(a, fewer) == "places"
    named = NORTH.replace("a northern hamlet", "Tell Mardikh")
    c = _report(named, "shot", doc="c", killed=31, where=OTHER_TOWN, date=week)
    # The sentence names its own town: the two places conflict as before.
    assert not place_unstated(c)
    assert conflict(a, c) == "places"
