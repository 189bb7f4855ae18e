"""Schema versions: new stores, upgrades from older files, refusing what is not ours."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert
from store_samples import airlift, protest

from sitrep.errors import StoreError
from sitrep.store import SCHEMA_VERSION, EventFilter, Store, rows
from sitrep.store.migrations import FTS_TABLE, MIGRATIONS
from sitrep.store.schema import documents, events, metadata, schema_version


def version_of(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT version FROM schema_version").fetchone()[0])


def tables_of(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}


def test_new_store_is_at_the_latest_version(db_path: Path) -> None:
    Store.open(str(db_path)).close()
    assert version_of(db_path) == SCHEMA_VERSION
    assert {"documents", "events", FTS_TABLE, "failures"} <= tables_of(db_path)
    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION))


def make_version_1(path: Path) -> None:
    """A store as sitrep wrote it at schema version 1: no full-text index, one document."""
    engine = create_engine(f"sqlite:///{path}")
    extraction = airlift()
    with engine.begin() as conn:
        metadata.create_all(conn)  # version 2 changed no table, only added FTS
        conn.execute(insert(schema_version).values(version=1))
        conn.execute(insert(documents), [rows.document_row(extraction, dt.datetime.now(dt.UTC))])
        conn.execute(
            insert(events),
            [rows.event_row(extraction, i, e) for i, e in enumerate(extraction.events)],
        )
    engine.dispose()
    assert FTS_TABLE not in tables_of(path)


def test_upgrade_from_version_1_fills_the_full_text_index(db_path: Path) -> None:
    make_version_1(db_path)
    with Store.open(str(db_path), create=False) as store:
        assert store.full_text
        found = store.events(EventFilter(text="detainees"))
        assert [e.type for e in found] == ["MOBILIZE"]
        # and new documents are indexed by the triggers the upgrade created
        assert store.add(airlift()) is False
    assert version_of(db_path) == SCHEMA_VERSION


def test_hand_made_version_0_database(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        conn.execute("INSERT INTO schema_version VALUES (0)")
    with Store.open(str(db_path)) as store:
        assert store.add(airlift())
        assert len(store.events(EventFilter(text="airlifted"))) == 1
    assert version_of(db_path) == SCHEMA_VERSION


def test_newer_version_is_refused(db_path: Path) -> None:
    Store.open(str(db_path)).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    with pytest.raises(StoreError, match="newer"):
        Store.open(str(db_path))


def test_foreign_database_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreError, match="not a sitrep store"):
        Store.open(str(db_path))
    assert tables_of(db_path) == {"invoices"}


def test_failed_upgrade_leaves_the_file_as_it_was(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_version_1(db_path)

    def broken(conn: object) -> None:
        raise StoreError("migration bug")

    monkeypatch.setitem(MIGRATIONS, 1, broken)
    with pytest.raises(StoreError, match="migration bug"):
        Store.open(str(db_path))
    assert version_of(db_path) == 1


def test_open_without_create(db_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        Store.open(str(db_path), create=False)
    assert not db_path.exists()
    db_path.touch()  # an empty file is an empty SQLite database
    with pytest.raises(StoreError, match="no sitrep store"):
        Store.open(str(db_path), create=False)


def test_upgrade_from_version_4_adds_the_dateline_column(db_path: Path) -> None:
    """A version-4 file (documents without ``dateline``) opens, upgrades and keeps
    its rows."""
    with Store.open(str(db_path)) as store:
        assert store.add(airlift())
    with sqlite3.connect(db_path) as conn:
        conn.execute("ALTER TABLE documents DROP COLUMN dateline")
        conn.execute("UPDATE schema_version SET version = 4")
    with Store.open(str(db_path)) as store:
        old = store.extraction(airlift().document.id)
        assert old is not None and old.document.dateline is None
    assert version_of(db_path) == SCHEMA_VERSION
    with closing(sqlite3.connect(db_path)) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
    assert "dateline" in columns


def test_dateline_is_stored_and_read_back(db_path: Path) -> None:
    """A re-run of a stored document resolves relative dates against its own stamp."""
    extraction = airlift()
    document = extraction.document.model_copy(update={"dateline": "2021-02-27"})
    with Store.open(str(db_path)) as store:
        assert store.add(extraction.model_copy(update={"document": document}))
        back = store.extraction(document.id)
    assert back is not None and back.document.dateline == "2021-02-27"


def test_upgrade_from_version_5_adds_the_mentions_column(db_path: Path) -> None:
    """A version-5 file (events without ``mentions``) opens, upgrades and keeps its
    rows; events stored then read back as they were added."""
    with Store.open(str(db_path)) as store:
        assert store.add(airlift())
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("ALTER TABLE events DROP COLUMN mentions")
        conn.execute("UPDATE schema_version SET version = 5")
    with Store.open(str(db_path)) as store:
        old = store.extraction(airlift().document.id)
        assert old == airlift()
        assert store.add(protest())
    assert version_of(db_path) == SCHEMA_VERSION
    with closing(sqlite3.connect(db_path)) as conn:
        stored = dict(conn.execute("SELECT trigger_text, mentions FROM events"))
    # Rows written before the upgrade hold the default; new rows their mentions.
    assert stored == {"airlifted": "[]", "killed": "[]", "protested": "[]", "arrested": "[]"}


def test_mentions_are_stored_in_their_column(db_path: Path) -> None:
    with Store.open(str(db_path)) as store:
        assert store.add(airlift())
    with closing(sqlite3.connect(db_path)) as conn:
        stored = dict(conn.execute("SELECT trigger_text, mentions FROM events"))
    assert json.loads(stored["airlifted"]) == []
    [mention] = json.loads(stored["killed"])
    assert mention["trigger"]["text"] == "clashes"
    assert set(mention) == {"trigger", "sentence"}
