"""A news page's widgets and footer: where they are, and no events or figures from them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.model import Document, Failure
from sitrep.nlp.page import footer_start, widgets

if TYPE_CHECKING:
    from spacy.language import Language

PAGE = (
    "Jets struck a market in Saraqib on Monday, killing 12 people, a monitor said. "
    "Rescue workers searched the rubble. Related News Drone strike reported near "
    "Jarablus Gunmen bomb a bakery in Raqqa Aid trucks reach Douma"
)


def test_the_footer_starts_at_the_related_heading(nlp: Language) -> None:
    assert footer_start(nlp(PAGE)) == PAGE.index("Related")
    # "Related clashes" is a sentence's word, and a lead is never the footer.
    assert footer_start(nlp("Related clashes killed two in Raqqa on Monday.")) is None


def test_no_event_comes_from_the_footer(nlp: Language) -> None:
    from sitrep.actors import ActorDictionary
    from sitrep.events import extract_events

    doc = nlp(PAGE)
    document = Document(id=Document.content_id(PAGE), text=PAGE, published="2020-01-06")
    events = extract_events(doc, document, [], ActorDictionary.load([]).find(doc))
    starts = [e.trigger.start for e in events] + [
        m.trigger.start for e in events for m in e.mentions
    ]
    assert events and all(start < PAGE.index("Related") for start in starts)


WIDGETS = (
    "03.05.2019Get short URL Topic Unrest on the Border (1956) 0 4 Gunmen killed "
    "two guards at a checkpoint on Friday. Print Tweet Views 1204 [Click to enlarge]"
)


def test_widgets_and_their_counters() -> None:
    found = [WIDGETS[a:b].strip() for a, b in widgets(WIDGETS)]
    assert found == [
        "Get short URL Topic Unrest on the Border (1956) 0 4",
        "Print Tweet Views 1204",
        "[Click to enlarge]",
    ]
    assert widgets("Gunmen shot dead two guards, police said.") == []


def test_no_event_or_figure_comes_from_a_widget(nlp: Language) -> None:
    from sitrep.pipeline import Pipeline

    document = Document(id=Document.content_id(WIDGETS), text=WIDGETS, published="2019-05-03")
    (result,) = Pipeline().process([("w", document)])
    assert not isinstance(result, Failure)
    assert [e.trigger.text for e in result.events] == ["killed"]
    assert [(q.value, q.unit) for q in result.events[0].quantities] == [(2, "killed")]
    assert result.events[0].date is not None and result.events[0].date.value == "2019-05-03"
