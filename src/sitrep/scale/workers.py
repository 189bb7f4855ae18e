"""``--workers N``: the per-document stages in N local processes.

The parent reads the inputs and writes the store; workers only parse and
analyse. Batches go out in input order and results are yielded in that same
order (a bounded window of batches is in flight, so memory does not grow with
the corpus), hence the store equals one filled by a single process.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from sitrep.config import Config
from sitrep.errors import ResourceError
from sitrep.ingest import Item
from sitrep.model import Extraction, Failure
from sitrep.scale.batches import (
    Wire,
    batches,
    decode_result,
    encode_items,
    run_batch,
    worker_pipeline,
)

#: Batches in flight per worker: one being processed and one queued keeps every
#: worker busy while the parent stores results.
_WINDOW_PER_WORKER = 2


def _init_worker(config: Config) -> None:
    worker_pipeline(config)


class ProcessRunner:
    """A callable like ``Pipeline.process`` that fans batches out to worker processes.

    Used as a context manager it keeps its workers (and their loaded models)
    across calls; called outside one, each call starts and stops its own.
    """

    def __init__(self, config: Config, *, workers: int, batch_size: int | None = None) -> None:
        self.config = config
        self.workers = workers
        self.batch_size = batch_size or int(config["nlp"]["batch_size"])
        self._pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        # spawn, not fork: the parent may hold open database connections and
        # threads, which a forked child must not inherit.
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self.config,),
        )

    def __enter__(self) -> ProcessRunner:
        self._pool = self._start()
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def warm(self) -> None:
        """Start every worker and load its models now (benchmarks time the work alone)."""
        if self._pool is None:
            raise ResourceError("ProcessRunner.warm needs the runner opened with `with`")
        # Tasks that stay busy a moment make the pool start one process per
        # worker (it reuses an idle one otherwise); each loads its models first.
        pids: set[int] = set()
        while len(pids) < self.workers:
            futures = [self._pool.submit(_pid_after, 0.2) for _ in range(self.workers)]
            pids.update(future.result() for future in futures)

    def __call__(self, items: Iterable[Item]) -> Iterator[Extraction | Failure]:
        if self._pool is not None:
            yield from self._run(self._pool, items)
            return
        with self._start() as pool:
            yield from self._run(pool, items)

    def _run(
        self, pool: ProcessPoolExecutor, items: Iterable[Item]
    ) -> Iterator[Extraction | Failure]:
        pending: deque[Future[list[Wire]]] = deque()
        window = self.workers * _WINDOW_PER_WORKER
        try:
            for batch in batches(items, self.batch_size):
                pending.append(pool.submit(run_batch, self.config, encode_items(batch)))
                while len(pending) >= window:
                    yield from map(decode_result, pending.popleft().result())
            while pending:
                yield from map(decode_result, pending.popleft().result())
        except BrokenProcessPool as exc:
            raise ResourceError(
                "a worker process died (out of memory or killed); the documents stored so "
                "far are kept: rerun the same command to finish, or use fewer --workers"
            ) from exc
        finally:
            for future in pending:
                future.cancel()


def _pid_after(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()
