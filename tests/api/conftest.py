"""A small store of hand-made extractions behind the API (no spaCy)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from api_samples import ALL
from fastapi.testclient import TestClient

from sitrep.api import create_app
from sitrep.store import Store


@pytest.fixture(scope="module")
def api_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "api.db"
    with Store.open(str(path)) as store:
        for extraction in ALL:
            assert store.add(extraction)
    return path


@pytest.fixture(scope="module")
def client(api_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(api_db))) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def writable(api_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(api_db), token="s3cret-token")) as test_client:
        yield test_client
