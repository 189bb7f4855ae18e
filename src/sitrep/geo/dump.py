"""Importing a GeoNames dump (``allCountries.txt`` or a country file) into the index.

The GeoNames TSV has 19 columns: geonameid, name, asciiname, alternatenames
(comma-separated), latitude, longitude, feature class, feature code, country
code, cc2, admin1 code, admin2, admin3, admin4, population, elevation, dem,
timezone, modification date. Rows are streamed and inserted in batches, so a
12-million-row dump never sits in memory. A row whose geonameid is already in
the index only adds its names to that entry.

The import lives in the index file: a rebuild (after an upgrade changes the
bundled data) drops it, and the dump must be imported again.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sitrep.errors import ResourceError
from sitrep.geo.build import write_rows
from sitrep.geo.gazetteer import Gazetteer, default_path
from sitrep.geo.rows import Row, usable_city_name

BATCH = 20_000
COLUMNS = 19
# Feature classes worth matching in news text: administrative areas, hydrography,
# areas and regions, populated places, spots and buildings, terrain, vegetation.
# Roads/railroads (R) and undersea features (U) are left out.
KEPT_CLASSES = frozenset("AHLPSTV")


def _rows(path: Path, admin1_names: dict[tuple[str, str], str]) -> Iterator[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        for number, line in enumerate(handle, 1):
            fields = line.rstrip("\n").split("\t")
            if len(fields) != COLUMNS:
                raise ResourceError(
                    f"{path}:{number}: {len(fields)} columns, a GeoNames dump has {COLUMNS}; "
                    "give allCountries.txt or a country file (XX.txt) from the GeoNames dump"
                )
            fclass, fcode = fields[6], fields[7]
            if fclass not in KEPT_CLASSES:
                continue
            try:
                lat, lon = float(fields[4]), float(fields[5])
                population = int(fields[14] or 0)
            except ValueError as exc:
                raise ResourceError(f"{path}:{number}: bad number: {exc}") from exc
            country = fields[8] or None
            names = {fields[1], fields[2]}
            names.update(n for n in fields[3].split(",") if usable_city_name(n))
            admin1 = admin1_names.get((country or "", fields[10]))
            feature = f"{fclass}.{fcode}"
            if fcode == "ADM1" and admin1 is None:
                admin1 = fields[1]
            yield Row(
                geonameid=int(fields[0]),
                name=fields[1],
                lat=lat,
                lon=lon,
                country=country,
                admin1=admin1,
                feature=feature,
                population=population,
                source="geonames-dump",
                names={n for n in names if n},
                admin1_code=fields[10] or None,
            )


def _flush(conn: sqlite3.Connection, batch: list[Row]) -> int:
    ids = [row.geonameid for row in batch]
    marks = ",".join("?" * len(ids))
    existing = {
        gid: pid
        for gid, pid in conn.execute(
            f"SELECT geonameid, id FROM places WHERE geonameid IN ({marks})", ids
        )
    }
    new = [row for row in batch if row.geonameid not in existing]
    known = [(row, existing[row.geonameid]) for row in batch if row.geonameid in existing]
    conn.executemany(
        "INSERT OR IGNORE INTO names VALUES (?,?)",
        [(key, pid) for row, pid in known for key in row.keys],
    )
    first_id = int(conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM places").fetchone()[0])
    write_rows(conn, new, first_id)
    return len(new)


def import_geonames(dump_path: str, gazetteer_path: str | None = None) -> int:
    """Load a GeoNames TSV dump into the index (built first if needed); rows added."""
    source = Path(dump_path)
    if not source.is_file():
        raise ResourceError(f"{source} is not a file; give the path of a GeoNames dump (.txt)")
    target = Path(gazetteer_path) if gazetteer_path is not None else default_path()
    Gazetteer.open(target).close()  # builds or refreshes the bundled index first
    conn = sqlite3.connect(os.fspath(target))
    added = 0
    try:
        admin1_names = {
            (str(cc), str(code)): str(name)
            for cc, code, name in conn.execute("SELECT country, code, name FROM admin1")
        }
        batch: list[Row] = []
        with conn:
            for row in _rows(source, admin1_names):
                batch.append(row)
                if len(batch) >= BATCH:
                    added += _flush(conn, batch)
                    batch = []
            if batch:
                added += _flush(conn, batch)
    finally:
        conn.close()
    return added
