"""The ``sitrep`` command: a thin face over :mod:`sitrep.run`, the store and the gazetteer.

Exit codes: 0 all good, 2 some documents failed (each named on stderr), 1 usage
or setup error.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import click
import typer
from rich.console import Console

from sitrep import output
from sitrep.cli_db import event_filter, open_store, wide_console
from sitrep.cli_db import register as register_db_commands
from sitrep.cli_eval import eval_app
from sitrep.cli_serve import register as register_serve_commands
from sitrep.config import load_config
from sitrep.errors import SitrepError, UsageError
from sitrep.ingest import IngestOptions
from sitrep.model import Extraction, Failure
from sitrep.pipeline import Pipeline
from sitrep.progress import Progress

app = typer.Typer(
    name="sitrep",
    help="Turn conflict news into a geocoded, time-resolved, source-attributed event database.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
gazetteer_app = typer.Typer(help="Build, query or extend the offline gazetteer.")
app.add_typer(gazetteer_app, name="gazetteer")
app.add_typer(eval_app, name="eval")

err = Console(stderr=True, highlight=False)

EXIT_OK, EXIT_USAGE, EXIT_FAILED = 0, 1, 2

# Options shared by extract and ingest ------------------------------------------------
Paths = Annotated[
    list[str], typer.Argument(help="Files, folders (read recursively) or - for stdin.")
]
InputFormat = Annotated[
    str | None,
    typer.Option(
        "--input-format",
        help="text, csv, jsonl, html or feed; default: by file extension and content.",
    ),
]
IdColumn = Annotated[str | None, typer.Option(help="CSV/JSONL column with the input's own id.")]
TextColumn = Annotated[str | None, typer.Option(help="CSV/JSONL column with the article text.")]
TitleColumn = Annotated[str | None, typer.Option(help="CSV/JSONL column with the headline.")]
DateColumn = Annotated[
    str | None, typer.Option(help="CSV/JSONL column with the publication date (any format).")
]
OutletColumn = Annotated[str | None, typer.Option(help="CSV/JSONL column with the outlet.")]
UrlColumn = Annotated[str | None, typer.Option(help="CSV/JSONL column with the article URL.")]
Outlet = Annotated[str | None, typer.Option(help="Outlet for documents that name none.")]
ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="TOML file overriding the defaults.")
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]
Db = Annotated[str, typer.Option("--db", help="SQLite file (or a database URL).")]


def _report(failure: Failure) -> None:
    err.print(failure.line(), markup=False, soft_wrap=True)


@app.command()
def extract(
    paths: Paths,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json (JSON Lines) or table.")] = (
        "json"
    ),
    input_format: InputFormat = None,
    id_column: IdColumn = None,
    text_column: TextColumn = None,
    title_column: TitleColumn = None,
    date_column: DateColumn = None,
    outlet_column: OutletColumn = None,
    url_column: UrlColumn = None,
    outlet: Outlet = None,
    config: ConfigOpt = None,
    quiet: Quiet = False,
) -> int:
    """Extract events from reports and print them; no database.

    JSON Lines: one object per document, per the contract in docs/schema.json.
    """
    if fmt not in ("json", "table"):
        raise UsageError(f"--format must be json or table, not {fmt!r}")
    from sitrep import run

    cfg = load_config(config)
    options = IngestOptions(
        fmt=input_format,
        id_column=id_column,
        text_column=text_column,
        title_column=title_column,
        date_column=date_column,
        outlet_column=outlet_column,
        url_column=url_column,
        outlet=outlet,
        max_bytes=int(cfg["ingest"]["max_bytes"]),
    )
    pipeline = Pipeline(cfg)
    failed = 0
    results = run.extract(paths, options, pipeline, stdin=sys.stdin.buffer)
    with Progress(enabled=not quiet and fmt == "json", label="extracting") as progress:
        if fmt == "json":
            for result in results:
                progress.tick()
                if isinstance(result, Failure):
                    failed += 1
                    _report(result)
                else:
                    sys.stdout.write(result.to_json() + "\n")
        else:
            console = wide_console()

            def rows() -> Iterator[output.Row]:
                nonlocal failed
                for result in results:
                    if isinstance(result, Failure):
                        failed += 1
                        _report(result)
                    else:
                        yield from output.event_rows(result)

            output.write_table(rows(), console)
    return EXIT_FAILED if failed else EXIT_OK


@app.command()
def ingest(
    paths: Paths,
    db: Db = "sitrep.db",
    input_format: InputFormat = None,
    id_column: IdColumn = None,
    text_column: TextColumn = None,
    title_column: TitleColumn = None,
    date_column: DateColumn = None,
    outlet_column: OutletColumn = None,
    url_column: UrlColumn = None,
    outlet: Outlet = None,
    config: ConfigOpt = None,
    quiet: Quiet = False,
    workers: Annotated[int, typer.Option(help="Worker processes; each loads its own models.")] = 1,
    dask: Annotated[
        str | None,
        typer.Option(help="Run the stages on a Dask scheduler (ADDRESS) or a new local one."),
    ] = None,
) -> int:
    """Extract events from reports into a database (idempotent: a rerun adds nothing new)."""
    from sitrep import run, scale
    from sitrep.store import Store

    cfg = load_config(config)
    options = IngestOptions(
        fmt=input_format,
        id_column=id_column,
        text_column=text_column,
        title_column=title_column,
        date_column=date_column,
        outlet_column=outlet_column,
        url_column=url_column,
        outlet=outlet,
        max_bytes=int(cfg["ingest"]["max_bytes"]),
    )
    with Store.open(db) as store, Progress(enabled=not quiet, label="ingesting") as progress:

        def tick(result: Extraction | Failure | None) -> None:
            progress.tick()
            if isinstance(result, Failure):
                _report(result)

        summary = run.ingest(
            paths,
            options,
            Pipeline(cfg),
            store,
            stdin=sys.stdin.buffer,
            tick=tick,
            process=scale.processor(cfg, workers=workers, dask=dask),
        )
        counts = store.counts()
    if not quiet:
        err.print(
            f"{db}: {summary.added} new documents, {summary.already_stored} already stored, "
            f"{summary.failed} failed; store holds {counts['documents']} documents, "
            f"{counts['events']} events",
            markup=False,
            soft_wrap=True,
        )
    return EXIT_FAILED if summary.failed else EXIT_OK


@app.command()
def events(
    db: Db = "sitrep.db",
    text: Annotated[str | None, typer.Option(help="Words to search (full text).")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. ASSAULT.")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor id, name or text.")] = None,
    place: Annotated[str | None, typer.Option(help="Place name (gazetteer).")] = None,
    radius_km: Annotated[float, typer.Option(help="Radius around --place, km.")] = 50.0,
    since: Annotated[str | None, typer.Option(help="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Reporting outlet.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="table, csv, json (JSON Lines) or geojson.")
    ] = "table",
    config: ConfigOpt = None,
) -> int:
    """Query stored events."""
    if fmt not in ("table", "csv", "json", "geojson"):
        raise UsageError(f"--format must be table, csv, json or geojson, not {fmt!r}")
    for flag, value in (("--since", since), ("--until", until)):
        _check_date(flag, value)
    centre = place_centre(place, load_config(config)) if place else None
    flt = event_filter(
        text=text,
        type_=type_,
        actor=actor,
        centre=centre,
        radius_km=radius_km,
        since=since,
        until=until,
        outlet=outlet,
        limit=limit,
    )
    with open_store(db) as store:
        rows = [stored.to_dict() for stored in store.events(flt)]
    _print_rows(rows, fmt)
    return EXIT_OK


def _print_rows(rows: list[output.Row], fmt: str) -> None:
    if fmt == "table":
        output.write_table(rows, wide_console(), title=f"{len(rows)} events")
    elif fmt == "csv":
        output.write_csv(rows, sys.stdout)
    elif fmt == "json":
        output.write_jsonl(rows, sys.stdout)
    else:
        json.dump(output.geojson(rows), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")


def _check_date(flag: str, value: str | None) -> None:
    import datetime as dt

    if value is None:
        return
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"{flag} must be a date YYYY-MM-DD, not {value!r}") from exc


def place_centre(name: str, cfg: dict[str, dict[str, object]]) -> tuple[float, float]:
    from sitrep import geo

    gazetteer = geo.Gazetteer.open(str(cfg["geo"].get("path") or "") or None)
    candidates = gazetteer.lookup(name)
    if not candidates:
        raise UsageError(f"--place {name!r} is not in the gazetteer; try another spelling")
    # A country or province named outright is meant as itself, not as a village that
    # shares its name; otherwise the most populous entry (lookup's order) is meant.
    best = next((c for c in candidates if c.is_country), None)
    best = best or next((c for c in candidates if c.is_admin1 and c.level == 0), candidates[0])
    return best.lat, best.lon


@app.command()
def demo(
    db: Db = "sitrep-demo.db",
    examples: Annotated[
        Path | None, typer.Option(help="Folder of reports (default: the bundled examples/).")
    ] = None,
    quiet: Quiet = False,
) -> int:
    """Ingest the bundled example reports into a SQLite file and print the event table."""
    folder = examples or _bundled_examples()
    # The reports only: the folder's README.md is documentation, not a report.
    reports = sorted(str(p) for p in folder.glob("*.txt"))
    if not reports:
        raise UsageError(f"{folder} holds no .txt reports")
    code = ingest(reports, db=db, quiet=quiet)
    with open_store(db) as store:
        from sitrep.store import EventFilter

        rows = [stored.to_dict() for stored in store.events(EventFilter())]
    output.write_table(rows, wide_console(), title=f"{len(rows)} events from {folder} in {db}")
    return code


def _bundled_examples() -> Path:
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "examples"
        if (parent / "pyproject.toml").exists() and candidate.is_dir():
            return candidate
    raise UsageError(
        "the bundled examples/ folder is not next to this installation "
        "(it ships with the source checkout); pass --examples DIR"
    )


@app.command()
def failures(db: Db = "sitrep.db") -> int:
    """List the documents that failed, with the stage and the reason."""
    with open_store(db) as store:
        for failure in store.failures():
            sys.stdout.write(failure.line() + "\n")
    return EXIT_OK


@app.command()
def schema() -> int:
    """Print the JSON schema of one `sitrep extract --format json` line."""
    from sitrep.model import json_schema

    sys.stdout.write(json_schema())
    return EXIT_OK


@gazetteer_app.command("build")
def gazetteer_build(
    path: Annotated[str | None, typer.Option(help="Index file (default: user cache).")] = None,
) -> int:
    """Build (or rebuild when stale) the bundled gazetteer index."""
    from sitrep import geo

    gazetteer = geo.Gazetteer.open(path)
    err.print(f"gazetteer ready: {gazetteer.path}", markup=False, soft_wrap=True)
    return EXIT_OK


@gazetteer_app.command("import")
def gazetteer_import(
    dump: Annotated[Path, typer.Argument(help="GeoNames allCountries.txt or a country file.")],
    path: Annotated[str | None, typer.Option(help="Index file (default: user cache).")] = None,
) -> int:
    """Load a full GeoNames dump into the index; every command then uses it."""
    from sitrep import geo

    if not dump.is_file():
        raise UsageError(f"{dump} is not a file")
    added = geo.import_geonames(str(dump), path)
    err.print(f"{dump}: {added} GeoNames entries imported", markup=False, soft_wrap=True)
    return EXIT_OK


@gazetteer_app.command("lookup")
def gazetteer_lookup(
    name: Annotated[str, typer.Argument(help="A place name, any spelling.")],
    path: Annotated[str | None, typer.Option(help="Index file (default: user cache).")] = None,
) -> int:
    """Show the gazetteer entries a name can refer to, most likely first."""
    from sitrep import geo

    for candidate in geo.Gazetteer.open(path).lookup(name):
        sys.stdout.write(json.dumps(dataclasses.asdict(candidate), ensure_ascii=False) + "\n")
    return EXIT_OK


register_db_commands(app)
register_serve_commands(app)


def _click_errors(name: str) -> tuple[type[Exception], ...]:
    """Click's exception class ``name`` and, where Typer bundles a copy of Click
    (Typer 0.2x), that copy's class of the same name: Typer raises its own, which
    ``click.UsageError`` does not catch (a mistyped command printed a traceback)."""
    found: list[type[Exception]] = [getattr(click, name)]
    for cls in getattr(typer, "BadParameter", click.BadParameter).__mro__:
        if cls.__name__ == name and cls not in found and issubclass(cls, Exception):
            found.append(cls)
    if name == "Abort" and typer.Abort not in found:
        found.append(typer.Abort)  # Typer's own Abort, not a copy of Click's
    return tuple(found)


def main() -> None:
    """Console entry point: maps errors to one line on stderr and the exit codes."""
    try:
        code = app(standalone_mode=False)
    except _click_errors("UsageError") as exc:
        exc.show()  # type: ignore[attr-defined]
        sys.exit(EXIT_USAGE)
    except _click_errors("Abort"):
        err.print("aborted", markup=False)
        sys.exit(130)
    except SitrepError as exc:
        err.print(f"sitrep: {exc}", markup=False, soft_wrap=True)
        sys.exit(EXIT_USAGE)
    sys.exit(code if isinstance(code, int) else EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    main()
