"""Full-text search on PostgreSQL: a ``tsvector`` per event, a GIN index, ``@@`` queries.

The SQLite store uses FTS5 (see :mod:`sitrep.store.migrations`); PostgreSQL gets
the same behaviour from its own features:

* ``events.search`` holds ``to_tsvector('simple', sentence) || to_tsvector('simple',
  title)``, filled by a trigger in the same transaction as the event row (so
  every writer keeps it right) and indexed with GIN.
* The ``simple`` configuration lower-cases and does not stem, like FTS5's
  ``unicode61`` tokenizer; ``sitrep_fold`` removes diacritics with the
  ``unaccent`` extension where the database lets us create it (it is a trusted
  extension, so a database owner may), and is the identity otherwise.
* A user word becomes ``phraseto_tsquery('simple', word)`` (a bound parameter,
  never query syntax), so a hyphenated word is a phrase, as in FTS5; ``word*``
  puts ``:*`` (prefix) on its lexemes.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, Text, case, cast, func, inspect, literal_column
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.exc import DBAPIError

#: The tsvector column added to ``events`` on PostgreSQL.
SEARCH_COLUMN = "search"

_FOLD_UNACCENT = (
    "CREATE OR REPLACE FUNCTION sitrep_fold(t text) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS "
    # The two-argument form names its dictionary, which is what makes it
    # safe to declare IMMUTABLE (the one-argument form depends on search_path).
    "$$ SELECT {schema}.unaccent('{schema}.unaccent'::regdictionary, t) $$"
)
_FOLD_IDENTITY = (
    "CREATE OR REPLACE FUNCTION sitrep_fold(t text) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT t $$"
)
_SEARCH_DDL = (
    f"ALTER TABLE events ADD COLUMN IF NOT EXISTS {SEARCH_COLUMN} tsvector",
    "CREATE OR REPLACE FUNCTION sitrep_events_search() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN "
    f"NEW.{SEARCH_COLUMN} := to_tsvector('simple', sitrep_fold(NEW.sentence_text)) || "
    "to_tsvector('simple', sitrep_fold(coalesce("
    "(SELECT d.title FROM documents AS d WHERE d.id = NEW.document_id), ''))); "
    "RETURN NEW; END $$",
    # DROP + CREATE: CREATE OR REPLACE TRIGGER needs PostgreSQL 14.
    "DROP TRIGGER IF EXISTS events_search ON events",
    "CREATE TRIGGER events_search BEFORE INSERT OR UPDATE OF sentence_text, document_id "
    "ON events FOR EACH ROW EXECUTE FUNCTION sitrep_events_search()",
    f"CREATE INDEX IF NOT EXISTS ix_events_search ON events USING gin ({SEARCH_COLUMN})",
)


def _create_fold(conn: Connection) -> None:
    try:
        # A savepoint: a refused CREATE EXTENSION must not abort the upgrade.
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
            schema = conn.exec_driver_sql(
                "SELECT n.nspname FROM pg_extension AS e "
                "JOIN pg_namespace AS n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'"
            ).scalar_one()
            conn.exec_driver_sql(_FOLD_UNACCENT.format(schema=f'"{schema}"'))
    except DBAPIError:
        # No unaccent (not installed, or no right to create it): search still
        # works, only "Ḥasakah" and "Hasakah" no longer find each other.
        conn.exec_driver_sql(_FOLD_IDENTITY)


def create_search(conn: Connection) -> None:
    """Add the search column, its trigger and index, and fill it for stored events."""
    _create_fold(conn)
    for statement in _SEARCH_DDL:
        conn.exec_driver_sql(statement)
    # Fire the trigger on rows stored before the column existed.
    conn.exec_driver_sql(
        f"UPDATE events SET sentence_text = sentence_text WHERE {SEARCH_COLUMN} IS NULL"
    )


def has_search(conn: Connection) -> bool:
    columns = inspect(conn).get_columns("events")
    return any(column["name"] == SEARCH_COLUMN for column in columns)


def _term_query(word: str, prefix: bool) -> ColumnElement[object]:
    query = func.phraseto_tsquery("simple", func.sitrep_fold(word))
    if not prefix:
        return query
    # ':*' after every lexeme of the phrase ("al-Sha*" -> 'al-sha':* <-> 'al':* <-> 'sha':*);
    # an empty query (no lexeme in the word) stays empty rather than becoming invalid.
    starred = func.regexp_replace(cast(query, Text), "'( |$)", "':*\\1", "g")
    return case((func.numnode(query) == 0, query), else_=cast(starred, TSQUERY))


def search_condition(groups: list[list[tuple[str, bool]]]) -> ColumnElement[bool]:
    """``events.search @@ q``: every group matches, a group by any of its (word, prefix)."""
    query: ColumnElement[object] | None = None
    for group in groups:
        alternatives: ColumnElement[object] | None = None
        for word, prefix in group:
            term = _term_query(word, prefix)
            alternatives = term if alternatives is None else alternatives.op("||")(term)
        assert alternatives is not None
        query = alternatives if query is None else query.op("&&")(alternatives)
    assert query is not None
    return literal_column(f"events.{SEARCH_COLUMN}").op("@@")(query)
