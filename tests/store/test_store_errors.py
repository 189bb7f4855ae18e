"""Paths and URLs that cannot hold a store give a StoreError saying what to do."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateIndex, CreateTable

from sitrep.errors import StoreError
from sitrep.store import Store, store
from sitrep.store.schema import metadata


def test_missing_directory(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "dir" / "x.db"
    with pytest.raises(StoreError, match="does not exist") as info:
        Store.open(str(path))
    assert str(path) in str(info.value)
    assert not path.parent.exists()


def test_path_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        Store.open(str(tmp_path))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only directories")
def test_read_only_directory(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        with pytest.raises(StoreError, match="read-only"):
            Store.open(str(locked / "x.db"))
    finally:
        locked.chmod(0o755)


def test_read_only_directory_as_seen_by_the_os(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same check when running as root, where chmod does not stop writes.
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == tmp_path else real_access(p, mode)
    )
    with pytest.raises(StoreError, match=r"read-only; choose a writable --db path") as info:
        Store.open(str(tmp_path / "x.db"))
    assert str(tmp_path) in str(info.value)


def test_sqlite_refusing_to_open_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not a database file at all" * 200)
    with pytest.raises(StoreError, match="cannot open database"):
        Store.open(str(path))


def test_bad_url() -> None:
    with pytest.raises(StoreError):
        Store.open("nosuchdb+driver://x/y")


def test_postgres_url_uses_psycopg3() -> None:
    assert store._url_of("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert store._url_of("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert store._url_of("data/x.db") == "sqlite:///data/x.db"
    assert store._url_of("sqlite:////abs/x.db") == "sqlite:////abs/x.db"


def test_schema_compiles_for_postgresql() -> None:
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    for table in metadata.sorted_tables:
        ddl = str(CreateTable(table).compile(dialect=dialect))
        assert "CREATE TABLE" in ddl
        for index in table.indexes:
            str(CreateIndex(index).compile(dialect=dialect))
    events_ddl = str(CreateTable(metadata.tables["events"]).compile(dialect=dialect))
    assert "data JSONB NOT NULL" in events_ddl
    assert "DOUBLE PRECISION" in events_ddl
