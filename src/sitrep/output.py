"""Renderings of event records: terminal table, CSV, JSON Lines, GeoJSON.

Every function takes *event rows*: the contract's event object as a dict plus
the document keys ``document_id``, ``outlet``, ``published`` and ``title``
(what ``Store.events`` returns and what :func:`event_rows` builds from an
extraction), so ``extract`` and ``events`` print the same way.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from rich.console import Console
from rich.table import Table

from sitrep.model import Extraction

Row = dict[str, Any]

CSV_COLUMNS = (
    "event_id",
    "date",
    "date_precision",
    "type",
    "mode",
    "modality",
    "source_actor",
    "target_actor",
    "place",
    "latitude",
    "longitude",
    "country_code",
    "admin1",
    "location_precision",
    "quantities",
    "attribution",
    "hedged",
    "anonymous",
    "trigger",
    "outlet",
    "published",
    "document_id",
)


def event_rows(extraction: Extraction) -> list[Row]:
    """The events of one extraction as rows with their document's keys."""
    doc = extraction.document
    extra = {
        "document_id": doc.id,
        "outlet": doc.outlet,
        "published": doc.published,
        "title": doc.title,
    }
    return [{**event.model_dump(), **extra} for event in extraction.events]


def _actor(ref: Row | None) -> str:
    if not ref:
        return ""
    return str(ref.get("name") or ref.get("text") or "")


def chain_text(attribution: Row | None) -> str:
    """ "SANA → local sources (mentioned)"; empty for the outlet's own voice."""
    if not attribution or not attribution.get("chain"):
        return ""
    links = attribution["chain"]
    # The canonical outlet ("al-Mayadeen") reads better than the full noun phrase
    # ("Lebanon-based, Arabic-language news channel al-Mayadeen").
    sources = " → ".join(str(link.get("outlet") or link["source"]) for link in links)
    stances = {link["stance"] for link in links} - {"neutral"}
    cue = links[-1]["cue"]
    tail = f", {', '.join(sorted(stances))}" if stances else ""
    return f"{sources} ({cue}{tail})"


def _quantities(row: Row) -> str:
    return "; ".join(f"{q['value']} {q['unit']}" for q in row.get("quantities") or [])


def flat(row: Row) -> Row:
    """One event row flattened to the CSV columns."""
    loc = row.get("location") or {}
    date = row.get("date") or {}
    attribution = row.get("attribution") or {}
    return {
        "event_id": row["id"],
        "date": date.get("value", ""),
        "date_precision": date.get("precision", ""),
        "type": row["type"],
        "mode": row.get("mode") or "",
        "modality": row.get("modality", ""),
        "source_actor": _actor(row.get("source_actor")),
        "target_actor": _actor(row.get("target_actor")),
        "place": loc.get("name", ""),
        "latitude": loc.get("lat", ""),
        "longitude": loc.get("lon", ""),
        "country_code": loc.get("country_code") or "",
        "admin1": loc.get("admin1") or "",
        "location_precision": loc.get("precision", ""),
        "quantities": _quantities(row),
        "attribution": chain_text(attribution),
        "hedged": bool(attribution.get("hedged")),
        "anonymous": bool(attribution.get("anonymous")),
        "trigger": row["trigger"]["text"],
        "outlet": row.get("outlet") or "",
        "published": row.get("published") or "",
        "document_id": row.get("document_id") or "",
    }


def write_table(rows: Iterable[Row], console: Console, title: str = "events") -> int:
    """A compact table for people; returns the number of rows shown."""
    table = Table(title=title, show_lines=False, expand=False)
    for name, style in (
        ("date", "cyan"),
        ("type", "bold"),
        ("who", ""),
        ("whom", ""),
        ("where", "green"),
        ("n", "magenta"),
        ("trigger", "dim"),
        ("who says so", "yellow"),
        ("outlet", "dim"),
    ):
        table.add_column(name, style=style, overflow="fold")
    count = 0
    for row in rows:
        f = flat(row)
        date = f["date"] + (
            "" if f["date_precision"] in ("day", "") else f" ~{f['date_precision']}"
        )
        kind = f["type"] + (f"/{f['mode']}" if f["mode"] else "")
        if f["modality"] not in ("asserted", ""):
            kind += f" [{f['modality']}]"
        where = f["place"] + (f", {f['country_code']}" if f["country_code"] else "")
        table.add_row(
            date,
            kind,
            f["source_actor"],
            f["target_actor"],
            where,
            f["quantities"],
            f["trigger"],
            f["attribution"],
            f["outlet"],
        )
        count += 1
    console.print(table)
    return count


def write_csv(rows: Iterable[Row], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(flat(row))
        count += 1
    return count


def write_jsonl(rows: Iterable[Row], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def geojson(rows: Iterable[Row]) -> Row:
    """A FeatureCollection of the events that have a location (QGIS opens it)."""
    features = []
    for row in rows:
        loc = row.get("location")
        if not loc:
            continue
        properties = flat(row)
        properties.pop("latitude")
        properties.pop("longitude")
        features.append(
            {
                "type": "Feature",
                "id": row["id"],
                "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}
