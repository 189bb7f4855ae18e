"""Source spans after the form that found them (attribution/source_edges.py), labelling
verbs (attribution/labelling.py), object control and hyphenated "according to" sources.

Each case is a class of news language PolNeAR annotates one way: the one who gives
support is its source ("X has the support of Y"), the issuer of a statement speaks
("X issued a statement saying"), datelines and focus particles are the writer's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from relation_lookup import by_cue

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # A wire dateline is not part of the speaker ...
        (
            "LISBON (Reuters) - Veteran Liberal Party fundraiser Marta Quintela said on "
            "Thursday that she would back the mayor.",
            "said",
            "Veteran Liberal Party fundraiser Marta Quintela",
        ),
        # ... nor the speaker itself when the parser took it for one.
        (
            "PHOENIX, Oct. 14 (UPI) — Former Defense Secretary Owen Kessler told "
            "delegates at the Liberal Party Congress that Mark Dillon lied.",
            "told",
            "Former Defense Secretary Owen Kessler",
        ),
        # A date phrase run into the speaker's name (commas lost) belongs to the clause
        # before it; a date the source's own noun takes stays.
        (
            "Rebels pushed back into Khalasa on Wednesday morning monitor chief Omar Haddad said.",
            "said",
            "monitor chief Omar Haddad",
        ),
        ("Tuesday's survey showed that most farmers back the levy.", "showed", "Tuesday's survey"),
        # Focus particles and floated quantifiers are the writer's.
        ("Even some of his admirers say he is wrong.", "say", "some of his admirers"),
        ("Ana Ruiz and Tom Keller both said the plan failed.", "said", "Ana Ruiz and Tom Keller"),
        # A hyphen inside a word does not end an "according to" source.
        (
            "The mayor trails her rival by 6 points, according to a new Harbor-Lowell survey.",
            "according to",
            "a new Harbor-Lowell survey",
        ),
    ],
)
def test_source_edges(nlp: Language, text: str, cue: str, source: str) -> None:
    relation = by_cue(nlp, text, cue)
    assert relation.source is not None
    assert relation.source.text == source


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Okafor has the support of farmers and younger voters.",
            "has the support of",
            "farmers and younger voters",
            "Okafor",
        ),
        (
            "Mendez won the endorsement of the Lakeside Nurses Federation on Friday.",
            "won the endorsement of",
            "the Lakeside Nurses Federation",
            "Mendez",
        ),
    ],
)
def test_receiving_a_stance_swaps_source_and_content(
    nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    relation = by_cue(nlp, text, cue)
    assert relation.source is not None and relation.source.text == source
    assert relation.content.text == content


def test_the_issuer_of_a_statement_speaks(nlp: Language) -> None:
    text = "Patel and Lindqvist issued a statement describing the talks as a useful beginning."
    relation = by_cue(nlp, text, "issued a statement describing")
    assert relation.source is not None and relation.source.text == "Patel and Lindqvist"
    assert relation.content.text == "the talks as a useful beginning"


def test_a_passive_participle_has_no_source(nlp: Language) -> None:
    text = "Officials freed Tomas Brandt, a German engineer accused of smuggling, in May."
    relation = by_cue(nlp, text, "accused of")
    assert relation.source is None
    pieces = [text[a:b] for a, b in relation.content.fragments()]
    assert pieces == ["a German engineer", "smuggling"]
    assert relation.hedged


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He called her third-rate.", "her third-rate"),
        ("Within an hour, he called Delgado “Sleepy Sam” twice.", "Delgado “Sleepy Sam”"),
    ],
)
def test_labelling_verb_without_object(nlp: Language, text: str, content: str) -> None:
    relation = by_cue(nlp, text, "called")
    assert relation.content.text.startswith(content)
    assert relation.source is not None and relation.source.text.lower() == "he"


def test_a_passive_labelling_verb_keeps_its_subject_as_content(nlp: Language) -> None:
    relation = by_cue(nlp, "Moreau was declared the winner after a recount.", "was declared")
    assert relation.source is None
    assert relation.content.text == "Moreau"


def test_object_control_gives_the_infinitive_its_speaker(nlp: Language) -> None:
    text = "That would require senators in Ottawa to recognize that the shortage is serious."
    relation = by_cue(nlp, text, "to recognize")
    assert relation.source is not None
    assert relation.source.text.startswith("senators")
