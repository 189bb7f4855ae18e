"""Spans without a calendar unit: weekends, seasons, parts of a day, runs of days, edges."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.time import resolve

MONDAY = dt.date(2021, 3, 1)


@pytest.mark.parametrize(
    ("text", "value", "precision", "end"),
    [
        ("over the weekend", "2021-02-27", "range", "2021-02-28"),
        ("last weekend", "2021-02-27", "range", "2021-02-28"),
        ("the early hours of Sunday", "2021-02-28", "day", None),
        ("the night of February 20", "2021-02-20", "day", None),
        ("at dawn on Friday", "2021-02-26", "day", None),
        ("February 20-21", "2021-02-20", "range", "2021-02-21"),
        ("20-21 February 2019", "2019-02-20", "range", "2019-02-21"),
        ("the end of last year", "2020-01-01", "year", None),
        ("since the beginning of the month", "2021-03-01", "range", "2021-03-01"),
        ("the summer of 2014", "2014-06-01", "range", "2014-08-31"),
        ("last summer", "2020-06-01", "range", "2020-08-31"),
    ],
)
def test_time_periods(text: str, value: str, precision: str, end: str | None) -> None:
    date = resolve(text, MONDAY)
    assert date is not None, text
    assert (date.value, date.precision, date.end) == (value, precision, end)


def test_last_weekend_said_on_a_sunday_is_the_one_before() -> None:
    sunday = dt.date(2021, 2, 28)
    weekend = resolve("the weekend", sunday)
    earlier = resolve("last weekend", sunday)
    assert weekend is not None and earlier is not None
    assert (weekend.value, earlier.value) == ("2021-02-27", "2021-02-20")


@pytest.mark.parametrize("text", ["spring", "the spring", "February 30-31", "February 21-20"])
def test_unread_spans(text: str) -> None:
    # A bare season may be the coming one ("the spring campaign"); no 30th of February.
    assert resolve(text, MONDAY) is None
