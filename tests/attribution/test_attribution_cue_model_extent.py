"""How far a learned verb cue reaches over its object (cue_extent), and one relation per
learned cue."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy

from sitrep.attribution import cue_extent, cue_model, find_attributions
from sitrep.attribution.learned import _one_per_cue
from sitrep.attribution.types import AttributionRelation, TextSpan

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def _model(favoured: str, threshold: float = 0.5) -> cue_extent.ExtentModel:
    """A model that likes only the option ``favoured`` (every other score is under 0.5)."""
    weights = numpy.zeros(cue_extent.BUCKETS, dtype=numpy.float32)
    weights[cue_extent.bucket("bias")] = -2.0
    weights[cue_extent.bucket(f"opt={favoured}")] = 4.0
    return cue_extent.ExtentModel(weights, threshold)


def _relation(doc: Doc, cue: str, content: str) -> AttributionRelation:
    text = doc.text
    a, c = text.index(cue), text.index(content)
    return AttributionRelation(
        source=TextSpan(0, 11, text[:11]),
        cue=TextSpan(a, a + len(cue), cue),
        content=TextSpan(c, c + len(content), content),
        stance="neutral",
        kind="attitude",
    )


def test_attribution_cue_model_extent_options(nlp: Language) -> None:
    doc = nlp("The senator took issue with the new tax plan.")
    took = doc[2]
    assert {k: doc[e].text for k, e in cue_extent.options(took).items()} == {
        "object": "issue",
        "prep": "with",
    }
    # A verb without an object or a preposition after it has no longer cue.
    assert cue_extent.options(nlp("The senator laughed.")[2]) == {}


def test_attribution_cue_model_extent_moves_cue_and_content(nlp: Language) -> None:
    doc = nlp("The senator took issue with the new tax plan.")
    rel = _relation(doc, "took", "issue with the new tax plan")
    cue_extent.extend(rel, doc[2], _model("prep"))
    assert rel.cue.text == "took issue with"
    assert rel.content.text == "the new tax plan"
    assert doc.text[rel.content.start : rel.content.end] == rel.content.text


def test_attribution_cue_model_extent_keeps_cue_under_threshold(nlp: Language) -> None:
    doc = nlp("The senator took issue with the new tax plan.")
    rel = _relation(doc, "took", "issue with the new tax plan")
    cue_extent.extend(rel, doc[2], _model("prep", threshold=0.99))
    assert rel.cue.text == "took"
    assert rel.content.text == "issue with the new tax plan"


def test_attribution_cue_model_extent_never_empties_the_content(nlp: Language) -> None:
    doc = nlp("The senator took issue with the new tax plan.")
    # The whole content lies inside the longer cue: nothing would be left, so no change.
    rel = _relation(doc, "took", "issue")
    cue_extent.extend(rel, doc[2], _model("prep"))
    assert rel.cue.text == "took"


def test_attribution_cue_model_extent_ships_with_the_cue_model() -> None:
    detector = cue_model.model()
    assert detector is not None and detector.extent is not None
    assert detector.extent.weights.shape == (cue_extent.BUCKETS,)


def test_attribution_cue_model_one_relation_per_learned_cue(nlp: Language) -> None:
    doc = nlp("The group made no mention of the ambush.")
    short = _relation(doc, "made", "no mention of the ambush")
    long = _relation(doc, "made no mention of", "the ambush")
    assert _one_per_cue([short, long]) == [long]
    # End to end: the verb and its object's noun give one relation, not two.
    cues = [r.cue.text for r in find_attributions(doc, nested=False)]
    assert len(cues) == len(set(cues)) and not any(a != b and a in b for a in cues for b in cues)
