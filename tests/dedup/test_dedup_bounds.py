"""Figures that bound a toll, days that are a statement's, undated follow-ups, tellers.

Texts are invented for these tests; offsets are computed, never typed in.
"""

from __future__ import annotations

import datetime as dt

from dedup_samples import as_report, sentence_event

from sitrep.dedup.compat import compatible, count_and_incident, score, tolls_elsewhere
from sitrep.dedup.cumulative import spans_days, spans_places
from sitrep.dedup.dates import Report, day_in_window, one_day, said_day
from sitrep.dedup.figures import figures_apart, floor_figure
from sitrep.dedup.named import named_day, named_days_apart
from sitrep.dedup.regions import regions_apart, side
from sitrep.dedup.running import tolls_apart
from sitrep.dedup.sides import speaker
from sitrep.dedup.text import Idf, anchors
from sitrep.model import ActorRef, EventDate, EventLocation, Quantity

DAMASCUS = EventLocation(
    name="Damascus", lat=33.51, lon=36.29, country_code="SY", admin1="Dimashq", precision="locality"
)


def report(doc: str, text: str, trigger: str, *, day: str, day_text: str = "Monday",
           precision: str = "day", published: str = "2016-05-02",
           figures: list[tuple[int, str, str | None]] | None = None,
           source: str | None = None) -> Report:  # fmt: skip
    """A report of ``text``; ``figures`` are (value, text, qualifier) of killed."""
    actor = None
    if source is not None:
        actor = ActorRef(actor_id=source.upper(), name=source, text=source)
    event = sentence_event(
        doc,
        text,
        trigger,
        at=300,
        location=DAMASCUS,
        date=EventDate(value=day, precision=precision, text=day_text),
        source_actor=actor,
        quantities=[
            Quantity(value=v, unit="killed", text=t, qualifier=q) for v, t, q in figures or []
        ],
    )
    return as_report(event, text, doc, published=published)


def test_more_than_is_a_floor_at_least_is_a_count() -> None:
    assert floor_figure("more than 130 people", "more than") and floor_figure("over 1000", "over")
    assert not floor_figure("at least 25 civilians", "at least")
    low = report("a", "activists say the attack killed more than 130", "attack",
                 day="2013-08-21", figures=[(130, "more than 130", "more than")])  # fmt: skip
    high = report("b", "the gas attack killed 1300 people", "attack", day="2013-08-21",
                  figures=[(1300, "1300 people", None)])  # fmt: skip
    assert low.floors == {("killed", 130)}
    assert not tolls_apart(low, high)
    exact = report("c", "the attack killed at least 130 people", "attack", day="2013-08-21",
                   figures=[(130, "at least 130 people", "at least")])  # fmt: skip
    assert tolls_apart(exact, high)


def test_a_count_of_one_group_among_the_dead_is_a_floor_of_the_toll() -> None:
    floor = [(30, "more than 30 people", "more than")]
    whole = report("a", "Raids on the province killed more than 30 people.", "Raids",
                   day="2016-05-31", figures=floor)  # fmt: skip
    part = report("b", "Two children were killed in the raids on the towns.", "raids",
                  day="2016-05-31", figures=[(2, "Two children", None)])  # fmt: skip
    assert part.parts == {("killed", 2)}
    assert not tolls_apart(whole, part)
    people = report("c", "Two people were killed in the raids on the towns.", "raids",
                    day="2016-05-31", figures=[(2, "Two people", None)])  # fmt: skip
    assert tolls_apart(whole, people)


def test_a_count_over_several_parts_of_the_country_bounds_each_part() -> None:
    text = "Raids killed at least 21 civilians in the south and northeast of Syria."
    count = [(21, "at least 21 civilians", "at least")]
    roundup = report("a", text, "Raids", day="2014-10-10", figures=count)
    assert spans_places(text) and roundup.ceilings == {("killed", 21)}
    ten = report("b", "Barrel bombs killed ten people in the town.", "killed",
                 day="2014-10-10", figures=[(10, "ten people", None)])  # fmt: skip
    assert not tolls_apart(roundup, ten)
    assert not spans_places("Shelling hit the north of the city.")
    # One town's count is its toll: 21 is more than twice 10 there.
    town = report("c", "Raids killed at least 21 civilians in the town.", "Raids",
                  day="2014-10-10", figures=count)  # fmt: skip
    assert tolls_apart(town, ten)


def test_a_count_of_the_last_days_bounds_the_incident_from_above() -> None:
    text = "The strike killed 5 people, bringing to 40 the number killed in recent days."
    both = report("a", text, "strike", day="2016-05-02",
                  figures=[(5, "5 people", None), (40, "40", None)])  # fmt: skip
    assert spans_days(text) and both.ceilings == {("killed", 40)}
    six = report("b", "Six people died in the strike on the market.", "strike",
                 day="2016-05-02", figures=[(6, "Six people", None)])  # fmt: skip
    assert not tolls_apart(both, six)
    # A count over days with no other figure is no incident's toll: it stays apart.
    alone = report("c", "Forty people were killed in recent days.", "killed", day="2016-05-02",
                   figures=[(40, "Forty people", None)])  # fmt: skip
    assert alone.ceilings == frozenset() and tolls_apart(alone, six)
    assert figures_apart(frozenset({("killed", 40)}), frozenset({("killed", 100)}),
                         ceilings_a=frozenset({("killed", 40)}))  # fmt: skip


def test_the_day_a_statement_was_made_also_matches_the_day_before() -> None:
    told = report("a", "The toll in the car bomb attack has risen to 112, a monitor said Sunday.",
                  "attack", day="2017-04-16", day_text="Sunday")  # fmt: skip
    blast = report("b", "A car bomb hit the buses on Saturday.", "bomb", day="2017-04-15",
                   day_text="Saturday")  # fmt: skip
    assert said_day(told) and one_day(told, blast)
    prose = report("c", "A car bomb hit the buses on Sunday.", "bomb", day="2017-04-16",
                   day_text="Sunday")  # fmt: skip
    assert not said_day(prose) and not one_day(prose, blast)


def test_a_night_told_from_either_side_is_one_day() -> None:
    late = report("a", "Jets pounded the old quarter late on Monday, witnesses said.", "pounded",
                  day="2016-05-30", day_text="Monday")  # fmt: skip
    next_day = report("b", "Raids on the old quarter killed 30 people on May 31.", "Raids",
                      day="2016-05-31", day_text="May 31")  # fmt: skip
    assert one_day(late, next_day) and one_day(next_day, late)
    dawn = report("c", "Jets pounded the old quarter before dawn on Tuesday.", "pounded",
                  day="2016-05-31", day_text="Tuesday")  # fmt: skip
    monday = report("d", "Jets pounded the old quarter on Monday.", "pounded",
                    day="2016-05-30", day_text="Monday")  # fmt: skip
    assert one_day(monday, dawn)
    # A morning is its own day; a plain day and the next are two days; so is a
    # late day and the day before it.
    morning = report("f", "Jets pounded the old quarter early on Tuesday morning.", "pounded",
                     day="2016-05-31", day_text="Tuesday")  # fmt: skip
    assert not one_day(monday, morning)
    assert not one_day(monday, next_day)
    # One article telling two days tells two happenings.
    same_article = report("a", "Raids on the old quarter killed 30 people on May 31.", "Raids",
                          day="2016-05-31", day_text="May 31")  # fmt: skip
    assert not one_day(late, same_article)
    sunday = report("e", "Jets pounded the old quarter on Sunday.", "pounded",
                    day="2016-05-29", day_text="Sunday")  # fmt: skip
    assert not one_day(late, sunday)


FOLLOW_UP = "Investigators reached the convoy of trucks hit near Urum al-Kubra by warplanes."
FIRST = "Warplanes hit an aid convoy of trucks near Urum al-Kubra on Monday, killing 12."


def test_an_undated_follow_up_shares_rare_words_with_the_days_report() -> None:
    day = report("a", FIRST, "hit", day="2016-09-19", published="2016-09-19")
    undated = report("b", FOLLOW_UP, "hit", day="2016-09-21", day_text="", precision="week",
                     published="2016-09-21")  # fmt: skip
    late = report("c", FOLLOW_UP, "hit", day="2016-09-30", day_text="", precision="week",
                  published="2016-09-30")  # fmt: skip
    assert day_in_window(day, undated) and not day_in_window(day, late)
    filler = [f"Shelling hit district number {n} of the city today." for n in range(80)]
    idf = Idf.of([FIRST, FOLLOW_UP, *filler])
    assert anchors(FIRST, FOLLOW_UP, idf) >= 3
    # The same pair without the day's window earns no anchor bonus.
    dated_far = report("d", FOLLOW_UP, "hit", day="2016-09-21", day_text="Wednesday",
                       published="2016-09-21")  # fmt: skip
    assert score(day, undated, idf) > score(day, dated_far, idf) + 0.3


def test_plural_function_words_are_no_anchors() -> None:
    a = "A farmer died and four others were injured when rocket shells fell."
    b = "A boy was killed and six others were injured by rocket fire."
    filler = [f"Airstrikes killed people in building number {n}." for n in range(80)]
    idf = Idf.of([a, b, *filler])
    # "rocket" only: not "others", nor "injured" (a toll's word, tying no incident).
    assert anchors(a, b, idf) == 1


def test_a_teller_is_no_perpetrator_to_disagree_with() -> None:
    said = "The gas attack on the suburbs killed more than 130 people, activists say."
    assert speaker(ActorRef(actor_id="OPP", name="activists", text="activists"), said)
    did = "Activists stormed the building on Monday."
    assert not speaker(ActorRef(actor_id="OPP", name="activists", text="Activists"), did)
    told = report("a", said, "attack", day="2013-08-21", source="activists")
    other = report("b", "Government forces fired gas rockets at the suburbs, killing 1300.",
                   "fired", day="2013-08-21", source="government")  # fmt: skip
    plain = report("c", "Government forces fired gas rockets at the suburbs, killing 1300.",
                   "fired", day="2013-08-21")  # fmt: skip
    # No conflict penalty: the same score as against a report naming no one.
    assert abs(score(told, other) - score(told, plain)) < 1e-9


SYRIA = EventLocation(name="Syria", lat=35.0, lon=38.0, country_code="SY", precision="country")
ALEPPO = EventLocation(
    name="Aleppo", lat=36.20, lon=37.16, country_code="SY", admin1="Halab", precision="locality"
)
DEIR = EventLocation(
    name="Deir ez-Zor", lat=35.33, lon=40.14, country_code="SY", precision="locality"
)


def placed(report_: Report, where: EventLocation) -> Report:
    event = report_.event.model_copy(update={"location": where})
    return Report(event, report_.sentence)


def test_a_side_of_the_country_is_not_a_town_on_the_other_side() -> None:
    east = placed(
        report("a", "Air strikes killed at least 82 people in eastern Syria on Sunday.",
               "strikes", day="2016-06-05", figures=[(82, "at least 82 people", "at least")]),
        SYRIA,
    )  # fmt: skip
    aleppo = placed(
        report("b", "Air strikes killed around 32 civilians in Aleppo on Sunday.", "strikes",
               day="2016-06-05", figures=[(32, "around 32 civilians", "around")]),
        ALEPPO,
    )  # fmt: skip
    deir = placed(
        report("c", "Air strikes killed 80 people in Deir ez-Zor on Sunday.", "strikes",
               day="2016-06-05", figures=[(80, "80 people", None)]),
        DEIR,
    )  # fmt: skip
    assert side(east) == (0, 1) and side(aleppo) is None
    assert regions_apart(east, aleppo) and not regions_apart(east, deir)
    # One day, two tolls, two sides of the country: two incidents.
    assert tolls_elsewhere(east, aleppo) and not compatible(east, aleppo)
    plain = placed(
        report("d", "Air strikes killed at least 82 people in Syria on Sunday.", "strikes",
               day="2016-06-05", figures=[(82, "at least 82 people", "at least")]),
        SYRIA,
    )  # fmt: skip
    assert side(plain) is None and not tolls_elsewhere(plain, aleppo)


def test_a_count_over_days_and_an_incident_are_two_claims() -> None:
    count = report("a", "In recent days rocket fire on the city has killed 63 residents.",
                   "killed", day="2016-04-29", figures=[(63, "63 residents", None)])  # fmt: skip
    friday = report("b", "On Friday rocket fire on the city killed 9 residents.",
                    "killed", day="2016-04-29", figures=[(9, "9 residents", None)])  # fmt: skip
    assert count_and_incident(count, friday) and not compatible(count, friday)
    # The same count told twice is one claim.
    again = report("c", "Rocket fire has killed 63 residents of the city in recent days.",
                   "killed", day="2016-04-29", figures=[(63, "63 residents", None)])  # fmt: skip
    assert not count_and_incident(count, again)
    assert not count_and_incident(friday, friday)


def test_an_undated_report_naming_another_weekday_is_another_incident() -> None:
    sunday = report("a", "Sundays bombardment killed a baby in the hospital.", "bombardment",
                    day="2016-07-25", day_text="", precision="week",
                    published="2016-07-25")  # fmt: skip
    assert named_day(sunday) == dt.date(2016, 7, 24)
    tuesday = report("b", "On Tuesday troops seized a hilltop district.", "seized",
                     day="2016-07-26", day_text="Tuesday", published="2016-07-26")  # fmt: skip
    same_day = report("c", "Air strikes on Sunday killed a baby in the hospital.", "strikes",
                      day="2016-07-24", day_text="Sunday", published="2016-07-25")  # fmt: skip
    assert named_days_apart(sunday, tuesday) and not compatible(sunday, tuesday)
    assert not named_days_apart(sunday, same_day)


def test_a_range_is_shown_as_both_figures() -> None:
    from sitrep.dedup.disagree import _figure
    from sitrep.model import Quantity

    ranged = Quantity(value=500, unit="killed", text="", qualifier="between", upper=1300)
    assert _figure(ranged) == "500-1300"
    floor = Quantity(value=16, unit="killed", text="", qualifier="at least")
    assert _figure(floor) == "at least 16"
