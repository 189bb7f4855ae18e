"""A known incident told on a statement's day ("people hurt in an attack which
killed scores ..., officials said on Thursday") may be of the days before it: it
joins that incident's reports from other outlets and from its own article.

Texts are invented for these tests; offsets are computed, never typed in.
"""

from __future__ import annotations

from dedup_samples import as_report, sentence_event

from sitrep.dedup.compat import compatible
from sitrep.dedup.dates import Report, dates_compatible, one_day, told_later
from sitrep.dedup.figures import counts_rose
from sitrep.dedup.restated import referred_back, restated
from sitrep.dedup.text import Idf
from sitrep.model import EventDate, EventLocation, Quantity

HAMA = EventLocation(
    name="Hama", lat=35.13, lon=36.75, country_code="SY", admin1="Hama", precision="admin1"
)


def report(doc: str, text: str, trigger: str, *, day: str, day_text: str, at: int = 500,
           type_: str = "ASSAULT") -> Report:  # fmt: skip
    """A report of ``text`` (sentence at ``at`` in ``doc``) dated ``day``."""
    event = sentence_event(
        doc,
        text,
        trigger,
        at=at,
        type_=type_,
        location=HAMA,
        date=EventDate(value=day, precision="day", text=day_text),
    )
    return as_report(event, text, doc, published="2019-03-08")


#: Tuesday 5 March 2019: the incident, as a first report tells it.
STRIKE = "At least 40 people were killed in a gas attack on a village in Hama province on Tuesday."
#: Thursday 7 March: a statement about it, dated by the time stage to the statement.
TESTS = (
    "Blood drawn from people hurt in an attack which killed scores across Hama province "
    "points to a chemical agent, health officials said on Thursday."
)
INQUIRY = "The gas attack in Hama province is under inquiry, the agency said on Thursday."


def strike(doc: str = "first", at: int = 500) -> Report:
    return report(doc, STRIKE, "killed", day="2019-03-05", day_text="Tuesday", at=at)


def test_a_known_attack_on_a_statements_day_is_told_later() -> None:
    verb = report("later", TESTS, "killed", day="2019-03-07", day_text="Thursday")
    noun = report("later", INQUIRY, "attack", day="2019-03-07", day_text="Thursday")
    assert told_later(verb) and told_later(noun)
    # Without the article the noun is no known incident; the statement's day then
    # stays the incident's day (and Tuesday's strike is two days before it).
    plain = "Jets killed 12 people in Hama province, the health ministry said on Thursday."
    fresh = report("other", plain, "killed", day="2019-03-07", day_text="Thursday")
    assert not told_later(fresh)
    assert not dates_compatible(fresh, strike())


def test_an_attack_opening_its_sentence_is_news() -> None:
    # "An air strike ... has killed" introduces its incident: the statement's day
    # is its day (or the day before), not a bound reaching days back; "hurt in an
    # attack" names one already known.
    opening = "An air strike killed 12 people in Hama province, local media reported Thursday."
    fresh = report("other", opening, "strike", day="2019-03-07", day_text="Thursday")
    assert not told_later(fresh)
    assert not dates_compatible(fresh, strike())
    known = "People hurt in an attack across Hama province need care, the agency said Thursday."
    assert told_later(report("later", known, "attack", day="2019-03-07", day_text="Thursday"))


def test_told_later_reaches_the_days_before_the_statement() -> None:
    later = report("later", TESTS, "killed", day="2019-03-07", day_text="Thursday")
    first = strike()
    assert dates_compatible(later, first) and one_day(later, first)
    assert compatible(later, first)
    # Not the days after the statement, nor a week before it.
    week = report("old", STRIKE, "killed", day="2019-02-28", day_text="Thursday")
    assert not one_day(later, week) and not dates_compatible(later, week)


def test_only_attacks_are_known_incidents() -> None:
    text = (
        "Buses of an evacuation convoy which arrived in Hama province left, "
        "the agency said on Thursday."
    )
    convoy = report("later", text, "arrived", day="2019-03-07", day_text="Thursday",
                    type_="MOBILIZE")  # fmt: skip
    assert not told_later(convoy)


def test_a_told_later_sentence_restates_its_articles_incident() -> None:
    # One article: the incident first, the statement about it further down.
    first = strike("one", at=0)
    later = report("one", TESTS, "killed", day="2019-03-07", day_text="Thursday", at=600)
    idf = Idf.of([STRIKE, TESTS, INQUIRY])
    assert restated(first, later, idf)


def test_a_known_attack_under_a_dispatch_dateline_is_told_later() -> None:
    # A dispatch dated by its stamp (Thursday 7 March) names "the attack" as known:
    # like a statement's day, the stamp says when it was told, not when it happened.
    text = (
        "07.03.2019 The attack in Hama province left at least 19 children among the "
        "dead, a UN agency said in a statement."
    )
    dispatch = report("later", text, "attack", day="2019-03-07", day_text="07.03.2019")
    assert told_later(dispatch)
    assert dates_compatible(dispatch, strike()) and one_day(dispatch, strike())
    # Under the same stamp, a strike told as news ("Jets killed ...") is the
    # stamp's day, or the day before (a dispatch heads yesterday's news).
    news = "07.03.2019 Jets killed 12 people in Hama province, the agency said."
    fresh = report("other", news, "killed", day="2019-03-07", day_text="07.03.2019")
    assert not told_later(fresh)
    assert not dates_compatible(fresh, strike())


def test_a_later_statements_higher_toll_updates_its_articles_incident() -> None:
    # One article: a UN agency's stamped statement of Thursday first, the
    # opposition's Tuesday figures further down. The injured rose from 120 to 300.
    update = (
        "07.03.2019 The attack in Hama province left 300 people injured, a UN agency "
        "said in a statement."
    )
    first = (
        "On Tuesday opposition groups said 40 people were killed and 120 hurt in a gas "
        "attack on a village in Hama province."
    )

    def told(text: str, trigger: str, day: str, day_text: str, at: int, counts: dict[str, int]
             ) -> Report:  # fmt: skip
        quantities = [Quantity(value=v, unit=u, text=str(v)) for u, v in counts.items()]
        date = EventDate(value=day, precision="day", text=day_text)
        event = sentence_event(
            "one", text, trigger, at=at, location=HAMA, quantities=quantities, date=date
        )
        return as_report(event, text, "one", published="2019-03-08")

    later = told(update, "attack", "2019-03-07", "07.03.2019", 0, {"injured": 300})
    tuesday = told(first, "killed", "2019-03-05", "Tuesday", 700, {"killed": 40, "injured": 120})
    assert told_later(later) and referred_back(later, tuesday)
    # A statement with fewer hurt than the first report is no update of it.
    fewer = told(update.replace("300", "90"), "attack", "2019-03-07", "07.03.2019", 0,
                 {"injured": 90})  # fmt: skip
    assert not referred_back(fewer, tuesday)


def test_counts_rose_compares_the_units_both_count() -> None:
    assert counts_rose(frozenset({("injured", 120), ("killed", 40)}), frozenset({("injured", 300)}))
    assert not counts_rose(frozenset({("injured", 120)}), frozenset({("injured", 90)}))


#: Thursday again: the day is that of a call or a statement, not of the attack.
CALL = (
    "Inspectors should have reached the scene of the alleged gas attack at once, "
    "the envoy told the minister in a phone call on Thursday."
)
STATEMENT = "Rescuers found a shelter hit by an attack, the agency said in a statement on Thursday."
SEEN = "Inspectors saw the alleged gas attack site in a village near Hama on Thursday."


def test_a_call_or_a_statements_day_is_a_statements_day() -> None:
    call = report("later", CALL, "attack", day="2019-03-07", day_text="Thursday")
    said = report("later", STATEMENT, "attack", day="2019-03-07", day_text="Thursday")
    assert told_later(call) and told_later(said)
    # The known attack may be Tuesday's: its reports are one day's.
    assert one_day(call, strike()) and compatible(call, strike())
    # A day with no call or statement stays the day of what the sentence tells.
    seen = report("later", SEEN, "attack", day="2019-03-07", day_text="Thursday")
    assert not told_later(seen)
    assert not one_day(seen, strike())
