"""Great-circle distance, defined once for every stage that measures one.

The geo stage (candidate-anchor distances), events (coreference of nearby
places), dedup (place compatibility), the store (radius filters) and the
evaluations (acc@161) all compare kilometres; one formula and one radius keep
their thresholds comparable. Dependency-free so that importing it costs nothing.
"""

from __future__ import annotations

import math

#: Mean Earth radius (IUGG), km.
EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points given in degrees, km."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlam = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    # min() guards against a rounding error pushing asin's argument above 1.
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
