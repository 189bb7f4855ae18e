"""Weekdays whose possessive apostrophe was stripped ("Saturdays attack") are dates;
the plural of habit ("on Saturdays") is not."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from time_support import date_of, sentence_event

from sitrep.time import assign_dates
from sitrep.time.find import _plural_weekdays, find_expressions

#: A Wednesday: "Saturday" is 2016-04-30, "Tuesday" 2016-05-03.
PUBLISHED = dt.date(2016, 5, 4)


@pytest.mark.parametrize(
    ("text", "said", "day"),
    [
        ("The government blamed Saturdays attack on terrorists.", "Saturdays", "2016-04-30"),
        ("The monitor said Tuesdays bombardment killed 40.", "Tuesdays", "2016-05-03"),
        ("UN experts will investigate Sundays alleged attack.", "Sundays", "2016-05-01"),
        ("Eleven died in Mondays fighting near the airport.", "Mondays", "2016-05-02"),
        ("He said Thursdays rocket attack was a warning.", "Thursdays", "2016-04-28"),
        ("From what we know of yesterdays attack, it was a violation.", "yesterdays", "2016-05-03"),
    ],
)
def test_time_possessive_weekday_is_that_day(nlp: Any, text: str, said: str, day: str) -> None:
    found = find_expressions(nlp(text), PUBLISHED)
    assert [(e.text, e.date.value if e.date else None) for e in found] == [(said, day)]
    assert found[0].date is not None and found[0].date.precision == "day"


@pytest.mark.parametrize(
    "text",
    [
        "On Saturdays, the market is closed.",
        "Fighters rest on Fridays and attack on Sundays.",
        "Saturdays are quiet in the old city.",
        "The market opens on Saturdays when traders come.",
    ],
)
def test_time_weekday_plural_of_habit_is_no_date(nlp: Any, text: str) -> None:
    assert find_expressions(nlp(text), PUBLISHED) == []


def test_time_possessive_dates_its_noun_and_the_verb_it_leads(nlp: Any) -> None:
    text = "The monitor said Wednesdays strike destroyed a building used as a prison."
    doc = nlp(text)
    strike, destroyed = sentence_event(doc, text, "strike"), sentence_event(doc, text, "destroyed")
    assign_dates(doc, [strike, destroyed], PUBLISHED)
    assert strike.date is not None and destroyed.date is not None
    assert (strike.date.value, strike.date.precision) == ("2016-05-04", "day")
    assert destroyed.date.value == "2016-05-04"


def test_time_possessive_does_not_date_another_noun(nlp: Any) -> None:
    text = (
        "Tuesdays deaths follow a string of similar airstrikes on the rebel-held village "
        "of Tadef on Sunday, when nine civilians lost their lives."
    )
    doc = nlp(text)
    airstrikes = sentence_event(doc, text, "airstrikes")
    assign_dates(doc, [airstrikes], PUBLISHED)
    assert airstrikes.date is not None and airstrikes.date.value == "2016-05-01"


def test_time_plural_weekday_scan_equals_word_regex() -> None:
    whole = re.compile(
        r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days|yesterdays|todays)\b", re.IGNORECASE
    )
    text = (
        "Saturdays attack, xSaturdays, holidays, WEDNESDAYS blast, birthdays; yesterdays "
        "strike and todays toll (Sundays) 3Mondays Fridays_ Thursdays-long days Tuesdays"
    )
    expected = [(m.start(), m.end()) for m in whole.finditer(text)]
    assert list(_plural_weekdays(text)) == expected
    assert len(expected) == 7


def test_time_possessive_dates_a_verb_misparsed_as_its_participle(nlp: Any) -> None:
    # The small parser hangs "destroyed" on "raid" as a participle (it has an
    # object, so it is the clause's verb: sitrep.nlp.clauses.finite_participle).
    text = (
        "Sundays raid on the aid convoy destroyed at least nine of 20 lorries and a Red"
        " Cross depot outside Idlib."
    )
    assert next(t.dep_ for t in nlp(text) if t.text == "destroyed") == "acl"
    date = date_of(nlp, text, "destroyed", PUBLISHED)
    assert date is not None and date.value == "2016-05-01"
