"""Sources with a place or affiliation modifier, and "..., as X said." asides.

The speaker is the noun the "in/from/at PLACE" phrase modifies, never the place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from relation_lookup import by_cue

from sitrep.attribution import find_attributions

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Troops shelled the old market on Sunday, as an AFP reporter in Aleppo said.",
            "said",
            "an AFP reporter in Aleppo",
            "Troops shelled the old market on Sunday",
        ),
        (
            "Mortar rounds landed on the school, as a teacher from Jobar said.",
            "said",
            "a teacher from Jobar",
            "Mortar rounds landed on the school",
        ),
        (
            "Seven patients died overnight, as a nurse at the clinic in Douma said.",
            "said",
            "a nurse at the clinic in Douma",
            "Seven patients died overnight",
        ),
    ],
)
def test_as_aside_speaker_is_the_person_not_the_place(
    nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    rel = by_cue(nlp, text, cue)
    assert rel.source is not None
    assert rel.source.text == source
    assert rel.content.text == content
    assert rel.kind == "indirect"


def test_as_aside_inside_the_clause_keeps_both_halves(nlp: Language) -> None:
    text = "The garrison, as an AFP correspondent in Deir Ezzor said, withdrew from the base."
    rel = by_cue(nlp, text, "said")
    assert rel.source is not None
    assert rel.source.text == "an AFP correspondent in Deir Ezzor"
    pieces = [text[a:b] for a, b in rel.content.parts]
    assert pieces == ["The garrison", "withdrew from the base"]


def test_as_aside_outlet_comes_from_the_person_phrase(nlp: Language) -> None:
    doc = nlp("Jets struck a bridge over the river, as a photographer for AFP in Raqa reported.")
    rels = [r for r in find_attributions(doc, nested=True) if r.cue.text == "reported"]
    assert rels and rels[0].source is not None
    assert rels[0].source.text == "a photographer for AFP in Raqa"
    assert rels[0].outlet == "AFP"
    assert not rels[0].hedged


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("A doctor in Aleppo told AFP that the ward was full.", "told", "A doctor in Aleppo"),
        ("Activists in Douma said that the bakery was destroyed.", "said", "Activists in Douma"),
        ("The ward was full, a doctor in Aleppo told AFP.", "told", "a doctor in Aleppo"),
    ],
)
def test_locative_modifier_stays_in_the_source(
    nlp: Language, text: str, cue: str, source: str
) -> None:
    rel = by_cue(nlp, text, cue)
    assert rel.source is not None
    assert rel.source.text == source


def test_as_aside_is_not_read_when_the_clause_has_its_own_verb(nlp: Language) -> None:
    # The content after the cue belongs to the cue's subject, not to the first clause.
    text = "Rebels cut the road, as a monitor in Idlib said, adding that fighting went on."
    rel = by_cue(nlp, text, "said")
    assert rel.source is not None
    assert rel.source.text == "a monitor in Idlib"
    assert rel.content.text == "Rebels cut the road"
    assert not rel.content.parts


def test_second_speaker_after_as_keeps_the_person(nlp: Language) -> None:
    # "as" joining two reports without a comma: the walk back from the second cue
    # used to stop at "in" and give the place as the speaker.
    text = (
        "State television said jets hit rebel positions in the east as a Reuters "
        "reporter in Homs said heavy shelling could be heard."
    )
    rels = [r for r in find_attributions(nlp(text), nested=True) if r.cue.start > 60]
    assert rels and rels[0].source is not None
    assert rels[0].source.text == "a Reuters reporter in Homs"
    assert rels[0].content.text == "heavy shelling could be heard"


def test_first_content_stops_before_the_next_speaker(nlp: Language) -> None:
    # The parser hangs "as a Reuters reporter in Homs" on the first report's clause;
    # the first content must not take in the second speaker.
    text = (
        "State television said jets hit rebel positions in the east as a Reuters "
        "reporter in Homs said heavy shelling could be heard."
    )
    rel = by_cue(nlp, text, "said")
    assert rel.source is not None
    assert rel.source.text == "State television"
    assert rel.content.text == "jets hit rebel positions in the east"
