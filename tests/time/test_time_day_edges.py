"""A day named by its edge ("late Monday", "early on Tuesday", "Monday night") is
that day: two reports of one strike, one saying "Monday" and one "late Monday",
must carry the same date."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from sitrep.model import Event, Offsets, Span
from sitrep.time import assign_dates, resolve

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2021, 3, 4)  # a Thursday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("late Monday", "2021-03-01"),
        ("early Tuesday", "2021-03-02"),
        ("early on Tuesday", "2021-03-02"),
        ("late on Monday", "2021-03-01"),
        ("late Monday night", "2021-03-01"),
        ("early Tuesday morning", "2021-03-02"),
        ("late last Monday", "2021-03-01"),
        ("late last night", "2021-03-03"),
        ("late yesterday", "2021-03-03"),
        ("early this morning", "2021-03-04"),
    ],
)
def test_time_day_edges_resolve_to_the_day(text: str, value: str) -> None:
    date = resolve(text, PUB)
    assert date is not None, text
    assert (date.value, date.precision) == (value, "day")


def test_time_edges_of_longer_periods_keep_their_precision() -> None:
    week = resolve("early last week", PUB)
    month = resolve("late March", PUB)
    assert week is not None and (week.value, week.precision) == ("2021-02-22", "week")
    assert month is not None and (month.value, month.precision) == ("2021-03-01", "month")


@pytest.mark.parametrize(
    "when", ["late Monday", "early on Monday", "Monday night", "on Monday evening", "Monday"]
)
def test_time_event_dated_by_a_day_edge(nlp: Language, when: str) -> None:
    text = f"Warplanes struck the town {when}, killing four people."
    doc = nlp(text)
    start = text.index("struck")
    event = Event(
        id="e1",
        type="ASSAULT",
        trigger=Span(text="struck", start=start, end=start + 6),
        sentence=Offsets(start=0, end=len(text)),
    )
    assign_dates(doc, [event], PUB)
    assert event.date is not None
    assert (event.date.value, event.date.precision) == ("2021-03-01", "day"), event.date
