"""The hashed logistic models of attribution (cue, cue extent, relation filter).

Each scores a list of feature strings: a feature's weight sits at its CRC-32
hash modulo a power-of-two table size (no feature text ships in the weights
files), the weights are summed and squashed to a probability. The training
script hashes with the same :func:`bucket`.

The framing models hash spaCy's 64-bit string ids instead, all tokens at once
with numpy: :func:`template_salts`, :func:`pair_hashes` and :func:`fold` serve
the affect and context template families and the main template groups alike.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from numpy.typing import NDArray


def bucket(feature: str, size: int) -> int:
    """The weight slot of ``feature`` in a table of ``size`` (a power of two) slots."""
    return zlib.crc32(feature.encode("utf-8")) & (size - 1)


#: The framing models' 64-bit hash constants: the multiplier that starts a template's
#: hash and the mixer applied after each part (splitmix64's).
MUL = 0x9E3779B97F4A7C15
MIX = 0xBF58476D1CE4E5B9


@lru_cache(maxsize=8)
def template_salts(base: int, count: int) -> NDArray[Any]:
    """The framing models' starting hash of each of ``count`` feature templates
    (template k's name ``base + k`` times :data:`MUL`, wrapping at 64 bits), as one
    row: a family of templates gets its own ``base`` so no two collide."""
    import numpy

    names = numpy.arange(base, base + count, dtype=numpy.uint64)
    with numpy.errstate(over="ignore"):
        salts: NDArray[Any] = (names * numpy.uint64(MUL))[None, :]
    return salts


def fold(hashes: NDArray[Any], buckets: int) -> NDArray[Any]:
    """``hashes % buckets`` as int64; a bit mask when ``buckets`` is a power of two.

    The same values: a 64-bit division per feature cost more than the hashing.
    """
    import numpy

    if buckets & (buckets - 1) == 0:
        masked: NDArray[Any] = (hashes & numpy.uint64(buckets - 1)).view(numpy.int64)
        return masked
    out: NDArray[Any] = (hashes % numpy.uint64(buckets)).astype(numpy.int64)
    return out


def pair_hashes(
    first: NDArray[Any],
    salts: NDArray[Any],
    second: NDArray[Any],
    paired: list[int],
    buckets: int,
) -> NDArray[Any]:
    """Weight indices of a family of one- and two-part templates, all tokens at once.

    ``first`` (tokens x templates) holds each template's first part and is
    overwritten; template k hashes ``salts[k]`` with it, and the templates listed
    in ``paired`` then hash that with their second part (``second``'s columns, in
    the order of ``paired``). In place: a new matrix per operation cost more than
    the arithmetic.
    """
    import numpy

    mul, mix, s29 = numpy.uint64(MUL), numpy.uint64(MIX), numpy.uint64(29)
    with numpy.errstate(over="ignore"):
        h = first
        h ^= salts
        h *= mix
        h ^= h >> s29
        g = h[:, paired]
        g *= mul
        g ^= second
        g *= mix
        g ^= g >> s29
        h[:, paired] = g
    return fold(h, buckets)


def logistic(z: float) -> float:
    """The probability of a summed score (clipped: no overflow on extreme sums)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def cached_weight(
    memo: dict[str, float], weights: Any, size: int, feature: str, limit: int
) -> float:
    """``feature``'s weight in a table of ``size`` slots, read through ``memo``
    (cleared past ``limit`` entries):
    hashing and numpy scalar reads cost more than the scoring, and documents
    repeat the same few thousand features."""
    found = memo.get(feature)
    if found is None:
        if len(memo) > limit:
            memo.clear()
        found = memo[feature] = float(weights[bucket(feature, size)])
    return found


@dataclass(frozen=True)
class HashedCheck:
    """A logistic check over hashed features: ``weights`` (a numpy float array whose
    length is the table size) and the probability at which it says yes."""

    weights: Any
    threshold: float
    _memo: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    def probability(self, feats: list[str]) -> float:
        memo, weights = self._memo, self.weights
        size = len(weights)
        return logistic(sum(cached_weight(memo, weights, size, f, 100_000) for f in feats))
