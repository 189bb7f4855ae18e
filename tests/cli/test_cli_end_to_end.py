"""The commands end to end: bundled examples, the seed, garbage, idempotency, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from _paths import EXAMPLES

SITREP = [sys.executable, "-m", "sitrep.cli"]


def sitrep(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SITREP, *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        check=False,
    )


def test_usage_error_exits_1() -> None:
    result = sitrep("events", "--format", "xml")
    assert result.returncode == 1
    assert "--format" in result.stderr and "Traceback" not in result.stderr


def test_eventloc_split_is_checked_before_any_work() -> None:
    result = sitrep("eval", "eventloc", "--split", "half")
    assert result.returncode == 1
    assert "all, even or odd" in result.stderr


def test_unknown_option_exits_1() -> None:
    result = sitrep("extract", "--no-such-flag", "x")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "--no-such-flag" in result.stderr


@pytest.mark.parametrize("args", [("nosuch",), ("gazetteer", "nosuch")])
def test_unknown_command_is_one_usage_line_not_a_traceback(args: tuple[str, ...]) -> None:
    # Typer 0.2x raises its own copy of Click's UsageError, which the entry point
    # had let through as a traceback (exit code 1 either way).
    result = sitrep(*args)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "No such command 'nosuch'" in result.stderr


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = sitrep("extract", str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    assert "nope.txt" in result.stderr


def test_extract_stdin_prints_one_contract_line() -> None:
    text = b"date 2020-02-12\nSyrian government forces shelled the town of Saraqib on Tuesday.\n"
    result = sitrep("extract", "-", "--quiet", stdin=text)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert set(record) >= {"document", "places", "actors", "events"}
    assert record["document"]["published"] == "2020-02-12"
    assert record["document"]["source_id"] in (None, "<stdin>", "-")


def test_seed_extract_meets_the_contract(seed_path: Path) -> None:
    result = sitrep("extract", str(seed_path), "--format", "json", "--quiet")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["document"]["published"] == "2021-03-01"
    assert len(record["events"]) >= 8
    names = {p["text"].lower() for p in record["places"]}
    by_text = {p["text"].lower(): p for p in record["places"]}
    for wanted in ("hasakah", "al-shadadi"):
        assert wanted in names, names
        place = by_text[wanted]
        # north-east Syria
        assert 35.0 <= place["lat"] <= 37.5 and 39.0 <= place["lon"] <= 42.5, place
    sources = {link["source"] for e in record["events"] for link in e["attribution"]["chain"]}
    assert any("SANA" in s for s in sources), sources


def test_ingest_is_idempotent_and_garbage_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    good = (EXAMPLES / sorted(p.name for p in EXAMPLES.glob("*.txt"))[0]).read_bytes()
    (folder / "good.txt").write_bytes(good)
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "empty.txt").write_bytes(b"")
    # Invalid UTF-8 that no single-byte code page reads as text either.
    (folder / "latin.txt").write_bytes(b"\x81\x8d\x8f\x90\x9d\x01\x02\xc3\x28\xa0\xa1" * 6)
    (folder / "cut.csv").write_bytes(b'id,text\n1,"an unterminated field\n')
    db = str(tmp_path / "store.db")

    first = sitrep("ingest", str(folder), "--db", db, "--quiet")
    assert first.returncode == 2, first.stderr
    lines = [line for line in first.stderr.splitlines() if line.strip()]
    for name in ("binary.txt", "empty.txt", "latin.txt", "cut.csv"):
        assert any(name in line and "ingest" in line for line in lines), (name, lines)

    events = sitrep("events", "--db", db, "--format", "json")
    assert events.returncode == 0, events.stderr
    count = len(events.stdout.splitlines())
    assert count > 0

    again = sitrep("ingest", str(folder), "--db", db, "--quiet")
    assert again.returncode == 2
    assert len(sitrep("events", "--db", db, "--format", "json").stdout.splitlines()) == count


@pytest.mark.slow
def test_demo_prints_events_with_places_and_dates(tmp_path: Path) -> None:
    result = sitrep("demo", "--db", str(tmp_path / "demo.db"), "--quiet")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "events from" in out
    assert "ASSAULT" in out
    assert "20" in out  # dates like 2019-10-09


def test_clusters_rebuild_gives_what_ingest_gave(tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    assert sitrep("ingest", str(EXAMPLES), "--db", db, "--quiet").returncode == 0
    before = sitrep("clusters", "--db", db, "--format", "json")
    assert before.returncode == 0, before.stderr
    assert before.stdout.strip()
    rebuilt = sitrep("clusters", "--db", db, "--rebuild", "--format", "json")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert _grouping(rebuilt.stdout) == _grouping(before.stdout)


def _grouping(out: str) -> list[tuple[str, list[str]]]:
    """Which events share a cluster, independent of cluster ids and order."""
    return sorted((c["type"], sorted(c["events"])) for c in map(json.loads, out.splitlines()))


def test_clusters_id_picks_one_cluster_and_the_table_says_what_it_is(tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    assert sitrep("ingest", str(EXAMPLES), "--db", db, "--quiet").returncode == 0
    every = [
        json.loads(line)
        for line in sitrep("clusters", "--db", db, "-f", "json").stdout.split("\n")
        if line
    ]
    assert len(every) > 1
    picked = every[-1]
    start = picked["id"][:8]
    one = sitrep("clusters", "--db", db, "--id", start.upper(), "--format", "json")
    assert one.returncode == 0, one.stderr
    expected = [c["id"] for c in every if c["id"].startswith(start)]
    assert [json.loads(line)["id"] for line in one.stdout.splitlines()] == expected
    table = sitrep("clusters", "--db", db, "--id", picked["id"])
    assert table.returncode == 0, table.stderr
    assert picked["id"] in table.stdout and "1 clusters" in table.stdout
    first = picked["reports"][0]
    assert (first["title"] or first["sentence"]).split()[0] in table.stdout
