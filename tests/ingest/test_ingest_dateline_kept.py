"""A dateline ingest removes is kept when the given publication date says otherwise."""

from __future__ import annotations

from pathlib import Path

from sitrep.ingest import IngestOptions, iter_items
from sitrep.ingest.options import make_document
from sitrep.model import Document, Failure


def _one(path: Path) -> Document:
    items = list(iter_items([str(path)], IngestOptions()))
    assert len(items) == 1 and not isinstance(items[0], Failure), items
    return items[0][1]


def test_a_disagreeing_dateline_is_kept_beside_the_metadata_date() -> None:
    text = "Published October 3 2017 A suicide bomber killed 17 people on Monday."
    _, document = make_document("row", text, IngestOptions(), published="2017-10-01")
    assert (document.published, document.dateline) == ("2017-10-01", "2017-10-03")
    assert document.text.startswith("A suicide bomber")


def test_an_agreeing_or_sole_dateline_is_not_repeated() -> None:
    text = "Published October 3 2017 A suicide bomber killed 17 people on Monday."
    _, agreeing = make_document("row", text, IngestOptions(), published="2017-10-03")
    _, sole = make_document("row", text, IngestOptions())
    assert (agreeing.published, agreeing.dateline) == ("2017-10-03", None)
    assert (sole.published, sole.dateline) == ("2017-10-03", None)


def test_a_text_files_dateline_under_a_date_header_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("date: 2017-04-06\n\nWed 05 Apr 2017 Syria attack.", encoding="utf-8")
    document = _one(path)
    assert (document.published, document.dateline) == ("2017-04-06", "2017-04-05")
