"""Users' outlet ratings in the store (see :mod:`sitrep.dedup.ratings`).

A mixin of :class:`sitrep.store.Store`. The table is created when ratings are
first imported, in its own metadata: stores without ratings (and stores written
before ratings existed) need no migration, and reading a store without the
table finds no ratings. One row per outlet, rater and date: importing a file
again replaces those ratings instead of repeating them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    inspect,
    select,
)
from sqlalchemy.exc import SQLAlchemyError

from sitrep.errors import StoreError
from sitrep.store.schema import Json, documents

if TYPE_CHECKING:
    from sitrep.dedup.ratings import Rating

_metadata = MetaData()

outlet_ratings = Table(
    "outlet_ratings",
    _metadata,
    Column("outlet", Text, nullable=False, index=True),
    Column("rater", Text, nullable=False),
    Column("rated_on", String(10), nullable=False),
    # The rater's own fields, as given (free-form: sitrep does not read them).
    Column("fields", Json, nullable=False),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("outlet", "rater", "rated_on"),
)


class RatingStore:
    """Writes and reads users' outlet ratings; mixed into Store."""

    name: str

    def _read(self) -> Connection:  # pragma: no cover - provided by Store
        raise NotImplementedError

    def _write(self) -> Connection:  # pragma: no cover - provided by Store
        raise NotImplementedError

    def add_ratings(self, ratings: Iterable[Rating]) -> int:
        """Store ratings (replacing one rater's rating of an outlet on the same day)."""
        items = list(ratings)
        now = dt.datetime.now(dt.UTC)
        try:
            with self._write() as conn, conn.begin():
                outlet_ratings.create(conn, checkfirst=True)
                for item in items:
                    key = (
                        (outlet_ratings.c.outlet == item.outlet)
                        & (outlet_ratings.c.rater == item.rater)
                        & (outlet_ratings.c.rated_on == item.date)
                    )
                    conn.execute(outlet_ratings.delete().where(key))
                    conn.execute(
                        outlet_ratings.insert().values(
                            outlet=item.outlet,
                            rater=item.rater,
                            rated_on=item.date,
                            fields=item.fields,
                            imported_at=now,
                        )
                    )
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to {self.name}: {exc}") from exc
        return len(items)

    def ratings(self, outlets: Iterable[str] | None = None) -> list[Rating]:
        """Stored ratings (of ``outlets`` only, when given), by outlet, date, rater."""
        from sitrep.dedup.ratings import Rating

        wanted = None if outlets is None else sorted(set(outlets))
        stmt = select(
            outlet_ratings.c.outlet,
            outlet_ratings.c.rater,
            outlet_ratings.c.rated_on,
            outlet_ratings.c.fields,
        )
        if wanted is not None:
            stmt = stmt.where(outlet_ratings.c.outlet.in_(wanted))
        try:
            with self._read() as conn:
                if not inspect(conn).has_table(outlet_ratings.name):
                    return []
                rows = list(conn.execute(stmt))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot query {self.name}: {exc}") from exc
        found = [Rating(r[0], r[1], r[2], dict(r[3] or {})) for r in rows]
        found.sort(key=lambda r: (r.outlet, r.date, r.rater))
        return found

    def outlet_counts(self) -> dict[str, int]:
        """Outlet name as stored -> number of documents ("" for documents naming none)."""
        stmt = select(documents.c.outlet, func.count()).group_by(documents.c.outlet)
        try:
            with self._read() as conn:
                return {row[0] or "": int(row[1]) for row in conn.execute(stmt)}
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot query {self.name}: {exc}") from exc
