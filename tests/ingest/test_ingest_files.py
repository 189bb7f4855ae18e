from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from sitrep.errors import UsageError
from sitrep.ingest import IngestOptions, iter_items
from sitrep.model import Document, Failure


def _names(items: list[object]) -> list[str]:
    return [item[0] if isinstance(item, tuple) else item.document for item in items]  # type: ignore[union-attr, index]


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "Le président a déclaré à l’Élysée que la sécurité était renforcée."),
        ("cp1252", "Caf\u00e9 owners in Montr\u00e9al paid 5 \u20ac \u2014 \u201cquoted\u201d."),
        ("latin-1", "Der Beamte sagte, die Stra\u00dfe nach S\u00fcden sei gesperrt."),
    ],
)
def test_legacy_encodings(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    ((_, document),) = iter_items([str(path)], IngestOptions())
    assert document.text == text


def test_utf8_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffdate 2020-05-01\r\n\r\nLine one.  \r\nLine two.\r\n".encode())
    ((_, document),) = iter_items([str(path)], IngestOptions())
    assert document.published == "2020-05-01"
    assert document.text == "Line one.\nLine two."


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Troops withdrew from the town.".encode("utf-16"))
    ((_, document),) = iter_items([str(path)], IngestOptions())
    assert document.text == "Troops withdrew from the town."


def test_cyrillic_legacy_code_page(tmp_path: Path) -> None:
    text = (
        "\u0412\u043e\u0439\u0441\u043a\u0430 \u043e\u0442\u043e\u0448\u043b\u0438 "
        "\u043e\u0442 \u0433\u043e\u0440\u043e\u0434\u0430 \u043f\u043e\u0441\u043b\u0435 "
        "\u0434\u043e\u043b\u0433\u0438\u0445 \u0431\u043e\u0435\u0432, "
        "\u0441\u043e\u043e\u0431\u0449\u0438\u043b\u0438 "
        "\u043c\u0435\u0441\u0442\u043d\u044b\u0435 "
        "\u0436\u0438\u0442\u0435\u043b\u0438. "
    ) * 5
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    ((_, document),) = iter_items([str(path)], IngestOptions())
    assert document.text == text.strip()


def test_garbage_folder(tmp_path: Path) -> None:
    (tmp_path / "a_good.txt").write_text("date 2020-01-01 Rebels shelled the airport.\n")
    (tmp_path / "b_binary.pdf").write_bytes(b"%PDF-1.4\x00\x01\x02\x03binary" * 10)
    (tmp_path / "c_empty.txt").write_bytes(b"")
    (tmp_path / "d_blank.txt").write_bytes(b"  \n\t\r\n  ")
    (tmp_path / "e_latin.txt").write_bytes("Troops entered the caf\xe9.".encode("latin-1"))
    (tmp_path / "f_noise.bin").write_bytes(bytes(range(1, 32)) * 40)
    (tmp_path / "g_truncated.csv").write_text('id,text\n1,Fine row.\n2,"cut in the mi')
    (tmp_path / ".hidden.txt").write_text("never read")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("never read")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "z.txt").write_text("Second good report.")

    items = list(iter_items([str(tmp_path)], IngestOptions()))
    root = str(tmp_path)
    assert _names(items) == [
        os.path.join(root, "a_good.txt"),
        os.path.join(root, "b_binary.pdf"),
        os.path.join(root, "c_empty.txt"),
        os.path.join(root, "d_blank.txt"),
        os.path.join(root, "e_latin.txt"),
        os.path.join(root, "f_noise.bin"),
        os.path.join(root, "g_truncated.csv") + ":row 1",
        os.path.join(root, "g_truncated.csv") + ":row 2",
        os.path.join(root, "sub", "z.txt"),
    ]
    good = [item[1] for item in items if isinstance(item, tuple)]
    assert [document.text for document in good] == [
        "Rebels shelled the airport.",
        "Troops entered the caf\u00e9.",
        "Fine row.",
        "Second good report.",
    ]
    failures = {Path(item.document).name: item for item in items if isinstance(item, Failure)}
    assert "binary (NUL bytes)" in failures["b_binary.pdf"].message
    assert failures["c_empty.txt"].message.startswith("empty document")
    assert failures["d_blank.txt"].message.startswith("empty document")
    assert "binary" in failures["f_noise.bin"].message
    assert "unexpected end of data" in failures["g_truncated.csv:row 2"].message
    for failure in failures.values():
        assert failure.stage == "ingest"
        assert "\n" not in failure.message


def test_undecodable_bytes_fail(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    # Bytes cp1252 leaves undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d), mixed with controls.
    path.write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x01, 0x02, 0x7F]) * 200)
    (item,) = iter_items([str(path)], IngestOptions())
    assert isinstance(item, Failure)
    assert "binary" in item.message


def test_stdin() -> None:
    stream = io.BytesIO(b"date 2021-03-01 Jets struck the town.")
    ((name, document),) = iter_items(["-"], IngestOptions(), stdin=stream)
    assert name == "<stdin>"
    assert document.published == "2021-03-01"
    assert document.source_id is None


def test_stdin_csv_needs_format() -> None:
    stream = io.BytesIO(b"id,text\n1,Jets struck the town.\n")
    ((name, document),) = iter_items(["-"], IngestOptions(fmt="csv"), stdin=stream)
    assert name == "<stdin>:row 1"
    assert document.source_id == "1"


def test_same_text_same_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Rebels shelled the airport.\n")
    (tmp_path / "b.txt").write_text("date 2020-02-02\n\nRebels shelled the airport.  \r\n\r\n")
    (tmp_path / "c.txt").write_text("Rebels shelled the port.")
    documents = [item[1] for item in iter_items([str(tmp_path)], IngestOptions())]  # type: ignore[index]
    assert documents[0].id == documents[1].id == Document.content_id("Rebels shelled the airport.")
    assert documents[2].id != documents[0].id


def test_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Shelling. " * 200)
    (item,) = iter_items([str(path)], IngestOptions(max_bytes=1000))
    assert isinstance(item, Failure)
    assert "2,000 bytes, over the limit of 1,000 bytes" in item.message

    (item,) = iter_items(["-"], IngestOptions(max_bytes=1000), stdin=io.BytesIO(b"x" * 5000))
    assert isinstance(item, Failure)
    assert "over the limit of 1,000 bytes" in item.message


def test_big_file_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # a sparse 50 MB file: the size is real, the disk is not used
        handle.truncate(50_000_000)
    (item,) = iter_items([str(path)], IngestOptions())
    assert isinstance(item, Failure)
    assert "50,000,000 bytes, over the limit of 10,000,000 bytes" in item.message


def test_missing_path_and_bad_format_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        iter_items([str(tmp_path / "nope.txt")], IngestOptions())
    with pytest.raises(UsageError, match="unknown input format"):
        iter_items([str(tmp_path)], IngestOptions(fmt="pdf"))


def test_explicit_format_overrides_extension(tmp_path: Path) -> None:
    path = tmp_path / "export.dat"
    path.write_text("unit_id,article_content\n9,Jets struck.\n")
    ((name, document),) = iter_items([str(path)], IngestOptions(fmt="csv"))
    assert name == f"{path}:row 1"
    assert document.source_id == "9"
