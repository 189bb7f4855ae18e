"""The framing tagger's decoding and architecture (weights need not be shipped)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy

from sitrep.attribution import find_framing, framing_model

if TYPE_CHECKING:
    from spacy.language import Language


def test_framing_model_runs_become_spans() -> None:
    o, bl, il, bn = 0, 1, 2, 3
    assert framing_model.spans([o, bl, il, o, bn, bn, o]) == [
        (1, 3, "loaded"),
        (4, 5, "label"),
        (5, 6, "label"),
    ]
    assert framing_model.spans([il, il]) == [(0, 2, "loaded")]  # a run may start with I-
    assert framing_model.spans([]) == []


def test_framing_model_threshold_on_outside() -> None:
    probs = numpy.array([[0.9, 0.02, 0.0, 0.08, 0.0], [0.4, 0.1, 0.0, 0.5, 0.0]])
    assert framing_model.decode(probs, 0.5) == [0, 3]
    assert framing_model.decode(probs, 0.95) == [3, 3]  # the best tag other than outside


def test_framing_model_architecture_reads_pipeline_features(nlp: Language) -> None:
    doc = nlp("The corrupt regime lied again.")
    model = framing_model.build(framing_model.DEFAULT_SHAPE)
    model.initialize()
    probs = model.predict(framing_model.features(doc))
    assert probs.shape == (len(doc), len(framing_model.TAGS))
    assert numpy.allclose(probs.sum(axis=1), 1.0, atol=1e-4)


def test_framing_without_model_is_the_lexicon(nlp: Language) -> None:
    doc = nlp("The Takfiri terrorists shelled the town.")
    assert find_framing(doc) == find_framing(doc, model=False) or framing_model.load() is not None
    assert {f.text for f in find_framing(doc, model=False)} >= {"Takfiri", "terrorists"}
