"""A news page's footer: where other reports' headlines begin, and no events there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.nlp.page import footer_start

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
    from sitrep.model import Document

    doc = nlp(PAGE)
    document = Document(id=Document.content_id(PAGE), text=PAGE, published="2020-01-06")
    events = extract_events(doc, document, [], ActorDictionary.load([]).find(doc))
    starts = [e.trigger.start for e in events] + [
        m.trigger.start for e in events for m in e.mentions
    ]
    assert events and all(start < PAGE.index("Related") for start in starts)
