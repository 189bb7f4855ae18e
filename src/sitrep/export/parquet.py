"""Parquet export with proper column types (dates as date32, counts as int64)."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from sitrep.errors import UsageError
from sitrep.export.acled import COLUMNS

_INTS = {"year", "time_precision", "geo_precision", "fatalities", "timestamp",
         "cluster_reports", "corroboration"}  # fmt: skip
_FLOATS = {"latitude", "longitude"}
_DATES = {"event_date", "published"}
_BOOLS = {"hedged"}


def write_parquet(records: list[dict[str, Any]], out: str | Path | IO[str] | IO[bytes]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ModuleNotFoundError as exc:
        raise UsageError(
            "Parquet export needs pyarrow, which is not installed; "
            "install it with `pip install pyarrow` (or sitrep's export extra)"
        ) from exc

    def kind(name: str) -> Any:
        if name in _INTS:
            return pa.int64()
        if name in _FLOATS:
            return pa.float64()
        if name in _DATES:
            return pa.date32()
        if name in _BOOLS:
            return pa.bool_()
        return pa.string()

    schema = pa.schema([pa.field(name, kind(name)) for name in COLUMNS])
    columns = {name: [record[name] for record in records] for name in COLUMNS}
    table = pa.Table.from_pydict(columns, schema=schema)
    if isinstance(out, str | Path):
        pq.write_table(table, str(out))
    else:
        pq.write_table(table, out)
