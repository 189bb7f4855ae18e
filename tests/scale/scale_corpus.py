"""A small mixed corpus and ways to compare two stores (shared by the scale tests)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sitrep import export
from sitrep.store import Store
from sitrep.store.schema import metadata

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"

# Columns that record when a row was written, not what was found.
_CLOCK_COLUMNS = {"ingested_at", "at"}


def make_corpus(folder: Path) -> list[str]:
    """The bundled example reports plus inputs that fail at ingest, interleaved."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[str] = []
    reports = sorted(EXAMPLES.glob("*.txt"))
    for index, report in enumerate(reports):
        target = folder / report.name
        shutil.copyfile(report, target)
        paths.append(str(target))
        if index == 2:
            empty = folder / "003b_empty.txt"
            empty.write_text("", "utf-8")
            paths.append(str(empty))
        if index == 4:
            binary = folder / "005b_binary.txt"
            binary.write_bytes(bytes(range(256)) * 8)
            paths.append(str(binary))
    return paths


def table_rows(path: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (clock columns left out), in primary-key order."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with Store.open(path, create=False) as store, store._read() as conn:
        for name, table in sorted(metadata.tables.items()):
            columns = [c for c in table.columns if c.name not in _CLOCK_COLUMNS]
            order = list(table.primary_key.columns) or columns
            result = conn.execute(select(*columns).order_by(*order))
            out[name] = [tuple(row) for row in result]
    return out


def export_jsonl(path: str) -> str:
    """``sitrep export --format jsonl`` of the store, byte for byte."""
    stream = io.StringIO()
    with Store.open(path, create=False) as store:
        export.write(store, "jsonl", stream)
    return stream.getvalue()
