"""Word clusters and rarity bins (spaCy's lexeme tables) and the templates over them."""

from __future__ import annotations

import gzip
from typing import TYPE_CHECKING, Any

import numpy
import pytest
from spacy.attrs import DEP, LEMMA, LOWER, TAG

from sitrep.attribution import framing_dense, framing_lexemes, framing_model
from sitrep.errors import ResourceError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def _columns(doc: Doc) -> tuple[Any, ...]:
    arr = doc.to_array([LOWER, LEMMA, TAG, DEP]).astype(numpy.uint64)
    heads = numpy.array([t.head.i for t in doc], dtype=numpy.int64)
    return arr[:, 0], framing_dense.lemma_keys(doc, arr[:, 1]), arr[:, 2], arr[:, 3], heads


def _by_word(doc: Doc, values: Any) -> dict[str, int]:
    return dict(zip([t.text for t in doc], values.tolist(), strict=True))


def test_framing_lexemes_clusters_group_words_used_alike(nlp: Language) -> None:
    doc = nlp("The brutal and barbaric zorblaxes said and says.")
    lower, lemma, *_ = _columns(doc)
    got = _by_word(doc, framing_lexemes.words(lower, lemma)[0])
    assert got["brutal"] == got["barbaric"] != 0
    assert got["zorblaxes"] == 0  # in no cluster
    # A cluster's low bits are its path's first steps: "said" and "says" share seven.
    assert got["said"] != got["says"]
    assert got["said"] & 0x7F == got["says"] & 0x7F


def test_framing_lexemes_rarity_bins(nlp: Language) -> None:
    doc = nlp("The troops slaughtered zorblaxes.")
    lower, lemma, *_ = _columns(doc)
    got = _by_word(doc, framing_lexemes.words(lower, lemma)[1])
    assert got["The"] < got["troops"] < got["slaughtered"] < framing_lexemes.RAREST
    assert got["zorblaxes"] == framing_lexemes.RAREST


def test_framing_lexemes_ids_carry_to_words_of_one_cluster(nlp: Language) -> None:
    a = nlp("They condemned the brutal attack.")
    b = nlp("They condemned the heinous attack.")
    ids_a = framing_lexemes.feature_ids(*_columns(a), 1 << 16)
    ids_b = framing_lexemes.feature_ids(*_columns(b), 1 << 16)
    assert ids_a.shape == (len(a), len(framing_lexemes.TEMPLATES))
    assert ids_a.min() >= 0 and ids_a.max() < 1 << 16
    cluster_templates = [k for k, name in enumerate(framing_lexemes.TEMPLATES) if "cl" in name]
    # One cluster: the same cluster features for the two adjectives and their neighbours.
    assert (ids_a[:, cluster_templates] == ids_b[:, cluster_templates]).all()
    rare = framing_lexemes.TEMPLATES.index("rare")
    assert ids_a[3, rare] != ids_a[0, rare]  # "brutal" is rarer than "They"


def test_framing_model_appends_the_lexeme_templates_last(nlp: Language) -> None:
    doc = nlp("The brutal regime fell.")
    full = framing_model.feature_ids(doc, 1 << 12)
    before = framing_model.feature_ids(doc, 1 << 12, clusters=False)
    width = before.shape[1]
    assert full.shape == (len(doc), len(framing_model.template_names()))
    assert (full[:, :width] == before).all()
    assert (full[:, width:] == framing_lexemes.feature_ids(*_columns(doc), 1 << 12)).all()


def test_framing_shipped_weights_use_the_lexeme_templates() -> None:
    model = framing_model.load()
    assert model is not None and model.clusters and model.affect and model.context


def test_framing_lexemes_without_the_tables_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(framing_lexemes, "PACKAGE", "sitrep_no_such_package")
    framing_lexemes.table.cache_clear()
    try:
        with pytest.raises(ResourceError):
            framing_lexemes.table()
    finally:
        monkeypatch.undo()
        framing_lexemes.table.cache_clear()


def test_framing_lexemes_table_lines_are_read_one_by_one(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "sitrep_fake_lookups"
    (package / "data").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    body = '{\n  "the":-3.5,\n  "\\"":-5.0,\n  "a:b":-7.25,\n  "zero":0,\n  "last":-9.0\n}'
    (package / "data" / "t.json.gz").write_bytes(gzip.compress(body.encode("utf-8")))
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(framing_lexemes, "PACKAGE", "sitrep_fake_lookups")
    assert list(framing_lexemes._entries("data/t.json.gz")) == [
        ("the", -3.5),
        ('"', -5.0),
        ("a:b", -7.25),
        ("zero", 0.0),
        ("last", -9.0),
    ]
    assert [w for w, _ in framing_lexemes._entries("data/t.json.gz", zeros=False)] == [
        "the",
        '"',
        "a:b",
        "last",
    ]
    (package / "data" / "bad.json.gz").write_bytes(gzip.compress(b'{\n  "x":oops,\n}'))
    with pytest.raises(ResourceError):
        list(framing_lexemes._entries("data/bad.json.gz"))


def test_framing_lexemes_packed_lookup_matches_the_two_tables(nlp: Language) -> None:
    from sitrep.attribution.framing_dense import search

    doc = nlp("Rebels' barbaric shelling hit the Zorblax quarter; residents fled, witnesses said.")
    lower, lemma, *_ = _columns(doc)
    cluster, rare = framing_lexemes.words(lower, lemma)
    keys, values = framing_lexemes.table()
    expected = numpy.zeros(len(doc), dtype=numpy.uint64)
    for column in (lemma, lower):  # the lemma's cluster, overridden by the word's own
        at, found = search(keys, column)
        expected[found] = values[at]
    assert (cluster == expected).all()
    keys, values = framing_lexemes.rarity_table()
    expected = numpy.full(len(doc), framing_lexemes.RAREST, dtype=numpy.uint64)
    at, found = search(keys, lower)
    expected[found] = values[at]
    assert (rare == expected).all()
