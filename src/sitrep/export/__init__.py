"""Exports of stored events: ACLED-style CSV, GeoJSON, Parquet, JSON Lines.

    from sitrep import export
    export.write(store, "acled-csv", "events.csv", EventFilter(since="2016"))

Every format has one row (feature, line) per event, with its cluster id and
corroboration (independent outlets of the cluster). Columns: docs/export.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import IO, Any

from sitrep.dedup import cluster_index
from sitrep.errors import UsageError
from sitrep.export.acled import COLUMNS, row
from sitrep.store import EventFilter, Store

FORMATS = ("acled-csv", "geojson", "parquet", "jsonl")


def rows(store: Store, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """ACLED-style rows (typed values) of the events matching ``flt``."""
    events = store.events(flt)
    clusters = cluster_index(store, events)
    sentences = store.sentences(e.id for e in events)
    return [row(e, clusters[e.id], sentences.get(e.id, "")) for e in events]


def _text(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def write_csv(records: list[dict[str, Any]], out: IO[str]) -> None:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: "" if v is None else _text(v) for k, v in record.items()})


def write_jsonl(records: list[dict[str, Any]], out: IO[str]) -> None:
    for record in records:
        out.write(json.dumps({k: _text(v) for k, v in record.items()}, ensure_ascii=False))
        out.write("\n")


def feature_collection(records: list[dict[str, Any]]) -> dict[str, Any]:
    """RFC 7946 FeatureCollection of the located events: [longitude, latitude] points."""
    features = []
    for record in records:
        if record["latitude"] is None or record["longitude"] is None:
            continue
        properties = {k: _text(v) for k, v in record.items() if k not in ("latitude", "longitude")}
        features.append(
            {
                "type": "Feature",
                "id": record["event_id_cnty"],
                "geometry": {
                    "type": "Point",
                    "coordinates": [record["longitude"], record["latitude"]],
                },
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def write(
    store: Store,
    fmt: str,
    out: str | Path | IO[str] | IO[bytes],
    flt: EventFilter | None = None,
) -> int:
    """Write the events matching ``flt`` in ``fmt`` to a path or stream; the event count.

    Parquet needs a path or a binary stream and pyarrow (``pip install
    'sitrep[export]'``); the text formats take a path or a text stream.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        from sitrep.export.parquet import write_parquet

        records = rows(store, flt)
        write_parquet(records, out)
        return len(records)
    records = rows(store, flt)
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as stream:
            _write_text(fmt, records, stream)
    else:
        _write_text(fmt, records, out)  # type: ignore[arg-type]
    return len(records)


def _write_text(fmt: str, records: list[dict[str, Any]], out: IO[str]) -> None:
    if fmt == "acled-csv":
        write_csv(records, out)
    elif fmt == "jsonl":
        write_jsonl(records, out)
    else:
        json.dump(feature_collection(records), out, ensure_ascii=False)
        out.write("\n")


__all__ = ["COLUMNS", "FORMATS", "feature_collection", "rows", "write"]
