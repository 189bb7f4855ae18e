"""Small, dependency-free metrics shared by the evaluations.

Written out here (not taken from a library) so that each number the gate pins
has one definition that the tests check on hand-made inputs.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

#: Half the Earth's circumference in km: the largest possible error, used by
#: Gritta et al. (2018) to scale the log error into [0, 1].
MAX_ERROR_KM = 20039.0

#: 100 miles, the customary "correct" radius of toponym resolution.
ACC_RADIUS_KM = 161.0


def auc_log_error(errors_km: Sequence[float]) -> float | None:
    """Area under the curve of sorted, scaled log errors (Gritta et al. 2018).

    Each error becomes ln(1 + e) / ln(20039); the sorted values are integrated
    with the trapezoid rule over an x-axis scaled to [0, 1]. 0 is perfect, 1 is
    every toponym on the far side of the planet. ``None`` when there is nothing
    to score. A single error is its own scaled value (a flat curve).
    """
    if not errors_km:
        return None
    scale = math.log(MAX_ERROR_KM)
    # min(): an error of exactly 20039 km would score a hair above 1.
    ys = sorted(min(1.0, math.log1p(max(0.0, e)) / scale) for e in errors_km)
    if len(ys) == 1:
        return ys[0]
    area = sum((a + b) / 2 for a, b in itertools.pairwise(ys))
    return area / (len(ys) - 1)


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Number of characters two half-open spans share (0 when disjoint)."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def ratio(num: int | float, den: int | float) -> float | None:
    """num / den, or ``None`` when the denominator is 0 (nothing to measure)."""
    return num / den if den else None


def median(values: Sequence[float]) -> float | None:
    if not values:
        return None
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def rounded(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)
