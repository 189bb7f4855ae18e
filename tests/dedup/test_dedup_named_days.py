"""Days a sentence names outside its event's date, counts since a turn of the war,
and tallies of several incidents: reasons to keep two reports apart.

Texts are invented for these tests; offsets are computed, never typed in.
"""

from __future__ import annotations

import datetime as dt

import pytest
from dedup_samples import as_report, sentence_event

from sitrep.dedup import compat
from sitrep.dedup.compat import compatible, count_and_incident, score, week_and_day
from sitrep.dedup.cumulative import spans_days, tally
from sitrep.dedup.dates import Report
from sitrep.dedup.named import named_days, named_days_apart
from sitrep.dedup.text import Idf
from sitrep.model import EventDate, EventLocation, Quantity

HOMS = EventLocation(
    name="Homs", lat=34.73, lon=36.72, country_code="SY", admin1="Homs", precision="locality"
)


def report(doc: str, text: str, trigger: str, *, published: str, day: str | None = None,
           day_text: str = "", precision: str = "day", type_: str = "ASSAULT",
           killed: int | None = None) -> Report:  # fmt: skip
    """A report of ``text``; undated (the time stage's publication-week fallback)
    unless ``day`` is given."""
    date = (
        EventDate(value=day, precision=precision, text=day_text)
        if day
        else EventDate(value=published, precision="week", text="")
    )
    quantities = [Quantity(value=killed, unit="killed", text=str(killed))] if killed else []
    event = sentence_event(doc, text, trigger, at=200, type_=type_, location=HOMS, date=date,
                           quantities=quantities)  # fmt: skip
    return as_report(event, text, doc, published=published)


def test_a_statements_weekday_dates_an_undated_report() -> None:
    # 30 June 2016 was a Thursday.
    thursday = report("a", "Four civilians were killed by regime bombs on the market, the "
                      "monitor reported on Thursday.", "killed",
                      published="2016-06-30")  # fmt: skip
    assert named_days(thursday) == (dt.date(2016, 6, 29), dt.date(2016, 6, 30))
    friday = report("b", "Air raids on the market killed four civilians on Friday.", "raids",
                    published="2016-07-01", day="2016-07-01", day_text="Friday")  # fmt: skip
    assert named_days_apart(thursday, friday) and not compatible(thursday, friday)
    # The statement's day, or the night before it.
    for day, text in (("2016-06-30", "Thursday"), ("2016-06-29", "Wednesday")):
        same = report("c", f"Air raids on the market killed four civilians on {text}.", "raids",
                      published="2016-06-30", day=day, day_text=text)  # fmt: skip
        assert not named_days_apart(thursday, same)


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        # 30 June 2016 was a Thursday; the next day's report tells of it.
        ("late on Thursday", ("2016-06-30", "2016-07-01")),
        ("on Thursday night", ("2016-06-30", "2016-07-01")),
        ("early on Thursday", ("2016-06-29", "2016-06-30")),
        ("on Thursday morning", ("2016-06-29", "2016-06-30")),
        ("on Thursday", ("2016-06-30", "2016-06-30")),
    ],
)
def test_a_night_named_by_one_day_may_be_told_by_the_next(
    phrase: str, days: tuple[str, str]
) -> None:
    text = f"Mortar rounds struck the depot {phrase}, a monitor said."
    named = report("a", text, "struck", published="2016-07-01")
    assert named_days(named) == tuple(dt.date.fromisoformat(d) for d in days)


def test_two_weekdays_name_no_day() -> None:
    both = report("a", "Shelling on Monday was followed by raids on Tuesday.", "Shelling",
                  published="2016-06-30")  # fmt: skip
    assert named_days(both) is None


def test_earlier_in_the_day_is_not_a_later_undated_report() -> None:
    update = report("a", "Rocket attacks on a district killed one person earlier in the day.",
                    "attacks", published="2016-08-10")  # fmt: skip
    assert named_days(update) == (dt.date(2016, 8, 10), dt.date(2016, 8, 10))
    later = report("b", "One civilian was killed in rocket attacks on residential districts.",
                   "attacks", published="2016-08-14")  # fmt: skip
    next_day = report("c", "One civilian was killed in rocket attacks on residential districts.",
                      "attacks", published="2016-08-11")  # fmt: skip
    assert named_days_apart(update, later) and not compatible(update, later)
    assert not named_days_apart(update, next_day)


def test_a_statement_names_the_day_of_what_it_speaks_of() -> None:
    # Denials of one attack on different days are one event (the labelling rule).
    denial = report("a", "The government denied on Monday the charges over the attack.",
                    "denied", published="2016-08-25", type_="REJECT")  # fmt: skip
    later = report("b", "The government has strongly denied the charges.", "denied",
                   published="2016-08-29", type_="REJECT")  # fmt: skip
    assert named_days(denial) is None
    assert not named_days_apart(denial, later)


def test_a_count_since_a_truce_collapsed_is_no_incident() -> None:
    count = report("a", "More than 420 residents have been killed in the town since a truce "
                   "agreed in Geneva broke down on March 3, the monitor said.", "killed",
                   published="2017-04-02", day="2017-03-03", day_text="March 3",
                   killed=420)  # fmt: skip
    assert spans_days(count.sentence)
    night = report("b", "Warplanes pounded the town overnight, days after the truce broke "
                   "down.", "pounded", published="2017-03-04")  # fmt: skip
    assert count_and_incident(count, night) and not compatible(count, night)


def test_a_tally_of_breaches_is_not_one_of_them() -> None:
    breaches = report("a", "The center said on Sunday that armed factions violated the ceasefire "
                      "5 times overnight, all of them in the town.", "violated",
                      published="2016-05-01", day="2016-05-01", day_text="Sunday")  # fmt: skip
    assert tally(breaches.sentence)
    shells = report("b", "Armed factions fired mortar rounds at two streets of the town on "
                    "Sunday.", "fired", published="2016-05-01", day="2016-05-01",
                    day_text="Sunday")  # fmt: skip
    assert not tally(shells.sentence)
    assert count_and_incident(breaches, shells) and not compatible(breaches, shells)
    # The same tally told twice is one claim.
    again = report("c", "Armed factions violated the ceasefire 5 times in the town overnight.",
                   "violated", published="2016-05-01", day="2016-05-01",
                   day_text="Sunday")  # fmt: skip
    assert not count_and_incident(breaches, again)


def test_a_weeks_report_and_a_days_report_need_rare_words_in_common(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    week = report("a", "Rebel units launched a fresh counterattack near the city last week.",
                  "launched", published="2016-08-12", day="2016-08-01", day_text="last week",
                  precision="week")  # fmt: skip
    sunday = report("b", "On Sunday a bombing hit a minibus carrying fighters close to the "
                    "frontier post.", "bombing", published="2016-08-07", day="2016-08-07",
                    day_text="Sunday")  # fmt: skip
    assert week_and_day(week, sunday) and week_and_day(sunday, week)
    assert not week_and_day(sunday, sunday)
    undated = report("c", "Fighters launched a counteroffensive near the city.", "launched",
                     published="2016-08-08")  # fmt: skip
    assert not week_and_day(undated, sunday)
    idf = Idf.of([week.sentence, sunday.sentence, undated.sentence])
    costed = score(week, sunday, idf)
    monkeypatch.setattr(compat, "WEEK_COST", 0.0)
    assert costed == pytest.approx(score(week, sunday, idf) - 0.1)


def test_two_stated_days_that_score_against_keep_a_chain_apart() -> None:
    from sitrep.dedup.cluster import _mergeable

    monday = report("a", "Air strikes killed civilians in the town on Monday.", "strikes",
                    published="2016-07-18", day="2016-07-18", day_text="Monday")  # fmt: skip
    sunday = report("b", "Fighters pushed back from more districts of the town on Sunday.",
                    "pushed", published="2016-07-18", day="2016-07-17",
                    day_text="Sunday")  # fmt: skip
    bridge = report("c", "Fighters took a base in the town.", "took", published="2016-07-20")
    idf = Idf.of([monday.sentence, sunday.sentence, bridge.sentence])
    assert compatible(monday, sunday, idf)
    key = tuple(sorted((monday.event.id, sunday.event.id)))
    against = {key: -0.3}
    assert not _mergeable([bridge, sunday], [monday], idf, against)  # type: ignore[arg-type]
    # Alike enough otherwise (a misread weekday): the majority rule decides.
    alike = {key: 0.3}
    assert _mergeable([bridge, sunday], [monday], idf, alike)  # type: ignore[arg-type]


def test_last_monday_told_on_a_monday_is_a_week_before() -> None:
    # 13 June 2016 was a Monday.
    week_ago = report("a", "Air raids hit a market in the east last Monday.", "raids",
                      published="2016-06-13")  # fmt: skip
    assert named_days(week_ago) == (dt.date(2016, 6, 6), dt.date(2016, 6, 6))
    today = report("b", "Air raids hit a market in the east on Monday.", "raids",
                   published="2016-06-13")  # fmt: skip
    assert named_days(today) == (dt.date(2016, 6, 13), dt.date(2016, 6, 13))
    friday = report("c", "Last Friday air raids hit a market in the east.", "raids",
                    published="2016-06-13")  # fmt: skip
    assert named_days(friday) == (dt.date(2016, 6, 10), dt.date(2016, 6, 10))
