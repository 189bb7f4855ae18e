"""Framing model spans that end on a modifier reach to the noun it modifies."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy

from sitrep.attribution import framing
from sitrep.attribution.framing_decode import _MODIFIER_DEPS, modified, to_head

if TYPE_CHECKING:
    from spacy.language import Language


def _model_texts(doc: Any, hot: list[int], fixed: list[tuple[int, int, str]]) -> list[str]:
    """Texts of ``with_model_spans`` when only the tokens ``hot`` score high."""
    probs = numpy.zeros(len(doc), dtype=numpy.float32)
    probs[hot] = 0.9
    found = framing.with_model_spans(doc, fixed, probs, 0.5, 0.8, 0.0)
    return [f.text for f in framing.resolved(doc, found)]


def test_framing_modified_is_the_head_word_to_the_right(nlp: Language) -> None:
    doc = nlp("Those deeply corrupt officials of the puppet council in Dorvik resigned, we hear.")
    expected = [
        t.head.i
        if t.dep_ in _MODIFIER_DEPS and t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN", "ADJ")
        else -1
        for t in doc
    ]
    assert [modified(doc, t.i) for t in doc] == expected
    assert any(i >= 0 for i in expected)


def test_framing_modifier_span_reaches_its_noun(nlp: Language) -> None:
    doc = nlp("Residents say the corrupt puppet government of Varnelia fell on Tuesday.")
    assert _model_texts(doc, [3], []) == ["corrupt puppet government"]
    # Through a chain of modifiers: "deeply" -> "corrupt" -> "officials".
    doc = nlp("Those deeply corrupt officials of Dorvik resigned.")
    assert _model_texts(doc, [1], []) == ["deeply corrupt officials"]


def test_framing_modifier_span_stays_without_a_noun_or_a_free_path(nlp: Language) -> None:
    # Predicative: "corrupt" modifies no noun, and "deeply" ends on an adjective.
    doc = nlp("Officials in Dorvik are deeply corrupt, the council said.")
    assert _model_texts(doc, [4], []) == ["deeply"]
    assert _model_texts(doc, [4, 5], []) == ["deeply corrupt"]
    # A lexicon span keeps its words: the model's "rotten" does not take "regime".
    doc = nlp("The rotten regime shelled Ostrava again.")
    fixed = framing.fixed_spans(doc)
    assert [doc[a:b].text for a, b, _ in fixed] == ["regime"]
    assert _model_texts(doc, [1], fixed) == ["rotten", "regime"]
    taken = [False] * len(doc)
    taken[2] = True
    assert to_head(doc, 1, 2, taken) == 2
    taken[2] = False
    assert to_head(doc, 1, 2, taken) == 3
