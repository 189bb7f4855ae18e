"""Situation reports: a dated summary of the events around a place, md or html.

from sitrep import report
text = report.render(store, place=(36.2, 37.16, "Aleppo"), radius_km=50,
                     since="2016-01-01", until="2016-12-31", fmt="html")
"""

from __future__ import annotations

from sitrep.report.render import render

__all__ = ["render"]
