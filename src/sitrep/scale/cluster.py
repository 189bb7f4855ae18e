"""``--dask ADDRESS|local``: the per-document stages as tasks on a Dask cluster.

Each task takes one partition of items (documents or ingest failures) and
returns its results as a Parquet file (bytes), so the partition travels back
over Dask's own connection and no shared filesystem is needed; with
``output`` set, the parent also keeps every partition as
``part-NNNNNN.parquet`` there. The parent reads partitions in input order and
yields their results, so loading them into the store gives the same store as a
single-process run.

Workers load the pipeline once per process (see :mod:`sitrep.scale.batches`);
``local`` starts a ``LocalCluster`` of single-threaded worker processes (spaCy
holds the GIL, so threads would not run the stages in parallel).
"""

from __future__ import annotations

import importlib
import io
import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sitrep.config import Config
from sitrep.errors import ResourceError, UsageError
from sitrep.ingest import Item
from sitrep.model import Extraction, Failure
from sitrep.scale.batches import (
    Wire,
    WireItem,
    batches,
    decode_result,
    encode_items,
    run_batch,
)

#: Partitions in flight per worker (one running, one queued).
_WINDOW_PER_WORKER = 2
#: Batches (of ``nlp.batch_size`` documents) per partition: big enough that a
#: task's overhead is small, small enough that results stream back steadily.
_BATCHES_PER_PARTITION = 4


def _arrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ModuleNotFoundError as exc:
        raise UsageError("--dask needs pyarrow and dask: pip install 'sitrep[dask]'") from exc
    return pa, pq


def to_parquet(results: list[Wire]) -> bytes:
    """One partition's results as a Parquet file: columns ``kind`` and ``json``, in order."""
    pa, pq = _arrow()
    table = pa.table(
        {
            "kind": pa.array([kind for kind, _ in results], pa.string()),
            "json": pa.array([payload for _, payload in results], pa.large_string()),
        }
    )
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


def from_parquet(data: bytes) -> list[Wire]:
    _, pq = _arrow()
    table = pq.read_table(io.BytesIO(data))
    kinds = table.column("kind").to_pylist()
    payloads = table.column("json").to_pylist()
    return list(zip(kinds, payloads, strict=True))


def run_partition(config: Config, wire: list[WireItem]) -> bytes:
    """The Dask task: the pipeline over one partition, in the worker's process."""
    return to_parquet(run_batch(config, wire))


class DaskRunner:
    """A callable like ``Pipeline.process`` that runs partitions as Dask tasks."""

    def __init__(
        self,
        config: Config,
        *,
        address: str,
        workers: int | None = None,
        partition_size: int | None = None,
        output: str | Path | None = None,
    ) -> None:
        self.config = config
        self.address = address
        self.workers = workers
        self.partition_size = partition_size or (
            int(config["nlp"]["batch_size"]) * _BATCHES_PER_PARTITION
        )
        self.output = Path(output) if output is not None else None

    def _client(self) -> Any:
        try:
            # Imported as Any: dask is an optional extra and ships no type hints.
            distributed: Any = importlib.import_module("distributed")
        except ModuleNotFoundError as exc:
            raise UsageError("--dask needs dask: pip install 'sitrep[dask]'") from exc
        Client, LocalCluster = distributed.Client, distributed.LocalCluster
        if self.address == "local":
            cluster = LocalCluster(
                n_workers=self.workers or min(os.cpu_count() or 1, 4),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.WARNING,
            )
            return Client(cluster)
        try:
            return Client(self.address, timeout="30s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise ResourceError(
                f"cannot reach the Dask scheduler at {self.address}: {exc}; "
                "check the address, or use --dask local"
            ) from exc

    def __call__(self, items: Iterable[Item]) -> Iterator[Extraction | Failure]:
        client = self._client()
        if self.output is not None:
            self.output.mkdir(parents=True, exist_ok=True)
        try:
            n_workers = max(1, len(client.scheduler_info().get("workers", {})))
            window = n_workers * _WINDOW_PER_WORKER
            pending: deque[Any] = deque()
            index = 0
            for partition in batches(items, self.partition_size):
                pending.append(
                    client.submit(run_partition, self.config, encode_items(partition), pure=False)
                )
                while len(pending) >= window:
                    yield from self._collect(pending.popleft().result(), index)
                    index += 1
            while pending:
                yield from self._collect(pending.popleft().result(), index)
                index += 1
        finally:
            cluster = client.cluster if self.address == "local" else None
            client.close()
            if cluster is not None:
                cluster.close()

    def _collect(self, data: bytes, index: int) -> Iterator[Extraction | Failure]:
        if self.output is not None:
            (self.output / f"part-{index:06d}.parquet").write_bytes(data)
        return map(decode_result, from_parquet(data))
