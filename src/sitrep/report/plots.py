"""The report's two images, as PNG bytes: a map of events and a timeline by type.

matplotlib is optional (``sitrep[report]``); without it the report says the
images are unavailable. The map has no basemap: nothing is downloaded, so
events are drawn on a lon/lat grid with the place and the search radius.
"""

from __future__ import annotations

import io
import math
from collections import Counter
from typing import Any

from sitrep.geodesy import EARTH_RADIUS_KM


def available() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ModuleNotFoundError:
        return False
    return True


def _figure(width: float, height: float) -> Any:
    import matplotlib

    # No display: render to memory whatever the environment's default backend.
    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100)


def _png(fig: Any) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()


def event_map(
    points: list[tuple[float, float, str, int]],
    centre: tuple[float, float, str],
    radius_km: float,
) -> bytes:
    """Points are (lat, lon, place name, event count); circle size grows with the count."""
    fig = _figure(6, 6)
    ax = fig.add_subplot()
    lat0, lon0, name = centre
    steps = 120
    dlat = radius_km / (math.pi * EARTH_RADIUS_KM / 180)
    dlon = dlat / max(math.cos(math.radians(lat0)), 1e-6)
    ring_x = [lon0 + dlon * math.cos(2 * math.pi * i / steps) for i in range(steps + 1)]
    ring_y = [lat0 + dlat * math.sin(2 * math.pi * i / steps) for i in range(steps + 1)]
    ax.plot(ring_x, ring_y, color="grey", linestyle="--", linewidth=1,
            label=f"{radius_km:g} km around {name}")  # fmt: skip
    ax.plot([lon0], [lat0], marker="+", color="black", markersize=12)
    if points:
        ax.scatter([p[1] for p in points], [p[0] for p in points],
                   s=[20 + 15 * math.sqrt(p[3]) for p in points], color="tab:red", alpha=0.6,
                   edgecolors="black", linewidths=0.5)  # fmt: skip
        for lat, lon, label, count in sorted(points, key=lambda p: -p[3])[:12]:
            ax.annotate(f"{label} ({count})", (lon, lat), fontsize=8,
                        xytext=(4, 4), textcoords="offset points")  # fmt: skip
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    ax.set_aspect(1 / max(math.cos(math.radians(lat0)), 1e-6))
    ax.grid(True, linewidth=0.3)
    ax.legend(loc="lower left", fontsize=8)
    ax.set_title("Events by reported place")
    return _png(fig)


def timeline(days: dict[str, Counter[str]]) -> bytes:
    """Stacked bars: events per day, coloured by type."""
    import datetime as dt

    fig = _figure(8, 3.5)
    ax = fig.add_subplot()
    ordered = sorted(days)
    dates = [dt.date.fromisoformat(d) for d in ordered]
    types = sorted({t for counts in days.values() for t in counts})
    bottom = [0] * len(ordered)
    for type_ in types:
        heights = [days[d].get(type_, 0) for d in ordered]
        ax.bar(dates, heights, bottom=bottom, label=type_, width=0.9)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_ylabel("events")
    ax.set_title("Events per day (by event date)")
    if types:
        ax.legend(fontsize=7, ncol=4)
    fig.autofmt_xdate()
    return _png(fig)
