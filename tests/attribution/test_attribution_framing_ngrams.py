"""The shipped n-gram counts: hashed keys only, and the same rates as the plain counts."""

from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING

import numpy
import pytest

from sitrep.attribution import framing_dense, framing_learned
from sitrep.errors import ResourceError

if TYPE_CHECKING:
    from pathlib import Path

    from spacy.language import Language

SETTINGS = {"_source", "_note", "tuning_f1", "alpha", "threshold", "max_n"}
COUNTS = {
    "surface": {"despotic": [9, 9, 9], "shameless": [4, 5, 0], "despotic leader": [2, 2, 2]},
    "lemma": {"despotic": [9, 9, 9], "shameless": [4, 5, 0], "number": [3, 7, 0]},
}
DATA = {**COUNTS, "alpha": 1.0, "threshold": 0.3, "max_n": 2}


def test_framing_ngrams_file_holds_numbers_and_settings_only() -> None:
    file = resources.files("sitrep.data").joinpath(framing_learned.DATA_FILE)
    assert not resources.files("sitrep.data").joinpath("framing_ngrams.json").is_file()
    with file.open("rb") as fh, numpy.load(fh) as data:
        names = set(data.files)
        meta = json.loads(str(data["meta"]))
        kinds = {name: data[name].dtype.kind for name in names - {"meta"}}
        keys = [data[f"{form}_{n}_keys"] for form in framing_learned.FORMS for n in (1, 2)]
    assert set(meta) == SETTINGS  # settings, no n-gram table among them
    assert all(isinstance(v, (str, int, float)) for v in meta.values())
    assert len(kinds) == 8 and set(kinds.values()) <= {"u", "i"}  # no string array
    assert all(k.dtype == numpy.uint64 and (numpy.diff(k) > 0).all() for k in keys)


def test_framing_ngrams_hashed_lookup_keeps_the_old_rates(nlp: Language) -> None:
    # The plain table's counts of "terrorist" before its keys were hashed: surface
    # [1, 40, 1], lemma [2, 64, 2] (a rebuilt table changes them: update them here).
    table = framing_learned.rates()
    alpha = float(framing_learned.stored()[1]["alpha"])
    key = framing_learned.gram_key("terrorist")
    assert table.surface[0][key] == (1 / (40 + alpha), True)
    assert table.lemma[0][key] == (2 / (64 + alpha), True)
    # The dense half reads the same counts from the same file.
    s_uni, _, l_uni, _, dense_alpha = framing_dense.counts()
    assert dense_alpha == alpha
    found = [t.lookup(numpy.array([key], dtype=numpy.uint64)) for t in (s_uni, l_uni)]
    assert [(int(lab[0]), int(n[0])) for lab, n in found] == [(1, 40), (2, 64)]
    # And a document's token reads it through spaCy's ids.
    score, label = framing_learned.token_scores(nlp("terrorist"))
    assert score == [(1 / (40 + alpha) + 2 / (64 + alpha)) / 2] and label == [True]


def test_framing_ngrams_keys_are_spacys_ids(nlp: Language) -> None:
    from spacy.attrs import LOWER

    doc = nlp("the number of despotic leaders")
    ids = doc.to_array([LOWER]).reshape(-1).astype(numpy.uint64)
    # "number" is one of spaCy's symbols: its id is no hash, and the key must agree.
    assert [framing_learned.gram_key(t.lower_) for t in doc] == ids.tolist()
    pair = framing_dense.pair_keys(ids[2:3], ids[3:4])
    assert framing_learned.gram_key("of despotic") == int(pair[0])
    assert framing_learned.gram_key("despotic") != framing_learned.gram_key("Despotic")
    with pytest.raises(ValueError):
        framing_learned.gram_key("three word gram")


def test_framing_ngrams_saved_file_reads_back(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "ngrams.npz"
    settings = {"alpha": 1.0, "threshold": 0.3, "max_n": 2, "_note": "test"}
    framing_learned.save(path, COUNTS, settings)
    with path.open("rb") as fh:
        arrays, meta = framing_learned.read(fh)
    assert meta == settings
    assert b"despotic" not in path.read_bytes()
    saved = framing_learned.from_arrays(arrays, meta)
    plain = framing_learned.from_counts(DATA)
    assert saved == plain
    doc = nlp("He met the despotic leader and a shameless liar.")
    spans = framing_learned.learned_spans(doc, saved)
    assert [(doc[a:b].text, kind) for a, b, kind in spans] == [
        ("despotic leader", "label"),
        ("shameless liar", "loaded"),
    ]
    # "number" is stored under its symbol id, and found.
    assert framing_learned.token_scores(nlp("a number"), saved)[0][1] == pytest.approx(3 / 8 / 2)


def test_framing_ngrams_longer_grams_are_refused() -> None:
    with pytest.raises(ResourceError):
        framing_learned.from_counts({**DATA, "max_n": 3})
