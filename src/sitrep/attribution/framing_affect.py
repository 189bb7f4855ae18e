"""Word affect features for the framing model, from the VADER sentiment lexicon.

Loaded language is emotive wording, and most emotive words of a new article
never occurred in a labelled span of the training part, so neither the hashed
word weights nor the n-gram label rates know them. A general affect lexicon
does: VADER's (``vaderSentiment/vader_lexicon.txt`` of the ``vadersentiment``
package, MIT licence; about 7,500 words rated by ten people from -4 to +4) is
read from the installed package at run time, not copied into sitrep.

Each token gets an affect bin: not rated, or the sign and whole part of its
mean valence (1 to 4 steps), from its lower-cased form, else its lower-cased
lemma ("slaughtered" -> "slaughter"). The linear model of
:mod:`.framing_model` reads the bin alone, with the token's tag, with its
dependency, the neighbours' bins and the previous bin with this one
(``TEMPLATES``): a few hundred weights that carry to rated words never seen in
a training span. Look-ups are one ``searchsorted`` per column over the string
hashes ``doc.to_array`` gives, no Python loop per token.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from sitrep.attribution.hashed import pair_hashes, template_salts
from sitrep.errors import ResourceError

if TYPE_CHECKING:
    from numpy.typing import NDArray

PACKAGE = "vaderSentiment"
LEXICON_FILE = "vader_lexicon.txt"
#: Feature templates over the affect bins (their names go into the weights' meta).
TEMPLATES = ("aff", "aff-tag", "aff-dep", "aff-1", "aff+1", "aff-1+0")
#: Bin of a token the lexicon does not rate; bins of rated ones are this +- 1..4.
UNRATED = 10
#: Bin of a neighbour beyond the document.
OUTSIDE = 99
_BASE = 1000
#: The templates with a second part (tag, dependency, this bin after the previous one).
_PAIRED = [1, 2, 5]


@lru_cache(maxsize=1)
def lexicon() -> tuple[NDArray[Any], NDArray[Any]]:
    """(sorted string hashes, affect bins) of the VADER lexicon's one-word entries."""
    import numpy
    from spacy.strings import get_string_id

    try:
        text = (resources.files(PACKAGE) / LEXICON_FILE).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError) as exc:
        raise ResourceError(
            f"the VADER lexicon ({PACKAGE}/{LEXICON_FILE}; pip install vadersentiment) "
            f"could not be read ({exc})"
        ) from exc
    rows: dict[int, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0] or " " in parts[0]:
            continue
        try:
            rows[get_string_id(parts[0].lower())] = float(parts[1])
        except ValueError:  # a malformed line: skip it, the rest are usable
            continue
    if not rows:
        raise ResourceError(f"the VADER lexicon ({PACKAGE}/{LEXICON_FILE}) has no entries")
    keys = numpy.array(sorted(rows), dtype=numpy.uint64)
    value = numpy.array([rows[int(k)] for k in keys], dtype=numpy.float64)
    # The bin of each entry, once: per document only look-ups remain.
    level = numpy.minimum(numpy.abs(value), 3.99).astype(numpy.int64) + 1
    sign = numpy.where(value < 0, -1, 1)
    return keys, (level * sign + UNRATED).astype(numpy.uint64)


def _salts() -> NDArray[Any]:
    """Each template's starting hash (its number times the multiplier), one row."""
    return template_salts(_BASE, len(TEMPLATES))


def bins(lower: NDArray[Any], lemma: NDArray[Any]) -> NDArray[Any]:
    """Affect bin of each token from its LOWER hash and its lower-cased lemma's hash."""
    import numpy

    from sitrep.attribution.framing_dense import search

    keys, values = lexicon()
    # The word's own bin where the lexicon rates it, else its lemma's.
    out: NDArray[Any] = numpy.full(len(lower), UNRATED, dtype=numpy.uint64)
    at, found = search(keys, lemma)
    out[found] = values[at]
    at, found = search(keys, lower)
    out[found] = values[at]
    return out


def feature_ids(
    lower: NDArray[Any], lemma: NDArray[Any], tag: NDArray[Any], dep: NDArray[Any], buckets: int
) -> NDArray[Any]:
    """(tokens x len(TEMPLATES)) weight indices of the affect templates.

    Template k hashes its name ``_BASE + k`` with its first part, and the
    two-part ones (bin with tag, with dependency, previous bin with this one)
    that with their second: all columns in one matrix, a few operations.
    """
    import numpy

    b = bins(lower, lemma)
    n = len(b)
    if n == 0:
        return numpy.zeros((0, len(TEMPLATES)), dtype=numpy.int64)
    # The parts filled in place, a block per template (``stack`` of columns cost more).
    first = numpy.empty((n, len(TEMPLATES)), dtype=numpy.uint64)
    first[:, 0] = first[:, 1] = first[:, 2] = b
    first[0, 3] = first[0, 5] = OUTSIDE  # the previous bin, beyond the document at the start
    first[1:, 3] = first[1:, 5] = b[:-1]
    first[:-1, 4] = b[1:]
    first[-1, 4] = OUTSIDE
    second = numpy.empty((n, len(_PAIRED)), dtype=numpy.uint64)
    second[:, 0], second[:, 1], second[:, 2] = tag, dep, b
    out = pair_hashes(first, _salts(), second, _PAIRED, buckets)
    return out.reshape(n, len(TEMPLATES))
