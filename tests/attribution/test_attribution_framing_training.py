"""The framing training script's loss weights: every gold span counts alike, as SemEval scores."""

from __future__ import annotations

import importlib
import json
import sys
from types import SimpleNamespace
from typing import Any

import numpy
import pytest

from _paths import REPO


@pytest.fixture(scope="module")
def train_framing() -> Any:
    # The script imports its sibling build_framing_ngrams by name, as when run from training/.
    sys.path.insert(0, str(REPO / "training"))
    try:
        return importlib.import_module("train_framing")
    finally:
        sys.path.remove(str(REPO / "training"))


def _item(span_words: list[float]) -> SimpleNamespace:
    return SimpleNamespace(
        span_words=numpy.array(span_words, dtype=numpy.float64),
        words=numpy.ones(len(span_words), dtype=bool),
    )


def test_framing_training_weights_favour_short_spans(train_framing: Any) -> None:
    inf = numpy.inf
    # A one-word span, a four-word span and five tokens outside every span.
    item = _item([1, 4, 4, 4, 4, inf, inf, inf, inf, inf])
    weight = train_framing.token_weights([item], 1.0)
    assert weight.shape == (10,)
    assert (weight[5:] == 1.0).all()  # negatives keep their weight
    # Positives together weigh what they did, the short span's word the most.
    assert weight[:5].sum() == pytest.approx(5.0)
    assert weight[0] > weight[1] == pytest.approx(weight[4])
    assert weight[0] / weight[1] == pytest.approx(4.0)
    half = train_framing.token_weights([item], 0.5)
    assert half[0] / half[1] == pytest.approx(2.0)


def test_framing_training_weights_off_are_the_plain_loss(train_framing: Any) -> None:
    item = _item([1, 4, 4, 4, 4, numpy.inf, numpy.inf])
    assert (train_framing.token_weights([item], 0.0) == 1.0).all()
    assert (train_framing.token_weights([_item([numpy.inf] * 3)], 1.0) == 1.0).all()


def test_framing_shipped_weights_match_the_default_span_weighting(train_framing: Any) -> None:
    # The default reproduces the shipped weights (files from before the option read as 0).
    with numpy.load(REPO / "src" / "sitrep" / "data" / "framing_weights.npz") as data:
        meta = json.loads(str(data["meta"]))
    assert meta.get("span_weight", 0.0) == train_framing.SPAN_WEIGHT


def test_framing_shipped_weights_have_the_scripts_bucket_count(train_framing: Any) -> None:
    # Feature ids are taken modulo the weight count: weights trained with another
    # BUCKETS would silently read the wrong weights, not fail.
    with numpy.load(REPO / "src" / "sitrep" / "data" / "framing_weights.npz") as data:
        assert data["weights"].shape == (train_framing.BUCKETS,)
        assert train_framing.BUCKETS == 1 << 20
