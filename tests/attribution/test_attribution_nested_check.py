"""The learned check that puts back relations nested in another's content."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import numpy
import pytest

from sitrep.attribution import find_attributions, nesting
from sitrep.attribution import nested_check as nc
from sitrep.attribution import relation_filter as rf
from sitrep.errors import ResourceError

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = "The minister said that witnesses claimed the army fired first."


def _check(threshold: float) -> nc.NestedCheck:
    # Zero weights: every nested relation scores exactly 0.5.
    return nc.NestedCheck(numpy.zeros(nc.BUCKETS, dtype=numpy.float32), threshold)


def test_attribution_nested_check_puts_back_what_scores_high(nlp: Language) -> None:
    doc = nlp(TEXT)
    plain = find_attributions(doc, nested=False, learned=False, check=False, inner=False)
    assert [r.cue.text for r in plain] == ["said"]
    back = find_attributions(doc, nested=False, learned=False, check=False, inner=_check(0.5))
    assert [r.cue.text for r in back] == ["said", "claimed"]
    kept = find_attributions(doc, nested=False, learned=False, check=False, inner=_check(0.6))
    assert [r.cue.text for r in kept] == ["said"]


def test_attribution_nested_check_features_read_the_nesting(nlp: Language) -> None:
    doc = nlp(TEXT)
    found = find_attributions(doc, nested=True, learned=False)
    outer = nesting.outermost(found)
    pairs = nc.candidates(found, outer)
    assert [(inner.cue.text, holder.cue.text) for inner, holder in pairs] == [("claimed", "said")]
    inner, holder = pairs[0]
    feats = nc.features(doc, inner, holder, True, rf.quoted_tokens(doc))
    assert "ol=say" in feats and "dep=ccomp|indirect" in feats and "depth=0" in feats
    assert "qb=False|indirect" in feats and "kept=True" in feats
    assert "i:l=claim" in feats


def test_attribution_nested_check_loads_from_the_weights_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sitrep.attribution import cue_model

    weights = numpy.zeros(nc.BUCKETS, dtype=numpy.float16)
    with_check = tmp_path / "with.npz"
    numpy.savez_compressed(
        with_check, nested_weights=weights, meta=numpy.array(json.dumps({"nested_threshold": 0.4}))
    )
    without = tmp_path / "without.npz"
    numpy.savez_compressed(without, meta=numpy.array(json.dumps({})))
    broken = tmp_path / "broken.npz"
    numpy.savez_compressed(broken, nested_weights=weights[:8], meta=numpy.array("{}"))
    try:
        monkeypatch.setattr(cue_model, "DATA_FILE", str(with_check))
        nc.model.cache_clear()
        check = nc.model()
        assert check is not None and check.threshold == 0.4
        monkeypatch.setattr(cue_model, "DATA_FILE", str(without))
        nc.model.cache_clear()
        assert nc.model() is None
        monkeypatch.setattr(cue_model, "DATA_FILE", str(broken))
        nc.model.cache_clear()
        with pytest.raises(ResourceError):
            nc.model()
    finally:
        nc.model.cache_clear()
