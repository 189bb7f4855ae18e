"""Two ``sitrep ingest`` processes into one PostgreSQL store: no duplicates, nothing lost.

Runs when $SITREP_TEST_POSTGRES names a scratch database (see .ci/postgres.sh).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from scale_corpus import make_corpus
from sqlalchemy import create_engine, func, select

from sitrep import run
from sitrep.config import load_config
from sitrep.ingest import IngestOptions
from sitrep.pipeline import Pipeline
from sitrep.store import Store
from sitrep.store.schema import documents, event_clusters, metadata

pytestmark = pytest.mark.postgres

URL = os.environ.get("SITREP_TEST_POSTGRES", "")


def test_two_concurrent_ingests_store_each_document_once(tmp_path: Path) -> None:
    if not URL:
        pytest.skip("set SITREP_TEST_POSTGRES to a scratch PostgreSQL database URL")
    pytest.importorskip("psycopg")
    engine = create_engine(URL.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        metadata.drop_all(conn)
    engine.dispose()
    corpus = make_corpus(tmp_path / "corpus")
    reference = str(tmp_path / "one.db")
    with Store.open(reference) as store:
        run.ingest(corpus, IngestOptions(), Pipeline(load_config()), store)

    # The same inputs, one process in reverse order, so both race on every document.
    command = [sys.executable, "-m", "sitrep", "ingest", "--db", URL, "-q"]
    procs = [
        subprocess.Popen([*command, *paths], stderr=subprocess.PIPE, text=True)
        for paths in (corpus, corpus[::-1])
    ]
    for proc in procs:
        _, stderr = proc.communicate(timeout=120)
        # 2: some inputs failed (the corpus holds two bad files), nothing else.
        assert proc.returncode == 2, stderr

    with Store.open(URL) as pg, Store.open(reference) as lite, pg._read() as conn:
        assert pg.counts()["documents"] == lite.counts()["documents"] == 7
        assert pg.counts()["events"] == lite.counts()["events"]
        ids = conn.execute(select(documents.c.id).order_by(documents.c.id)).scalars().all()
        assert len(ids) == len(set(ids))
        assert [e.id for e in pg.events()] == [e.id for e in lite.events()]
        # Every event got exactly one cluster, although both processes clustered.
        clustered = conn.execute(select(func.count()).select_from(event_clusters)).scalar_one()
        assert clustered == lite.counts()["events"]
        # Each failure is recorded once, however many processes met it.
        assert sorted(f.line() for f in pg.failures()) == sorted(f.line() for f in lite.failures())
