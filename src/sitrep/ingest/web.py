"""Web inputs: HTML pages (trafilatura) and RSS/Atom feeds (feedparser).

* An HTML page is one document: trafilatura finds the main text (menus,
  footers and reader comments left out), the title, the publication date, the
  site name (the outlet) and the canonical URL. Paragraphs are separated by a
  blank line. A page where it finds no main text is a failure, not a guess.
* A feed gives one document per entry, named ``path:entry N``: the text is
  the entry's content (the longest one when there are several) or else its
  summary, with HTML removed; the title, the published (or updated) date, the
  link as URL, the entry id (or link) as source id and the feed's title as
  outlet. A feed without entries is a failure.

The dateline rule is not applied: these inputs carry their date as metadata.
Both libraries are imported on first use; they are slow to import.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator, Mapping
from typing import Any

from sitrep.errors import IngestError
from sitrep.ingest.dates import parse_date
from sitrep.ingest.markup import html_to_text
from sitrep.ingest.options import IngestOptions, Item, failure, make_document
from sitrep.model import Document

# What a third-party parser raises on input it cannot handle: these become the
# document's failure; anything else is a bug and propagates.
_PARSER_ERRORS: tuple[type[Exception], ...] = (
    ValueError,
    TypeError,
    LookupError,
    AttributeError,
    SyntaxError,
    RuntimeError,
)


def html_document(
    html: str, name: str, source_id: str | None, options: IngestOptions
) -> tuple[str, Document]:
    """The main text and metadata of a web page; IngestError when there is none."""
    try:
        import trafilatura
    except ImportError as exc:
        raise IngestError(
            name,
            f"HTML needs trafilatura, which cannot be imported ({exc}); "
            "reinstall sitrep with its dependencies",
        ) from exc
    from lxml.etree import LxmlError  # type: ignore[import-untyped]

    try:
        result = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False
        )
    except (*_PARSER_ERRORS, LxmlError) as exc:
        raise IngestError(name, f"HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    fields: Mapping[str, Any] = {}
    if result is not None:
        fields = result if isinstance(result, dict) else result.as_dict()
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError(name, "no main text found in HTML; save the article as text instead")
    # trafilatura ends each paragraph with one newline; a blank line between
    # paragraphs is what the other inputs use and what sentence splitting expects.
    text = "\n\n".join(line for line in text.split("\n") if line.strip())
    return make_document(
        name,
        text,
        options,
        source_id=source_id,
        title=fields.get("title"),
        published=parse_date(fields.get("date")),
        outlet=fields.get("sitename"),
        url=fields.get("url"),
        dateline=False,
    )


def iter_feed(data: bytes, name: str, options: IngestOptions) -> Iterator[Item]:
    """One item per entry of an RSS or Atom feed."""
    import feedparser

    # A stream, never a string: feedparser fetches a string that looks like a URL.
    try:
        parsed = feedparser.parse(io.BytesIO(data))
    except _PARSER_ERRORS as exc:
        yield failure(name, f"feed could not be parsed ({type(exc).__name__}: {exc})")
        return
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            yield failure(name, f"not a readable RSS/Atom feed ({problem}); check the XML")
        elif not parsed.get("version"):
            yield failure(name, "not an RSS/Atom feed (no <rss> or <feed> element)")
        else:
            yield failure(name, "feed has no entries")
        return
    outlet = parsed.get("feed", {}).get("title")
    for number, entry in enumerate(entries, start=1):
        where = f"{name}:entry {number}"
        try:
            yield _entry_document(where, entry, outlet, options)
        except IngestError as exc:
            yield failure(where, exc.message)


def _entry_document(
    where: str, entry: Mapping[str, Any], outlet: object, options: IngestOptions
) -> tuple[str, Document]:
    contents = [
        part.get("value", "") for part in entry.get("content") or [] if isinstance(part, Mapping)
    ]
    html = max(contents, key=len) if contents else ""
    if not str(html).strip():
        html = entry.get("summary") or ""
    text = html_to_text(str(html))
    if not text.strip():
        raise IngestError(where, "feed entry has no content or summary")
    return make_document(
        where,
        text,
        options,
        source_id=entry.get("id") or entry.get("link"),
        title=html_to_text(str(entry["title"])) if entry.get("title") else None,
        published=_entry_date(entry),
        outlet=outlet,
        url=entry.get("link"),
        dateline=False,
    )


def _entry_date(entry: Mapping[str, Any]) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return parse_date(f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}")
    for key in ("published", "updated", "created"):
        found = parse_date(entry.get(key))
        if found is not None:
            return found
    return None
