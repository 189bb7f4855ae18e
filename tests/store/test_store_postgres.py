"""The same store on PostgreSQL (``postgres`` marker).

Runs when $SITREP_TEST_POSTGRES names a database that may be wiped, e.g.
``postgresql://postgres@/sitrep_test?host=/tmp/pg&port=5432``, and psycopg is
installed (sitrep[postgres]); skipped otherwise.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine
from store_samples import ALL, airlift

from sitrep.model import Failure
from sitrep.store import EventFilter, Store
from sitrep.store.schema import metadata

pytestmark = pytest.mark.postgres

URL = os.environ.get("SITREP_TEST_POSTGRES", "")


@pytest.fixture
def pg() -> Iterator[Store]:
    if not URL:
        pytest.skip("set SITREP_TEST_POSTGRES to a scratch PostgreSQL database URL")
    pytest.importorskip("psycopg")
    engine = create_engine(URL.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        metadata.drop_all(conn)
    engine.dispose()
    with Store.open(URL) as store:
        yield store


def test_postgres_add_idempotent_and_round_trip(pg: Store) -> None:
    assert not pg.full_text
    for make in ALL:
        assert pg.add(make())
    before = pg.counts()
    assert before["events"] == 6
    assert not pg.add(airlift())
    assert pg.counts() == before
    for make in ALL:
        extraction = make()
        assert pg.extraction(extraction.document.id) == extraction


def test_postgres_filters(pg: Store) -> None:
    for make in ALL:
        pg.add(make())

    def types(flt: EventFilter) -> list[str]:
        return [e.type for e in pg.events(flt)]

    assert types(EventFilter(text="al-Shadadi")) == ["MOBILIZE", "ASSAULT"]
    assert types(EventFilter(text='"Taliban')) == ["THREATEN"]
    assert types(EventFilter(text="protested OR arrested")) == ["PROTEST", "COERCE", "PROTEST"]
    assert types(EventFilter(type="protest", outlet="reuters")) == ["PROTEST"]
    assert types(EventFilter(actor="USAMIL")) == ["MOBILIZE"]
    assert types(EventFilter(place=(36.2021, 37.1343), radius_km=20)) == ["PROTEST", "COERCE"]
    assert types(EventFilter(since="2021-05-08", until="2021-05-10")) == ["COERCE"]
    assert len(pg.events(EventFilter(limit=2, offset=4))) == 2


def test_postgres_failures_dedupe(pg: Store) -> None:
    failure = Failure(document="x.txt", stage="ingest", message="empty file")
    pg.add_failure(failure)
    pg.add_failure(failure)
    assert pg.failures() == [failure]
