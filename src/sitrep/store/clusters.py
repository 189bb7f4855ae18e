"""Store access for cross-report clusters (:mod:`sitrep.dedup`) and exports.

A mixin of :class:`sitrep.store.Store`: the dedup stage needs a few reads the
event filter does not offer (events of given documents, sentences, document
texts, cluster membership) and one write (cluster membership). Lists of ids
are sent in chunks because SQLite limits the number of bound parameters.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from sitrep.errors import StoreError
from sitrep.store import rows
from sitrep.store.query import EventFilter, select_events
from sitrep.store.rows import StoredEvent
from sitrep.store.schema import documents, event_clusters, events

_CHUNK = 500
T = TypeVar("T")


def _chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _unique(items: Iterable[str]) -> list[str]:
    return sorted(set(items))


def _insert_new(dialect: str) -> Any:
    """INSERT that skips events another writer clustered since we looked.

    Two ingests into one PostgreSQL store may cluster the same new events at
    once (READ COMMITTED does not serialise them, as SQLite's write lock does);
    the first to commit wins and the other must not fail.
    """
    if dialect == "postgresql":
        return postgresql.insert(event_clusters).on_conflict_do_nothing(index_elements=["event_id"])
    if dialect == "sqlite":
        return sqlite.insert(event_clusters).on_conflict_do_nothing(index_elements=["event_id"])
    return insert(event_clusters)


class ClusterStore:
    """Reads and writes for clusters; mixed into Store (which provides the connections)."""

    name: str

    def _read(self) -> Connection:  # pragma: no cover - provided by Store
        raise NotImplementedError

    def _write(self) -> Connection:  # pragma: no cover - provided by Store
        raise NotImplementedError

    def _select(self, column: Any, ids: Iterable[str], *extra: Any) -> list[Any]:
        keys = _unique(ids)
        found: list[Any] = []
        try:
            with self._read() as conn:
                for chunk in _chunks(keys):
                    found.extend(conn.execute(select(*extra).where(column.in_(chunk))))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot query {self.name}: {exc}") from exc
        return found

    def events_of_documents(self, document_ids: Iterable[str]) -> list[StoredEvent]:
        """Every event of these documents, ordered by date, document, position."""
        return self._events_where(events.c.document_id, document_ids)

    def events_by_id(self, event_ids: Iterable[str]) -> list[StoredEvent]:
        """These events, ordered by date, document, position; unknown ids are skipped."""
        return self._events_where(events.c.id, event_ids)

    def _events_where(self, column: Any, ids: Iterable[str]) -> list[StoredEvent]:
        keys = _unique(ids)
        stmt, _ = select_events(EventFilter(), full_text=False)
        found: list[StoredEvent] = []
        try:
            with self._read() as conn:
                for chunk in _chunks(keys):
                    found.extend(
                        rows.stored_event(row)
                        for row in conn.execute(stmt.where(column.in_(chunk)))
                    )
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot query {self.name}: {exc}") from exc
        # Chunks each come ordered; the whole must be too.
        found.sort(key=lambda e: (e.date is None, e.date.value if e.date else "", e.document_id,
                                  e.id))  # fmt: skip
        return found

    def sentences(self, event_ids: Iterable[str]) -> dict[str, str]:
        """Event id -> the text of the event's sentence."""
        result = self._select(events.c.id, event_ids, events.c.id, events.c.sentence_text)
        return {row[0]: row[1] for row in result}

    def document_texts(self, document_ids: Iterable[str]) -> dict[str, str]:
        """Document id -> its full text."""
        result = self._select(documents.c.id, document_ids, documents.c.id, documents.c.text)
        return {row[0]: row[1] for row in result}

    def document_ids_by_source(self, source_ids: Iterable[str]) -> dict[str, str]:
        """Source id (file name, CSV id column) -> document id; evaluation keys use these."""
        result = self._select(
            documents.c.source_id, source_ids, documents.c.source_id, documents.c.id
        )
        return {row[0]: row[1] for row in result}

    def cluster_ids(self, event_ids: Iterable[str]) -> dict[str, str]:
        """Event id -> cluster id, for the clustered ones among ``event_ids``."""
        result = self._select(
            event_clusters.c.event_id,
            event_ids,
            event_clusters.c.event_id,
            event_clusters.c.cluster_id,
        )
        return {row[0]: row[1] for row in result}

    def cluster_members(self, cluster_ids: Iterable[str]) -> dict[str, list[str]]:
        """Cluster id -> its event ids (sorted)."""
        result = self._select(
            event_clusters.c.cluster_id,
            cluster_ids,
            event_clusters.c.cluster_id,
            event_clusters.c.event_id,
        )
        members: dict[str, list[str]] = {}
        for cluster_id, event_id in sorted(result):
            members.setdefault(cluster_id, []).append(event_id)
        return members

    def unclustered_document_ids(self) -> list[str]:
        """Documents with at least one event that has no cluster yet."""
        stmt = (
            select(events.c.document_id)
            .outerjoin(event_clusters, event_clusters.c.event_id == events.c.id)
            .where(event_clusters.c.cluster_id.is_(None))
            .distinct()
        )
        try:
            with self._read() as conn:
                return sorted(row[0] for row in conn.execute(stmt))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot query {self.name}: {exc}") from exc

    def clear_clusters(self) -> int:
        """Forget every event's cluster (before re-clustering); rows removed."""
        try:
            with self._write() as conn, conn.begin():
                return int(conn.execute(delete(event_clusters)).rowcount or 0)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to {self.name}: {exc}") from exc

    def set_clusters(self, assignments: Mapping[str, str]) -> int:
        """Record event -> cluster; events already assigned keep their cluster. Rows added."""
        if not assignments:
            return 0
        try:
            with self._write() as conn, conn.begin():
                known: set[str] = set()
                keys = sorted(assignments)
                for chunk in _chunks(keys):
                    stmt = select(event_clusters.c.event_id).where(
                        event_clusters.c.event_id.in_(chunk)
                    )
                    known.update(row[0] for row in conn.execute(stmt))
                values = [
                    {"event_id": key, "cluster_id": assignments[key]}
                    for key in keys
                    if key not in known
                ]
                if values:
                    conn.execute(_insert_new(conn.dialect.name), values)
                return len(values)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to {self.name}: {exc}") from exc
