"""The same store on PostgreSQL (``postgres`` marker).

Runs when $SITREP_TEST_POSTGRES names a database that may be wiped, e.g.
``postgresql://postgres@/sitrep_test?host=/tmp/pg&port=5432``, and psycopg is
installed (sitrep[postgres]); skipped otherwise.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path

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
    assert pg.full_text
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


def test_postgres_full_text_finds_what_sqlite_fts5_finds(pg: Store, tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "fts5.db")) as lite:
        for make in ALL:
            pg.add(make())
            lite.add(make())
        for query in (
            "al-Shad*",
            "al-Shadadi",
            "protest*",
            "protested",
            "al-Shadadi protested",
            "protested OR arrested",
            "PROTESTED",
            "Hasakah",
            "Ḥasakah",
            "'Taliban'",
        ):
            flt = EventFilter(text=query)
            assert [e.id for e in pg.events(flt)] == [e.id for e in lite.events(flt)], query
    assert [e.type for e in pg.events(EventFilter(text="al-Shad*"))] == ["MOBILIZE", "ASSAULT"]
    # Query syntax typed by a user is a literal word, never an operator or an error.
    for hostile in ("a & b", "!x", "'; DROP TABLE events; --", "x:*", "(", "_*", "<->"):
        pg.events(EventFilter(text=hostile))
    assert pg.counts()["events"] == 6
    with pg._read() as conn:
        plan = "\n".join(
            row[0]
            for row in conn.exec_driver_sql(
                "EXPLAIN SELECT id FROM events WHERE search @@ phraseto_tsquery('simple', 'x')"
            )
        )
    assert "ix_events_search" in plan or "Seq Scan" in plan  # tiny tables may skip the index


def test_postgres_upgrade_from_version_3_fills_the_search_column(pg: Store) -> None:
    pg.add(airlift())
    with pg._write() as conn, conn.begin():
        conn.exec_driver_sql("DROP TRIGGER events_search ON events")
        conn.exec_driver_sql("ALTER TABLE events DROP COLUMN search")
        conn.exec_driver_sql("UPDATE schema_version SET version = 3")
    with Store.open(URL) as upgraded:
        assert upgraded.full_text
        assert [e.type for e in upgraded.events(EventFilter(text="detainees"))] == ["MOBILIZE"]


def _ingest_samples(url: str) -> int:
    added = 0
    with Store.open(url) as store:
        for _ in range(3):
            for make in ALL:
                added += store.add(make())
    return added


def test_postgres_two_writers_store_each_document_once(pg: Store) -> None:
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        added = pool.map(_ingest_samples, [URL, URL])
    assert sum(added) == len(ALL)
    assert pg.counts()["documents"] == len(ALL)
    assert pg.counts()["events"] == 6
