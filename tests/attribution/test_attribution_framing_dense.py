"""The framing model's dense half and how model spans join the lexicon's."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy
import pytest

from sitrep.attribution import framing, framing_dense, framing_model
from sitrep.errors import ResourceError

if TYPE_CHECKING:
    from spacy.language import Language

COUNTS = {"corrupt": (3, 5), "regime": (1, 10), "corrupt regime": (1, 1), "number": (2, 9)}
TABLES = framing_dense.tables(COUNTS, COUNTS, 2.0)


def test_framing_dense_rates_read_the_tables(nlp: Language) -> None:
    doc = nlp("The corrupt regime fell.")
    rates = framing_dense.rate_features(doc, TABLES)
    assert rates.shape == (len(doc), 2 * framing_dense.LOOKUPS)
    assert rates[1, 0] == pytest.approx(3 / (5 + 2))  # "corrupt": 3 of 5, alpha 2
    assert rates[1, 1] == pytest.approx(numpy.log1p(5))
    # Columns 2c, 2c+1 for lookup c: word, lemma, pair it ends (2, 3), pair it starts (4, 5).
    assert rates[1, 8] == pytest.approx(1 / (1 + 2))  # the pair "corrupt" starts
    assert rates[2, 4] == pytest.approx(1 / (1 + 2))  # the same pair, which "regime" ends
    assert rates[2, 8] == 0.0  # "regime ." ends on punctuation: never counted
    assert not rates[0].any() and not rates[4].any()  # "The" is not in the table, "." never
    # "number" is one of spaCy's symbols: its id is no hash, and must still be found.
    assert framing_dense.rate_features(nlp("a number"), TABLES)[1, 0] == pytest.approx(2 / 11)


def test_framing_dense_rates_match_the_ngram_spans(nlp: Language) -> None:
    from sitrep.attribution.framing_learned import token_scores

    doc = nlp("The corrupt, lying regime's number of brutal thugs grew in the Number 2 camp.")
    rates = framing_dense.ngram_rates(framing_dense.rate_features(doc))
    assert numpy.allclose(rates, token_scores(doc)[0], atol=1e-6)
    assert rates.max() > 0


def test_framing_dense_leaves_the_own_occurrence_out(nlp: Language) -> None:
    doc = nlp("The corrupt regime fell.")
    inside = numpy.array([False, True, True, False, False])
    rates = framing_dense.rate_features(doc, TABLES, inside)
    assert rates[1, 0] == pytest.approx(2 / (4 + 2))  # one labelled occurrence fewer
    # "corrupt regime" was labelled only here: without it, it is as if never labelled.
    assert rates[1, 8] == 0.0 and rates[1, 9] == 0.0 and rates[2, 4] == 0.0
    # An occurrence outside any span only lowers the count.
    outside = framing_dense.rate_features(doc, TABLES, numpy.zeros(5, dtype=bool))
    assert outside[1, 0] == pytest.approx(3 / (4 + 2))


def test_framing_dense_features_need_context_vectors(nlp: Language) -> None:
    from spacy.tokens import Doc

    bare = Doc(nlp.vocab, words=["corrupt", "regime"])
    assert framing_dense.features(bare, framing_dense.rate_features(bare, TABLES)) is None
    doc = nlp("The corrupt regime fell.")
    x = framing_dense.features(doc, framing_dense.rate_features(doc, TABLES))
    assert x is not None and x.shape == (len(doc), framing_dense.WIDTH)
    # The neighbours' context vectors: token 1 reads token 0's vector first.
    assert numpy.allclose(x[1, : framing_dense.TENSOR_WIDTH], doc.tensor[0])


def test_framing_dense_weights_of_another_width_are_refused() -> None:
    data = {"w1": numpy.zeros((3, 4)), "b1": numpy.zeros(4), "w2": numpy.zeros(4), "b2": 0.0}
    with pytest.raises(ResourceError):
        framing_dense.from_arrays(data)
    assert framing_dense.from_arrays({"weights": numpy.zeros(2)}) is None


def test_framing_dense_shipped_part_scores_tokens(nlp: Language) -> None:
    model = framing_model.load()
    assert model is not None and model.dense is not None
    assert 0.0 <= model.share < 1.0
    doc = nlp("The despicable traitors and their evil, corrupt cronies destroyed the nation.")
    logits = model.dense.logits(doc)
    assert logits is not None and logits.shape == (len(doc),)
    probs = model.token_probs(doc)
    assert probs[doc[1].i] > probs[doc[0].i]  # "despicable" over "The"


def test_framing_model_spans_go_around_lexicon_spans(nlp: Language) -> None:
    doc = nlp("They backed the brutal regime yesterday.")
    fixed = [(4, 5, "label")]  # "regime", as the lexicon marks it
    probs = numpy.zeros(len(doc), dtype=numpy.float32)
    probs[3:5] = 0.9  # the model reads "brutal regime"
    found = framing.with_model_spans(doc, fixed, probs, 0.5, 0.5, 0.0)
    assert sorted((doc[a:b].text, kind) for a, b, kind in found) == [
        ("brutal", "loaded"),
        ("regime", "label"),
    ]
    probs[2] = 0.9  # "the brutal": the article alone would be no span
    found = framing.with_model_spans(doc, [(3, 5, "label")], probs, 0.5, 0.5, 0.0)
    assert [doc[a:b].text for a, b, _ in found] == ["brutal regime"]


def test_framing_scare_quotes_need_a_loaded_word(nlp: Language) -> None:
    doc = nlp('They met the "committee" and the "moderate" rebels.')
    quotes = [(a, b, k) for a, b, k in framing.fixed_spans(doc) if k == "scare_quote"]
    assert [doc[a:b].text for a, b, _ in quotes] == ['"committee"', '"moderate"']
    probs = numpy.zeros(len(doc), dtype=numpy.float32)
    probs[quotes[1][0] + 1] = 0.4  # "moderate"
    kept = framing.with_model_spans(doc, quotes, probs, 0.9, 0.9, 0.2)
    assert [doc[a:b].text for a, b, _ in kept] == ['"moderate"']
    assert len(framing.with_model_spans(doc, quotes, probs, 0.9, 0.9, 0.0)) == 2


def test_framing_dense_search_filters_by_low_bits_and_finds_every_key() -> None:
    table = numpy.array(sorted([5, 1 << 40, (1 << 40) + 7, 2**63 + 11]), dtype=numpy.uint64)
    # 1 << 41 shares its low 16 bits with 1 << 40 (both zero): it passes the filter
    # and must still be found missing; 3 passes nothing.
    keys = numpy.array([1 << 41, 5, 2**63 + 11, 3, 1 << 40, 5], dtype=numpy.uint64)
    rows, found = framing_dense.search(table, keys)
    assert found.tolist() == [1, 2, 4, 5]
    assert table[rows].tolist() == [5, 2**63 + 11, 1 << 40, 5]
    counts = framing_dense.HashedCounts(
        table, numpy.array([1, 2, 3, 4]), numpy.array([10, 20, 30, 40])
    )
    labelled, total = counts.lookup(keys)
    assert labelled.tolist() == [0, 1, 4, 0, 2, 1]
    assert total.tolist() == [0, 10, 40, 0, 20, 10]
