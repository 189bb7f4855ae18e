"""The trained framing span model: loaded language and labels, token by token.

Two classifiers over what the spaCy pipeline has already computed:

* a linear (logistic-regression) token classifier over hashed features: the
  word (lower case, lemma, suffix, shape), its tag and dependency, its
  syntactic head, its neighbours two tokens either way, and word pairs. Every
  feature is a combination of spaCy's own 64-bit string hashes, folded into
  ``buckets`` weights, so its scores are a handful of numpy operations over
  ``doc.to_array`` and no Python loop per token. It also reads each token's
  affect bin from the VADER lexicon (:mod:`.framing_affect`), alone and with
  its tag, dependency and neighbours' bins: weights that carry to emotive
  words no training span contained; and its context (:mod:`.framing_context`):
  inside a quotation or not, a sentence with "!" or quotation marks, the
  headline line, the word's first and last four letters; and its Brown word
  cluster and rarity (:mod:`.framing_lexemes`), which group words no training
  span contained with words that were;
* a small MLP over spaCy's context vectors and n-gram label rates
  (:mod:`.framing_dense`), which reads how a word is used here.

Their logits are blended (share ``share`` for the linear one), and the
probability is blended with the smoothed n-gram rate of
:mod:`.framing_learned` (share ``1 - mix``). Tokens scoring at least
``threshold`` form runs; a run without its end punctuation is a span when its
best token scores at least ``peak``.

Trained by ``training/train_framing.py`` on the Propaganda Techniques Corpus
(tokens inside Loaded_Language or Name_Calling,Labeling spans); the weights
ship in ``sitrep/data/framing_weights.npz``. Only numbers are stored: features
are hashed, so no word of the training articles is in the weights. Loaded
lazily, once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from sitrep.attribution import framing_affect, framing_context, framing_lexemes
from sitrep.attribution.framing_decode import Flags as Flags
from sitrep.attribution.framing_decode import decode as decode
from sitrep.attribution.framing_decode import flags as flags
from sitrep.attribution.framing_decode import flags_from
from sitrep.attribution.framing_decode import kind_of as kind_of
from sitrep.attribution.framing_decode import runs as runs
from sitrep.attribution.framing_decode import trimmed as trimmed
from sitrep.attribution.framing_dense import (
    LOOKUPS,
    DenseModel,
    from_arrays,
    lemma_keys,
    ngram_rates,
    rate_features,
    shift,
)
from sitrep.attribution.hashed import MIX, MUL, fold
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
    "SENT_START",
    "POS",
    "IS_STOP",
)
(_LOWER, _LEMMA, _SUFFIX, _SHAPE, _TAG, _DEP, _HEAD, _ENT, _PUNCT, _SPACE, _SENT, _POS, _STOP) = (
    range(len(ATTRS))
)
#: The columns decoding's token flags read (``framing_decode.flags_from``), in its order.
_FLAG_COLUMNS = [_PUNCT, _POS, _TAG, _STOP, _SPACE, _DEP, _HEAD]
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


def token_columns(doc: Doc) -> NDArray[Any]:
    """``doc``'s ``ATTRS`` columns as uint64, read once for both classifiers."""
    import numpy
    from spacy.attrs import IDS

    columns: NDArray[Any] = doc.to_array([IDS[a] for a in ATTRS]).astype(numpy.uint64, copy=False)
    return columns.reshape(len(doc), len(ATTRS))


def _groups() -> list[tuple[list[int], list[list[tuple[int, int | str]]]]]:
    """Templates grouped by their number of parts: (template indices, parts by position)."""
    by_size: dict[int, list[int]] = {}
    for k, (_, parts) in enumerate(TEMPLATES):
        by_size.setdefault(len(parts), []).append(k)
    return [
        (ks, [[TEMPLATES[k][1][j] for k in ks] for j in range(size)])
        for size, ks in sorted(by_size.items())
    ]


_GROUPS = _groups()


def template_names(affect: bool = True, context: bool = True, clusters: bool = True) -> list[str]:
    """Names of the feature templates, as the weights' meta lists them."""
    names = [name for name, _ in TEMPLATES]
    if affect:
        names += framing_affect.TEMPLATES
    if context:
        names += framing_context.TEMPLATES
    return names + list(framing_lexemes.TEMPLATES) if clusters else names


def feature_ids(
    doc: Doc,
    buckets: int,
    arr: NDArray[Any] | None = None,
    affect: bool = True,
    context: bool = True,
    clusters: bool = True,
) -> NDArray[Any]:
    """(tokens x templates) weight indices of ``doc``'s tokens (``arr``: its ``token_columns``).

    With ``affect``, the affect-bin templates of :mod:`.framing_affect` follow
    ``TEMPLATES``; with ``context``, those of :mod:`.framing_context` follow them;
    with ``clusters``, the word-cluster and rarity ones of :mod:`.framing_lexemes` come
    last.
    """
    import numpy

    if arr is None:
        arr = token_columns(doc)
    n = len(doc)
    heads = numpy.arange(n, dtype=numpy.int64) + arr[:, _HEAD].view(numpy.int64)
    extra = len(framing_affect.TEMPLATES) if affect else 0
    more = len(framing_context.TEMPLATES) if context else 0
    last = len(framing_lexemes.TEMPLATES) if clusters else 0
    out = numpy.empty((n, len(TEMPLATES) + extra + more + last), dtype=numpy.int64)
    mul, mix = numpy.uint64(MUL), numpy.uint64(MIX)
    read: dict[tuple[int, int | str], NDArray[Any]] = {}
    # Templates with as many parts hash together, one (tokens x templates) matrix
    # per part position: the same values as one template at a time, in a few operations.
    with numpy.errstate(over="ignore"):
        for ks, positions in _GROUPS:
            h = numpy.empty((n, len(ks)), dtype=numpy.uint64)
            h[:] = (numpy.array(ks, dtype=numpy.uint64) + numpy.uint64(1)) * mul
            values = numpy.empty_like(h)
            for parts in positions:
                for j, part in enumerate(parts):
                    if part not in read:
                        read[part] = _column(arr[:, part[0]], part[1], heads)
                    values[:, j] = read[part]
                # In place: a new matrix per operation cost more than the arithmetic.
                h ^= values
                h *= mix
            h ^= h >> numpy.uint64(31)
            out[:, ks] = fold(h, buckets)
    if affect and n:
        out[:, len(TEMPLATES) : len(TEMPLATES) + extra] = framing_affect.feature_ids(
            arr[:, _LOWER], _lemmas(doc, arr), arr[:, _TAG], arr[:, _DEP], buckets
        )
    if context and n:
        out[:, len(TEMPLATES) + extra : len(TEMPLATES) + extra + more] = (
            framing_context.feature_ids(doc, arr[:, _LOWER], arr[:, _TAG], arr[:, _SENT], buckets)
        )
    if clusters and n:
        out[:, len(TEMPLATES) + extra + more :] = framing_lexemes.feature_ids(
            arr[:, _LOWER], _lemmas(doc, arr), arr[:, _TAG], arr[:, _DEP], heads, buckets
        )
    return out


def _lemmas(doc: Doc, arr: NDArray[Any]) -> NDArray[Any]:
    """``lemma_keys`` of every token of ``doc``, kept while it is the current document.

    The affect templates and the n-gram rates both read them; computed once,
    not once for each.
    """
    cached = _last_lemmas[0]
    if cached is not None and cached[0] is doc:
        return cached[1]
    keys = lemma_keys(doc, arr[:, _LEMMA])
    _last_lemmas[0] = (doc, keys)
    return keys


#: The last document's ``_lemmas``.
_last_lemmas: list[tuple[Doc, NDArray[Any]] | None] = [None]


def _column(values: NDArray[Any], offset: int | str, heads: NDArray[Any]) -> NDArray[Any]:
    """``values`` read at each token's neighbour ``offset`` away (0 beyond the document)."""
    if isinstance(offset, str):  # "h": the syntactic head
        head_values: NDArray[Any] = values[heads]
        return head_values
    return shift(values, offset)


@dataclass(frozen=True)
class FramingModel:
    """Weights, bias and the decision thresholds chosen by cross-validation."""

    weights: NDArray[Any]
    threshold: float
    peak: float
    #: Share of the classifiers in the token score; the rest is the n-gram rate.
    mix: float = 1.0
    #: The MLP over context vectors (:mod:`.framing_dense`), when trained.
    dense: DenseModel | None = None
    #: Share of the linear model's logit in the classifiers' blend (the rest: the MLP's).
    share: float = 1.0
    #: Least token score inside a scare quote for it to stay (see ``framing``).
    gate: float = 0.0
    #: Least token score for a term of a ``gated`` lexicon entry to stay (see ``framing``).
    lexicon_gate: float = 0.0
    #: Whether the weights were trained with the affect templates (older ones were not).
    affect: bool = False
    #: Whether they were trained with the context templates of :mod:`.framing_context`.
    context: bool = False
    #: Whether they were trained with the cluster and rarity templates of :mod:`.framing_lexemes`.
    clusters: bool = False

    @property
    def buckets(self) -> int:
        return int(self.weights.shape[0])

    def linear_logits(self, doc: Doc, arr: NDArray[Any] | None = None) -> NDArray[Any]:
        """The hashed-feature logistic regression's per-token logits."""
        import numpy

        ids = feature_ids(doc, self.buckets, arr, self.affect, self.context, self.clusters)
        logits: NDArray[Any] = self.weights[ids].sum(axis=1, dtype=numpy.float32)
        return logits

    def scores(self, doc: Doc) -> NDArray[Any]:
        """Probability that each token is inside a loaded-language or label span."""
        return self._probs(doc)[0]

    def token_probs(self, doc: Doc) -> NDArray[Any]:
        """``scores`` blended with the smoothed n-gram rates (share ``1 - mix``)."""
        probs, rates = self._probs(doc)
        if self.mix < 1.0 and len(doc):
            # The smoothed n-gram rates generalise better for rare words, the
            # classifiers read context; their blend beat either in cross-validation.
            probs = self.mix * probs + (1.0 - self.mix) * ngram_rates(rates)
        return probs

    def _probs(self, doc: Doc) -> tuple[NDArray[Any], NDArray[Any]]:
        """The classifiers' probabilities and the n-gram rate features they read."""
        import numpy

        if len(doc) == 0:
            empty = numpy.zeros(0, dtype=numpy.float32)
            return empty, empty.reshape(0, 2 * LOOKUPS)
        arr = token_columns(doc)
        # Decoding's flags from the same columns: one ``to_array`` per document, not two.
        flags_from(doc, arr[:, _FLAG_COLUMNS])
        rates = rate_features(
            doc, arr=arr[:, [_LOWER, _LEMMA, _PUNCT, _SPACE]], lemmas=_lemmas(doc, arr)
        )
        logits = self.linear_logits(doc, arr)
        dense = self.dense.logits(doc, rates) if self.dense is not None else None
        if dense is not None:
            logits = self.share * logits + (1.0 - self.share) * dense
        return 1.0 / (1.0 + numpy.exp(-logits)), rates

    def predict(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(first token, end token, kind) spans of ``doc``."""
        return decode(doc, self.token_probs(doc), self.threshold, self.peak)


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
            dense = from_arrays(data)
    except (OSError, ValueError, KeyError) as exc:
        raise ResourceError(
            f"sitrep/data/{DATA_FILE} is damaged ({exc}); reinstall sitrep"
        ) from exc
    templates = meta.get("templates")
    flags = [(a, c, k) for a in (True, False) for c in (True, False) for k in (True, False)]
    known = [f for f in flags if template_names(*f) == templates]
    if not known:
        raise ResourceError(f"sitrep/data/{DATA_FILE} was trained with other features; retrain it")
    return FramingModel(
        weights,
        float(meta["threshold"]),
        float(meta["peak"]),
        float(meta.get("mix", 1.0)),
        dense,
        float(meta.get("share", 1.0)),
        float(meta.get("gate", 0.0)),
        float(meta.get("lexicon_gate", 0.0)),
        *known[0],
    )
