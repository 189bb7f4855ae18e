"""The dense half of the framing model: a small MLP over context vectors and label rates.

Per token it reads

* spaCy's contextual ``doc.tensor`` rows (the ``tok2vec`` output the pipeline
  has already computed for the tagger and parser) of the token and its two
  neighbours: they say how the word is used here, which the hashed word
  features of :mod:`.framing_model` cannot;
* how often the token's word, lemma and the word pairs it ends or starts were
  labelled in the training part (rate and log count from
  ``data/framing_ngrams.npz``), and the word rates of its neighbours: a
  prior the MLP learns to trust more or less depending on context.

One hidden ReLU layer, weights in ``data/framing_weights.npz`` beside the
linear model's. When training (``training/train_framing.py``) the rates are
leave-one-out (the token's own occurrence is taken out of the counts), so the
MLP learns how the rates of *unseen* text behave, not to copy its own label.

Per document: four sorted-array look-ups (``searchsorted``) for all tokens,
lemma keys memoised across documents, and two small matrix products; the
token columns come from the one ``to_array`` the linear model also reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sitrep.attribution.hashed import MIX, MUL
from sitrep.errors import ResourceError

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from spacy.tokens import Doc

#: Width of spaCy's context vectors the weights were trained on.
TENSOR_WIDTH = 96
#: Neighbours whose context vectors the token reads (relative offsets).
WINDOW = (-1, 0, 1)
#: Rate lookups per token: word and lemma forms of the word, the pair it ends, the pair it starts.
LOOKUPS = 6
#: Input width: context vectors, (rate, log count) per lookup, neighbours' word and lemma rates.
WIDTH = TENSOR_WIDTH * len(WINDOW) + 2 * LOOKUPS + 4
Table = dict[str, tuple[int, int]]


@dataclass(frozen=True)
class HashedCounts:
    """One n-gram table as sorted 64-bit keys and their (labelled, occurrences) counts.

    Keys are spaCy's string ids (``get_string_id``: the symbol id of a string
    spaCy has a symbol for, such as "number", else its hash; a word pair: its
    two ids mixed), as ``doc.to_array`` returns them, so a document's look-ups
    are one ``searchsorted`` per column, no Python loop.
    """

    keys: NDArray[Any]
    labelled: NDArray[Any]
    total: NDArray[Any]

    def lookup(self, keys: NDArray[Any]) -> tuple[NDArray[Any], NDArray[Any]]:
        """(labelled, occurrences) of each key, zeros where it is not in the table."""
        import numpy

        if len(self.keys) == 0:
            zeros = numpy.zeros(len(keys), dtype=numpy.int64)
            return zeros, zeros
        at, found = search(self.keys, keys)
        labelled = numpy.zeros(len(keys), dtype=self.labelled.dtype)
        total = numpy.zeros(len(keys), dtype=self.total.dtype)
        labelled[found] = self.labelled[at]
        total[found] = self.total[at]
        return labelled, total


#: Bits of a key the look-up filter reads (see :func:`search`).
FILTER_BITS = 16


def key_filter(table: NDArray[Any]) -> NDArray[Any]:
    """Which values of a key's low ``FILTER_BITS`` bits occur in the sorted keys ``table``."""
    import numpy

    seen = numpy.zeros(1 << FILTER_BITS, dtype=bool)
    seen[(table & numpy.uint64((1 << FILTER_BITS) - 1)).astype(numpy.int64)] = True
    return seen


#: Filters of the tables searched lately, by the table's identity (see :func:`search`).
_filters: dict[int, tuple[NDArray[Any], NDArray[Any]]] = {}


def search(table: NDArray[Any], keys: NDArray[Any]) -> tuple[NDArray[Any], NDArray[Any]]:
    """(rows of ``table``, positions in ``keys``) of the ``keys`` found in the sorted ``table``.

    Most words are in no table: a bitmap of the table's low key bits rules
    them out with one indexing, and only the rest (about a fifth) are
    binary-searched, which cost more than all the other look-up work.
    """
    import numpy

    held = _filters.get(id(table))
    if held is None or held[0] is not table:
        if len(_filters) > 64:
            _filters.clear()
        held = _filters[id(table)] = (table, key_filter(table))
    keys = keys.astype(numpy.uint64, copy=False)
    low = (keys & numpy.uint64((1 << FILTER_BITS) - 1)).view(numpy.int64)
    maybe = numpy.flatnonzero(held[1][low])
    wanted = keys[maybe]
    at = numpy.minimum(numpy.searchsorted(table, wanted), len(table) - 1)
    hit = table[at] == wanted
    return at[hit], maybe[hit]


#: (word, word pair) tables of the surface forms, the same of the lemmas, and ``alpha``.
Tables = tuple[HashedCounts, HashedCounts, HashedCounts, HashedCounts, float]


def pair_keys(first: NDArray[Any], second: NDArray[Any]) -> NDArray[Any]:
    """The key of each word pair from its two words' string hashes."""
    import numpy

    with numpy.errstate(over="ignore"):
        h = (first.astype(numpy.uint64) * numpy.uint64(MUL)) ^ second.astype(numpy.uint64)
        h = h * numpy.uint64(MIX)
        return h ^ (h >> numpy.uint64(29))


def hashed(table: Table) -> tuple[HashedCounts, HashedCounts]:
    """(word, word pair) tables of ``table`` keyed by hash."""
    from sitrep.attribution.framing_learned import keyed

    out = []
    for n in (1, 2):
        keys, counts = keyed(table, n)
        out.append(HashedCounts(keys, counts[:, 0], counts[:, 1]))
    return out[0], out[1]


def tables(surface: Table, lemma: Table, alpha: float) -> Tables:
    """The hashed tables of plain (n-gram -> counts) tables."""
    return (*hashed(surface), *hashed(lemma), alpha)


@lru_cache(maxsize=1)
def counts() -> Tables:
    """The shipped n-gram counts (``data/framing_ngrams.npz``), as the MLP reads them."""
    import numpy

    from sitrep.attribution.framing_learned import DATA_FILE, FORMS, array_name, stored

    arrays, meta = stored()
    try:
        out = []
        for form in FORMS:
            for n in (1, 2):
                rows = arrays[array_name(form, n, "counts")].astype(numpy.int64)
                out.append(
                    HashedCounts(arrays[array_name(form, n, "keys")], rows[:, 0], rows[:, 1])
                )
        s_uni, s_pair, l_uni, l_pair = out
        return s_uni, s_pair, l_uni, l_pair, float(meta["alpha"])
    except (KeyError, ValueError, TypeError, IndexError) as exc:
        raise ResourceError(f"sitrep/data/{DATA_FILE} is missing or damaged ({exc})") from exc


def table(raw: dict[str, list[int]]) -> Table:
    """n-gram -> (labelled, occurrences) from the build script's [labelled, count, named] rows."""
    return {g: (int(row[0]), int(row[1])) for g, row in raw.items()}


#: Lemma hash -> hash of its lower-cased form, shared by every document: string
#: hashes do not depend on the vocabulary, so a lemma is lowered once per process.
_LOWERED: dict[int, int] = {}
#: Entries kept before the memo starts over (a long run meets ever new names).
_LOWERED_MAX = 200_000


def lemma_keys(doc: Doc, lemmas: NDArray[Any]) -> NDArray[Any]:
    """Hashes of the lower-cased lemmas (the table's lemma form) from the lemma hashes."""
    import numpy
    from spacy.strings import get_string_id

    unique, inverse = numpy.unique(lemmas, return_inverse=True)
    memo = _LOWERED
    hashes: list[int] = unique.tolist()
    lowered = [memo.get(h) for h in hashes]
    if None in lowered:
        if len(memo) > _LOWERED_MAX:
            memo.clear()
        strings = doc.vocab.strings
        for k, h in enumerate(hashes):
            if lowered[k] is None:
                key = get_string_id(strings[h].lower()) if h else 0
                memo[h] = lowered[k] = key
    out: NDArray[Any] = numpy.array(lowered, dtype=numpy.uint64)[inverse.reshape(-1)]
    return out


def rate_features(
    doc: Doc,
    shipped: Tables | None = None,
    inside: NDArray[Any] | None = None,
    arr: NDArray[Any] | None = None,
    lemmas: NDArray[Any] | None = None,
) -> NDArray[Any]:
    """(tokens x 2*LOOKUPS) rates and log counts; ``inside`` (training) leaves each token out.

    Columns ``2c`` (rate) and ``2c + 1`` (log count) for look-up ``c``: word,
    lemma, the pair the token ends (word, lemma), the pair it starts (word,
    lemma). The same n-grams as ``training/build_framing_ngrams.py`` counts:
    whitespace tokens skipped, none starting or ending on punctuation.
    ``arr``: ``doc``'s LOWER, LEMMA, IS_PUNCT, IS_SPACE columns as uint64, when
    the caller has read them already; ``lemmas``: every token's ``lemma_keys``, likewise.
    """
    import numpy
    from spacy.attrs import IS_PUNCT, IS_SPACE, LEMMA, LOWER

    s_uni, s_pair, l_uni, l_pair, alpha = shipped or counts()
    out = numpy.zeros((len(doc), 2 * LOOKUPS), dtype=numpy.float32)
    if arr is None:
        arr = doc.to_array([LOWER, LEMMA, IS_PUNCT, IS_SPACE]).astype(numpy.uint64)
    words = numpy.flatnonzero(arr[:, 3] == 0)
    if len(words) == 0:
        return out
    low, punct = arr[words, 0], arr[words, 2] == 1
    lem = lemma_keys(doc, arr[words, 1]) if lemmas is None else lemmas[words]
    ok = ~punct
    ends = numpy.zeros(len(words), dtype=bool)
    ends[1:] = ok[1:] & ok[:-1]  # a pair ends here: this word and the one before count
    starts = numpy.zeros(len(words), dtype=bool)
    starts[:-1] = ends[1:]
    s_end, l_end = numpy.zeros_like(low), numpy.zeros_like(lem)
    s_end[1:], l_end[1:] = pair_keys(low[:-1], low[1:]), pair_keys(lem[:-1], lem[1:])
    # (words x LOOKUPS) counts: word, lemma, the pair each ends (surface, lemma), and
    # the pair each starts, which is its successor's pair: two pair look-ups serve four
    # columns, and the smoothing below is one array operation for all six.
    labelled = numpy.zeros((len(words), LOOKUPS), dtype=numpy.int64)
    total = numpy.zeros_like(labelled)
    for c, (table, keys) in enumerate(
        ((s_uni, low), (l_uni, lem), (s_pair, s_end), (l_pair, l_end))
    ):
        labelled[:, c], total[:, c] = table.lookup(keys)
    labelled[:-1, 4:] = labelled[1:, 2:4]
    total[:-1, 4:] = total[1:, 2:4]
    valid = numpy.stack((ok, ok, ends, ends, starts, starts), axis=1)
    if inside is not None:
        mine = numpy.asarray(inside, dtype=bool)[words]
        prev, nxt = numpy.zeros_like(mine), numpy.zeros_like(mine)
        prev[1:], nxt[:-1] = mine[1:] & mine[:-1], mine[:-1] & mine[1:]
        own = numpy.stack((mine, mine, prev, prev, nxt, nxt), axis=1)
        present = total > 0
        labelled = labelled - (own & present)
        total = total - present
    # The shipped table keeps only n-grams labelled at least once: so must training.
    use = valid & (labelled > 0)
    out[words, 0::2] = numpy.where(use, labelled / (total + alpha), 0.0)
    out[words, 1::2] = numpy.where(use, numpy.log1p(numpy.maximum(total, 0)), 0.0)
    return out


def ngram_rates(rates: NDArray[Any]) -> NDArray[Any]:
    """``framing_learned.token_scores``'s rates from :func:`rate_features`' columns.

    The best rate of a word or pair covering the token, averaged over the
    surface and lemma forms.
    """
    surface = rates[:, [0, 4, 8]].max(axis=1)
    lemma = rates[:, [2, 6, 10]].max(axis=1)
    out: NDArray[Any] = (surface + lemma) / 2
    return out


def shift(values: NDArray[Any], offset: int) -> NDArray[Any]:
    """Rows of ``values`` read ``offset`` tokens away (zeros beyond the document)."""
    import numpy

    if offset == 0:
        return values
    out = numpy.zeros_like(values)
    if offset > 0:
        out[:-offset] = values[offset:]
    else:
        out[-offset:] = values[:offset]
    return out


def features(doc: Doc, rates: NDArray[Any]) -> NDArray[Any] | None:
    """The MLP's input rows, or None when ``doc`` has no context vectors of the trained width."""
    import numpy

    tensor = doc.tensor
    if tensor is None or tensor.ndim != 2 or tensor.shape != (len(doc), TENSOR_WIDTH):
        return None
    # One preallocated matrix filled in place: a shifted copy per block, then
    # ``concatenate``, cost as much again in allocation and copying.
    n, d = len(doc), TENSOR_WIDTH
    # Not zeroed: every block is written whole, its rows beyond the document by ``_put``.
    out = numpy.empty((n, WIDTH), dtype=numpy.float32)
    for k, offset in enumerate(WINDOW):
        _put(out[:, k * d : (k + 1) * d], tensor, offset)
    at = d * len(WINDOW)
    out[:, at : at + 2 * LOOKUPS] = rates
    at += 2 * LOOKUPS
    word_rates = rates[:, [0, 2]]
    _put(out[:, at : at + 2], word_rates, 1)
    _put(out[:, at + 2 : at + 4], word_rates, -1)
    return out


def _put(block: NDArray[Any], values: NDArray[Any], offset: int) -> None:
    """Write ``values`` read ``offset`` rows away into ``block`` (see :func:`shift`).

    Rows that would read beyond the document are set to zero.
    """
    if offset == 0:
        block[:] = values
    elif offset > 0:
        block[:-offset] = values[offset:]
        block[-offset:] = 0.0
    else:
        block[-offset:] = values[:offset]
        block[:-offset] = 0.0


@dataclass(frozen=True)
class DenseModel:
    """One hidden ReLU layer; input standardisation is folded into ``w1``/``b1``."""

    w1: NDArray[Any]
    b1: NDArray[Any]
    w2: NDArray[Any]
    b2: float

    def logits(self, doc: Doc, rates: NDArray[Any] | None = None) -> NDArray[Any] | None:
        """Per-token logit, or None when ``doc`` has no usable context vectors."""
        x = features(doc, rate_features(doc) if rates is None else rates)
        return None if x is None else self.apply(x)

    def apply(self, x: NDArray[Any]) -> NDArray[Any]:
        import numpy

        # The products go through thinc's single-threaded BLIS, not numpy's ``@``:
        # numpy's OpenBLAS splits a product this size over threads that then spin
        # between calls, and on a busy machine (or one with few cores) waking them
        # cost ~8 ms a document and slowed spaCy's own parse beside them.
        ops = _ops()
        hidden = numpy.maximum(ops.gemm(x, self.w1) + self.b1, 0.0)
        out: NDArray[Any] = ops.gemm(hidden, self.w2[:, None]).ravel() + self.b2
        return out


@lru_cache(maxsize=1)
def _ops() -> Any:
    from thinc.api import NumpyOps

    return NumpyOps()


def from_arrays(data: Any) -> DenseModel | None:
    """The dense model stored in an opened weights file, None if it has none."""
    import numpy

    if "w1" not in data:
        return None
    w1 = data["w1"].astype(numpy.float32)
    if w1.shape[0] != WIDTH:
        raise ResourceError("the framing weights' dense part has another input width; retrain it")
    return DenseModel(
        w1, data["b1"].astype(numpy.float32), data["w2"].astype(numpy.float32), float(data["b2"])
    )
