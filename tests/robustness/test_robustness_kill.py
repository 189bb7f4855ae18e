"""``kill -9`` in the middle of ``sitrep ingest``, then the same command again.

Every document is stored in its own transaction, so the killed run leaves whole
documents only and the rerun completes the rest: the store must equal one
filled by a single clean run (every table, and the export).
"""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from sitrep import export
from sitrep.store import Store
from sitrep.store.schema import metadata

REPO = Path(__file__).resolve().parents[2]
_CLOCK_COLUMNS = {"ingested_at", "at"}


def corpus(folder: Path) -> list[str]:
    """The example reports, each also as a variant, plus one empty file: 15 inputs."""
    folder.mkdir()
    for index, report in enumerate(sorted((REPO / "examples").glob("*.txt"))):
        text = report.read_text("utf-8")
        (folder / report.name).write_text(text, "utf-8")
        # A different text is a different document (ids are content hashes).
        (folder / f"{report.stem}_b.txt").write_text(text + "\n\nUpdated later.", "utf-8")
        if index == 3:
            (folder / f"{report.stem}_c.txt").write_text("", "utf-8")
    return [str(folder)]


def ingest_command(paths: list[str], db: Path, config: Path) -> list[str]:
    return [sys.executable, "-m", "sitrep", "ingest", *paths, "--db", str(db), "-q",
            "--config", str(config)]  # fmt: skip


def stored_documents(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # not created yet, or locked this instant


def snapshot(db: Path) -> tuple[dict[str, list[tuple[Any, ...]]], str]:
    tables: dict[str, list[tuple[Any, ...]]] = {}
    stream = io.StringIO()
    with Store.open(str(db), create=False) as store:
        with store._read() as conn:
            for name, table in sorted(metadata.tables.items()):
                # Surrogate ids left out: what matters is the content.
                columns = [
                    c
                    for c in table.columns
                    if c.name not in _CLOCK_COLUMNS
                    and not (c.primary_key and c.autoincrement is True)
                ]
                rows = conn.execute(select(*columns)).all()
                tables[name] = sorted((tuple(r) for r in rows), key=repr)
        export.write(store, "jsonl", stream)
    lines = []
    for line in stream.getvalue().splitlines():
        record = json.loads(line)
        record["timestamp"] = 0  # the time of the export itself
        lines.append(json.dumps(record, ensure_ascii=False))
    return tables, "\n".join(lines)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_kill_9_then_rerun_equals_a_clean_run(tmp_path: Path) -> None:
    paths = corpus(tmp_path / "corpus")
    config = tmp_path / "sitrep.toml"
    # Batches of one: documents are stored one by one, so the kill lands between
    # (or inside) document transactions rather than after a single big batch.
    config.write_text("[nlp]\nbatch_size = 1\n", "utf-8")

    clean = tmp_path / "clean.db"
    done = subprocess.run(ingest_command(paths, clean, config), capture_output=True, timeout=120)
    assert done.returncode == 2, done.stderr  # 2: the empty file failed
    total = stored_documents(clean)
    assert total == 14

    killed = tmp_path / "killed.db"
    proc = subprocess.Popen(ingest_command(paths, killed, config), stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    try:
        while stored_documents(killed) < 4:
            assert proc.poll() is None, "ingest ended before it could be killed"
            assert time.monotonic() < deadline, "ingest stored nothing in 90 s"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    partial = stored_documents(killed)
    assert 4 <= partial < total, partial

    # The killed file, as it is (with its WAL), opens and resumes.
    again = subprocess.run(ingest_command(paths, killed, config), capture_output=True, timeout=120)
    assert again.returncode == 2, again.stderr
    assert stored_documents(killed) == total
    assert snapshot(killed) == snapshot(clean)
