"""The text's own publication stamp as the reference day (sitrep.time.stamp)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sitrep.model import Event, Offsets, Span
from sitrep.time import assign_dates
from sitrep.time.stamp import own_date, reference_day

if TYPE_CHECKING:
    from spacy.language import Language


def test_stamps_opening_the_text_are_its_date() -> None:
    assert own_date("02.10.2017 A car bomb went off.") == dt.date(2017, 10, 2)
    assert own_date("  Thursday 5 Feb 2015 Jets struck.") == dt.date(2015, 2, 5)
    assert own_date("Wed 05 Apr 2017 Victims showed symptoms.") == dt.date(2017, 4, 5)
    assert own_date("Published July 27 2016 A twin bombing.") == dt.date(2016, 7, 27)
    assert own_date("Posted on April 19 2017 by a reporter.") == dt.date(2017, 4, 19)
    assert own_date("Date of publication 3 October 2017 Planes hit wells.") == dt.date(2017, 10, 3)
    # Glued to the page's next word when the page was flattened to text.
    assert own_date("02.10.2017Share this Planes hit wells.") == dt.date(2017, 10, 2)
    assert own_date("3 October 2017Print Planes hit wells.") == dt.date(2017, 10, 3)
    assert own_date("02.10.20175 dead") is None


def test_a_weekday_stamp_in_the_headline_is_checked_by_the_calendar() -> None:
    # 15 August 2014 was a Friday: a page template's stamp after the headline.
    assert own_date("Nine killed in shelling NGO Friday 15 Aug 2014 Print Tweet") == dt.date(
        2014, 8, 15
    )
    # A weekday that is not that date's: no stamp.
    assert own_date("Nine killed in shelling NGO Monday 15 Aug 2014 Print Tweet") is None
    assert own_date("Thursday 5 Feb 2016 Jets struck.") is None


def test_prose_dates_are_not_stamps() -> None:
    assert own_date("Jets struck the town on Friday 15 Aug 2014, a monitor said.") is None
    assert own_date("The siege that began in 2013 ended.") is None
    # Month-first or day-first: a slash date is ambiguous and left.
    assert own_date("5/4/2017 Jets struck the town.") is None
    assert own_date("31.06.2017 No such day.") is None


def test_the_metadata_date_stands_without_a_stamp() -> None:
    day = dt.date(2017, 10, 1)
    assert reference_day("Jets struck the town on Monday.", day) == day
    assert reference_day("02.10.2017 Jets struck the town on Monday.", day) == dt.date(2017, 10, 2)


def _event(text: str, trigger: str, sentence: tuple[int, int]) -> Event:
    start = text.index(trigger)
    return Event(
        id=f"e{start}",
        type="ASSAULT",
        trigger=Span(text=trigger, start=start, end=start + len(trigger)),
        sentence=Offsets(start=sentence[0], end=sentence[1]),
    )


def test_relative_days_are_read_against_the_stamp_and_it_is_recorded(nlp: Language) -> None:
    text = "Published October 3 2017 A suicide bomber killed 17 people on Monday in Damascus."
    doc = nlp(text)
    killed = _event(text, "killed", (0, len(text)))
    # The corpus dates the text Sunday 1 October; its own stamp says Tuesday the 3rd,
    # so its Monday is the 2nd, not 25 September.
    assign_dates(doc, [killed], dt.date(2017, 10, 1))
    assert killed.date is not None
    assert (killed.date.value, killed.date.reference) == ("2017-10-02", "2017-10-03")


def test_no_reference_is_recorded_when_the_stamp_agrees(nlp: Language) -> None:
    text = "Published October 3 2017 A suicide bomber killed 17 people on Monday in Damascus."
    doc = nlp(text)
    killed = _event(text, "killed", (0, len(text)))
    assign_dates(doc, [killed], dt.date(2017, 10, 3))
    assert killed.date is not None
    assert (killed.date.value, killed.date.reference) == ("2017-10-02", None)


def test_the_dateline_ingest_removed_outranks_the_metadata(nlp: Language) -> None:
    text = "A suicide bomber killed 17 people on Monday in Damascus."
    doc = nlp(text)
    killed = _event(text, "killed", (0, len(text)))
    assign_dates(doc, [killed], dt.date(2017, 10, 1), dt.date(2017, 10, 3))
    assert killed.date is not None
    assert (killed.date.value, killed.date.reference) == ("2017-10-02", "2017-10-03")
