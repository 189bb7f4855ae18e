"""Affect bins from the VADER lexicon and the framing model's templates over them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy
import pytest
from spacy.attrs import DEP, LEMMA, LOWER, TAG

from sitrep.attribution import framing_affect, framing_dense, framing_model
from sitrep.errors import ResourceError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def _columns(doc: Doc) -> Any:
    arr = doc.to_array([LOWER, LEMMA, TAG, DEP]).astype(numpy.uint64)
    return arr[:, 0], framing_dense.lemma_keys(doc, arr[:, 1]), arr[:, 2], arr[:, 3]


def test_framing_affect_bins_read_word_then_lemma(nlp: Language) -> None:
    doc = nlp("The vile regime and its cowards love chaos.")
    lower, lemma, _, _ = _columns(doc)
    got = dict(zip([t.text for t in doc], framing_affect.bins(lower, lemma).tolist(), strict=True))
    unrated = framing_affect.UNRATED
    assert got["The"] == unrated and got["regime"] == unrated and got["."] == unrated
    assert got["vile"] == unrated - 4  # mean valence -3.1: negative, fourth step
    assert got["love"] > unrated  # positive
    # "cowards" is not rated, its lemma "coward" is (-2.0: third step).
    assert got["cowards"] == unrated - 3


def test_framing_affect_ids_carry_to_words_of_the_same_bin(nlp: Language) -> None:
    a = nlp("They called the brutal regime a threat.")
    b = nlp("They called the vile regime a threat.")
    ids_a = framing_affect.feature_ids(*_columns(a), 1 << 16)
    ids_b = framing_affect.feature_ids(*_columns(b), 1 << 16)
    assert ids_a.shape == (len(a), len(framing_affect.TEMPLATES))
    assert ids_a.min() >= 0 and ids_a.max() < 1 << 16
    # "brutal" and "vile" share a bin: the same affect features, though other words.
    assert (ids_a == ids_b).all()
    # The neighbour templates see the rated word beside an unrated one.
    assert ids_a[4, 3] != ids_a[1, 3]  # "regime" follows "brutal", "called" follows "They"


def test_framing_model_appends_the_affect_templates(nlp: Language) -> None:
    doc = nlp("The brutal regime fell.")
    base = len(framing_model.TEMPLATES)
    with_affect = framing_model.feature_ids(doc, 1 << 12)
    without = framing_model.feature_ids(doc, 1 << 12, affect=False, context=False, clusters=False)
    assert with_affect.shape == (len(doc), len(framing_model.template_names()))
    assert (with_affect[:, :base] == without).all()
    plain = [name for name, _ in framing_model.TEMPLATES]
    assert framing_model.template_names(False, False, False) == plain


def test_framing_shipped_weights_use_the_affect_templates() -> None:
    model = framing_model.load()
    assert model is not None and model.affect


def test_framing_affect_without_the_lexicon_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(framing_affect, "PACKAGE", "sitrep_no_such_package")
    framing_affect.lexicon.cache_clear()
    try:
        with pytest.raises(ResourceError):
            framing_affect.lexicon()
    finally:
        monkeypatch.undo()
        framing_affect.lexicon.cache_clear()
