from __future__ import annotations

import math

import pytest

from sitrep.evaluation import metrics


def test_auc_bounds_and_shape() -> None:
    assert metrics.auc_log_error([]) is None
    assert metrics.auc_log_error([0.0, 0.0, 0.0]) == 0.0
    assert metrics.auc_log_error([20039.0, 20039.0]) == pytest.approx(1.0)
    # Two points: trapezoid of the two scaled values, order does not matter.
    scale = math.log(20039)
    expected = (math.log1p(10) + math.log1p(1000)) / 2 / scale
    assert metrics.auc_log_error([1000.0, 10.0]) == pytest.approx(expected)
    # A single error is its own scaled value.
    assert metrics.auc_log_error([100.0]) == pytest.approx(math.log1p(100) / scale)
    # Smaller errors, smaller area.
    assert metrics.auc_log_error([1, 2, 3]) < metrics.auc_log_error([100, 200, 300])  # type: ignore[operator]


def test_overlap_and_helpers() -> None:
    assert metrics.overlap(0, 5, 5, 9) == 0
    assert metrics.overlap(0, 5, 4, 9) == 1
    assert metrics.overlap(3, 4, 0, 10) == 1
    assert metrics.ratio(1, 0) is None
    assert metrics.ratio(1, 4) == 0.25
    assert metrics.median([3, 1, 2]) == 2
    assert metrics.median([4, 1, 2, 3]) == 2.5
    assert metrics.median([]) is None
    assert metrics.mean([1, 2]) == 1.5
