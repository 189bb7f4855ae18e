"""Creating and upgrading the schema.

A new (empty) database gets the latest schema at once and is stamped
:data:`SCHEMA_VERSION`. A database written by an older sitrep is brought up to
date by applying ``MIGRATIONS[v]`` (version ``v`` -> ``v + 1``) in order from
its stored version, all in one transaction: a failed upgrade leaves the file as
it was.

Version history:

1. documents, places, actors, events, attributions, failures.
2. full-text index of event sentences and document titles (SQLite FTS5),
   filled from the events already stored.
3. event_clusters (cross-report clusters of sitrep.dedup), empty: run dedup
   to fill it.
4. full-text search on PostgreSQL (``events.search`` tsvector, trigger, GIN
   index; :mod:`sitrep.store.pg_search`), filled from the stored events.
   Nothing changes on SQLite.
5. ``documents.dateline``, the text's own publication stamp.
6. ``events.mentions``, the other mentions merged into each event (JSON list,
   empty for the rows already stored: they were written without it).

A migration is written against the schema of the version it upgrades from; it
must not rely on :mod:`schema` (which always describes the latest version).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sqlalchemy import Connection, inspect, select, text
from sqlalchemy.exc import OperationalError

from sitrep.errors import StoreError
from sitrep.store import pg_search
from sitrep.store.schema import SCHEMA_VERSION, metadata, schema_version

Migration = Callable[[Connection], None]

#: Name of the SQLite FTS5 table over events (sentence, document title).
FTS_TABLE = "events_fts"

# unicode61 with remove_diacritics 2 folds "Ḥasakah" to "hasakah", so
# transliterations with and without diacritics find each other.
_FTS_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "event_id UNINDEXED, sentence, title, tokenize = 'unicode61 remove_diacritics 2')",
    # Triggers keep the index in the same transaction as the event rows, whoever
    # writes them (Store.add, a migration, a future bulk loader).
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_insert AFTER INSERT ON events BEGIN "
    f"INSERT INTO {FTS_TABLE}(event_id, sentence, title) "
    "SELECT new.id, new.sentence_text, coalesce(d.title, '') "
    "FROM documents AS d WHERE d.id = new.document_id; END",
    # Deleting scans the FTS table (event_id is not indexed there); deletes are
    # rare (no public delete yet), inserts are the hot path.
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_delete AFTER DELETE ON events BEGIN "
    f"DELETE FROM {FTS_TABLE} WHERE event_id = old.id; END",
)


def create_full_text(conn: Connection) -> bool:
    """Create the full-text index: FTS5 on SQLite, tsvector on PostgreSQL.

    False when unavailable (other backends, SQLite builds without FTS5); the
    text filter then falls back to LIKE (see :mod:`sitrep.store.query`).
    """
    if conn.dialect.name == "postgresql":
        pg_search.create_search(conn)
        return True
    if conn.dialect.name != "sqlite":
        return False
    try:
        conn.exec_driver_sql(_FTS_DDL[0])
    except OperationalError as exc:
        if "fts5" in str(exc).lower():
            return False
        raise
    for statement in _FTS_DDL[1:]:
        conn.exec_driver_sql(statement)
    return True


def has_full_text(conn: Connection) -> bool:
    if conn.dialect.name == "postgresql":
        return pg_search.has_search(conn)
    return conn.dialect.name == "sqlite" and inspect(conn).has_table(FTS_TABLE)


def _to_v2_full_text(conn: Connection) -> None:
    """1 -> 2: add the FTS index and fill it from the stored events."""
    if conn.dialect.name == "sqlite" and create_full_text(conn):
        conn.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE}(event_id, sentence, title) "
            "SELECT e.id, e.sentence_text, coalesce(d.title, '') "
            "FROM events AS e JOIN documents AS d ON d.id = e.document_id"
        )


def _to_v3_clusters(conn: Connection) -> None:
    """2 -> 3: add the (empty) cluster membership table."""
    # Plain DDL valid on SQLite and PostgreSQL; IF NOT EXISTS because a file
    # created by metadata.create_all may already hold it.
    conn.exec_driver_sql(
        "CREATE TABLE IF NOT EXISTS event_clusters ("
        "event_id VARCHAR(64) NOT NULL PRIMARY KEY "
        "REFERENCES events (id) ON DELETE CASCADE, "
        "cluster_id VARCHAR(64) NOT NULL)"
    )
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_event_clusters_cluster_id ON event_clusters (cluster_id)"
    )


def _to_v4_postgres_search(conn: Connection) -> None:
    """3 -> 4: full-text search on PostgreSQL (SQLite has had FTS5 since version 2)."""
    if conn.dialect.name == "postgresql":
        pg_search.create_search(conn)


def _to_v5_dateline(conn: Connection) -> None:
    """4 -> 5: the documents' own publication stamp (``Document.dateline``)."""
    # A file created by metadata.create_all may already have the column.
    if "dateline" not in {c["name"] for c in inspect(conn).get_columns("documents")}:
        conn.exec_driver_sql("ALTER TABLE documents ADD COLUMN dateline VARCHAR(10)")


def _to_v6_mentions(conn: Connection) -> None:
    """5 -> 6: the mentions merged into each event (``Event.mentions``)."""
    if "mentions" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        kind = "JSONB" if conn.dialect.name == "postgresql" else "JSON"
        # Stored events had no merged mentions recorded: the default says none.
        conn.exec_driver_sql(f"ALTER TABLE events ADD COLUMN mentions {kind} NOT NULL DEFAULT '[]'")


#: MIGRATIONS[v] upgrades a version-v database to v + 1.
MIGRATIONS: Mapping[int, Migration] = {
    1: _to_v2_full_text,
    2: _to_v3_clusters,
    3: _to_v4_postgres_search,
    4: _to_v5_dateline,
    5: _to_v6_mentions,
}


def stored_version(conn: Connection) -> int:
    """The schema version stamped in the database; 0 for an empty database.

    Raises StoreError for a database that holds tables but is not sitrep's.
    """
    tables = set(inspect(conn).get_table_names())
    if schema_version.name not in tables:
        if tables:
            raise StoreError(
                f"the database holds tables ({', '.join(sorted(tables)[:5])}) but is not "
                "a sitrep store; choose another --db path"
            )
        return 0
    value = conn.execute(select(schema_version.c.version)).scalar()
    return int(value) if value is not None else 0


def _stamp(conn: Connection, version: int) -> None:
    conn.execute(schema_version.delete())
    conn.execute(schema_version.insert().values(version=version))


def _lock(conn: Connection) -> None:
    # Two processes opening one new PostgreSQL store must not both create it;
    # SQLite serialises through BEGIN IMMEDIATE instead (see store.py).
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(7415162)"))


def upgrade(conn: Connection, *, target: int = SCHEMA_VERSION) -> int:
    """Bring the database to ``target`` inside the caller's transaction; the old version."""
    _lock(conn)
    version = stored_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the database has schema version {version}, newer than this sitrep "
            f"understands ({SCHEMA_VERSION}); upgrade sitrep to use it"
        )
    if version == target:
        return version
    if version == 0 and target == SCHEMA_VERSION:
        metadata.create_all(conn, checkfirst=True)
        create_full_text(conn)
    else:
        for step in range(version, target):
            if step not in MIGRATIONS:
                raise StoreError(
                    f"no migration from schema version {step}; "
                    "re-create the store with `sitrep ingest` into a new --db"
                )
            MIGRATIONS[step](conn)
    _stamp(conn, target)
    return version
