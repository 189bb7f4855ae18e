"""The hashed logistic models of attribution (cue, cue extent, relation filter).

Each scores a list of feature strings: a feature's weight sits at its CRC-32
hash modulo a power-of-two table size (no feature text ships in the weights
files), the weights are summed and squashed to a probability. The training
script hashes with the same :func:`bucket`.
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


@lru_cache(maxsize=8)
def template_salts(base: int, count: int, multiplier: int) -> NDArray[Any]:
    """The framing models' starting hash of each of ``count`` feature templates
    (template k's name ``base + k`` times ``multiplier``, wrapping at 64 bits), as
    one row: a family of templates gets its own ``base`` so no two collide."""
    import numpy

    names = numpy.arange(base, base + count, dtype=numpy.uint64)
    with numpy.errstate(over="ignore"):
        salts: NDArray[Any] = (names * numpy.uint64(multiplier))[None, :]
    return salts


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
