"""The trained framing span model: loaded language and labels, token by token.

A small tagger that reads what the spaCy pipeline has already computed: each
token's context vector (``doc.tensor``, from the pipeline's tok2vec) and hashed
word features (lower case, suffix, shape). A window of three tokens goes
through a maxout layer to a softmax over five tags (outside, and begin/inside
of ``LOADED`` or ``LABEL``); runs of tagged tokens are the spans. It adds no
second tokeniser or encoder to the pipeline, so it costs little per document.

Trained by ``training/train_framing.py`` on the Propaganda Techniques Corpus
(Loaded_Language and Name_Calling,Labeling); the weights ship in
``sitrep/data/framing_model`` (``weights.bin`` plus ``meta.json``). Only
numbers are stored: features are hashed, so no word of the training articles
is in the package. Loaded lazily, once.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, cast

from sitrep.errors import ResourceError

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from thinc.api import Model
    from thinc.types import Floats2d, Ints2d

TAGS = ("O", "B-LOADED", "I-LOADED", "B-LABEL", "I-LABEL")
KINDS = {"LOADED": "loaded", "LABEL": "label"}
DEFAULT_SHAPE: dict[str, int] = {"tensor": 96, "rows": 5000, "hidden": 128, "window": 2}


def build(shape: dict[str, int]) -> Model[tuple[Floats2d, Ints2d], Floats2d]:
    """The tagger's architecture (weights are initialised or loaded by the caller)."""
    from thinc.api import HashEmbed, Maxout, Model, Softmax, chain, concatenate, expand_window

    rows = shape["rows"]
    embed: Model[Any, Any] = concatenate(
        HashEmbed(48, rows, column=0, seed=11),
        HashEmbed(16, rows // 2, column=1, seed=12),
        HashEmbed(8, rows // 8, column=2, seed=13),
    )

    def forward(model: Model[Any, Any], inputs: tuple[Any, Any], is_train: bool) -> Any:
        tensor, ids = inputs
        vectors, backprop_embed = embed(ids, is_train)
        joined = model.ops.xp.hstack([tensor, vectors])
        width = tensor.shape[1]

        def backprop(d_joined: Any) -> Any:
            backprop_embed(d_joined[:, width:])
            return inputs

        return joined, backprop

    def init(model: Model[Any, Any], X: Any = None, Y: Any = None) -> None:
        embed.initialize()

    features: Model[Any, Any] = Model("framing_features", forward, init=init, layers=[embed])
    tagger: Model[tuple[Floats2d, Ints2d], Floats2d] = chain(
        features,
        expand_window(window_size=shape["window"]),
        Maxout(
            shape["hidden"],
            (2 * shape["window"] + 1) * (shape["tensor"] + 72),
            nP=3,
            dropout=0.2,
            normalize=True,
        ),
        Softmax(len(TAGS), shape["hidden"]),
    )
    return tagger


def features(doc: Doc) -> tuple[Floats2d, Ints2d]:
    """(context vectors, hashed word features) of every token of ``doc``."""
    import numpy

    tensor = doc.tensor
    if tensor is None or getattr(tensor, "shape", (0,))[0] != len(doc):
        raise ResourceError("the framing model needs doc.tensor (a pipeline with a tok2vec)")
    ids = numpy.array([[t.norm, t.suffix, t.shape] for t in doc], dtype="uint64").reshape(-1, 3)
    return cast("Floats2d", numpy.asarray(tensor, dtype="float32")), cast("Ints2d", ids)


def spans(tags: list[int]) -> list[tuple[int, int, str]]:
    """(first token, end token, kind) for every run of tagged tokens; B- starts a new one."""
    out: list[tuple[int, int, str]] = []
    start: int | None = None
    label = ""
    for i, tag in enumerate([*tags, 0]):
        name = TAGS[tag]
        if start is not None and (name == "O" or name.startswith("B-")):
            out.append((start, i, KINDS[label]))
            start = None
        if name != "O" and start is None:
            start, label = i, name[2:]
    return out


def decode(probs: Any, threshold: float) -> list[int]:
    """A tag per token: outside unless the outside probability is below ``threshold``."""
    tags = []
    for row in probs.tolist():
        if row[0] >= threshold:
            tags.append(0)
        else:
            tags.append(1 + max(range(len(row) - 1), key=lambda k: row[k + 1]))
    return tags


class FramingModel:
    """Weights plus the decision threshold chosen on held-out articles."""

    def __init__(self, model: Model[tuple[Floats2d, Ints2d], Floats2d], threshold: float):
        self.model = model
        self.threshold = threshold

    def predict(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(first token, end token, kind) spans of ``doc``."""
        if len(doc) == 0:
            return []
        probs = self.model.predict(features(doc))
        return spans(decode(probs, self.threshold))


@lru_cache(maxsize=1)
def load() -> FramingModel | None:
    """The shipped model, or None when sitrep was installed without it."""
    folder = resources.files("sitrep.data").joinpath("framing_model")
    meta_file, weights_file = folder.joinpath("meta.json"), folder.joinpath("weights.bin")
    if not meta_file.is_file() or not weights_file.is_file():
        return None
    try:
        meta = json.loads(meta_file.read_text("utf-8"))
        model = build(meta["shape"])
        model.initialize()
        model.from_bytes(weights_file.read_bytes())
    except (OSError, ValueError, KeyError) as exc:
        raise ResourceError(
            f"sitrep/data/framing_model is damaged ({exc}); reinstall sitrep"
        ) from exc
    return FramingModel(model, float(meta["threshold"]))
