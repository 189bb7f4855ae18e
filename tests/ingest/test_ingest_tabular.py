from __future__ import annotations

import json
from pathlib import Path

from sitrep.ingest import IngestOptions, iter_items
from sitrep.model import Document, Failure

_FAKES_OPTIONS = IngestOptions(
    id_column="unit_id",
    text_column="article_content",
    title_column="article_title",
    date_column="date",
    outlet_column="source",
)


def _split(items: list[object]) -> tuple[list[tuple[str, Document]], list[Failure]]:
    documents = [item for item in items if isinstance(item, tuple)]
    failures = [item for item in items if isinstance(item, Failure)]
    return documents, failures


def test_csv_with_column_options(tmp_path: Path) -> None:
    path = tmp_path / "corpus.csv"
    path.write_text(
        "unit_id,article_title,article_content,source,date\n"
        '7,Raid,"Wed 05 Apr 2017 Jets struck Idlib, killing 12.\n\nSecond para.",nna,4/5/2017\n'
        "8,Talks,Delegations met in Geneva.,alaraby,12/25/2016\n",
        encoding="utf-8",
    )
    items = list(iter_items([str(path)], _FAKES_OPTIONS))
    documents, failures = _split(items)
    assert failures == []
    assert [name for name, _ in documents] == [f"{path}:row 1", f"{path}:row 2"]
    first = documents[0][1]
    assert first.source_id == "7"
    assert first.title == "Raid"
    assert first.outlet == "nna"
    assert first.published == "2017-04-05"
    assert first.text == "Jets struck Idlib, killing 12.\n\nSecond para."
    assert documents[1][1].published == "2016-12-25"


def test_csv_auto_detection(tmp_path: Path) -> None:
    path = tmp_path / "auto.csv"
    path.write_text(
        "Headline,Body,Published,Publisher,ID,Link\n"
        "Raid,Jets struck Idlib.,2019-08-12,Example,a1,https://example.org/1\n",
        encoding="utf-8",
    )
    ((name, document),) = iter_items([str(path)], IngestOptions())
    assert name == f"{path}:row 1"
    assert document.title == "Raid"
    assert document.text == "Jets struck Idlib."
    assert document.published == "2019-08-12"
    assert document.outlet == "Example"
    assert document.source_id == "a1"
    assert document.url == "https://example.org/1"


def test_csv_longest_column_is_the_text(tmp_path: Path) -> None:
    path = tmp_path / "odd.tsv"
    path.write_text(
        "key\tnote\tblurb\nk1\tshort\tA much longer description of the shelling.\n",
        encoding="utf-8",
    )
    ((_, document),) = iter_items([str(path)], IngestOptions())
    assert document.text == "A much longer description of the shelling."


def test_csv_missing_named_column_fails_the_file(tmp_path: Path) -> None:
    path = tmp_path / "corpus.csv"
    path.write_text("id,text\n1,Hello there.\n", encoding="utf-8")
    (item,) = iter_items([str(path)], IngestOptions(text_column="article_content"))
    assert isinstance(item, Failure)
    assert "'article_content'" in item.message
    assert "id, text" in item.message


def test_csv_row_without_text_and_truncated_tail(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_text(
        'id,text\n1,First report.\n2,\n3,"bad"quote\n4,Fourth report.\n5\n6,"cut off in the mid',
        encoding="utf-8",
    )
    items = list(iter_items([str(path)], IngestOptions()))
    documents, failures = _split(items)
    assert [document.source_id for _, document in documents] == ["1", "4"]
    assert [failure.document for failure in failures] == [
        f"{path}:row 2",
        f"{path}:row 3",
        f"{path}:row 5",
        f"{path}:row 6",
    ]
    assert "no text in column 'text'" in failures[0].message
    assert "malformed CSV" in failures[1].message
    assert "1 fields but the header has 2" in failures[2].message
    assert "unexpected end of data" in failures[3].message
    assert all(failure.stage == "ingest" and "\n" not in failure.message for failure in failures)


def test_csv_large_field(tmp_path: Path) -> None:
    text = "Shelling continued. " * 20_000  # over csv's default 128 KiB field limit
    path = tmp_path / "big.csv"
    path.write_text(f'id,text\n1,"{text}"\n', encoding="utf-8")
    ((_, document),) = iter_items([str(path)], IngestOptions())
    assert document.text == text.strip()


def test_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps(
            {"doc_id": 11, "headline": "Raid", "content": "Jets struck.", "date": "5 April 2017"}
        ),
        "",
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"id": "x", "body": ""}),
        json.dumps({"id": "y", "story": ["Para one.", "Para two."], "outlet": "Wire"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_items([str(path)], IngestOptions(outlet="Default")))
    assert [item[0] if isinstance(item, tuple) else item.document for item in items] == [
        f"{path}:row {n}" for n in (1, 3, 4, 5, 6)
    ]
    first = items[0]
    assert isinstance(first, tuple)
    assert (first[1].source_id, first[1].title, first[1].published) == ("11", "Raid", "2017-04-05")
    assert first[1].outlet == "Default"
    assert isinstance(items[1], Failure) and "invalid JSON" in items[1].message
    assert isinstance(items[2], Failure) and "expected a JSON object" in items[2].message
    assert isinstance(items[3], Failure) and "no text" in items[3].message
    last = items[4]
    assert isinstance(last, tuple)
    assert last[1].text == "Para one.\n\nPara two."
    assert last[1].outlet == "Wire"


def test_json_array_with_options(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    path.write_text(json.dumps([{"k": "a", "txt": "Rebels advanced.", "when": "2020-01-02"}]))
    options = IngestOptions(id_column="k", text_column="txt", date_column="when")
    ((name, document),) = iter_items([str(path)], options)
    assert name == f"{path}:row 1"
    assert (document.source_id, document.text, document.published) == (
        "a",
        "Rebels advanced.",
        "2020-01-02",
    )


def test_fa_kes_dev(shared_dir: Path) -> None:
    path = shared_dir / "data" / "fa-kes" / "fa-kes-dev.csv"
    items = list(iter_items([str(path)], _FAKES_OPTIONS))
    documents, failures = _split(items)
    assert failures == []
    assert len(documents) == 384
    assert all(document.published for _, document in documents)
    assert all(document.source_id and document.outlet for _, document in documents)
    first = documents[0][1]
    assert first.published == "2017-04-05"
    assert not first.text.startswith("Wed 05 Apr 2017")


def test_pretty_printed_json_object_and_bad_unicode(tmp_path: Path) -> None:
    pretty = tmp_path / "one.json"
    pretty.write_text(json.dumps({"id": "p", "text": "Rebels advanced."}, indent=2))
    ((name, document),) = iter_items([str(pretty)], IngestOptions())
    assert (name, document.source_id) == (f"{pretty}:row 1", "p")

    lines = tmp_path / "bad.jsonl"
    lines.write_text('{"text": "lone \\ud800 surrogate"}\n["x"]\n{"text": "Fine."}\n')
    items = list(iter_items([str(lines)], IngestOptions()))
    assert isinstance(items[0], Failure) and "invalid Unicode" in items[0].message
    assert isinstance(items[1], Failure) and "found list" in items[1].message
    assert isinstance(items[2], tuple) and items[2][1].text == "Fine."


def test_an_unreadable_date_cell_fails_its_record_only(tmp_path: Path) -> None:
    path = tmp_path / "corpus.csv"
    path.write_text(
        "id,text,date\n"
        "1,Jets struck a market.,31/02/2017\n"
        "2,Shelling hit a school.,\n"
        "3,A convoy was hit.,2017-04-05\n",
        encoding="utf-8",
    )
    documents, failures = _split(list(iter_items([str(path)], IngestOptions())))
    assert [doc.source_id for _, doc in documents] == ["2", "3"]
    assert [doc.published for _, doc in documents] == [None, "2017-04-05"]
    (failure,) = failures
    assert failure.document == f"{path}:row 1" and failure.stage == "ingest"
    assert "'31/02/2017'" in failure.message and "'date'" in failure.message
    assert "\n" not in failure.message


def test_a_jsonl_date_must_be_a_date(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [
        {"id": "a", "text": "Jets struck a market.", "date": 20170405},
        {"id": "b", "text": "Shelling hit a school.", "date": None},
        {"id": "c", "text": "A convoy was hit.", "date": "Wed, 05 Apr 2017 10:00:00 +0000"},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    documents, failures = _split(list(iter_items([str(path)], IngestOptions())))
    assert [doc.published for _, doc in documents] == [None, "2017-04-05"]
    assert [f.document for f in failures] == [f"{path}:row 1"]
    assert "20170405" in failures[0].message
