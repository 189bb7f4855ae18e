"""framing_context: quotation, sentence, headline and affix templates of the framing model."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy
from spacy.attrs import LOWER, SENT_START, TAG

from sitrep.attribution import framing_context as fc
from sitrep.attribution import framing_model as fm

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

BUCKETS = 1 << 20


def _ids(doc: Doc) -> numpy.ndarray:
    cols = doc.to_array([LOWER, TAG, SENT_START]).astype(numpy.uint64).reshape(len(doc), 3)
    return fc.feature_ids(doc, cols[:, 0], cols[:, 1], cols[:, 2], BUCKETS)


def _column(name: str) -> int:
    return fc.TEMPLATES.index(name)


def test_framing_context_quotation_flag(nlp: Language) -> None:
    doc = nlp('Mayor Tolvek called the plan "reckless" and reckless it stayed.')
    ids = _ids(doc)
    inside = next(t.i for t in doc if t.text == "reckless")
    outside = next(t.i for t in doc if t.text == "reckless" and t.i > inside)
    col = _column("inq")
    assert ids[inside, col] != ids[outside, col]
    # The closing mark and the words after it read as outside again.
    assert ids[outside, col] == ids[0, col]


def test_framing_context_headline_line(nlp: Language) -> None:
    doc = nlp("Quarry town mourns its miners\n\nThe council of Brelle met on Tuesday.")
    assert fc.headline(doc) == 5
    assert fc.headline(nlp("No line break in this short report from Brelle.")) == 0
    ids = _ids(doc)
    col = _column("sent")
    assert ids[1, col] != ids[len(doc) - 2, col]


def test_framing_context_exclamation_sentence(nlp: Language) -> None:
    doc = nlp("The envoy left early. The envoy left early!")
    ids = _ids(doc)
    col = _column("sent")
    firsts = [t.i for t in doc if t.text == "envoy"]
    assert ids[firsts[0], col] != ids[firsts[1], col]


def test_framing_context_affixes_shared_by_stems_and_endings(nlp: Language) -> None:
    doc = nlp("barbaric barbarity murderous treacherous")
    ids = _ids(doc)
    pre, suf = _column("pre4"), _column("suf4")
    assert ids[0, pre] == ids[1, pre]
    assert ids[2, suf] == ids[3, suf]
    assert ids[0, suf] != ids[1, suf]
    # A short word's prefix and suffix are marked apart: "<war" is not "war>".
    short = fc.affixes(doc, numpy.array([doc.vocab.strings.add("war")], dtype=numpy.uint64))
    assert short[0, 0] != short[0, 1]


def test_framing_context_follows_other_templates(nlp: Language) -> None:
    doc = nlp('Officials denied the "smear" at once.')
    full = fm.feature_ids(doc, BUCKETS)
    plain = fm.feature_ids(doc, BUCKETS, context=False, clusters=False)
    width = plain.shape[1]
    assert full.shape == (len(doc), len(fm.template_names()))
    assert (full[:, :width] == plain).all()
    assert (full[:, width : width + len(fc.TEMPLATES)] == _ids(doc)).all()
    assert ((full >= 0) & (full < BUCKETS)).all()


def test_framing_shipped_weights_use_the_context_templates() -> None:
    model = fm.load()
    assert model is not None and model.context and model.affect
