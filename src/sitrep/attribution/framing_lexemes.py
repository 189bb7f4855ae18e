"""Word-cluster and word-frequency templates of the framing model's linear classifier.

The hashed word features of :mod:`.framing_model` only know words that were
labelled in training, and VADER (:mod:`.framing_affect`) rates about 7,500.
Brown clusters group a large vocabulary by the contexts each word occurs in
("brutal", "barbaric" and "heinous" share one cluster; "hysterical" and
"disgusting" another), so a weight learned for one member carries to the
others. The clusters are spaCy's English ones (``en_lexeme_cluster`` of the
``spacy-lookups-data`` package, MIT licence; about 190,000 words in 1,000
clusters), read from the installed package at run time, not copied into
sitrep.

A word's cluster is a path in a binary tree, stored as an integer whose low
bits are the path's first steps (so ``"said"`` and ``"says"`` share their low
seven bits). The templates read the whole cluster and its first 4, 6 and 10
steps, the cluster with the token's tag, the neighbours' clusters and the
syntactic head's cluster with the token's dependency; a word the table lacks
(by its lower-cased form, else its lemma) has cluster 0.

Emotive and abusive words are also rarer than the plain words they replace
("slaughtered" beside "killed"). The same package's ``en_lexeme_prob`` (log
probability of about a million words in a large English corpus) gives each
token a rarity bin, the whole part of its negated log probability, at most
``RAREST`` (also the bin of a word the table lacks), read alone and with the
tag.

Both tables are packed into one sorted array of spaCy's string hashes
(:func:`packed`): per document, one binary search over the tokens' lower-cased
forms, and one more over the lemmas of the few words with no cluster.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from sitrep.attribution.hashed import pair_hashes, template_salts
from sitrep.errors import ResourceError

if TYPE_CHECKING:
    from numpy.typing import NDArray

PACKAGE = "spacy_lookups_data"
TABLE_FILE = "data/en_lexeme_cluster.json.gz"
PROB_FILE = "data/en_lexeme_prob.json.gz"
#: Template names (they go into the weights' meta with the others).
TEMPLATES = (
    "cl", "cl4", "cl6", "cl10", "cl-tag", "cl-1", "cl+1", "cl-1+0", "clhead-dep", "rare", "rare-tag"
)  # fmt: skip
#: Rarity bin of a word the frequency table lacks or puts at a log probability of -18 or
#: below (bins are whole negated log probabilities; three words in four of the table).
RAREST = 18
#: Path steps of the prefix templates, in the order of ``TEMPLATES[1:4]``.
PREFIXES = (4, 6, 10)
#: Cluster of a neighbour beyond the document (real clusters are below 2**20).
OUTSIDE = 1 << 40
_BASE = 2000
#: The templates with a second part (tag; this cluster after the previous one; the
#: dependency; the tag).
_PAIRED = [4, 7, 8, 10]


def _entries(name: str, zeros: bool = True) -> Iterator[tuple[str, float]]:
    """(word, value) of one of the package's word tables, line by line (``zeros``:
    also the words whose value is 0, which are most of the cluster table's).

    The files hold one ``"word":value`` pair per line. Decoding the whole JSON
    object built a million-entry dictionary first and raised a process's peak
    memory by about 250 MB; read a line at a time, only the kept rows stay.
    """
    count = 0
    try:
        with (resources.files(PACKAGE) / name).open("rb") as raw, gzip.open(raw) as lines:
            for line in lines:
                if not zeros and line.endswith((b":0,\n", b":0\n")):
                    continue
                key, colon, value = line.decode("utf-8").strip().rstrip(",").rpartition(":")
                if not colon or not key.startswith('"'):
                    continue  # the object's braces
                try:
                    word = json.loads(key) if "\\" in key else key[1:-1]
                    number = float(value.rstrip("}"))
                except ValueError as exc:
                    raise ResourceError(
                        f"the word table {PACKAGE}/{name}: bad line {line!r}"
                    ) from exc
                count += 1
                yield word, number
    except (ModuleNotFoundError, FileNotFoundError, OSError, EOFError) as exc:
        raise ResourceError(
            f"the word table {PACKAGE}/{name} (pip install spacy-lookups-data) "
            f"could not be read ({exc})"
        ) from exc
    if not count:
        raise ResourceError(f"the word table {PACKAGE}/{name} has no entries")


def _sorted(rows: dict[int, int]) -> tuple[NDArray[Any], NDArray[Any]]:
    import numpy

    keys = numpy.fromiter(rows, dtype=numpy.uint64, count=len(rows))
    values = numpy.fromiter(rows.values(), dtype=numpy.uint64, count=len(rows))
    order = numpy.argsort(keys)
    return keys[order], values[order]


@lru_cache(maxsize=1)
def table() -> tuple[NDArray[Any], NDArray[Any]]:
    """(sorted string hashes of lower-cased words, their clusters), clustered words only.

    Where two casings of a word differ ("Bush", "bush"), the first the file
    lists wins: it lists words by frequency.
    """
    from spacy.strings import get_string_id

    rows: dict[int, int] = {}
    for word, cluster in _entries(TABLE_FILE, zeros=False):
        if cluster:
            rows.setdefault(get_string_id(word.lower()), int(cluster))
    return _sorted(rows)


@lru_cache(maxsize=1)
def rarity_table() -> tuple[NDArray[Any], NDArray[Any]]:
    """(sorted string hashes of lower-cased words, their rarity bins), words below ``RAREST``.

    The casings of a word add up: "Bush" and "bush" are one lower-cased word.
    Most of the table's million words are rarer than that, and share the bin
    of a word it lacks: leaving them out keeps the look-up table a third as
    large, and as the file lists words by falling probability, reading stops
    at the first of them.
    """
    import math

    from spacy.strings import get_string_id

    floor = -float(RAREST)
    total: dict[int, float] = {}
    # The file lists words from the most probable down: the rest are all past the floor.
    for word, logprob in _entries(PROB_FILE):
        if logprob <= floor:
            break
        key = get_string_id(word.lower())
        total[key] = total.get(key, 0.0) + math.exp(logprob)
    return _sorted({k: min(RAREST, int(-math.log(p))) for k, p in total.items()})


#: Bit where a packed row's rarity bin starts (clusters stay below 2**20).
_SHIFT = 32


@lru_cache(maxsize=1)
def packed() -> tuple[NDArray[Any], NDArray[Any]]:
    """(sorted string hashes, cluster + rarity bin << ``_SHIFT``) of every word of either
    table: one search per token finds both (the two tables took a search each)."""
    import numpy

    cluster_keys, cluster_values = table()
    rare_keys, rare_values = rarity_table()
    keys = numpy.union1d(cluster_keys, rare_keys)
    values = numpy.full(len(keys), RAREST << _SHIFT, dtype=numpy.uint64)
    values[numpy.searchsorted(keys, rare_keys)] = rare_values << numpy.uint64(_SHIFT)
    values[numpy.searchsorted(keys, cluster_keys)] |= cluster_values
    return keys, values


def words(lower: NDArray[Any], lemma: NDArray[Any]) -> tuple[NDArray[Any], NDArray[Any]]:
    """Each token's (cluster, rarity bin): the cluster of its LOWER hash, else of its
    lower-cased lemma (0: neither is clustered); the rarity of its LOWER hash
    (``RAREST`` where the table lacks it)."""
    import numpy

    from sitrep.attribution.framing_dense import search

    keys, values = packed()
    row: NDArray[Any] = numpy.full(len(lower), RAREST << _SHIFT, dtype=numpy.uint64)
    at, found = search(keys, lower)
    row[found] = values[at]
    cluster: NDArray[Any] = row & numpy.uint64((1 << _SHIFT) - 1)
    # Only the words without a cluster of their own look up their lemma.
    bare = numpy.flatnonzero(cluster == 0)
    if len(bare):
        cluster_keys, cluster_values = table()
        at, found = search(cluster_keys, lemma[bare])
        cluster[bare[found]] = cluster_values[at]
    rare: NDArray[Any] = row >> numpy.uint64(_SHIFT)
    return cluster, rare


def _salts() -> NDArray[Any]:
    return template_salts(_BASE, len(TEMPLATES))


def feature_ids(
    lower: NDArray[Any],
    lemma: NDArray[Any],
    tag: NDArray[Any],
    dep: NDArray[Any],
    heads: NDArray[Any],
    buckets: int,
) -> NDArray[Any]:
    """(tokens x len(TEMPLATES)) weight indices of the cluster and rarity templates
    (``heads``: each token's head's index)."""
    import numpy

    c, rare = words(lower, lemma)
    n = len(c)
    if n == 0:
        return numpy.zeros((0, len(TEMPLATES)), dtype=numpy.int64)
    first = numpy.empty((n, len(TEMPLATES)), dtype=numpy.uint64)
    first[:, 0] = first[:, 4] = c
    for k, steps in enumerate(PREFIXES, start=1):
        first[:, k] = c & numpy.uint64((1 << steps) - 1)
    first[0, 5] = first[0, 7] = OUTSIDE
    first[1:, 5] = first[1:, 7] = c[:-1]
    first[:-1, 6] = c[1:]
    first[-1, 6] = OUTSIDE
    first[:, 8] = c[heads]
    first[:, 9] = first[:, 10] = rare
    second = numpy.empty((n, len(_PAIRED)), dtype=numpy.uint64)
    second[:, 0], second[:, 1], second[:, 2], second[:, 3] = tag, c, dep, tag
    out = pair_hashes(first, _salts(), second, _PAIRED, buckets)
    return out.reshape(n, len(TEMPLATES))
