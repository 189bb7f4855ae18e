"""The store stage: extractions into a SQLite (or PostgreSQL) event database.

    from sitrep.store import Store, EventFilter

    with Store.open("sitrep.db") as store:
        store.add(extraction)                      # False when already stored
        for event in store.events(EventFilter(type="ASSAULT", since="2021-03-01")):
            print(event.to_dict())

The store knows records (``sitrep.model``), not NLP; no stage imports it.
"""

from __future__ import annotations

from sitrep.store.query import DEFAULT_RADIUS_KM, EventFilter
from sitrep.store.rows import StoredEvent
from sitrep.store.schema import SCHEMA_VERSION
from sitrep.store.store import Store

__all__ = ["DEFAULT_RADIUS_KM", "SCHEMA_VERSION", "EventFilter", "Store", "StoredEvent"]
