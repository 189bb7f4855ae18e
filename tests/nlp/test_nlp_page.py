"""A news page's widgets and footer: where they are, and no events or figures from them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.model import Document, Failure
from sitrep.nlp.page import footer_start, tag_lists, widgets

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


TAGGED = (
    "Shells hit a bakery in Douma on Sunday. Tags Syria Douma shelling civilians "
    "At least nine people were killed in the shelling, medics said."
)


def test_a_keyword_list_ends_at_a_sentence_opener_or_a_full_stop() -> None:
    assert [TAGGED[a:b] for a, b in tag_lists(TAGGED)] == ["Tags Syria Douma shelling civilians "]
    stopped = "He said Tags Syria Raqqa war. A car bomb exploded."
    assert [stopped[a:b] for a, b in tag_lists(stopped)] == ["Tags Syria Raqqa war."]
    # No opener within reach: where the report resumes would be a guess.
    assert tag_lists("Tags Syria Idlib Warplanes struck a town killing 12 people.") == []


def test_a_long_keyword_list_ends_at_its_opener() -> None:
    words = (
        "Syria Hama Idlib Aleppo Nusra Front Free Syrian Army Jaysh al-Islam Russia"
        " Iran Hezbollah Turkey ceasefire talks Geneva regime forces airstrikes"
    )
    assert len(words.split()) == 21
    text = f"Tags {words} A car bomb exploded in Hama on Sunday."
    assert [text[a:b] for a, b in tag_lists(text)] == [f"Tags {words} "]


def test_a_keyword_list_is_a_sentence_of_its_own_and_gives_no_event(nlp: Language) -> None:
    from sitrep.pipeline import Pipeline

    doc = nlp(TAGGED)
    assert [s.text.strip() for s in doc.sents][1] == "Tags Syria Douma shelling civilians"
    document = Document(id=Document.content_id(TAGGED), text=TAGGED, published="2019-05-06")
    (result,) = Pipeline().process([("t", document)])
    assert not isinstance(result, Failure)
    tags = TAGGED.index("Tags"), TAGGED.index("At least")
    triggers = [e.trigger.start for e in result.events]
    triggers += [m.trigger.start for e in result.events for m in e.mentions]
    assert triggers and not any(tags[0] <= t < tags[1] for t in triggers)
