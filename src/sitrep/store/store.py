"""The event database: SQLite by default, PostgreSQL by URL.

Every document is written in one transaction (document, places, actors, events,
attributions and full-text rows together), so an interrupted ingest leaves each
document either whole or absent, and adding a stored document again changes
nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, SQLAlchemyError

from sitrep.errors import StageError, StoreError
from sitrep.model import Extraction, Failure
from sitrep.store import rows
from sitrep.store.clusters import ClusterStore
from sitrep.store.migrations import has_full_text, stored_version, upgrade
from sitrep.store.query import EventFilter, select_events
from sitrep.store.ratings import RatingStore
from sitrep.store.rows import StoredEvent
from sitrep.store.schema import (
    COUNTED,
    actors,
    attributions,
    documents,
    events,
    failures,
    metadata,
    places,
)

# Waiting this long for another writer (a second ingest on the same file)
# beats failing at once with "database is locked".
_BUSY_TIMEOUT_S = 30.0


def _url_of(url_or_path: str) -> str:
    """A SQLAlchemy URL: plain paths are SQLite files; PostgreSQL means psycopg 3.

    SQLAlchemy's default PostgreSQL driver is psycopg2, but sitrep[postgres]
    installs psycopg (3), so a bare ``postgresql://`` URL is pointed at it.
    """
    for scheme in ("postgresql://", "postgres://"):
        if url_or_path.startswith(scheme):
            return "postgresql+psycopg://" + url_or_path[len(scheme) :]
    if "://" in url_or_path:
        return url_or_path
    return f"sqlite:///{url_or_path}"


def _check_sqlite_path(path: str, create: bool) -> None:
    """Fail early, with the path and what to do, where SQLite would say 'unable to open'."""
    if path in ("", ":memory:"):
        return
    file = Path(path)
    directory = file.parent if str(file.parent) else Path(".")
    if file.is_dir():
        raise StoreError(
            f"database path {path} is a directory; give a file name, e.g. {path}/sitrep.db"
        )
    if not file.exists():
        if not create:
            raise StoreError(
                f"no database at {path}; create it with `sitrep ingest PATH --db {path}`"
            )
        if not directory.is_dir():
            raise StoreError(
                f"cannot create database {path}: directory {directory} does not exist; "
                "create it first or choose another --db path"
            )
    # SQLite in WAL mode writes -wal and -shm files next to the database.
    if not os.access(directory, os.W_OK | os.X_OK):
        raise StoreError(
            f"cannot write database {path}: directory {directory} is read-only; "
            "choose a writable --db path or fix its permissions"
        )
    if file.exists() and not os.access(file, os.R_OK | os.W_OK):
        raise StoreError(
            f"cannot write database {path}: the file is read-only; fix its permissions "
            "or copy it somewhere writable"
        )


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": _BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's implicit
        # transactions would not cover DDL nor let writers use BEGIN IMMEDIATE).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A writer takes the write lock up front: upgrading a read transaction
        # to a write one can fail at once with SQLITE_BUSY when another process
        # wrote in between, whereas BEGIN IMMEDIATE waits for the busy timeout.
        write = conn.get_execution_options().get("sitrep_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


class Store(ClusterStore, RatingStore):
    """Documents, places, actors, events, attributions and failures in one database."""

    def __init__(self, engine: Engine, name: str) -> None:
        self._engine = engine
        self.name = name
        self.dialect = engine.dialect.name
        with self._read() as conn:
            self.full_text = has_full_text(conn)

    @classmethod
    def open(cls, url_or_path: str, *, create: bool = True) -> Store:
        """Open (and with ``create``, create) the store; upgrade an older schema.

        A plain path is a SQLite file; ``sqlite:///...`` and ``postgresql://...``
        URLs are accepted (PostgreSQL gets the same tables; its text filter uses
        its own full-text search, see :mod:`sitrep.store.pg_search`).
        """
        url = _url_of(url_or_path)
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise StoreError(f"{url_or_path} is not a database path or URL: {exc}") from exc
        shown = parsed.render_as_string(hide_password=True)
        is_sqlite = parsed.get_backend_name() == "sqlite"
        if is_sqlite:
            _check_sqlite_path(parsed.database or "", create)
        try:
            engine = _sqlite_engine(url) if is_sqlite else create_engine(url, pool_pre_ping=True)
        except ModuleNotFoundError as exc:
            raise StoreError(
                f"cannot open {shown}: the database driver {exc.name!r} is not installed; "
                "for PostgreSQL install sitrep[postgres]"
            ) from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open {shown}: {_reason(exc)}") from exc
        try:
            with engine.connect() as conn:
                conn = conn.execution_options(sitrep_write=True)
                with conn.begin():
                    if not create and stored_version(conn) == 0:
                        raise StoreError(
                            f"{shown} holds no sitrep store; create it with "
                            f"`sitrep ingest PATH --db {url_or_path}`"
                        )
                    upgrade(conn)
            return cls(engine, shown)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(f"cannot open database {shown}: {_write_reason(exc)}") from exc
        except StoreError:
            engine.dispose()
            raise

    # --- transactions -------------------------------------------------------------------

    def _read(self) -> Connection:
        try:
            return self._engine.connect()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read {self.name}: {_reason(exc)}") from exc

    def _write(self) -> Connection:
        return self._engine.connect().execution_options(sitrep_write=True)

    # --- writing ------------------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        with self._read() as conn:
            found = conn.execute(select(documents.c.id).where(documents.c.id == document_id))
            return found.first() is not None

    def add(self, extraction: Extraction) -> bool:
        """Store one document and everything found in it; False if it was already stored."""
        doc = extraction.document
        now = dt.datetime.now(dt.UTC)
        try:
            with self._write() as conn, conn.begin():
                known = conn.execute(select(documents.c.id).where(documents.c.id == doc.id))
                if known.first() is not None:
                    return False
                conn.execute(insert(documents), [rows.document_row(extraction, now)])
                event_rows = [
                    rows.event_row(extraction, i, e) for i, e in enumerate(extraction.events)
                ]
                links = [r for e in extraction.events for r in rows.attribution_rows(e)]
                for table, values in (
                    (places, rows.place_rows(extraction)),
                    (actors, rows.actor_rows(extraction)),
                    (events, event_rows),
                    (attributions, links),
                ):
                    if values:
                        conn.execute(insert(table), values)
        except IntegrityError as exc:
            if self.has_document(doc.id):
                # Another process stored the same document meanwhile.
                return False
            # Two events with one id (same trigger and type) in this document:
            # the document fails at the store stage; the batch goes on.
            raise StageError(
                doc.source_id or doc.id,
                f"cannot store document {doc.id}: {_reason(exc)}",
                stage="store",
            ) from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to {self.name}: {_write_reason(exc)}") from exc
        return True

    def add_failure(self, failure: Failure) -> None:
        """Record a failed document; the same (document, stage, message) is kept once."""
        key = hashlib.sha256(
            "\x1f".join((failure.document, failure.stage, failure.message)).encode("utf-8")
        ).hexdigest()
        values = {**failure.model_dump(), "key": key, "at": dt.datetime.now(dt.UTC)}
        if self.dialect == "postgresql":
            stmt: Any = postgresql.insert(failures).on_conflict_do_nothing(index_elements=["key"])
        elif self.dialect == "sqlite":
            stmt = sqlite.insert(failures).on_conflict_do_nothing(index_elements=["key"])
        else:
            stmt = insert(failures)
        try:
            with self._write() as conn, conn.begin():
                conn.execute(stmt, [values])
        except IntegrityError:
            return  # already recorded (backends without ON CONFLICT)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to {self.name}: {_write_reason(exc)}") from exc

    # --- reading ------------------------------------------------------------------------

    def events(self, flt: EventFilter | None = None) -> list[StoredEvent]:
        """Events matching ``flt``, ordered by date (undated last), document, position."""
        flt = flt or EventFilter()
        stmt, radius = select_events(flt, full_text=self.full_text, dialect=self.dialect)
        try:
            with self._read() as conn:
                result = conn.execute(stmt)
                if radius is None:
                    return [rows.stored_event(row) for row in result]
                kept = [
                    row for row in result if radius.contains(row.location_lat, row.location_lon)
                ]
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot query {self.name}: {_reason(exc)}") from exc
        end = None if flt.limit is None else flt.offset + flt.limit
        return [rows.stored_event(row) for row in kept[flt.offset : end]]

    def extraction(self, document_id: str) -> Extraction | None:
        """The Extraction stored for ``document_id``, equal to what was added; None if absent."""
        with self._read() as conn:
            doc = conn.execute(select(documents).where(documents.c.id == document_id)).first()
            if doc is None:
                return None

            def ordered(table: Any) -> list[Any]:
                stmt = select(table).where(table.c.document_id == document_id)
                return list(conn.execute(stmt.order_by(table.c.position)).mappings())

            data = conn.execute(
                select(events.c.data)
                .where(events.c.document_id == document_id)
                .order_by(events.c.position)
            ).scalars()
            return rows.extraction_from_rows(
                dict(doc._mapping), ordered(places), ordered(actors), list(data)
            )

    def counts(self) -> dict[str, int]:
        """Rows per table: documents, places, actors, events, attributions, failures."""
        with self._read() as conn:
            return {name: self._count(conn, name) for name in COUNTED}

    @staticmethod
    def _count(conn: Connection, name: str) -> int:
        stmt = select(func.count()).select_from(metadata.tables[name])
        return int(conn.execute(stmt).scalar_one())

    def failures(self) -> list[Failure]:
        """Recorded failures, oldest first."""
        with self._read() as conn:
            result = conn.execute(
                select(
                    failures.c.document,
                    failures.c.stage,
                    failures.c.message,
                    failures.c.document_id,
                ).order_by(failures.c.id)
            )
            return [Failure(**row) for row in result.mappings()]

    # --- lifecycle ----------------------------------------------------------------------

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.name!r})"


def _reason(exc: SQLAlchemyError) -> str:
    """The driver's own message, without SQLAlchemy's SQL dump and help link."""
    orig = getattr(exc, "orig", None)
    return str(orig) if orig is not None else str(exc).split("\n", 1)[0]


def _write_reason(exc: SQLAlchemyError) -> str:
    """The driver's message, plus what to do when the disk is full or read-only."""
    reason = _reason(exc)
    lowered = reason.lower()
    if "disk is full" in lowered or "no space left" in lowered or "disk full" in lowered:
        return (
            f"{reason}; free space on the disk that holds the database (or choose another "
            "--db), then rerun: the documents stored so far are kept"
        )
    if "readonly" in lowered or "read-only" in lowered:
        return f"{reason}; the database or its directory is read-only: choose a writable --db"
    return reason
