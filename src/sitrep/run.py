"""The jobs behind the commands: extract (no database) and ingest (into a store).

Plain functions that the CLI, the API and the tests call; they never print.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO

from sitrep.errors import DocumentError
from sitrep.ingest import IngestOptions, Item, iter_items
from sitrep.model import Extraction, Failure
from sitrep.pipeline import Pipeline

if TYPE_CHECKING:
    from sitrep.store import Store

#: Called once per input item, for progress display.
Tick = Callable[[Extraction | Failure | None], None]
#: Items in, results out in input order: ``Pipeline.process`` or a :mod:`sitrep.scale` runner.
Process = Callable[[Iterable[Item]], Iterator[Extraction | Failure]]


def extract(
    paths: Sequence[str],
    options: IngestOptions,
    pipeline: Pipeline,
    stdin: BinaryIO | None = None,
) -> Iterator[Extraction | Failure]:
    """Every document under ``paths`` run through the pipeline, in input order."""
    yield from pipeline.process(iter_items(paths, options, stdin=stdin))


@dataclass
class IngestSummary:
    added: int = 0
    already_stored: int = 0
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)


def ingest(
    paths: Sequence[str],
    options: IngestOptions,
    pipeline: Pipeline,
    store: Store,
    stdin: BinaryIO | None = None,
    tick: Tick | None = None,
    process: Process | None = None,
) -> IngestSummary:
    """Store every document under ``paths``; documents already stored are skipped unparsed.

    Each document is written in its own transaction, so an interrupted run keeps
    what it finished and a rerun completes the rest without duplicates.
    ``process`` (default ``pipeline.process``) may run the stages elsewhere
    (worker processes, Dask: :func:`sitrep.scale.processor`); results are still
    stored here, in input order.
    """
    summary = IngestSummary()

    def fresh(items: Iterator[Item]) -> Iterator[Item]:
        for item in items:
            if not isinstance(item, Failure) and store.has_document(item[1].id):
                summary.already_stored += 1
                if tick:
                    tick(None)
                continue
            yield item

    run = process or pipeline.process
    for processed in run(fresh(iter_items(paths, options, stdin=stdin))):
        result: Extraction | Failure = processed
        if isinstance(processed, Extraction):
            try:
                if store.add(processed):
                    summary.added += 1
                else:
                    summary.already_stored += 1
            except DocumentError as exc:
                # The store rolled this document back; record it and go on.
                result = Failure(
                    document=processed.document.source_id or processed.document.id,
                    stage=exc.stage,
                    message=exc.message,
                    document_id=processed.document.id,
                )
        if isinstance(result, Failure):
            summary.failed += 1
            summary.failures.append(result)
            store.add_failure(result)
        if tick:
            tick(result)
    from sitrep import dedup

    # Incremental: only events not yet in a cluster are placed. Run even when
    # nothing was added: a run killed after storing its last document but
    # before clustering leaves events that this rerun must cluster.
    dedup.update_clusters(store)
    return summary
