"""Fixtures of the store tests: a fresh store per test, optionally filled with samples."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_samples import ALL

from sitrep.store import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "sitrep.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(str(db_path)) as opened:
        yield opened


@pytest.fixture
def filled(store: Store) -> Store:
    for make in ALL:
        assert store.add(make())
    return store
