"""Two processes ingesting the same documents into one SQLite file: no duplicates, no loss."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from store_samples import ALL

from sitrep.store import Store


def _ingest(path: str) -> int:
    added = 0
    with Store.open(path) as store:
        for _ in range(3):
            for make in ALL:
                added += store.add(make())
    return added


def test_two_writers_store_each_document_once(db_path: Path) -> None:
    Store.open(str(db_path)).close()
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        added = pool.map(_ingest, [str(db_path), str(db_path)])
    assert sum(added) == len(ALL)
    with Store.open(str(db_path)) as store:
        assert store.counts()["documents"] == len(ALL)
        assert store.counts()["events"] == 6
