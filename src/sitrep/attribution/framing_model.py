"""The trained framing span model: loaded language and labels, token by token.

A linear (logistic-regression) token classifier over hashed features that the
spaCy pipeline has already computed: the word (lower case, lemma, suffix,
shape), its tag and dependency, its syntactic head, its neighbours two tokens
either way, and word pairs. Every feature is a combination of spaCy's own
64-bit string hashes, folded into ``buckets`` weights, so a document's scores
are a handful of numpy operations over ``doc.to_array`` and no Python loop per
token. The token score blends the classifier's probability with the smoothed
n-gram rate of :mod:`.framing_learned` (share ``mix``). Tokens scoring at
least ``threshold`` form runs; a run without its end punctuation is a span
when its best token scores at least ``peak``.

Trained by ``training/train_framing.py`` on the Propaganda Techniques Corpus
(tokens inside Loaded_Language or Name_Calling,Labeling spans); the weights
ship in ``sitrep/data/framing_weights.npz``. Only numbers are stored: features
are hashed, so no word of the training articles is in the package. Loaded
lazily, once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from sitrep.errors import ResourceError

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from spacy.tokens import Doc

DATA_FILE = "framing_weights.npz"
#: Columns of ``doc.to_array`` the features read, in this order.
ATTRS = (
    "LOWER",
    "LEMMA",
    "SUFFIX",
    "SHAPE",
    "TAG",
    "DEP",
    "HEAD",
    "ENT_TYPE",
    "IS_PUNCT",
    "IS_SPACE",
)
_LOWER, _LEMMA, _SUFFIX, _SHAPE, _TAG, _DEP, _HEAD, _ENT, _PUNCT, _SPACE = range(len(ATTRS))
#: Feature templates: (name, [(column, offset)]); offset is relative to the
#: token, "h" reads the token's syntactic head. Changing them needs retraining.
TEMPLATES: tuple[tuple[str, tuple[tuple[int, int | str], ...]], ...] = (
    ("bias", ()),
    ("w", ((_LOWER, 0),)),
    ("lem", ((_LEMMA, 0),)),
    ("suf", ((_SUFFIX, 0),)),
    ("shape", ((_SHAPE, 0),)),
    ("tag", ((_TAG, 0),)),
    ("dep", ((_DEP, 0),)),
    ("ent", ((_ENT, 0),)),
    ("w-1", ((_LOWER, -1),)),
    ("w+1", ((_LOWER, 1),)),
    ("w-2", ((_LOWER, -2),)),
    ("w+2", ((_LOWER, 2),)),
    ("lem-1", ((_LEMMA, -1),)),
    ("lem+1", ((_LEMMA, 1),)),
    ("tag-1", ((_TAG, -1),)),
    ("tag+1", ((_TAG, 1),)),
    ("tags3", ((_TAG, -1), (_TAG, 0), (_TAG, 1))),
    ("w-1w", ((_LOWER, -1), (_LOWER, 0))),
    ("ww+1", ((_LOWER, 0), (_LOWER, 1))),
    ("tag-1w", ((_TAG, -1), (_LEMMA, 0))),
    ("wtag+1", ((_LEMMA, 0), (_TAG, 1))),
    ("head", ((_LEMMA, "h"),)),
    ("dephead", ((_DEP, 0), (_LEMMA, "h"))),
    ("lemhead", ((_LEMMA, 0), (_LEMMA, "h"))),
    ("headtag", ((_TAG, "h"), (_DEP, 0), (_TAG, 0))),
)
_MUL = 0x9E3779B97F4A7C15
_MIX = 0xBF58476D1CE4E5B9


def feature_ids(doc: Doc, buckets: int) -> NDArray[Any]:
    """(tokens x templates) weight indices of ``doc``'s tokens."""
    import numpy
    from spacy.attrs import IDS

    arr = doc.to_array([IDS[a] for a in ATTRS]).astype(numpy.uint64)
    n = len(doc)
    heads = numpy.arange(n, dtype=numpy.int64) + arr[:, _HEAD].view(numpy.int64)
    out = numpy.empty((n, len(TEMPLATES)), dtype=numpy.int64)
    mul, mix = numpy.uint64(_MUL), numpy.uint64(_MIX)
    with numpy.errstate(over="ignore"):
        for k, (_, parts) in enumerate(TEMPLATES):
            h = numpy.full(n, numpy.uint64(k + 1) * mul, dtype=numpy.uint64)
            for column, offset in parts:
                h = (h ^ _column(arr[:, column], offset, heads)) * mix
            h ^= h >> numpy.uint64(31)
            out[:, k] = (h % numpy.uint64(buckets)).astype(numpy.int64)
    return out


def _column(values: NDArray[Any], offset: int | str, heads: NDArray[Any]) -> NDArray[Any]:
    """``values`` read at each token's neighbour ``offset`` away (0 beyond the document)."""
    import numpy

    if isinstance(offset, str):  # "h": the syntactic head
        head_values: NDArray[Any] = values[heads]
        return head_values
    if offset == 0:
        return values
    out = numpy.zeros_like(values)
    if offset > 0:
        out[:-offset] = values[offset:]
    else:
        out[-offset:] = values[:offset]
    return out


def runs(on: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of every run of true flags."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for i, flag in enumerate([*on, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            out.append((start, i))
            start = None
    return out


@dataclass(frozen=True)
class FramingModel:
    """Weights, bias and the decision thresholds chosen by cross-validation."""

    weights: NDArray[Any]
    threshold: float
    peak: float
    #: Share of the classifier in the token score; the rest is the n-gram rate.
    mix: float = 1.0

    @property
    def buckets(self) -> int:
        return int(self.weights.shape[0])

    def scores(self, doc: Doc) -> NDArray[Any]:
        """Probability that each token is inside a loaded-language or label span."""
        import numpy

        if len(doc) == 0:
            return numpy.zeros(0, dtype=numpy.float32)
        logits = self.weights[feature_ids(doc, self.buckets)].sum(axis=1, dtype=numpy.float32)
        return 1.0 / (1.0 + numpy.exp(-logits))  # type: ignore[no-any-return]

    def predict(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(first token, end token, kind) spans of ``doc``."""
        import numpy

        from sitrep.attribution.framing_learned import token_scores

        probs = self.scores(doc)
        if self.mix < 1.0 and len(doc):
            # The smoothed n-gram rates generalise better for rare words, the
            # classifier reads context; their blend beat either on the tuning fold.
            rates = numpy.asarray(token_scores(doc)[0], dtype=numpy.float32)
            probs = self.mix * probs + (1.0 - self.mix) * rates
        return decode(doc, probs, self.threshold, self.peak)


def decode(
    doc: Doc, probs: NDArray[Any], threshold: float, peak: float
) -> list[tuple[int, int, str]]:
    """Runs of tokens scoring at least ``threshold`` whose best token scores ``peak``.

    Two thresholds (hysteresis): a confident token starts a span and its
    less confident neighbours extend it, as PTC's annotators mark the whole
    phrase ("a [corrupt, lying] regime") and not just its strongest word.
    """
    p = probs.tolist()
    on = [s >= threshold and not t.is_space for s, t in zip(p, doc, strict=True)]
    out: list[tuple[int, int, str]] = []
    for start, end in runs(on):
        # Punctuation and a dangling "and"/"or" at either end are no part of the phrase.
        while start < end and (doc[start].is_punct or doc[start].pos_ == "CCONJ"):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].pos_ == "CCONJ"):
            end -= 1
        if start < end and max(p[start:end]) >= peak:
            out.append((start, end, _kind(doc, start, end)))
    return out


def _kind(doc: Doc, start: int, end: int) -> str:
    # A run that names someone or something ("traitor", "radical Islamists") is a
    # label; a run of adjectives, adverbs or verbs ("brutal", "slaughtered") is loaded.
    return "label" if doc[end - 1].pos_ in ("NOUN", "PROPN") else "loaded"


@lru_cache(maxsize=1)
def load() -> FramingModel | None:
    """The shipped model, or None when sitrep was installed without it."""
    import numpy

    file = resources.files("sitrep.data").joinpath(DATA_FILE)
    if not file.is_file():
        return None
    try:
        with file.open("rb") as fh, numpy.load(fh) as data:
            meta = json.loads(str(data["meta"]))
            weights = data["weights"].astype(numpy.float32)
    except (OSError, ValueError, KeyError) as exc:
        raise ResourceError(
            f"sitrep/data/{DATA_FILE} is damaged ({exc}); reinstall sitrep"
        ) from exc
    if meta.get("templates") != [name for name, _ in TEMPLATES]:
        raise ResourceError(f"sitrep/data/{DATA_FILE} was trained with other features; retrain it")
    return FramingModel(
        weights, float(meta["threshold"]), float(meta["peak"]), float(meta.get("mix", 1.0))
    )
