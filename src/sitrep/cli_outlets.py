"""``sitrep outlets``: the outlets of a store, with registry facts and users' own ratings.

Registered on the main app by :mod:`sitrep.cli_db`. Ratings are the user's (a
file with outlet, rater, date and any fields of their own, see
:mod:`sitrep.dedup.ratings`); sitrep stores and shows them, it rates nothing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from sitrep.cli_db import Db, open_store, wide_console
from sitrep.errors import UsageError

outlets_app = typer.Typer(
    help="Outlets in a store: registry facts and your own ratings.", no_args_is_help=True
)
ratings_app = typer.Typer(help="Your own outlet ratings (kept with rater and date).")
outlets_app.add_typer(ratings_app, name="ratings")

Format = Annotated[str, typer.Option("--format", "-f", help="json (JSON Lines) or table.")]


@ratings_app.command("import")
def import_ratings(
    path: Annotated[Path, typer.Argument(help="JSON or CSV file: outlet, rater, date, fields.")],
    db: Db = "sitrep.db",
) -> int:
    """Store a ratings file (again: one rater's rating of an outlet on a day is replaced)."""
    from sitrep.dedup.ratings import read_ratings

    ratings = read_ratings(path)
    with open_store(db) as store:
        count = store.add_ratings(ratings)
    typer.echo(f"{db}: {count} ratings from {path} (user-provided, shown as given)", err=True)
    return 0


def rating_text(rating: dict[str, Any]) -> str:
    """ "SANA: reliability=C (Analyst A, 2026-11-20)": the rater's fields, who and when."""
    own = {k: v for k, v in rating.items() if k not in ("outlet", "rater", "date")}
    fields = ", ".join(f"{k}={v}" for k, v in sorted(own.items()))
    return f"{rating['outlet']}: {fields} ({rating['rater']}, {rating['date']})"


@outlets_app.command("list")
def list_outlets(db: Db = "sitrep.db", fmt: Format = "table") -> int:
    """Outlets of the stored reports: documents, registry country and ownership, user ratings."""
    from sitrep.dedup.outlets import outlet_info, outlet_key

    if fmt not in ("json", "table"):
        raise UsageError(f"--format must be json or table, not {fmt!r}")
    with open_store(db) as store:
        counts: dict[str, int] = {}
        for name, documents in store.outlet_counts().items():
            key = outlet_key(name) or "unknown outlet"
            counts[key] = counts.get(key, 0) + documents
        ratings = store.ratings()
    # Rated outlets not (yet) in the store are listed too: the file is the user's.
    names = sorted(set(counts) | {r.outlet for r in ratings}, key=str.casefold)
    rows: list[dict[str, Any]] = []
    for name in names:
        info = outlet_info(name)
        rows.append(
            {
                "outlet": name,
                "documents": counts.get(name, 0),
                "country": info.country if info else None,
                "ownership": info.ownership if info else None,
                "user_ratings": [r.to_dict() for r in ratings if r.outlet == name],
            }
        )
    if fmt == "json":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    table = Table(title=f"{len(rows)} outlets (ratings are user-provided, not sitrep's)")
    for column in ("outlet", "documents", "country", "ownership", "user ratings"):
        table.add_column(column, overflow="fold")
    for row in rows:
        rated = "; ".join(rating_text(r) for r in row["user_ratings"])
        table.add_row(
            row["outlet"],
            str(row["documents"]),
            row["country"] or "",
            row["ownership"] or "",
            rated,
        )
    wide_console().print(table)
    return 0
