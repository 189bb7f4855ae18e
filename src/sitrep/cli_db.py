"""Commands over a stored database: clusters, export, report.

Registered on the main ``sitrep`` app by :mod:`sitrep.cli`; thin wrappers over
:mod:`sitrep.dedup`, :mod:`sitrep.export` and :mod:`sitrep.report`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from sitrep.errors import UsageError

if TYPE_CHECKING:
    from sitrep.store import EventFilter, Store

Db = Annotated[str, typer.Option("--db", help="SQLite file (or a database URL).")]
Since = Annotated[str | None, typer.Option(help="First day, YYYY-MM-DD.")]
Until = Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD.")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. ASSAULT.")]
Actor = Annotated[str | None, typer.Option(help="Actor id, name or text.")]
Outlet = Annotated[str | None, typer.Option(help="Reporting outlet.")]


def wide_console() -> Console:
    """Tables to a pipe or file get a wide fixed width instead of wrapping at 80."""
    console = Console()
    return console if console.is_terminal else Console(width=200)


def open_store(db: str) -> Store:
    """An existing store; a clear usage error when the file is not there."""
    from sitrep.store import Store

    if "://" not in db and not Path(db).exists():
        raise UsageError(f"{db} does not exist; create it with `sitrep ingest PATH --db {db}`")
    return Store.open(db, create=False)


def event_filter(
    *,
    type_: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    centre: tuple[float, float] | None = None,
    radius_km: float | None = None,
    text: str | None = None,
    limit: int | None = None,
) -> EventFilter:
    from sitrep.store import EventFilter

    return EventFilter(
        text=text,
        type=type_,
        actor=actor,
        place=centre,
        radius_km=radius_km if centre else None,
        since=since,
        until=until,
        outlet=outlet,
        limit=limit,
    )


def clusters(
    db: Db = "sitrep.db",
    type_: TypeOpt = None,
    actor: Actor = None,
    since: Since = None,
    until: Until = None,
    outlet: Outlet = None,
    min_reports: Annotated[int, typer.Option(help="Only clusters with this many reports.")] = 1,
    cluster_id: Annotated[
        str | None,
        typer.Option("--id", help="Only the cluster with this id (or the start of it)."),
    ] = None,
    rebuild: Annotated[
        bool,
        typer.Option(
            "--rebuild",
            help="Cluster every stored event again first (after upgrading sitrep; "
            "no re-ingest needed).",
        ),
    ] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json (JSON Lines) or table.")] = (
        "table"
    ),
) -> int:
    """Events grouped across reports, with outlets, independent outlets and disagreements."""
    from sitrep import dedup

    if fmt not in ("json", "table"):
        raise UsageError(f"--format must be json or table, not {fmt!r}")
    flt = event_filter(type_=type_, actor=actor, since=since, until=until, outlet=outlet)
    with open_store(db) as store:
        if rebuild:
            dedup.rebuild_clusters(store)
        found = dedup.clusters(store, flt, min_reports=min_reports)
    if cluster_id:
        found = [c for c in found if c.id.startswith(cluster_id.strip().lower())]
    if fmt == "json":
        for cluster in found:
            sys.stdout.write(json.dumps(cluster.to_dict(), ensure_ascii=False) + "\n")
        return 0
    table = Table(title=f"{len(found)} clusters")
    for name in (
        "id",
        "first reported",
        "type",
        "where",
        "what (first report)",
        "reports",
        "outlets",
        "independent",
        "disagreements",
    ):
        table.add_column(name, overflow="fold")
    # Users' own outlet ratings (sitrep outlets ratings import), only when there are any.
    rated = any(c.user_ratings for c in found)
    if rated:
        table.add_column("user ratings (user-provided)", overflow="fold")
    for cluster in found:
        row = cluster.to_dict()
        place = row.get("place") or {}
        cells = [
            str(row["id"]),
            str(row.get("first_reported") or ""),
            str(row["type"]),
            str(place.get("name", "") if isinstance(place, dict) else place),
            _first_report(row),
            str(len(row["reports"])),
            ", ".join(str(o) for o in row["outlets"]),
            str(row["independent_outlets"]),
            "; ".join(str(d.get("about", d.get("kind"))) for d in row["disagreements"]),
        ]
        if rated:
            from sitrep.cli_outlets import rating_text

            cells.append("; ".join(rating_text(r.to_dict()) for r in cluster.user_ratings))
        table.add_row(*cells)
    wide_console().print(table)
    return 0


#: Characters of the first report's title or sentence the clusters table shows.
WHAT_CHARS = 90


def _first_report(row: dict[str, Any]) -> str:
    """What the cluster's first report says, for the table: its article's title, else
    the sentence of its event, cut to :data:`WHAT_CHARS` characters. The first
    report is the first one published on the cluster's first-reported day (a
    report dated before the day it tells of is not first; see
    :mod:`sitrep.dedup.clusters`)."""
    reports = row["reports"]
    if not reports:
        return ""
    day = row.get("first_reported")
    first = next((r for r in reports if day and r.get("published") == day), reports[0])
    text = " ".join(str(first.get("title") or first.get("sentence") or "").split())
    return text if len(text) <= WHAT_CHARS else text[: WHAT_CHARS - 1].rstrip() + "…"


def export(
    db: Db = "sitrep.db",
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="acled-csv, geojson, parquet or jsonl.")
    ] = "acled-csv",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Output file (default: stdout).")
    ] = None,
    type_: TypeOpt = None,
    actor: Actor = None,
    since: Since = None,
    until: Until = None,
    outlet: Outlet = None,
) -> int:
    """Export events: ACLED-style CSV, GeoJSON (QGIS), Parquet (pandas/polars) or JSON Lines."""
    from sitrep import export as exporter

    if fmt == "parquet" and out is None:
        raise UsageError("--format parquet needs --out FILE")
    flt = event_filter(type_=type_, actor=actor, since=since, until=until, outlet=outlet)
    with open_store(db) as store:
        count = exporter.write(store, fmt, out if out is not None else sys.stdout, flt)
    if out is not None:
        Console(stderr=True).print(f"{out}: {count} events", markup=False, soft_wrap=True)
    return 0


def report(
    place: Annotated[str, typer.Option(help="Place name (gazetteer).")],
    db: Db = "sitrep.db",
    radius_km: Annotated[float, typer.Option(help="Radius around --place, km.")] = 50.0,
    since: Since = None,
    until: Until = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="md or html.")] = "html",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Output file (default: stdout).")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="TOML config file.")] = None,
) -> int:
    """A dated situation report around a place: counts, map, timeline, top clusters."""
    from sitrep import report as reporter
    from sitrep.cli import place_centre
    from sitrep.config import load_config

    lat, lon = place_centre(place, load_config(config))
    assets = None
    if fmt == "md" and out is not None:
        assets = out.with_name(out.stem + "_files")
    with open_store(db) as store:
        text = reporter.render(store, (lat, lon, place), radius_km, since, until, fmt, assets)
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        Console(stderr=True).print(f"{out}: report written", markup=False, soft_wrap=True)
    return 0


def register(app: typer.Typer) -> None:
    app.command()(clusters)
    app.command()(export)
    app.command()(report)
    from sitrep.cli_outlets import outlets_app

    app.add_typer(outlets_app, name="outlets")
