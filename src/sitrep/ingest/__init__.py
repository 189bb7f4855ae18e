"""Stage ``ingest``: files, folders, feeds and standard input -> :class:`~sitrep.model.Document`.

    from sitrep.ingest import IngestOptions, iter_items
    for item in iter_items(["reports/", "corpus.csv", "-"], IngestOptions()):
        ...  # (display name, Document) or Failure(stage="ingest")

Inputs
    A path is a file, a folder (read recursively in sorted order, files and
    folders whose name starts with "." skipped) or "-" for standard input
    (named ``<stdin>``). A path that does not exist is a
    :class:`~sitrep.errors.UsageError`, raised before anything is read; every
    other problem is a :class:`~sitrep.model.Failure` for that file, row or
    entry, and the batch goes on.

Formats (``IngestOptions.fmt``, or by extension, else by content)
    text  ``.txt .text .md .markdown`` and no extension: :mod:`.text`
          (optional ``title:/outlet:/url:/date:`` headers, the seed's
          ``date YYYY-MM-DD`` line, a leading dateline)
    csv   ``.csv``; tsv ``.tsv .tab``: :mod:`.tabular`, one document per row
    jsonl ``.jsonl .ndjson .json``: one document per object
    html  ``.html .htm .xhtml``: :mod:`.web` (trafilatura)
    feed  ``.xml .rss .atom``: :mod:`.web` (feedparser), one document per entry
    Other extensions and standard input are sniffed: ``<rss``/``<feed``/``<rdf:RDF``
    is a feed, ``<html``/``<!DOCTYPE html`` a page, a leading ``{`` JSON Lines,
    anything else text (CSV on standard input needs ``fmt="csv"``).

Bytes become text in :mod:`.encoding` (UTF-8, cp1252, charset_normalizer;
binary refused), normalised (NFC, ``\\n``, no trailing spaces). A document's id
is the hash of its final text (same text, same id); ``source_id`` is the id
the input gave (CSV/JSON id, feed entry id) or the file name.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from sitrep.errors import IngestError, UsageError
from sitrep.ingest.encoding import decode, normalise
from sitrep.ingest.options import FORMATS, IngestOptions, Item, failure, make_document
from sitrep.ingest.tabular import iter_csv, iter_jsonl
from sitrep.ingest.text import parse_text
from sitrep.ingest.web import html_document, iter_feed
from sitrep.model import Failure

__all__ = ["FORMATS", "IngestOptions", "Item", "iter_items"]

STDIN_NAME = "<stdin>"
_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}


def iter_items(
    paths: Sequence[str], options: IngestOptions, stdin: BinaryIO | None = None
) -> Iterator[Item]:
    """Every document in ``paths``, in order, or a failure for what cannot be read.

    Raises :class:`UsageError` (before yielding anything) for a path that does
    not exist or an unknown ``options.fmt``; never raises for a bad document.
    """
    if options.fmt is not None and options.fmt not in FORMATS:
        raise UsageError(f"unknown input format {options.fmt!r}; use one of {', '.join(FORMATS)}")
    missing = [path for path in paths if path != "-" and not os.path.exists(path)]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    return _items(paths, options, stdin)


def _items(paths: Sequence[str], options: IngestOptions, stdin: BinaryIO | None) -> Iterator[Item]:
    for path in paths:
        if path == "-":
            yield from _one_input(STDIN_NAME, None, options, stdin)
            continue
        root = Path(path)
        for entry in _walk(root) if root.is_dir() else iter([root]):
            if isinstance(entry, Path):
                yield from _one_input(str(entry), entry, options, stdin)
            else:
                yield entry


def _walk(root: Path) -> Iterator[Path | Failure]:
    """The visible files under ``root``, in sorted order; unreadable folders as failures."""
    errors: list[OSError] = []
    for folder, dirnames, filenames in os.walk(root, onerror=errors.append):
        while errors:
            error = errors.pop(0)
            yield failure(str(error.filename or folder), f"cannot read folder ({error.strerror})")
        dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(folder) / name
    for error in errors:
        yield failure(str(error.filename or root), f"cannot read folder ({error.strerror})")


def _one_input(
    name: str, path: Path | None, options: IngestOptions, stdin: BinaryIO | None
) -> Iterator[Item]:
    """Read and parse one file (or standard input); its IngestError becomes a failure."""
    try:
        if path is None:
            data = _read_stream(stdin, name, options.max_bytes)
            suffix, source_id = "", None
        else:
            data = _read_file(path, name, options.max_bytes)
            suffix, source_id = path.suffix.lower(), path.name
        yield from _parse(data, name, suffix, source_id, options)
    except IngestError as exc:
        yield failure(exc.document, exc.message)


def _too_large(name: str, size: int, limit: int, exact: bool = True) -> IngestError:
    amount = f"{size:,} bytes" if exact else f"over {limit:,} bytes"
    return IngestError(
        name,
        f"input is {amount}, over the limit of {limit:,} bytes; "
        "split it or raise the max_bytes limit",
    )


def _read_file(path: Path, name: str, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            # Refused from its size alone: a huge file is never read into memory.
            raise _too_large(name, size, limit)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise IngestError(name, f"cannot read file ({exc.strerror or exc})") from exc
    if len(data) > limit:  # the file grew while being read
        raise _too_large(name, len(data), limit, exact=False)
    return data


def _read_stream(stdin: BinaryIO | None, name: str, limit: int) -> bytes:
    stream = stdin if stdin is not None else sys.stdin.buffer
    # A text stream (sys.stdin itself) is read through its byte buffer.
    stream = getattr(stream, "buffer", stream)
    try:
        data = stream.read(limit + 1)
    except OSError as exc:
        raise IngestError(name, f"cannot read standard input ({exc})") from exc
    if not isinstance(data, bytes):
        raise IngestError(name, "standard input gave text, not bytes; pass a binary stream")
    if len(data) > limit:
        raise _too_large(name, len(data), limit, exact=False)
    return data


def _parse(
    data: bytes, name: str, suffix: str, source_id: str | None, options: IngestOptions
) -> Iterator[Item]:
    text = decode(data, name)
    if not text.strip():
        raise IngestError(name, "empty document (the input has no text); remove it or fill it")
    fmt = options.fmt or _EXTENSIONS.get(suffix) or _sniff(text)
    if fmt == "csv" and (suffix in (".tsv", ".tab") or _tab_separated(text)):
        fmt = "tsv"
    if fmt == "csv":
        yield from iter_csv(text, name, options)
    elif fmt == "tsv":
        yield from iter_csv(text, name, options, delimiter="\t")
    elif fmt == "jsonl":
        yield from iter_jsonl(text, name, options)
    elif fmt == "feed":
        yield from iter_feed(data, name, options)
    elif fmt == "html":
        yield html_document(text, name, source_id, options)
    else:
        parts = parse_text(normalise(text))
        if parts.unread_date is not None:
            raise IngestError(
                name,
                f"date header '{parts.unread_date}' is no date sitrep reads; "
                "write it as YYYY-MM-DD (e.g. date: 2021-03-01) or remove it",
            )
        yield make_document(
            name,
            parts.text,
            options,
            source_id=source_id,
            title=parts.title,
            published=parts.published,
            outlet=parts.outlet,
            url=parts.url,
            dateline=False,  # parse_text has applied it, after the headers
            stamped=parts.dateline,
        )


def _sniff(text: str) -> str:
    """The format of an input with no telling extension, from its first characters."""
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    if "<rss" in head or "<feed" in head or "<rdf:rdf" in head:
        return "feed"
    if head.startswith("<!doctype html") or "<html" in head[:512]:
        return "html"
    if head.startswith("{"):
        return "jsonl"
    return "text"


def _tab_separated(text: str) -> bool:
    """A ``.csv`` whose header line has tabs and no commas is really TSV."""
    header = text.split("\n", 1)[0]
    return "\t" in header and "," not in header
