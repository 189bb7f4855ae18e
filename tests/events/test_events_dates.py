"""Which of a sentence's dates the events stage gives a trigger."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sitrep.actors import ActorDictionary
from sitrep.events import extract_events
from sitrep.events.dates import date_texts
from sitrep.model import Document, Event
from sitrep.time import assign_dates

if TYPE_CHECKING:
    from spacy.language import Language

_ACTORS = ActorDictionary.load([])


def _dates_of(nlp: Language, text: str, trigger: str, also: str | None = None) -> list[str]:
    doc = nlp(text)
    anchors = {next(t.i for t in doc if t.text == trigger)}
    if also is not None:
        anchors.add(next(t.i for t in doc if t.text == also))
    return date_texts(anchors, [e for e in doc.ents if e.label_ == "DATE"])


def test_a_conjoined_clause_with_its_own_subject_keeps_its_date(nlp: Language) -> None:
    text = (
        "Airstrikes on a food convoy near the town last month ended the truce, and the "
        "renewed shelling of the city has put three clinics out of action in the past week."
    )
    doc = nlp(text)
    # The test is about the conjoined clause; it holds only where the parser makes one.
    assert doc[[t.text for t in doc].index("put")].dep_ == "conj"
    assert _dates_of(nlp, text, "Airstrikes", also="ended") == ["last month"]


def test_a_shared_subject_shares_the_date(nlp: Language) -> None:
    text = "Jets struck the market and killed nine people on Monday."
    assert _dates_of(nlp, text, "struck") == ["Monday"]


def _dated_assaults(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    document = Document(id=Document.content_id(text), text=text, published="2021-03-07")
    found = extract_events(doc, document, [], _ACTORS.find(doc))
    events = [e for e in found if e.type == "ASSAULT"]
    assign_dates(doc, events, dt.date(2021, 3, 7))
    return events


def test_a_definite_noun_that_names_the_day_dates_the_happening(nlp: Language) -> None:
    """The lead dates only its report ("said ... Sunday"); the next sentence's "The
    Saturday raid" names the day of the raid told before, so its sentence carries
    the event and the event is dated to that day."""
    text = (
        "An air raid on a militant training camp near Kassab killed 12 fighters, "
        "the monitor said Sunday. "
        "The Saturday raid hit two barracks in the camp."
    )
    (event,) = _dated_assaults(nlp, text)
    assert event.trigger.start == text.index("raid hit")
    assert [m.trigger.text for m in event.mentions] == ["raid", "killed"]
    assert event.date is not None
    assert (event.date.value, event.date.precision) == ("2021-03-06", "day")
    assert [(q.value, q.unit) for q in event.quantities] == [(12, "killed")]


def test_a_stretch_of_time_on_a_definite_noun_does_not_carry_the_event(nlp: Language) -> None:
    """ "The shelling has gone on for over a month" names no day of the shelling
    told before: the first sentence keeps the event."""
    text = (
        "Government shelling of the town of Kassab killed three civilians. "
        "The shelling has gone on for over a month, residents said."
    )
    (event,) = _dated_assaults(nlp, text)
    assert event.trigger.start == text.index("shelling")
