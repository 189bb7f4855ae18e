"""The word-start scan for temporal expressions finds what a full regex scan finds."""

from __future__ import annotations

import random

import pytest

from sitrep.time import find

EXAMPLES = [
    "between 2015 and 2017",
    "From March to May 2016, and from 12 to 14 June 2018",
    "at the end of March 12, 2015 and the beginning of 2016",
    "on the 22nd of January, 2016 and 3 Feb 2017",
    "in mid-2015, late 2014, early-May 2013",
    "in May the forces may attack; by May, 2019",
    "May 2014 and Sept. 5 and Dec 31st",
    "the 1990s and 2000s",
    "last Monday morning, next Friday, on Sunday evening",
    "earlier this week, later next month, the previous year",
    "the past few days, the recent weeks, last few months",
    "over the past two weeks, the last 24 hours, past year, the last week of May",
    "in August last year, last March, May of this year, last May, this October",
    "three weeks ago, 10 days ago, a few years ago, an hour ago",
    "the day before yesterday, yesterday morning, today, tonight, tomorrow",
    "last night and earlier today and this afternoon",
    "published 2021-03-01 at noon",
    "SINCE JANUARY 2015, DURING 2014",
    "\u017fince 2015 (long s), \u212aelvin 2016",
    "Marching on Mayday, Janus, Monday-ish, Decembers",
    "x2015 y-2016 _May 2017 9th-May",
    "Last updated at Jul 282016, Sep 12016 and Dec 311999",
]

WORDS = [
    "the", "a", "an", "of", "in", "on", "since", "from", "between", "and", "to", "until",
    "-", ",", ".", "12", "3rd", "2015", "1990s", "May", "may", "March", "Sept.", "mid-",
    "late", "early", "end", "beginning", "last", "next", "this", "past", "few", "days",
    "weeks", "ago", "Monday", "morning", "yesterday", "today", "hours", "Syria", "killed",
]  # fmt: skip


@pytest.mark.parametrize("text", EXAMPLES)
def test_time_finder_word_starts_equal_full_scan(text: str) -> None:
    expected = [m.span() for m in find._FINDER.finditer(text)]
    assert [m.span() for m in find._finditer(text)] == expected


def test_time_finder_examples_hold_dates() -> None:
    # The comparison above means something only if the examples do match.
    assert sum(1 for text in EXAMPLES for _ in find._finditer(text)) >= 30


def test_time_finder_random_texts_equal_full_scan() -> None:
    rng = random.Random(8)
    for _ in range(400):
        parts = [rng.choice(WORDS) for _ in range(rng.randint(1, 25))]
        seps = [rng.choice([" ", "", "  ", "\n"]) for _ in parts]
        text = "".join(p + s for p, s in zip(parts, seps, strict=True))
        expected = [m.span() for m in find._FINDER.finditer(text)]
        assert [m.span() for m in find._finditer(text)] == expected, text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("killed over the past two weeks", "the past two weeks"),
        ("in the last 24 hours", "the last 24 hours"),
        ("during the past year", "the past year"),
        # A part of a named period is no span back from publication.
        ("in the last week of May", None),
        # One expression, the month in the year before publication's.
        ("in August last year", "August last year"),
    ],
)
def test_time_finder_spans_told_from_publication(text: str, found: str | None) -> None:
    spans = [m.group() for m in find._finditer(text) if "last" in m.group() or "past" in m.group()]
    assert spans == ([found] if found else [])


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("earlier Sunday", "2016-08-07"),
        ("Sunday 27 Apr 2014 at least", "2014-04-27"),
        ("Sept. 30 of last year", "2015-09-30"),
        ("the Thursday before", None),  # counts back from another time
        ("Qalamoun", None),
        ("a day", None),
    ],
)
def test_date_within_reads_a_tagged_phrase_as_the_text_finder_does(
    phrase: str, value: str | None
) -> None:
    import datetime as dt

    date = find.date_within(phrase, dt.date(2016, 8, 10))
    assert (date.value if date else None) == value
