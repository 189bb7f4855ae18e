"""Ingest options and the one place where a :class:`Document` is assembled."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from sitrep.errors import IngestError
from sitrep.ingest.encoding import normalise
from sitrep.ingest.text import strip_dateline
from sitrep.ingest.titles import headline
from sitrep.model import Document, Failure

#: What ingest yields: ``(display name, document)`` or a failure naming the input.
Item: TypeAlias = tuple[str, Document] | Failure

#: Input formats: "text", "csv", "tsv", "jsonl", "html", "feed".
FORMATS = ("text", "csv", "tsv", "jsonl", "html", "feed")


@dataclass
class IngestOptions:
    """How to read inputs; every field is optional (auto-detection otherwise)."""

    #: "text" | "csv" | "tsv" | "jsonl" | "html" | "feed"; None: by extension, then content.
    fmt: str | None = None
    #: CSV/TSV column or JSON key names; None: the common names (see ``tabular``).
    id_column: str | None = None
    text_column: str | None = None
    title_column: str | None = None
    date_column: str | None = None
    outlet_column: str | None = None
    url_column: str | None = None
    #: Outlet for documents that do not name one.
    outlet: str | None = None
    #: Larger inputs are refused (a failure, not read into memory).
    max_bytes: int = 10_000_000


def failure(name: str, message: str) -> Failure:
    return Failure(document=name, stage="ingest", message=message)


def clean_field(value: object) -> str | None:
    """A metadata value (title, outlet, url, id) as a one-line string, or None."""
    if value is None or isinstance(value, dict | list):
        return None
    text = " ".join(str(value).split())
    return text or None


def make_document(
    name: str,
    text: str,
    options: IngestOptions,
    *,
    source_id: object = None,
    title: object = None,
    published: str | None = None,
    outlet: object = None,
    url: object = None,
    dateline: bool = True,
    stamped: str | None = None,
) -> tuple[str, Document]:
    """Normalise ``text`` and build the document; :class:`IngestError` when it is empty.

    With ``dateline`` a date at the very start of the text is removed from it and
    is the publication date unless ``published`` is already known; when that
    says otherwise, the removed date is kept as ``Document.dateline`` (``stamped``
    passes one a caller removed itself).
    """
    body = normalise(text)
    if dateline:
        stamped, body = strip_dateline(body)
        published = published or stamped
    if not body.strip():
        raise IngestError(name, "empty document (no text); remove it or add the article text")
    try:
        content_id = Document.content_id(body)
    except UnicodeEncodeError as exc:
        # Only JSON "\\ud800"-style escapes can put a lone surrogate here.
        raise IngestError(
            name, f"text holds invalid Unicode ({exc.reason}); fix the input"
        ) from exc
    document = Document(
        id=content_id,
        source_id=clean_field(source_id),
        title=headline(clean_field(title), clean_field(outlet) or options.outlet),
        published=published,
        dateline=stamped if stamped != published else None,
        outlet=clean_field(outlet) or options.outlet,
        url=clean_field(url),
        text=body,
    )
    return name, document
