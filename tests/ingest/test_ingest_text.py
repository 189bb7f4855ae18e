from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.ingest import IngestOptions, iter_items
from sitrep.ingest.text import parse_text, strip_dateline
from sitrep.model import Document, Failure


def _one(path: Path, options: IngestOptions | None = None) -> Document:
    items = list(iter_items([str(path)], options or IngestOptions()))
    assert len(items) == 1
    item = items[0]
    assert not isinstance(item, Failure), item
    return item[1]


def test_seed_report(seed_path: Path, seed_text: str) -> None:
    document = _one(seed_path)
    assert document.published == "2021-03-01"
    assert document.text.startswith("The US military airlifted members of the Daesh")
    assert document.text == seed_text.strip()
    assert document.source_id == seed_path.name
    assert document.id == Document.content_id(document.text)
    assert "\n\nThe official Syrian news agency SANA" in document.text


def test_seed_like_header_on_the_article_line() -> None:
    parts = parse_text("date 2021-03-01 The US military airlifted members.")
    assert parts.published == "2021-03-01"
    assert parts.text == "The US military airlifted members."


@pytest.mark.parametrize(
    "raw",
    [
        "date: 2021-03-01 Jets struck.",
        "  DATE 1 March 2021\nJets struck.",
        "Published: March 1, 2021\n\nJets struck.",
    ],
)
def test_date_header_forms(raw: str) -> None:
    parts = parse_text(raw)
    assert (parts.published, parts.text) == ("2021-03-01", "Jets struck.")


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("date: 2021-13-45\n\nJets struck.", "2021-13-45"),
        ("date 31/02/2021 Jets struck.", "31/02/2021"),
        ("Published: sometime last week\n\nJets struck.", "sometime last week"),
    ],
)
def test_an_unreadable_date_header_fails_the_document(tmp_path: Path, raw: str, value: str) -> None:
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_text(raw, encoding="utf-8")
    good.write_text("date: 2021-03-01\n\nJets struck.", encoding="utf-8")
    items = list(iter_items([str(bad), str(good)], IngestOptions()))
    failed = items[0]
    assert isinstance(failed, Failure) and failed.stage == "ingest", failed
    assert failed.document.endswith("bad.txt") and f"'{value}'" in failed.message
    assert not isinstance(items[1], Failure) and items[1][1].published == "2021-03-01"


def test_a_word_after_date_is_the_article() -> None:
    parts = parse_text("Date palms burned in Idlib on Monday.")
    assert parts.unread_date is None and parts.published is None
    assert parts.text == "Date palms burned in Idlib on Monday."


def test_header_block(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Title: Shelling hits market\noutlet: Example News\nurl: https://example.org/a\n"
        "date: 12 August 2019\n\n"
        "Artillery shelled a market on Monday.\r\n\r\nSecond paragraph.  \n",
        encoding="utf-8",
    )
    document = _one(path, IngestOptions(outlet="Fallback"))
    assert document.title == "Shelling hits market"
    assert document.outlet == "Example News"
    assert document.url == "https://example.org/a"
    assert document.published == "2019-08-12"
    assert document.text == "Artillery shelled a market on Monday.\n\nSecond paragraph."


def test_default_outlet_and_no_date(tmp_path: Path) -> None:
    path = tmp_path / "plain"
    path.write_text("Rebels said they shelled the airport.\n", encoding="utf-8")
    document = _one(path, IngestOptions(outlet="Wire"))
    assert document.outlet == "Wire"
    assert document.published is None
    assert document.title is None
    assert document.text == "Rebels said they shelled the airport."


@pytest.mark.parametrize(
    ("text", "iso", "rest"),
    [
        ("Wed 05 Apr 2017 Syria attack symptoms.", "2017-04-05", "Syria attack symptoms."),
        ("Monday, March 6, 2017 - Rebels advanced.", "2017-03-06", "Rebels advanced."),
        ("5 April 2017 Airstrikes hit Idlib.", "2017-04-05", "Airstrikes hit Idlib."),
        ("April 5, 2017: Airstrikes hit Idlib.", "2017-04-05", "Airstrikes hit Idlib."),
        ("Thursday 14 May 2015 09:40 Rebel forces.", "2015-05-14", "Rebel forces."),
        ("Date of publication 9 June 2017 Some 15 died.", "2017-06-09", "Some 15 died."),
        ("Published on July 5, 2016 | Foo.", "2016-07-05", "Foo."),
    ],
)
def test_dateline_variants(text: str, iso: str, rest: str) -> None:
    assert strip_dateline(text) == (iso, rest)


@pytest.mark.parametrize(
    "text",
    ["March 2017 saw heavy fighting.", "5 April 2017.", "On 5 April 2017 rebels advanced."],
)
def test_not_a_dateline(text: str) -> None:
    assert strip_dateline(text) == (None, text)


def test_dateline_in_file_and_header_wins(tmp_path: Path) -> None:
    path = tmp_path / "fakes.txt"
    path.write_text("Wed 05 Apr 2017 Syria attack symptoms.", encoding="utf-8")
    document = _one(path)
    assert (document.published, document.text) == ("2017-04-05", "Syria attack symptoms.")

    path.write_text("date: 2017-04-06\n\nWed 05 Apr 2017 Syria attack.", encoding="utf-8")
    document = _one(path)
    assert (document.published, document.text) == ("2017-04-06", "Syria attack.")


def test_header_only_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "headers.txt"
    path.write_text("title: Nothing here\n\n   \n", encoding="utf-8")
    (item,) = iter_items([str(path)], IngestOptions())
    assert isinstance(item, Failure)
    assert item.stage == "ingest"
    assert "empty document" in item.message


def test_text_is_nfc_and_not_otherwise_changed(tmp_path: Path) -> None:
    path = tmp_path / "nfc.txt"
    # "e" + combining acute becomes "é"; curly quotes and double spaces stay.
    path.write_text("Cafe\u0301 \u201cshelled\u201d  twice.\tTab", encoding="utf-8")
    assert _one(path).text == "Caf\u00e9 \u201cshelled\u201d  twice.\tTab"
