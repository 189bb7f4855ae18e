from __future__ import annotations

import math

import pytest

from sitrep.geodesy import EARTH_RADIUS_KM, haversine_km


def test_haversine_known_distances() -> None:
    assert haversine_km(0, 0, 0, 0) == 0
    # One degree of latitude is about 111.2 km.
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.19, abs=0.05)
    # Damascus -> Aleppo is about 310 km as the crow flies.
    assert haversine_km(33.5138, 36.2765, 36.2021, 37.1343) == pytest.approx(309, abs=5)
    # Antipodes: half the circumference, without a math domain error from rounding.
    assert haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * EARTH_RADIUS_KM, rel=1e-9)
    assert haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * 6371.0088, rel=1e-9)


def test_haversine_is_symmetric() -> None:
    assert haversine_km(36.2, 37.1, 35.9, 39.0) == pytest.approx(
        haversine_km(35.9, 39.0, 36.2, 37.1)
    )
