"""The pure resolver: expressions against a publication date (Monday 2021-03-01)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.time import resolve

PUB = dt.date(2021, 3, 1)  # a Monday


@pytest.mark.parametrize(
    ("text", "value", "precision", "end"),
    [
        ("Sunday", "2021-02-28", "day", None),
        ("on Sunday", "2021-02-28", "day", None),
        ("Monday", "2021-03-01", "day", None),  # the publication's own weekday
        ("last Monday", "2021-02-22", "day", None),
        ("on Tuesday night", "2021-02-23", "day", None),
        ("next Friday", "2021-03-05", "day", None),
        ("yesterday", "2021-02-28", "day", None),
        ("last night", "2021-02-28", "day", None),
        ("today", "2021-03-01", "day", None),
        ("three days ago", "2021-02-26", "day", None),
        ("last week", "2021-02-22", "week", None),
        ("earlier this week", "2021-03-01", "week", None),
        ("earlier this month", "2021-03-01", "month", None),
        ("last month", "2021-02-01", "month", None),
        # The parser's entity ran into a count ("in January two blasts ..."): the
        # count is dropped, a digit is still a day.
        ("January two", "2021-01-01", "month", None),
        ("January 2", "2021-01-02", "day", None),
        ("in October 2019", "2019-10-01", "month", None),
        ("the end of October 2019", "2019-10-01", "month", None),
        ("mid-October", "2020-10-01", "month", None),  # future in 2021 -> previous year
        ("February", "2021-02-01", "month", None),
        ("in 2019", "2019-01-01", "year", None),
        ("last year", "2020-01-01", "year", None),
        ("in August last year", "2020-08-01", "month", None),
        ("January of this year", "2021-01-01", "month", None),
        ("last March", "2020-03-01", "month", None),  # strictly before March 2021
        ("last February", "2021-02-01", "month", None),
        ("March 5", "2020-03-05", "day", None),  # 2021-03-05 is after publication
        ("5 March", "2020-03-05", "day", None),
        ("February 12", "2021-02-12", "day", None),
        ("12th of February 2018", "2018-02-12", "day", None),
        ("March 5, 2019", "2019-03-05", "day", None),
        ("2020-02-03", "2020-02-03", "day", None),
        ("since September 2014", "2014-09-01", "range", "2021-03-01"),
        ("since the end of October 2019", "2019-10-01", "range", "2021-03-01"),
        ("since 2011", "2011-01-01", "range", "2021-03-01"),
        ("in recent years", "2018-01-01", "range", "2021-03-01"),
        # A span counted back from publication, not the calendar period before it.
        ("over the past year", "2020-03-01", "range", "2021-03-01"),
        ("during the last month", "2021-02-01", "range", "2021-03-01"),
        ("in the past two weeks", "2021-02-15", "range", "2021-03-01"),
        ("the last 12 months", "2020-03-01", "range", "2021-03-01"),
        ("the past 24 hours", "2021-02-28", "range", "2021-03-01"),
        ("the last 72 hours", "2021-02-26", "range", "2021-03-01"),
        ("past week", "2021-02-22", "range", "2021-03-01"),
        ("between 2011 and 2014", "2011-01-01", "range", "2014-12-31"),
        ("from March to May 2020", "2020-03-01", "range", "2020-05-31"),
        ("the 1990s", "1990-01-01", "range", "1999-12-31"),
    ],
)
def test_time_resolve_cases(text: str, value: str, precision: str, end: str | None) -> None:
    date = resolve(text, PUB)
    assert date is not None, text
    assert (date.value, date.precision, date.end) == (value, precision, end)
    assert date.text == text


def test_time_weekday_in_other_weeks() -> None:
    wednesday = dt.date(2021, 3, 3)
    assert resolve("Sunday", wednesday).value == "2021-02-28"  # type: ignore[union-attr]
    assert resolve("Thursday", wednesday).value == "2021-02-25"  # type: ignore[union-attr]
    assert resolve("Wednesday", wednesday).value == "2021-03-03"  # type: ignore[union-attr]


def test_time_weekday_with_a_day_of_the_month() -> None:
    """A dateline split by the parser ("Sunday 12" of "Sunday 12 Jun 2016"): the
    latest such day that falls on that weekday; none when the words disagree."""
    tuesday = dt.date(2016, 6, 14)
    assert resolve("Sunday 12", tuesday).value == "2016-06-12"  # type: ignore[union-attr]
    assert resolve("Sunday, the 12th", tuesday).value == "2016-06-12"  # type: ignore[union-attr]
    assert resolve("Wednesday 11", tuesday).value == "2016-05-11"  # type: ignore[union-attr]
    assert resolve("Monday 12", tuesday) is None
    assert resolve("Saturday 11 June", tuesday).value == "2016-06-11"  # type: ignore[union-attr]
    assert resolve("Tuesday 2016-06-14", tuesday).value == "2016-06-14"  # type: ignore[union-attr]


def test_time_year_rollover() -> None:
    january = dt.date(2021, 1, 3)
    assert resolve("December 28", january).value == "2020-12-28"  # type: ignore[union-attr]
    assert resolve("last month", january).value == "2020-12-01"  # type: ignore[union-attr]
    assert resolve("last week", january).value == "2020-12-21"  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["the last day", "the last hour"])
def test_time_final_day_is_no_span(text: str) -> None:
    """ "the last day" of a truce is its final day, no span back from publication."""
    assert resolve(text, PUB) is None


def test_time_trailing_month_keeps_a_day_the_month_has() -> None:
    """A month back from March 31 is the last day of February."""
    date = resolve("the past month", dt.date(2021, 3, 31))
    assert date is not None
    assert (date.value, date.end) == ("2021-02-28", "2021-03-31")


@pytest.mark.parametrize("text", ["", "hours", "the war", "recently", "1,000", "31 February"])
def test_time_unresolvable(text: str) -> None:
    assert resolve(text, PUB) is None


def test_time_modal_may_is_not_a_month_in_the_finder() -> None:
    # resolve() itself reads "May" as the month; the finder only takes it in context.
    from sitrep.time.find import _FINDER, _MONTH_CASED

    hits = [m.group() for m in _FINDER.finditer("Troops may withdraw in May.")]
    kept = [h for h in hits if _MONTH_CASED.search(h)]
    assert kept == ["in May"]


def test_time_without_publication_date_only_absolute() -> None:
    assert resolve("Sunday", None) is None
    assert resolve("October 2019", None).value == "2019-10-01"  # type: ignore[union-attr]
    assert resolve("since 2014", None) is None


def test_numeric_dates_day_first_unless_impossible() -> None:
    from sitrep.time.resolve import resolve as _resolve

    first = _resolve("01-11-2014", None)
    assert first is not None and first.value == "2014-11-01"
    us = _resolve("12/25/2015", None)
    assert us is not None and us.value == "2015-12-25"
    assert _resolve("31/31/2015", None) is None
