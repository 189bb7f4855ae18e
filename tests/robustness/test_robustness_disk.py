"""A read-only or full disk gives one clear error line, and the store stays usable.

Uses real small filesystems (tmpfs mounts, so root is needed; skipped otherwise):
a read-only mount, and a 512 KiB one that fills up during ``sitrep ingest``.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.errors import StoreError
from sitrep.store import Store

REPO = Path(__file__).resolve().parents[2]


def _mount(point: Path, options: str) -> None:
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
        check=True,
        capture_output=True,
    )


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 512 KiB tmpfs; skipped where this process may not mount."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    point = tmp_path / f"disk-{uuid.uuid4().hex[:8]}"
    point.mkdir()
    try:
        _mount(point, "size=512k")
    except (subprocess.CalledProcessError, FileNotFoundError) as exc:
        pytest.skip(f"cannot mount a tmpfs here: {exc}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def _ingest(paths: list[str], db: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "sitrep", "ingest", *paths, "--db", str(db), "-q"]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def _corpus(folder: Path, copies: int) -> list[str]:
    folder.mkdir()
    for report in sorted((REPO / "examples").glob("*.txt")):
        text = report.read_text("utf-8")
        for k in range(copies):
            (folder / f"{report.stem}_{k}.txt").write_text(f"{text}\n\nCopy {k}.", "utf-8")
    return [str(folder)]


def test_read_only_disk(tiny_disk: Path, tmp_path: Path) -> None:
    existing = tiny_disk / "old.db"
    Store.open(str(existing)).close()
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True)
    with pytest.raises(StoreError, match="read-only") as info:
        Store.open(str(tiny_disk / "new.db"))
    assert str(tiny_disk) in str(info.value)
    with pytest.raises(StoreError, match="read-only"):
        Store.open(str(existing), create=False)

    done = _ingest(_corpus(tmp_path / "in", 1), tiny_disk / "new.db")
    assert done.returncode == 1
    assert done.stderr.startswith("sitrep: cannot write database"), done.stderr
    assert "read-only" in done.stderr
    assert "Traceback" not in done.stderr


def test_full_disk_stops_with_a_clear_error_and_keeps_whole_documents(
    tiny_disk: Path, tmp_path: Path
) -> None:
    db = tiny_disk / "sitrep.db"
    done = _ingest(_corpus(tmp_path / "in", 6), db)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "disk is full" in lines[0] and "free space" in lines[0], lines[0]

    # What was stored is intact and readable: every document whole.
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with Store.open(str(db), create=False) as store:
        counts = store.counts()
        assert 0 < counts["documents"] < 42
        for event in store.events():
            extraction = store.extraction(event.document_id)
            assert extraction is not None
            assert event.id in {e.id for e in extraction.events}
