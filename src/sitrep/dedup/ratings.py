"""Users' own outlet ratings: read from a file, kept with who rated and when.

sitrep assigns no credibility to anyone. An analyst (or a team) may keep their
own view of outlets, in whatever terms they use ("reliability": "B",
"bias": "pro-government", "note": "..."), and see it next to the outlets of
each cluster. A ratings file is JSON (a list of objects, or ``{"ratings":
[...]}``) or CSV with a header row; each rating needs ``outlet``, ``rater`` and
``date`` (ISO ``YYYY-MM-DD``), and every other field is kept as given.
:func:`read_ratings` parses a file; :mod:`sitrep.store.ratings` stores them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.dedup.outlets import outlet_key
from sitrep.errors import UsageError

#: Fields every rating must have; the rest are the rater's own.
REQUIRED = ("outlet", "rater", "date")

Scalar = str | int | float | bool | None


@dataclass(frozen=True)
class Rating:
    """One rater's view of one outlet on one day (the view is free-form)."""

    #: The outlet as the registry names it (``outlet_key``), so "manar" and
    #: "Al-Manar" in a ratings file meet the outlet of stored reports.
    outlet: str
    rater: str
    #: ISO date the rating was made.
    date: str
    fields: dict[str, Scalar] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"outlet": self.outlet, "rater": self.rater, "date": self.date, **self.fields}


def _date(value: Any, where: str) -> str:
    text = str(value).strip() if value is not None else ""
    try:
        # Accept a timestamp too ("2026-11-26T10:00:00Z"); the day is what is kept.
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError as exc:
        raise UsageError(f"{where}: date must be YYYY-MM-DD, not {text!r}") from exc


def rating(record: dict[str, Any], where: str) -> Rating:
    """A validated :class:`Rating` from one record of a ratings file."""
    missing = [k for k in REQUIRED if not str(record.get(k) or "").strip()]
    if missing:
        raise UsageError(f"{where}: missing {', '.join(missing)}")
    extra: dict[str, Scalar] = {}
    for key, value in record.items():
        if key in REQUIRED or value is None or value == "":
            continue
        if not isinstance(value, str | int | float | bool):
            raise UsageError(f"{where}: field {key!r} must be text or a number, not a list/object")
        extra[str(key)] = value
    if not extra:
        raise UsageError(f"{where}: no rating field besides outlet, rater and date")
    outlet = outlet_key(str(record["outlet"]))
    assert outlet is not None  # checked non-empty above
    return Rating(outlet, str(record["rater"]).strip(), _date(record["date"], where), extra)


def parse_ratings(text: str, fmt: str, name: str = "ratings") -> list[Rating]:
    """Ratings from the text of a ``json`` or ``csv`` file (``name`` is for messages)."""
    records: list[Any]
    if fmt == "json":
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise UsageError(f"{name}: not valid JSON: {exc}") from exc
        found_records = data.get("ratings") if isinstance(data, dict) else data
        if not isinstance(found_records, list):
            raise UsageError(f"{name}: expected a list of ratings or {{'ratings': [...]}}")
        records = found_records
    elif fmt == "csv":
        records = list(csv.DictReader(io.StringIO(text)))
    else:
        raise UsageError(f"{name}: ratings files are json or csv, not {fmt!r}")
    found = []
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise UsageError(f"{name}: rating {number} is not an object")
        found.append(rating(record, f"{name}: rating {number}"))
    return found


def read_ratings(path: Path) -> list[Rating]:
    """Ratings from a ``.json`` or ``.csv`` file (by extension; other names are tried as JSON)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc}") from exc
    fmt = "csv" if path.suffix.lower() == ".csv" else "json"
    return parse_ratings(text, fmt, str(path))
