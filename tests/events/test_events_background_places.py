"""Background happenings (the war's toll, long-past events) are not placed at the
report's own news (sitrep.events.background_places), through the whole pipeline:
the rule needs the time stage's dates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.config import load_config
from sitrep.events.background_places import long_before
from sitrep.model import Document, Event, EventDate, Extraction
from sitrep.pipeline import Pipeline

if TYPE_CHECKING:
    from spacy.language import Language

_LEAD = "Government jets bombed a market in Aleppo on Tuesday, killing 12 people, a monitor said. "


def _events(nlp: Language, body: str) -> list[Event]:
    text = _LEAD + body
    document = Document(id=Document.content_id(text), text=text, published="2016-08-03")
    out = Pipeline(load_config(), _nlp=nlp)._one("report", document)
    assert isinstance(out, Extraction), out
    return out.events


def _place(events: list[Event], trigger: str) -> tuple[str | None, str | None]:
    event = next(e for e in events if e.trigger.text == trigger)
    return (event.location.name, event.location.precision) if event.location else (None, None)


def test_the_news_keeps_its_place(nlp: Language) -> None:
    events = _events(nlp, "The war has killed over 300,000 people across the country.")
    assert _place(events, "bombed") == ("Aleppo", "locality")


def test_the_war_toll_is_placed_in_the_country(nlp: Language) -> None:
    events = _events(nlp, "The war has killed over 300,000 people across the country.")
    toll = next(e for e in events if e.trigger.start > len(_LEAD) and e.type == "ASSAULT")
    assert toll.location is not None
    assert (toll.location.name, toll.location.precision) == ("Syria", "country")


def test_a_happening_months_before_is_placed_in_the_country(nlp: Language) -> None:
    events = _events(nlp, "Protesters demonstrated against the government in March 2011.")
    assert _place(events, "demonstrated") == ("Syria", "country")


def test_a_past_happening_named_at_the_reports_place_keeps_it(nlp: Language) -> None:
    for body in (
        "The district was also bombed on June 19, when six people died.",
        "Jets had also bombed the market there in May, killing five.",
        "Another attack in May killed five people.",
    ):
        events = _events(nlp, body)
        later = [e for e in events if e.trigger.start > len(_LEAD) and e.type == "ASSAULT"]
        assert later, body
        assert all(e.location is None or e.location.precision != "country" for e in later), body


def test_long_before_counts_from_the_last_day_the_date_allows() -> None:
    june = EventDate(value="2016-06-01", precision="month", text="June")
    assert long_before(june, "2016-08-03")  # June 30 is 34 days before
    assert not long_before(june, "2016-07-20")
    assert not long_before(EventDate(value="2016-07-28", precision="week", text=""), "2016-12-01")
    assert not long_before(None, "2016-08-03")
