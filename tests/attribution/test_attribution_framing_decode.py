"""Framing decoding: the array fast paths give what the plain per-token rules give."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy

from sitrep.attribution import framing, framing_affect, framing_dense, framing_model, hashed
from sitrep.attribution.framing_decode import decode, flags, kind_of, runs, trimmed

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = (
    "The corrupt, lying regime's thugs shelled Aleppo again.\n\n"
    "Its  brutal militias and their cronies fled; nobody cared about the so-called rebels."
)


def _reference(doc: Any, probs: Any, threshold: float, peak: float) -> list[tuple[int, int, str]]:
    """Decoding written token by token: runs of words scoring ``threshold``, trimmed, ``peak``."""
    p = [float(v) for v in probs]
    on = [s >= threshold and not t.is_space for s, t in zip(p, doc, strict=True)]
    out = []
    for start, end in runs(on):
        span = trimmed(doc, start, end)
        if span is not None and max(p[span[0] : span[1]]) >= peak:
            out.append((*span, kind_of(doc, *span)))
    return out


def test_framing_decode_matches_the_token_by_token_rule(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert any(t.is_space for t in doc)  # whitespace tokens must break runs
    rng = numpy.random.default_rng(7)
    for _ in range(40):
        probs = (rng.random(len(doc)) ** 3).astype(numpy.float32)
        for threshold, peak in ((0.04, 0.16), (0.05, 0.2), (0.2, 0.5), (0.9, 0.95)):
            assert decode(doc, probs, threshold, peak) == _reference(doc, probs, threshold, peak)


def test_framing_decode_edges(nlp: Language) -> None:
    doc = nlp("Those evil thugs left.")
    zeros = numpy.zeros(len(doc), dtype=numpy.float32)
    assert decode(doc, zeros, 0.1, 0.2) == []
    ones = numpy.ones(len(doc), dtype=numpy.float32)
    # One run over the whole sentence, trimmed of its determiner and full stop.
    assert [doc[a:b].text for a, b, _ in decode(doc, ones, 0.1, 0.2)] == ["evil thugs left"]
    assert decode(nlp(""), numpy.zeros(0, dtype=numpy.float32), 0.1, 0.2) == []
    # A score exactly at the threshold and peak counts (float32 scores, float64 bounds).
    at = zeros.copy()
    at[1] = numpy.float32(0.25)
    assert [doc[a:b].text for a, b, _ in decode(doc, at, 0.25, 0.25)] == ["evil"]


def test_framing_flags_match_the_tokens(nlp: Language) -> None:
    doc = nlp(TEXT)
    found = flags(doc)
    assert found.stop == [t.is_stop for t in doc]
    assert found.word.tolist() == [not t.is_space for t in doc]
    assert found.noun == [t.pos_ in ("NOUN", "PROPN") for t in doc]
    assert flags(doc) is found  # kept for the current document


def test_framing_model_spans_skip_stop_word_runs(nlp: Language) -> None:
    doc = nlp("They did it to them.")
    probs = numpy.full(len(doc), 0.9, dtype=numpy.float32)
    # Every word is a stop word: no model span, however high the scores.
    assert framing.with_model_spans(doc, [], probs, 0.1, 0.2, 0.0) == []


def test_framing_hash_fold_is_the_remainder() -> None:
    rng = numpy.random.default_rng(3)
    hashes = rng.integers(0, 2**63, size=(50, 4), dtype=numpy.uint64) * numpy.uint64(2) + 1
    for buckets in (1 << 12, 1 << 20, 1000, 3):
        expected = (hashes % numpy.uint64(buckets)).astype(numpy.int64)
        assert numpy.array_equal(hashed.fold(hashes, buckets), expected)


def test_framing_affect_ids_fold_by_power_of_two(nlp: Language) -> None:
    doc = nlp(TEXT)
    arr = framing_model.token_columns(doc)
    lemmas = framing_dense.lemma_keys(doc, arr[:, framing_model._LEMMA])
    fm = framing_model
    parts = (arr[:, fm._LOWER], lemmas, arr[:, fm._TAG], arr[:, fm._DEP])
    small = framing_affect.feature_ids(*parts, 1 << 12)
    large = framing_affect.feature_ids(*parts, 1 << 20)
    odd = framing_affect.feature_ids(*parts, 3 * (1 << 12))
    # A remainder by 2**12 is the remainder of any multiple's remainder.
    assert numpy.array_equal(small, large % (1 << 12))
    assert numpy.array_equal(small, odd % (1 << 12))


def test_framing_rates_read_given_lemmas_as_their_own(nlp: Language) -> None:
    doc = nlp(TEXT)
    arr = framing_model.token_columns(doc)
    fm = framing_model
    cols = arr[:, [fm._LOWER, fm._LEMMA, fm._PUNCT, fm._SPACE]]
    lemmas = framing_dense.lemma_keys(doc, arr[:, framing_model._LEMMA])
    own = framing_dense.rate_features(doc, arr=cols)
    given = framing_dense.rate_features(doc, arr=cols, lemmas=lemmas)
    assert numpy.array_equal(own, given)
