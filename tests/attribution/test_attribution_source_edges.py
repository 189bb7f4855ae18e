"""Source spans after the form that found them (attribution/source_edges.py), labelling
verbs (attribution/labelling.py), object control and hyphenated "according to" sources.

Each case is a class of news language PolNeAR annotates one way: the one who gives
support is its source ("X has the support of Y"), the issuer of a statement speaks
("X issued a statement saying"), datelines and focus particles are the writer's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitrep.attribution import find_attributions

if TYPE_CHECKING:
    from spacy.language import Language

    from sitrep.attribution.types import AttributionRelation


def _by_cue(nlp: Language, text: str, cue: str, nested: bool = True) -> AttributionRelation:
    found = [r for r in find_attributions(nlp(text), nested=nested) if r.cue.text == cue]
    assert found, f"no relation for {cue!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # A wire dateline is not part of the speaker ...
        (
            "MACAU (Reuters) - Top Republican Party donor Sheldon Adelson said on Tuesday "
            "that he would back Trump.",
            "said",
            "Top Republican Party donor Sheldon Adelson",
        ),
        # ... nor the speaker itself when the parser took it for one.
        (
            "CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told "
            "delegates at the Republican National Convention that Hillary Clinton lied.",
            "told",
            "Former Attorney General Michael Mukasey",
        ),
        # Focus particles and floated quantifiers are the writer's.
        ("Even some of his admirers say he is wrong.", "say", "some of his admirers"),
        ("Jeb Bush and Ted Cruz both said the deal was bad.", "said", "Jeb Bush and Ted Cruz"),
        # A hyphen inside a word does not end an "according to" source.
        (
            "Clinton leads Sanders by 10 points, according to a new Associated Press-GfK poll.",
            "according to",
            "a new Associated Press-GfK poll",
        ),
    ],
)
def test_source_edges(nlp: Language, text: str, cue: str, source: str) -> None:
    relation = _by_cue(nlp, text, cue)
    assert relation.source is not None
    assert relation.source.text == source


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Clinton has the support of women and older voters.",
            "has the support of",
            "women and older voters",
            "Clinton",
        ),
        (
            "Sanders won the endorsement of the National Education Association on Saturday.",
            "won the endorsement of",
            "the National Education Association",
            "Sanders",
        ),
    ],
)
def test_receiving_a_stance_swaps_source_and_content(
    nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    relation = _by_cue(nlp, text, cue)
    assert relation.source is not None and relation.source.text == source
    assert relation.content.text == content


def test_the_issuer_of_a_statement_speaks(nlp: Language) -> None:
    text = "Trump and Ryan issued a statement describing their meeting as a very positive step."
    relation = _by_cue(nlp, text, "issued a statement describing")
    assert relation.source is not None and relation.source.text == "Trump and Ryan"
    assert relation.content.text == "their meeting as a very positive step"


def test_a_passive_participle_has_no_source(nlp: Language) -> None:
    text = "They released Alan Gross, an American contractor accused of spying, last year."
    relation = _by_cue(nlp, text, "accused of")
    assert relation.source is None
    pieces = [text[a:b] for a, b in relation.content.fragments()]
    assert pieces == ["an American contractor", "spying"]
    assert relation.hedged


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He called her third-rate.", "her third-rate"),
        ("Within minutes, he called Rubio “Little Marco” multiple times.", "Rubio “Little Marco”"),
    ],
)
def test_labelling_verb_without_object(nlp: Language, text: str, content: str) -> None:
    relation = _by_cue(nlp, text, "called")
    assert relation.content.text.startswith(content)
    assert relation.source is not None and relation.source.text.lower() == "he"


def test_a_passive_labelling_verb_keeps_its_subject_as_content(nlp: Language) -> None:
    relation = _by_cue(nlp, "Sanders was declared the winner in Rhode Island.", "was declared")
    assert relation.source is None
    assert relation.content.text == "Sanders"


def test_object_control_gives_the_infinitive_its_speaker(nlp: Language) -> None:
    text = "That would require Republicans in Washington to recognize that the threat is real."
    relation = _by_cue(nlp, text, "to recognize")
    assert relation.source is not None
    assert relation.source.text.startswith("Republicans")
