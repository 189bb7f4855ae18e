"""The framing classifier: hashed features, hysteresis decoding, the shipped weights."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy

from sitrep.attribution import find_framing, framing_model

if TYPE_CHECKING:
    from spacy.language import Language


def test_framing_model_runs() -> None:
    assert framing_model.runs([False, True, True, False, True]) == [(1, 3), (4, 5)]
    assert framing_model.runs([]) == []


def test_framing_model_decode_needs_a_confident_token(nlp: Language) -> None:
    doc = nlp("They called him a lying , corrupt crook today .")
    probs = numpy.zeros(len(doc), dtype=numpy.float32)
    probs[2] = 0.2  # "him": above the threshold, but its run has no confident token
    probs[4:8] = [0.2, 0.2, 0.6, 0.3]  # "lying , corrupt crook"
    spans = framing_model.decode(doc, probs, 0.15, 0.5)
    assert [(doc[a:b].text, kind) for a, b, kind in spans] == [("lying , corrupt crook", "label")]
    assert framing_model.decode(doc, probs, 0.15, 0.7) == []  # no token reaches the peak
    probs[8:10] = [0.2, 0.9]  # the run grows over "today" and the full stop, which is trimmed
    spans = framing_model.decode(doc, probs, 0.15, 0.5)
    assert [doc[a:b].text for a, b, _ in spans] == ["lying , corrupt crook today"]


def test_framing_model_features_are_deterministic(nlp: Language) -> None:
    doc = nlp("The corrupt regime lied. The corrupt regime lied.")
    ids = framing_model.feature_ids(doc, 1 << 10)
    assert ids.shape == (len(doc), len(framing_model.template_names()))
    assert ids.min() >= 0 and ids.max() < 1 << 10
    # "corrupt" in the same context gets the same word features both times.
    assert (ids[1, 1:8] == ids[6, 1:8]).all()
    assert (framing_model.feature_ids(nlp("Brutal."), 1 << 10)[:, 0] == ids[0, 0]).all()


def test_framing_model_shipped_weights_load_and_predict(nlp: Language) -> None:
    model = framing_model.load()
    assert model is not None
    assert 0.0 < model.threshold <= model.peak < 1.0
    assert 0.0 <= model.mix <= 1.0
    doc = nlp("The despicable traitors and their evil, corrupt cronies destroyed the nation.")
    probs = model.scores(doc)
    assert probs.shape == (len(doc),) and ((probs >= 0) & (probs <= 1)).all()
    spans = model.predict(doc)
    assert spans, "an openly loaded sentence gets at least one span"
    assert all(0 <= a < b <= len(doc) and kind in ("loaded", "label") for a, b, kind in spans)
    assert model.predict(nlp("")) == []


def test_framing_model_spans_keep_lexicon_spans(nlp: Language) -> None:
    doc = nlp("The Takfiri terrorists shelled the town, the evil criminals.")
    with_model = {f.text for f in find_framing(doc)}
    assert {f.text for f in find_framing(doc, model=False)} >= {"Takfiri", "terrorists"}
    assert {"Takfiri", "terrorists"} <= with_model


def test_framing_model_decode_trims_dangling_conjunctions(nlp: Language) -> None:
    doc = nlp("Those thugs and their friends left.")
    probs = numpy.zeros(len(doc), dtype=numpy.float32)
    probs[1:3] = [0.8, 0.3]  # "thugs and"
    assert [doc[a:b].text for a, b, _ in framing_model.decode(doc, probs, 0.2, 0.5)] == ["thugs"]


def test_framing_model_decode_leaves_out_articles_possessives_and_prepositions(
    nlp: Language,
) -> None:
    # PTC marks "corrupt regime" and "evil cronies", not "the" / "their" / "of" around them.
    doc = nlp("They fear the corrupt regime of Damascus and their evil cronies.")
    words = [t.text for t in doc]
    probs = numpy.zeros(len(doc), dtype=numpy.float32)
    at = words.index("the")
    probs[at : at + 4] = [0.3, 0.9, 0.4, 0.3]  # "the corrupt regime of"
    mine = words.index("their")
    probs[mine : mine + 3] = [0.3, 0.9, 0.4]  # "their evil cronies"
    spans = framing_model.decode(doc, probs, 0.2, 0.5)
    assert [doc[a:b].text for a, b, _ in spans] == ["corrupt regime", "evil cronies"]
    # A run of nothing but such words is no span.
    probs[:] = 0.0
    probs[at] = 0.9
    assert framing_model.decode(doc, probs, 0.2, 0.5) == []
