"""Counts for ``GET /api/stats``: by type, day, admin1 and outlet, under a filter.

``by_day`` counts the events dated to a day or a week (a week's events on its
first day), like the situation report's timeline: an event dated only to a
month or a year would otherwise pile up on the 1st. ``by_precision`` says how
many events each date precision holds, so the coarse ones are not lost.

The filter's SQL (from :func:`sitrep.store.query.select_events`) is reused as
a subquery of event ids, so the counts agree with ``/api/events``. A radius
filter is applied as its bounding box here (no per-row distance check).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.exc import SQLAlchemyError

from sitrep.errors import StoreError
from sitrep.model import DAILY_PRECISIONS
from sitrep.store import EventFilter, Store
from sitrep.store.query import select_events
from sitrep.store.schema import documents, events

#: Most rows per grouping (the long tail of admin1 or outlets is cut).
TOP = 200


def _grouped(key: Any, ids: Select[Any], *, by_count: bool, daily: bool = False) -> Select[Any]:
    count = func.count().label("n")
    stmt = (
        select(key.label("key"), count)
        .select_from(events.join(documents, events.c.document_id == documents.c.id))
        .where(events.c.id.in_(ids))
        .group_by(key)
    )
    if daily:
        stmt = stmt.where(events.c.date_precision.in_(sorted(DAILY_PRECISIONS)))
    return stmt.order_by(count.desc(), key).limit(TOP) if by_count else stmt.order_by(key)


def stats(store: Store, flt: EventFilter) -> dict[str, Any]:
    stmt, _radius = select_events(
        dataclasses.replace(flt, limit=None, offset=0),
        full_text=store.full_text,
        dialect=store.dialect,
    )
    ids = stmt.with_only_columns(events.c.id).order_by(None)
    admin1 = func.coalesce(events.c.location_country_code, "") + "/" + events.c.location_admin1
    groups = {
        "by_type": (events.c.type, True),
        "by_day": (events.c.date_value, False),
        "by_admin1": (admin1, True),
        "by_outlet": (documents.c.outlet, True),
        "by_precision": (events.c.date_precision, True),
    }
    result: dict[str, Any] = {}
    try:
        # Store keeps its connections private; this read-only use goes through
        # the same pool as every other query of the store.
        with store._read() as conn:
            result["total"] = int(
                conn.execute(select(func.count()).select_from(ids.subquery())).scalar_one()
            )
            for name, (key, by_count) in groups.items():
                stmt = _grouped(key, ids, by_count=by_count, daily=name == "by_day")
                rows = conn.execute(stmt)
                result[name] = [
                    {"key": row.key, "count": int(row.n)} for row in rows if row.key is not None
                ]
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot query {store.name}: {exc}") from exc
    return result
