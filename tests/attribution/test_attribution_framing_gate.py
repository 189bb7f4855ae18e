"""Gated lexicon terms, and the framing model's shared-array fast paths."""

from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy

from sitrep.attribution import framing, framing_dense, framing_model, hashed

if TYPE_CHECKING:
    from spacy.language import Language


def _texts(doc: Any, spans: list[tuple[int, int, str]]) -> set[str]:
    return {doc[a:b].text for a, b, _ in spans}


def test_framing_gate_drops_literal_terms_the_model_does_not_read_as_loaded(
    nlp: Language,
) -> None:
    doc = nlp("Takfiri gangs face criminal charges, the alleged attacker said.")
    fixed = framing.fixed_spans(doc)
    assert {"Takfiri", "gangs", "criminal", "alleged"} <= _texts(doc, fixed)
    cold = numpy.zeros(len(doc), dtype=numpy.float32)
    # Without a lexicon gate every lexicon term stays, whatever the model says.
    ungated = framing.with_model_spans(doc, fixed, cold, 0.5, 0.9, 0.0)
    assert {"Takfiri", "gangs", "criminal", "alleged"} <= _texts(doc, ungated)
    gated = framing.with_model_spans(doc, fixed, cold, 0.5, 0.9, 0.0, 0.15)
    # "Takfiri" has no literal reading: its entry is not gated and it stays.
    assert _texts(doc, gated) == {"Takfiri"}
    warm = cold.copy()
    warm[1] = 0.4  # the model reads "gangs" as loaded here
    assert _texts(doc, framing.with_model_spans(doc, fixed, warm, 0.5, 0.9, 0.0, 0.15)) == {
        "Takfiri",
        "gangs",
    }


def test_framing_gated_entries_say_why_and_spare_each_sides_names_for_enemies() -> None:
    gated = framing.gated_terms()
    assert {"criminal", "criminals", "alleged", "massacre", "nazis", "proxy"} <= gated
    # The names the sides give their enemies are the lexicon's point: never gated.
    for term in ("terrorists", "regime", "takfiri", "crusaders", "so-called", "looting"):
        assert term not in gated
    assert "illegally occupied" not in gated
    with resources.files("sitrep.data").joinpath("framing.json").open("rb") as fh:
        entries = json.load(fh)["entries"]
    reasons = [e["gated"] for e in entries if e.get("gated")]
    assert len(reasons) >= 5 and all(isinstance(r, str) and len(r) > 20 for r in reasons)


def test_framing_seed_terms_survive_the_shipped_gate(nlp: Language) -> None:
    doc = nlp("Takfiri terrorists shelled the illegally occupied Syrian Golan.")
    texts = {f.text for f in framing.find_framing(doc)}
    assert {"Takfiri", "terrorists", "illegally occupied"} <= texts


def _reference_ids(doc: Any, buckets: int) -> Any:
    """One template at a time, as the grouped hashing must reproduce."""
    arr = framing_model.token_columns(doc)
    n = len(doc)
    heads = numpy.arange(n, dtype=numpy.int64) + arr[:, framing_model._HEAD].view(numpy.int64)
    out = numpy.empty((n, len(framing_model.TEMPLATES)), dtype=numpy.int64)
    mix = numpy.uint64(hashed.MIX)
    with numpy.errstate(over="ignore"):
        for k, (_, parts) in enumerate(framing_model.TEMPLATES):
            h = numpy.full(n, numpy.uint64(k + 1) * numpy.uint64(hashed.MUL))
            for column, offset in parts:
                h = (h ^ framing_model._column(arr[:, column], offset, heads)) * mix
            h ^= h >> numpy.uint64(31)
            out[:, k] = (h % numpy.uint64(buckets)).astype(numpy.int64)
    return out


def test_framing_grouped_feature_hashes_match_one_template_at_a_time(nlp: Language) -> None:
    doc = nlp("The corrupt, lying regime's thugs shelled Aleppo again. Nobody cared.")
    reference = _reference_ids(doc, 1 << 12)
    ids = framing_model.feature_ids(doc, 1 << 12, affect=False, context=False, clusters=False)
    assert (ids == reference).all()


def test_framing_rates_read_from_shared_columns_match_their_own(nlp: Language) -> None:
    doc = nlp("Brutal thugs and BRUTAL Thugs: the regime's brutal thugs.")
    arr = framing_model.token_columns(doc)
    cols = [framing_model._LOWER, framing_model._LEMMA, framing_model._PUNCT, framing_model._SPACE]
    shared = framing_dense.rate_features(doc, arr=arr[:, cols])
    assert numpy.array_equal(shared, framing_dense.rate_features(doc))
    # The memoised lower-cased lemma keys are the ones spaCy's string store gives.
    from spacy.attrs import LEMMA
    from spacy.strings import get_string_id

    lemmas = doc.to_array([LEMMA]).astype(numpy.uint64)
    expected = [get_string_id(t.lemma_.lower()) for t in doc]
    assert framing_dense.lemma_keys(doc, lemmas).tolist() == expected
    assert framing_dense.lemma_keys(doc, lemmas).tolist() == expected  # from the memo
