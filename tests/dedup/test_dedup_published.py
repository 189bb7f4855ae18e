"""Dedup's day windows read the publication day the time stage used (dedup.published)."""

from __future__ import annotations

import datetime as dt

from dedup_samples import as_report, sentence_event

from sitrep.dedup.dates import Report, date_interval, published_window
from sitrep.dedup.published import publication_day
from sitrep.model import EventDate, EventLocation

HAMA = EventLocation(
    name="Hama", lat=35.13, lon=36.75, country_code="SY", admin1="Hama", precision="admin1"
)
TEXT = "Jets struck a market in Hama province, killing nine people."


def _report(date: EventDate, published: str = "2017-10-01") -> Report:
    event = sentence_event("doc", TEXT, "struck", at=300, location=HAMA, date=date)
    return as_report(event, TEXT, "doc", published=published)


def test_the_texts_own_day_outranks_the_metadata_date() -> None:
    undated = EventDate(value="2017-10-03", precision="week", text="", reference="2017-10-03")
    report = _report(undated)
    assert publication_day(report.event) == "2017-10-03"
    plain = _report(EventDate(value="2017-10-01", precision="week", text=""))
    assert publication_day(plain.event) == "2017-10-01"


def test_a_misread_year_is_undated_before_the_texts_own_day() -> None:
    misread = EventDate(value="1881-01-01", precision="year", text="1881", reference="2017-10-03")
    event = _report(misread, published="2017-09-20").event
    assert date_interval(event) == (dt.date(2017, 9, 30), dt.date(2017, 10, 3))


def test_a_date_after_the_metadata_date_keeps_its_second_reading() -> None:
    # No stamp of the text's own: the metadata date may be right and the date misread.
    dated = EventDate(value="2017-10-02", precision="day", text="Monday")
    event = _report(dated, published="2017-09-30").event
    assert date_interval(event) == (dt.date(2017, 10, 2), dt.date(2017, 10, 2))
    assert published_window(event) == (dt.date(2017, 9, 27), dt.date(2017, 9, 30))
    # A stamp before the stated day leaves it after every publication day the text gives.
    early = EventDate(value="2017-10-02", precision="day", text="Monday", reference="2017-10-01")
    assert published_window(_report(early, published="2017-09-30").event) is not None


def test_a_stamp_on_or_after_the_stated_day_drops_the_second_reading() -> None:
    # The weekday was counted back from the text's own stamp: the metadata date is the
    # wrong one, and the days before it are no reading of the event.
    stamped = EventDate(value="2017-10-02", precision="day", text="Monday", reference="2017-10-03")
    report = _report(stamped, published="2017-09-20")
    assert published_window(report.event) is None
    assert report.intervals == ((dt.date(2017, 10, 2), dt.date(2017, 10, 2)),)


def test_an_undated_past_happening_is_no_news_of_the_publication_days() -> None:
    # The time stage leaves a "since" clause's starting point undated: unlike an
    # undated asserted report, it is not read as the days before publication.
    text = "It was the worst loss since the air force began its raids."
    began = sentence_event("doc", text, "began", at=300, modality="historical")
    report = as_report(began, text, "doc", published="2017-10-01")
    assert date_interval(report.event) is None and report.vague
    told = sentence_event("doc", text, "began", at=300)
    assert date_interval(as_report(told, text, "doc", published="2017-10-01").event) == (
        dt.date(2017, 9, 28),
        dt.date(2017, 10, 1),
    )


def test_a_malformed_stamp_is_no_stamp() -> None:
    broken = EventDate(value="2017-10-02", precision="day", text="Monday", reference="2017-13-45")
    window = published_window(_report(broken, published="2017-09-20").event)
    assert window == (dt.date(2017, 9, 17), dt.date(2017, 9, 20))
