"""Fuzzing every reader: a bad input yields Failures, never an exception.

Random bytes, truncated UTF-8, giant lines, deeply nested HTML and malformed
CSV / JSON Lines / RSS / Atom go through :func:`sitrep.ingest.iter_items` as
files (by extension and with an explicit format) and as standard input.
Examples are bounded so the whole file runs in seconds.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.ingest import FORMATS, IngestOptions, iter_items
from sitrep.model import Document, Failure

FUZZ = settings(
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SUFFIX = {
    "text": ".txt",
    "csv": ".csv",
    "tsv": ".tsv",
    "jsonl": ".jsonl",
    "html": ".html",
    "feed": ".xml",
}
#: Small enough that the size limit itself is exercised by the giant inputs.
LIMIT = 2_000_000


def read_all(data: bytes, fmt: str | None, suffix: str) -> list[tuple[str, Document] | Failure]:
    """Every item for ``data`` as a file named by ``suffix`` (format ``fmt`` or sniffed)."""
    options = IngestOptions(fmt=fmt, max_bytes=LIMIT)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        items = list(iter_items([str(path)], options))
    for item in items:
        if isinstance(item, Failure):
            assert item.stage == "ingest"
            assert item.message
        else:
            name, document = item
            assert isinstance(name, str)
            assert isinstance(document, Document)
            assert document.text.strip()
            assert document.id == Document.content_id(document.text)
    return items


def read_stdin(data: bytes, fmt: str | None) -> list[tuple[str, Document] | Failure]:
    return list(iter_items(["-"], IngestOptions(fmt=fmt, max_bytes=LIMIT), stdin=io.BytesIO(data)))


formats = st.sampled_from(FORMATS)


@FUZZ
@given(data=st.binary(max_size=4096), fmt=formats, explicit=st.booleans())
def test_random_bytes(data: bytes, fmt: str, explicit: bool) -> None:
    read_all(data, fmt if explicit else None, SUFFIX[fmt])
    read_stdin(data, fmt if explicit else None)


@FUZZ
@given(text=st.text(min_size=1, max_size=400), cut=st.integers(min_value=1), fmt=formats)
def test_truncated_utf8(text: str, cut: int, fmt: str) -> None:
    encoded = ("Ḥasakah — قصف " + text).encode("utf-8")
    truncated = encoded[: 1 + cut % len(encoded)]
    read_all(truncated, fmt, SUFFIX[fmt])


@settings(max_examples=6, deadline=None, database=None)
@given(fmt=formats, size=st.sampled_from([200_000, 1_500_000, 2_500_000]))
def test_giant_line(fmt: str, size: int) -> None:
    line = ("x" * 9 + " ") * (size // 10)
    items = read_all(line.encode("ascii"), fmt, SUFFIX[fmt])
    if size > LIMIT:
        assert [type(item) for item in items] == [Failure]
        assert "limit" in items[0].message  # type: ignore[union-attr]


def test_giant_csv_field() -> None:
    # One field longer than the csv module's default field size limit (128 KiB).
    data = b'id,text\n1,"' + b"word " * 60_000 + b'"\n2,short report\n'
    read_all(data, "csv", ".csv")


@settings(max_examples=8, deadline=None, database=None)
@given(depth=st.integers(min_value=1, max_value=20_000), tag=st.sampled_from(["div", "b", "p"]))
def test_deeply_nested_html(depth: int, tag: str) -> None:
    body = f"<{tag}>" * depth + "Shelling hit the town on Monday." + f"</{tag}>" * (depth // 2)
    data = f"<!DOCTYPE html><html><body>{body}</body></html>".encode()
    read_all(data, "html", ".html")
    read_all(data, None, ".html")


csv_pieces = st.sampled_from(
    ['"', '""', ",", ";", "\t", "\n", "\r\n", "\x00", "id", "text", "title", "a b", "\ufeff", "é"]
)


@FUZZ
@given(pieces=st.lists(csv_pieces, max_size=80), fmt=st.sampled_from(["csv", "tsv"]))
def test_malformed_csv(pieces: list[str], fmt: str) -> None:
    data = ("id,text,title\n" + "".join(pieces)).encode("utf-8")
    read_all(data, fmt, SUFFIX[fmt])
    read_stdin(data, fmt)


json_pieces = st.sampled_from(
    ["{", "}", "[", "]", '"text"', ":", ",", '"x"', "null", "1e999", "\n", '"\\ud800"', "true"]
)


@FUZZ
@given(pieces=st.lists(json_pieces, max_size=60))
def test_malformed_jsonl(pieces: list[str]) -> None:
    read_all("".join(pieces).encode("utf-8"), "jsonl", ".jsonl")


xml_pieces = st.sampled_from(
    [
        "<rss>",
        "</rss>",
        '<rss version="2.0"><channel>',
        "<item>",
        "</item>",
        "<title>",
        "</title>",
        "<description>",
        "</description>",
        "<pubDate>",
        "Mon, 99 Foo 2021",
        "</pubDate>",
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        "<entry>",
        "<content type='html'>&lt;p&gt;",
        "<![CDATA[",
        "]]>",
        "&undefined;",
        "<!ENTITY x 'y'>",
        "Clashes near the border.",
        "\x00",
    ]
)


@FUZZ
@given(pieces=st.lists(xml_pieces, max_size=40))
def test_malformed_feeds(pieces: list[str]) -> None:
    data = ("<?xml version='1.0'?>" + "".join(pieces)).encode("utf-8")
    read_all(data, "feed", ".xml")
    read_all(data, None, ".rss")
