"""Learned loaded-language spans: word n-grams that annotators often mark.

``data/framing_ngrams.npz`` holds, for words and word pairs (lower case and
lemma forms), how often each was inside a Loaded_Language or
Name_Calling,Labeling span of the PTC training part and how often it occurs
there at all (``training/build_framing_ngrams.py`` counts them). Each token
scores the smoothed rate ``labelled / (count + alpha)`` of the best n-gram
covering it, averaged over the surface and the lemma vocabularies (the
lemma generalises to unseen inflections, the surface form keeps "Hitler's"
apart from "Hitler"). Runs of tokens scoring at least ``threshold`` become
spans, and an adjective run takes its head noun along ("despotic leader"),
as PTC's annotators mark it. ``alpha`` and ``threshold`` were chosen on a
tuning part of PTC train (see the data file's ``_source``).

The file stores no words: an n-gram is only its one-way 64-bit key (spaCy's
string id of a word, two ids mixed for a pair, see :func:`gram_key`), so no
text of the corpus ships, and a document's n-grams are looked up by the ids
spaCy has already computed for its tokens.

Per document this is a few dictionary look-ups per token.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sitrep.errors import ResourceError

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from numpy.typing import NDArray
    from spacy.tokens import Doc, Token

DATA_FILE = "framing_ngrams.npz"
#: The two vocabularies: lower-cased words and lower-cased lemmas.
FORMS = ("surface", "lemma")
#: Count columns per n-gram: labelled, occurrences, labelled as Name_Calling,Labeling.
COLUMNS = 3
#: Parts of speech an adjective run extends over ("brutal dictator").
_HEADS = frozenset({"NOUN", "PROPN"})

#: (rate, mostly a label) of an n-gram.
Rate = tuple[float, bool]
#: Rates of words and of word pairs, by key.
Rates = tuple[dict[int, Rate], dict[int, Rate]]
#: Array name -> array: per form and n, sorted uint64 ``keys`` and their ``counts`` rows.
Arrays = dict[str, "NDArray[Any]"]


@dataclass(frozen=True)
class NgramRates:
    """Smoothed labelled rates of surface and lemma n-grams, plus the decision threshold."""

    surface: Rates
    lemma: Rates
    max_n: int
    threshold: float


def array_name(form: str, n: int, part: str) -> str:
    """The name of one stored array: ``surface_2_keys``, ``lemma_1_counts``, ..."""
    return f"{form}_{n}_{part}"


def gram_key(gram: str) -> int:
    """The one-way key of an n-gram ("word" or "word word") as the tables store it."""
    import numpy
    from spacy.strings import get_string_id

    from sitrep.attribution.framing_dense import pair_keys

    ids = [get_string_id(w) for w in gram.split(" ")]
    if len(ids) == 1:
        return ids[0]
    if len(ids) != 2:
        raise ValueError(f"only words and word pairs are stored, not {gram!r}")
    first, second = numpy.array(ids[:1], numpy.uint64), numpy.array(ids[1:], numpy.uint64)
    return int(pair_keys(first, second)[0])


def keyed(table: Mapping[str, Sequence[int]], n: int) -> tuple[NDArray[Any], NDArray[Any]]:
    """Sorted keys of the ``n``-word n-grams of ``table`` and their count rows."""
    import numpy
    from spacy.strings import get_string_id

    from sitrep.attribution.framing_dense import pair_keys

    rows = [(gram.split(" "), counts) for gram, counts in table.items()]
    rows = [(words, counts) for words, counts in rows if len(words) == n]
    ids = numpy.array(
        [[get_string_id(w) for w in words] for words, _ in rows], dtype=numpy.uint64
    ).reshape(len(rows), n)
    keys = ids[:, 0] if n == 1 else pair_keys(ids[:, 0], ids[:, 1])
    order = numpy.argsort(keys, kind="stable")
    # Rows keep their width (the dense tables have two columns, the stored ones three).
    width = len(next(iter(table.values()), ())) or COLUMNS
    counts = numpy.array([c for _, c in rows], dtype=numpy.int64).reshape(len(rows), width)
    return keys[order], counts[order]


def arrays_of(tables: Mapping[str, Mapping[str, Sequence[int]]]) -> Arrays:
    """The stored arrays of plain ``{form: {n-gram: [labelled, count, named]}}`` tables."""
    out: Arrays = {}
    for form in FORMS:
        for n in (1, 2):
            keys, counts = keyed(tables[form], n)
            out[array_name(form, n, "keys")] = keys
            out[array_name(form, n, "counts")] = counts
    return out


def save(
    path: Path, tables: Mapping[str, Mapping[str, Sequence[int]]], meta: dict[str, Any]
) -> None:
    """Write ``tables`` hashed, the settings in ``meta`` as the one string (JSON)."""
    import numpy

    arrays = arrays_of(tables)
    for name in arrays:
        if name.endswith("_counts"):
            # Counts are small and non-negative: uint32 keeps the file small, compressed.
            arrays[name] = arrays[name].astype(numpy.uint32)
    arrays["meta"] = numpy.array(json.dumps(meta, ensure_ascii=False))
    # numpy's stub types ``**kwds`` as its ``allow_pickle`` flag; the names are array names.
    savez: Any = numpy.savez_compressed
    with path.open("wb") as fh:
        savez(fh, **arrays)


def read(source: IO[bytes]) -> tuple[Arrays, dict[str, Any]]:
    """The arrays and settings of an open n-gram file (see :func:`save`)."""
    import numpy

    with numpy.load(source) as data:
        meta = json.loads(str(data["meta"]))
        arrays = {
            array_name(form, n, part): data[array_name(form, n, part)]
            for form in FORMS
            for n in (1, 2)
            for part in ("keys", "counts")
        }
    return arrays, meta


@lru_cache(maxsize=1)
def stored() -> tuple[Arrays, dict[str, Any]]:
    """The shipped n-gram file, read once (also :func:`.framing_dense.counts`' source)."""
    try:
        with resources.files("sitrep.data").joinpath(DATA_FILE).open("rb") as fh:
            return read(fh)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ResourceError(f"sitrep/data/{DATA_FILE} is missing or damaged ({exc})") from exc


def from_counts(data: Mapping[str, Any]) -> NgramRates:
    """An n-gram table from plain counts: ``alpha``, ``threshold``, ``max_n`` and per form
    ``{n-gram: [labelled, count, named]}`` (the build script's candidates)."""
    return from_arrays(arrays_of(data), data)


def from_arrays(arrays: Arrays, meta: Mapping[str, Any]) -> NgramRates:
    """An n-gram table from stored arrays and their settings."""
    max_n = int(meta["max_n"])
    if max_n not in (1, 2):
        raise ResourceError(f"n-gram tables hold words and word pairs, not max_n {max_n}")
    alpha = float(meta["alpha"])
    surface, lemma = (
        (_rates(arrays, form, 1, alpha), _rates(arrays, form, 2, alpha)) for form in FORMS
    )
    return NgramRates(surface, lemma, max_n, float(meta["threshold"]))


def _rates(arrays: Arrays, form: str, n: int, alpha: float) -> dict[int, Rate]:
    """key -> (rate, mostly a label) from [labelled, count, labelled as a label] rows."""
    import numpy

    keys = arrays[array_name(form, n, "keys")].tolist()
    rows = arrays[array_name(form, n, "counts")].astype(numpy.int64)
    # numpy's float64 division rounds as Python's does: the same rates as per-row arithmetic.
    rate = (rows[:, 0] / (rows[:, 1] + alpha)).tolist()
    named = (2 * rows[:, 2] >= rows[:, 0]).tolist()
    return dict(zip(keys, zip(rate, named, strict=True), strict=True))


@lru_cache(maxsize=1)
def rates() -> NgramRates:
    """The shipped n-gram table, read once."""
    arrays, meta = stored()
    try:
        return from_arrays(arrays, meta)
    except (KeyError, ValueError, TypeError) as exc:
        raise ResourceError(f"sitrep/data/{DATA_FILE} is missing or damaged ({exc})") from exc


def _best(
    words: list[int],
    punct: list[bool],
    rates: Rates,
    keys: tuple[list[int], list[int]],
    max_n: int,
    size: int,
) -> tuple[list[float], list[bool]]:
    """Per token: the best rate of an n-gram of ``rates`` covering it, and its kind.

    ``keys``: the key of each word of ``words`` and of the pair it starts.
    """
    score = [0.0] * size
    label = [False] * size
    one, two = rates[0].get, rates[1].get
    uni, pairs = keys
    last_word = len(words) - 1
    for a, first in enumerate(words):
        # n-grams never start or end on punctuation (the counts were made the same way).
        if punct[first]:
            continue
        hit = one(uni[a])
        if hit is not None and hit[0] > score[first]:
            score[first], label[first] = hit
        if max_n < 2 or a >= last_word:
            continue
        last = words[a + 1]
        if punct[last]:
            continue
        hit = two(pairs[a])
        if hit is None:
            continue
        for i in (first, last):
            if hit[0] > score[i]:
                score[i], label[i] = hit
    return score, label


def token_scores(doc: Doc, table: NgramRates | None = None) -> tuple[list[float], list[bool]]:
    """Per token: the averaged surface/lemma rate and whether it reads as a label."""
    import numpy
    from spacy.attrs import IS_PUNCT, IS_SPACE, LEMMA, LOWER

    from sitrep.attribution.framing_dense import lemma_keys, pair_keys

    table = table or rates()
    size = len(doc)
    # One array of spaCy's ids; the n-gram loops then only index lists.
    arr = doc.to_array([LOWER, LEMMA, IS_PUNCT, IS_SPACE]).astype(numpy.uint64).reshape(size, 4)
    words_at = numpy.flatnonzero(arr[:, 3] == 0)
    words: list[int] = words_at.tolist()
    punct: list[bool] = (arr[:, 2] == 1).tolist()
    low = arr[words_at, 0]
    lem = lemma_keys(doc, arr[words_at, 1])
    forms = []
    for ids in (low, lem):
        forms.append((ids.tolist(), pair_keys(ids[:-1], ids[1:]).tolist()))
    s_score, s_label = _best(words, punct, table.surface, forms[0], table.max_n, size)
    l_score, l_label = _best(words, punct, table.lemma, forms[1], table.max_n, size)
    score = [(a + b) / 2 for a, b in zip(s_score, l_score, strict=True)]
    label = [a or b for a, b in zip(s_label, l_label, strict=True)]
    return score, label


def learned_spans(doc: Doc, table: NgramRates | None = None) -> list[tuple[int, int, str]]:
    """(first token, end token, kind) of every run of loaded tokens in ``doc``.

    ``table`` replaces the shipped one (the build script tries candidates).
    """
    if len(doc) == 0:
        return []
    table = table or rates()
    score, label = token_scores(doc, table)
    threshold = table.threshold
    on = [s >= threshold and not doc[i].is_space for i, s in enumerate(score)]
    for i in range(len(doc) - 1):
        # The head noun after a loaded adjective, and the second noun of a compound.
        if on[i] and not on[i + 1] and _takes_head(doc[i], doc[i + 1]):
            on[i + 1] = True
    out: list[tuple[int, int, str]] = []
    start: int | None = None
    for i, flag in enumerate([*on, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            out.extend(_trimmed(doc, start, i, label))
            start = None
    return out


def _takes_head(tok: Token, nxt: Token) -> bool:
    if nxt.pos_ not in _HEADS:
        return False
    # A noun only extends over the noun it modifies ("smear campaign"), not "liar yesterday".
    return tok.pos_ == "ADJ" or (tok.dep_ == "compound" and tok.head is nxt)


def _trimmed(doc: Doc, start: int, end: int, label: list[bool]) -> list[tuple[int, int, str]]:
    """The run without punctuation at its ends (none if nothing is left)."""
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if start >= end:
        return []
    kind = "label" if any(label[start:end]) else "loaded"
    return [(start, end, kind)]
