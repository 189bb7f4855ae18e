"""Readers for the geoparsing gold corpora (XML) in their two schemas.

* LGL / TR-News (Gritta et al.): ``<article><text>`` then ``<toponyms><toponym>``
  with ``<start>``, ``<end>``, ``<phrase>`` and a ``<gaztag geonameid=..>`` holding
  ``<name>``, ``<lat>``, ``<lon>`` (no gaztag, or one without coordinates, for
  toponyms the annotators could not resolve).
* GeoVirus: ``<article><text>`` then ``<locations><location>`` with ``<name>``,
  ``<start>``, ``<end>``, ``<lat>``, ``<lon>``.

Gold offsets are not always exact: GeoVirus counts one character off and some
TR-News articles drift by a few characters. Each toponym is therefore anchored
to the occurrence of its phrase nearest to the stated offset (within
``MAX_SHIFT`` characters); the number of re-anchored toponyms is kept so a
report can say so.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import ResourceError

#: How far (characters) a stated offset may be from the phrase it names.
MAX_SHIFT = 200


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    #: True when the stated offsets did not match the phrase and were moved.
    shifted: bool = False

    @property
    def has_coordinates(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def read_corpus(path: Path | str, limit: int | None = None) -> list[GoldArticle]:
    """Read a gold XML corpus; ``limit`` keeps the first N articles."""
    return list(iter_corpus(path, limit))


def iter_corpus(path: Path | str, limit: int | None = None) -> Iterator[GoldArticle]:
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError as exc:
        raise ResourceError(f"{path}: no such corpus file") from exc
    except ET.ParseError as exc:
        raise ResourceError(f"{path}: not well-formed XML ({exc})") from exc
    for index, article in enumerate(root.iter("article")):
        if limit is not None and index >= limit:
            return
        text = article.findtext("text") or ""
        toponyms = [
            t
            for node in (*article.iter("toponym"), *article.iter("location"))
            if (t := _toponym(node, text)) is not None
        ]
        toponyms.sort(key=lambda t: (t.start, t.end))
        yield GoldArticle(
            id=article.get("docid") or str(index), text=text, toponyms=tuple(toponyms)
        )


def _toponym(node: ET.Element, text: str) -> GoldToponym | None:
    start_s, end_s = node.findtext("start"), node.findtext("end")
    if start_s is None or end_s is None:
        return None
    start, end = int(start_s), int(end_s)
    phrase = node.findtext("phrase")
    if phrase is None:
        phrase = node.findtext("name") or text[start:end]
    lat, lon, geonameid = _coordinates(node)
    anchored = anchor(text, phrase, start)
    if anchored is None:
        return GoldToponym(start, end, text[start:end], lat, lon, geonameid)
    shifted = anchored != start
    return GoldToponym(
        anchored, anchored + len(phrase), phrase, lat, lon, geonameid, shifted=shifted
    )


def _coordinates(node: ET.Element) -> tuple[float | None, float | None, int | None]:
    gaz = node.find("gaztag")
    holder = gaz if gaz is not None else node
    lat, lon = _float(holder.findtext("lat")), _float(holder.findtext("lon"))
    gid = gaz.get("geonameid") if gaz is not None else None
    return lat, lon, int(gid) if gid and gid.isdigit() else None


def _float(value: str | None) -> float | None:
    if value is None or not value.strip():
        return None
    try:
        return float(value)
    except ValueError:
        return None


def anchor(text: str, phrase: str, start: int) -> int | None:
    """Start of the occurrence of ``phrase`` nearest to ``start`` (None if absent nearby)."""
    if not phrase:
        return None
    if text.startswith(phrase, start):
        return start
    lo = max(0, start - MAX_SHIFT)
    best: int | None = None
    pos = text.find(phrase, lo, start + MAX_SHIFT + len(phrase))
    while pos != -1:
        if best is None or abs(pos - start) < abs(best - start):
            best = pos
        pos = text.find(phrase, pos + 1, start + MAX_SHIFT + len(phrase))
    return best
