"""Corpora with one document per record: CSV, TSV and JSON Lines (or a JSON array).

Columns (CSV/TSV) and keys (JSON) are chosen by the ``*_column`` options; when
an option is absent the first of these names present (any case) is used:

=======  ==================================================================
id       id, unit_id, article_id, doc_id, uid, guid
text     text, content, article_content, body, article_text, story, article,
         full_text; none of them: the column with the longest values
title    title, article_title, headline
date     date, published, pubdate, publish_date, article_date, pub_date,
         published_at
outlet   source, outlet, publisher, site, domain
url      url, link, article_url, href
=======  ==================================================================

Each record is named ``path:row N``: N counts CSV data records from 1 (the
header is not one) and JSON Lines lines from 1. A record that cannot be read
(bad quoting, wrong number of fields, invalid JSON, no text, a date cell that
names no date :func:`~sitrep.ingest.dates.parse_date` reads) is a failure of its
own and the records after it are still read: a report silently left undated would
be dated by nothing but its text, so a date is read or the record is refused, as a
text file's date header is. An empty date cell is no date, and no error. The text goes through the
dateline rule of :mod:`sitrep.ingest.text`.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import sys
from collections.abc import Iterator, Sequence
from itertools import chain, islice

from sitrep.errors import IngestError
from sitrep.ingest.dates import parse_date
from sitrep.ingest.options import IngestOptions, Item, failure, make_document
from sitrep.model import Document, Failure

FIELDS = ("id", "text", "title", "date", "outlet", "url")
CANDIDATES: dict[str, tuple[str, ...]] = {
    "id": ("id", "unit_id", "article_id", "doc_id", "uid", "guid"),
    "text": (
        "text",
        "content",
        "article_content",
        "body",
        "article_text",
        "story",
        "article",
        "full_text",
    ),
    "title": ("title", "article_title", "headline"),
    "date": (
        "date",
        "published",
        "pubdate",
        "publish_date",
        "article_date",
        "pub_date",
        "published_at",
    ),
    "outlet": ("source", "outlet", "publisher", "site", "domain"),
    "url": ("url", "link", "article_url", "href"),
}
# Rows looked at to find the longest-text column when no text column is named.
_SAMPLE_ROWS = 50


@functools.lru_cache(maxsize=1)
def _raise_field_limit() -> None:
    # News articles exceed csv's default 128 KiB field limit; the whole file is
    # already bounded by max_bytes, so the field limit only needs to be large.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _explicit(options: IngestOptions) -> dict[str, str | None]:
    return {
        "id": options.id_column,
        "text": options.text_column,
        "title": options.title_column,
        "date": options.date_column,
        "outlet": options.outlet_column,
        "url": options.url_column,
    }


def resolve_columns(names: Sequence[str], options: IngestOptions, where: str) -> dict[str, str]:
    """Field -> column name for the columns present; IngestError for a missing named one."""
    by_lower = {name.strip().lower(): name for name in names}
    found: dict[str, str] = {}
    for field, wanted in _explicit(options).items():
        if wanted is not None:
            if wanted in names:
                found[field] = wanted
            elif wanted.strip().lower() in by_lower:
                found[field] = by_lower[wanted.strip().lower()]
            else:
                shown = ", ".join(names) if names else "none"
                raise IngestError(
                    where,
                    f"no {field} column {wanted!r}; the columns are: {shown}; fix --{field}-column",
                )
            continue
        for candidate in CANDIDATES[field]:
            if candidate in by_lower and by_lower[candidate] not in found.values():
                found[field] = by_lower[candidate]
                break
    return found


def _record_document(
    name: str, record: dict[str, object], columns: dict[str, str], options: IngestOptions
) -> tuple[str, Document]:
    column = columns.get("text")
    value = record.get(column) if column is not None else None
    if isinstance(value, list) and all(isinstance(part, str) for part in value):
        value = "\n\n".join(value)
    if not isinstance(value, str) or not value.strip():
        what = f"column {column!r}" if column is not None else "any column"
        raise IngestError(name, f"no text in {what}; fill it in or choose --text-column")
    return make_document(
        name,
        value,
        options,
        source_id=record.get(columns["id"]) if "id" in columns else None,
        title=record.get(columns["title"]) if "title" in columns else None,
        published=_record_date(name, record, columns.get("date")),
        outlet=record.get(columns["outlet"]) if "outlet" in columns else None,
        url=record.get(columns["url"]) if "url" in columns else None,
    )


def _record_date(name: str, record: dict[str, object], column: str | None) -> str | None:
    """The record's publication date as ISO, None when it has no date cell or an
    empty one; a cell that names no date sitrep reads fails the record."""
    cell = record.get(column) if column is not None else None
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    published = parse_date(cell)
    if published is None:
        raise IngestError(
            name,
            f"date {str(cell).strip()[:40]!r} in column {column!r} is no date sitrep reads; "
            "write it as YYYY-MM-DD or leave the cell empty",
        )
    return published


def _one(
    name: str, record: dict[str, object], columns: dict[str, str], options: IngestOptions
) -> Item:
    try:
        return _record_document(name, record, columns, options)
    except IngestError as exc:
        return failure(name, exc.message)


def iter_csv(text: str, name: str, options: IngestOptions, delimiter: str = ",") -> Iterator[Item]:
    """One item per data record of a CSV (or, with ``delimiter="\\t"``, TSV) text."""
    _raise_field_limit()
    parsed = _parsed(text, delimiter)
    first = next(parsed, None)
    if first is None:
        yield failure(name, "empty CSV file (no header row); add a header and rows")
        return
    if isinstance(first, str):
        yield failure(name, f"unreadable CSV header ({first}); check the file's quoting")
        return
    header = [column.strip() for column in first]
    sample = list(islice(parsed, _SAMPLE_ROWS))
    try:
        columns = resolve_columns(header, options, name)
    except IngestError as exc:
        yield failure(name, exc.message)
        return
    if "text" not in columns:
        rows = [fields for fields in sample if isinstance(fields, list)]
        columns["text"] = _longest_column(header, rows, columns)
    for row, fields in enumerate(chain(sample, parsed), start=1):
        where = f"{name}:row {row}"
        if isinstance(fields, str):
            yield failure(where, f"malformed CSV ({fields}); fix the quoting of this row")
        elif len(fields) != len(header):
            yield failure(
                where,
                f"row has {len(fields)} fields but the header has {len(header)}; "
                "the file may be truncated or badly quoted",
            )
        else:
            yield _one(where, dict(zip(header, fields, strict=True)), columns, options)


def _parsed(text: str, delimiter: str) -> Iterator[list[str] | str]:
    """The non-blank records of a CSV text; a record that cannot be parsed is its error.

    ``strict`` makes the csv module report a quote left open at the end of a
    truncated file instead of silently returning the cut text.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            # The reader starts afresh on the next line, so later rows still come.
            yield f"{exc} near line {reader.line_num}"
            continue
        if fields and (len(fields) > 1 or fields[0].strip()):
            yield fields


def _longest_column(header: list[str], sample: list[list[str]], taken: dict[str, str]) -> str:
    """The free column with the most characters in the sampled rows."""
    used = set(taken.values())
    totals = {
        index: sum(len(fields[index]) for fields in sample if len(fields) == len(header))
        for index, column in enumerate(header)
        if column not in used
    }
    if not totals:
        return header[0]
    return header[max(totals, key=lambda index: (totals[index], -index))]


def iter_jsonl(text: str, name: str, options: IngestOptions) -> Iterator[Item]:
    """One item per JSON object: JSON Lines, one JSON array, or one (pretty-printed) object."""
    whole = _whole_json(text, name)
    if isinstance(whole, Failure):
        yield whole
    elif whole is not None:
        for number, value in enumerate(whole, start=1):
            yield _json_value(f"{name}:row {number}", value, options)
    else:
        # split("\n"), not splitlines(): JSON strings may hold U+2028, which
        # splitlines() would treat as a line end.
        for number, line in enumerate(text.split("\n"), start=1):
            if line.strip():
                yield _json_line(f"{name}:row {number}", line, options)


def _json_line(where: str, line: str, options: IngestOptions) -> Item:
    try:
        value = json.loads(line)
    except RecursionError:
        return failure(where, "JSON nested too deeply; each line must be one flat object")
    except json.JSONDecodeError as exc:
        return failure(
            where,
            f"invalid JSON ({exc.msg} at column {exc.colno}); each line must be one JSON object",
        )
    return _json_value(where, value, options)


def _json_value(where: str, value: object, options: IngestOptions) -> Item:
    if not isinstance(value, dict):
        return failure(where, f"expected a JSON object, found {type(value).__name__}")
    return _json_record(where, value, options)


def _whole_json(text: str, name: str) -> list[object] | Failure | None:
    """The records of a file that is one JSON value; None when it is JSON Lines."""
    start = text.lstrip()[:1]
    if start not in ("[", "{"):
        return None
    try:
        loaded = json.loads(text)
    except RecursionError:
        return failure(name, "JSON nested too deeply; give one flat object per document")
    except json.JSONDecodeError as exc:
        if start == "{":
            return None  # JSON Lines: each line is read (and reported) on its own
        return failure(name, f"invalid JSON ({exc.msg}, line {exc.lineno}); fix the file")
    return loaded if isinstance(loaded, list) else [loaded]


def _json_record(where: str, record: dict[str, object], options: IngestOptions) -> Item:
    keys = list(record)
    try:
        columns = resolve_columns(keys, options, where)
    except IngestError as exc:
        return failure(where, exc.message)
    if "text" not in columns:
        used = set(columns.values())
        strings = [key for key in keys if key not in used and isinstance(record[key], str)]
        if strings:
            columns["text"] = max(strings, key=lambda key: len(str(record[key])))
    return _one(where, record, columns, options)
