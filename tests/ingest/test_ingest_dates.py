from __future__ import annotations

import pytest

from sitrep.ingest.dates import match_date, parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-03-01", "2021-03-01"),
        ("2021-03-01T10:15:00Z", "2021-03-01"),
        ("2021/3/1", "2021-03-01"),
        ("4/5/2017", "2017-04-05"),  # FA-KES: month first
        ("25/4/2017", "2017-04-25"),  # a first number over 12 is the day
        ("5 April 2017", "2017-04-05"),
        ("5th of April, 2017", "2017-04-05"),
        ("05 Apr 2017", "2017-04-05"),
        ("April 5, 2017", "2017-04-05"),
        ("Sept. 30 2016", "2016-09-30"),
        ("Wed 05 Apr 2017", "2017-04-05"),
        ("Monday, March 6, 2017", "2017-03-06"),
        ("Wed, 05 Apr 2017 10:00:00 +0000", "2017-04-05"),
        ("  6 July 2015 ", "2015-07-06"),
    ],
)
def test_parse_date_forms(value: str, expected: str) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        "yesterday",
        "March 2017",
        "2017-02-30",
        "13/13/2017",
        "5 April 2017 was a Wednesday",
        None,
        42,
    ],
)
def test_parse_date_unparseable_is_none(value: object) -> None:
    assert parse_date(value) is None


def test_match_date_reports_the_end_offset() -> None:
    text = "Wed 05 Apr 2017 Syria attack"
    assert match_date(text) == ("2017-04-05", len("Wed 05 Apr 2017"))
    assert match_date("x 5 April 2017") is None
    assert match_date("x 5 April 2017", 2) == ("2017-04-05", 14)
    # A longer number is not a year.
    assert match_date("April 5, 20171") is None
