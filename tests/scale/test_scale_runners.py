"""``--workers`` and ``--dask``: the same store as one process, results in input order."""

from __future__ import annotations

from pathlib import Path

import pytest
from scale_corpus import export_jsonl, make_corpus, table_rows

from sitrep import run, scale
from sitrep.config import load_config
from sitrep.errors import UsageError
from sitrep.ingest import IngestOptions
from sitrep.model import Extraction, Failure
from sitrep.pipeline import Pipeline
from sitrep.scale.batches import batches, decode_items, decode_result, encode_items, encode_result
from sitrep.scale.cluster import from_parquet, to_parquet
from sitrep.store import Store


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return make_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def single(corpus: list[str], tmp_path_factory: pytest.TempPathFactory) -> str:
    """The reference: one process, the plain pipeline."""
    path = str(tmp_path_factory.mktemp("single") / "one.db")
    with Store.open(path) as store:
        summary = run.ingest(corpus, IngestOptions(), Pipeline(load_config()), store)
    assert summary.added == 7
    assert summary.failed == 2
    return path


def _ingest_with(corpus: list[str], path: str, process: scale.Processor) -> run.IngestSummary:
    with Store.open(path) as store:
        return run.ingest(corpus, IngestOptions(), Pipeline(load_config()), store, process=process)


def test_batches_keep_order_and_sizes() -> None:
    assert [len(b) for b in batches(iter(range(7)), 3)] == [3, 3, 1]  # type: ignore[arg-type]
    assert list(batches(iter([]), 3)) == []


def test_wire_format_round_trips_items_and_results(corpus: list[str]) -> None:
    from sitrep.ingest import iter_items

    items = list(iter_items(corpus, IngestOptions()))
    assert decode_items(encode_items(items)) == items
    failure = Failure(document="x", stage="nlp", message="boom", document_id="abc")
    results: list[Extraction | Failure] = [failure]
    wire = [encode_result(r) for r in results]
    assert [decode_result(w) for w in from_parquet(to_parquet(wire))] == results


def test_processor_rejects_zero_workers() -> None:
    with pytest.raises(UsageError, match="--workers"):
        scale.processor(load_config(), workers=0)


def test_two_worker_processes_equal_one_process(
    corpus: list[str], single: str, tmp_path: Path
) -> None:
    path = str(tmp_path / "workers.db")
    summary = _ingest_with(corpus, path, scale.processor(load_config(), workers=2))
    assert (summary.added, summary.failed) == (7, 2)
    assert table_rows(path) == table_rows(single)
    assert export_jsonl(path) == export_jsonl(single)
    # A rerun through the workers finds everything stored and adds nothing.
    again = _ingest_with(corpus, path, scale.processor(load_config(), workers=2))
    assert (again.added, again.already_stored) == (0, 7)


def test_dask_local_cluster_equals_one_process(
    corpus: list[str], single: str, tmp_path: Path
) -> None:
    pytest.importorskip("distributed")
    from sitrep.scale.cluster import DaskRunner

    path = str(tmp_path / "dask.db")
    parts = tmp_path / "parts"
    # Partitions of 3 items, so the 9 inputs span several tasks and both workers.
    runner = DaskRunner(load_config(), address="local", workers=2, partition_size=3, output=parts)
    summary = _ingest_with(corpus, path, runner)
    assert (summary.added, summary.failed) == (7, 2)
    assert sorted(p.name for p in parts.iterdir()) == [
        "part-000000.parquet",
        "part-000001.parquet",
        "part-000002.parquet",
    ]
    assert table_rows(path) == table_rows(single)
    assert export_jsonl(path) == export_jsonl(single)
