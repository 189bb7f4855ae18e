"""Throughput of the full sitrep pipeline against plain spaCy on the same texts, in one run.

    python benchmarks/throughput.py ../shared/data/fa-kes/fa-kes-dev.csv [--limit N] [--workers 2]

Prints docs/s and words/s of (a) spaCy ``nlp.pipe`` alone and (b) ``sitrep extract``'s
whole pipeline (parse + geo + actors + events + time + attribution), and their
ratio. The baseline is the spaCy model as packaged; sitrep's parse uses the same
model with faster lookups in its attribute ruler and lemmatizer (identical
annotations, ``sitrep.nlp.speedups``), so the script also prints the ratio
sitrep's own stages alone would leave over the packaged parse. Both runs use the
same batch size; every stage's models, gazetteer and lexicons are loaded before
timing starts (``Pipeline.warm``: a one-off cost per process).

With ``--workers N`` (N > 1) it then runs the same documents through N worker
processes (``sitrep ingest --workers N``'s runner, started and warmed before the
clock starts) and prints their docs/s, the scaling against the one-process run
above, and the peak memory of the largest worker.
After the timed runs, a second pass over the same documents times each stage on its
own (wrappers around the stage functions, so that pass is not used for the ratio)
and prints each stage's share of the pipeline's time per document: the parse
(``nlp.pipe``) and geo, actors, events, time and attribution.
Exits 0 with a note when the corpus path is absent (a user's clone has no ../shared).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy

from sitrep.ingest import IngestOptions, iter_items
from sitrep.model import Document, Failure
from sitrep.pipeline import Pipeline
from sitrep.scale.workers import ProcessRunner

#: Documents per slice of the alternating runs (a few batches of the pipeline).
_SLICE = 64


def load_documents(path: str, limit: int | None) -> list[Document]:
    docs: list[Document] = []
    for item in iter_items(
        [path],
        IngestOptions(
            text_column="article_content",
            title_column="article_title",
            date_column="date",
            outlet_column="source",
            id_column="unit_id",
        ),
    ):
        if not isinstance(item, Failure):
            docs.append(item[1])
        if limit and len(docs) >= limit:
            break
    return docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="FA-KES-style CSV")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--workers", type=int, default=1, help="also time N worker processes")
    args = parser.parse_args()
    if not Path(args.corpus).exists():
        print(f"{args.corpus} is absent; nothing to measure")
        return 0
    documents = load_documents(args.corpus, args.limit)
    texts = [d.text for d in documents]
    words = sum(len(t.split()) for t in texts)
    pipeline = Pipeline()
    pipeline.warm()  # every stage's models and tables, before the clock starts
    size = int(pipeline.config["nlp"]["batch_size"])
    # The baseline is the model exactly as packaged, without sitrep's components.
    nlp = spacy.load(pipeline.config["nlp"]["model"])
    nlp("warm up the pipeline once.")

    # The two runs alternate over slices of the corpus, so that a change in the
    # machine's speed during the run (other load, CPU frequency) falls on both
    # sides of the ratio instead of on whichever ran second.
    spacy_s = sitrep_s = 0.0
    failures = 0
    events = 0
    for lo in range(0, len(documents), _SLICE):
        part = documents[lo : lo + _SLICE]
        start = time.perf_counter()
        for _doc in nlp.pipe(texts[lo : lo + _SLICE], batch_size=size):
            pass
        spacy_s += time.perf_counter() - start
        start = time.perf_counter()
        for result in pipeline.process((f"row {lo + i}", d) for i, d in enumerate(part)):
            if isinstance(result, Failure):
                failures += 1
            else:
                events += len(result.events)
        sitrep_s += time.perf_counter() - start

    n = len(texts)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents: {n}, words: {words}, events: {events}, failures: {failures}")
    print(f"plain spaCy nlp.pipe : {n / spacy_s:8.2f} docs/s {words / spacy_s:10.0f} words/s")
    print(f"sitrep full pipeline : {n / sitrep_s:8.2f} docs/s {words / sitrep_s:10.0f} words/s")
    print(f"ratio sitrep/spaCy   : {spacy_s / sitrep_s:8.3f}")
    print(f"peak memory          : {peak_mb:8.0f} MB (this process)")
    spent = time_stages(pipeline, documents)
    # sitrep's parse is faster than the packaged one (sitrep.nlp.speedups); this
    # line shows what sitrep's own stages cost on top of the packaged parse, which
    # is the ratio the speedups would otherwise leave.
    stages = sum(v for k, v in spent.items() if k != "parse") / n
    plain = spacy_s / n
    print(
        f"stages on packaged parse: {1000 * stages:6.2f} ms/doc over {1000 * plain:.2f} ms/doc "
        f"(ratio without the parse speedups ~{plain / (plain + stages):.3f})"
    )
    if args.workers > 1:
        time_workers(pipeline, documents, args.workers, n / sitrep_s)
    return 0


def time_stages(pipeline: Pipeline, documents: list[Document]) -> dict[str, float]:
    """Seconds spent in each stage over ``documents``, printed as shares of the total.

    The stage functions are wrapped for this pass only (and restored after it); the
    parse is the rest of the pipeline's time (``nlp.pipe`` and the glue around it).
    """
    import sitrep.attribution
    import sitrep.events
    import sitrep.geo
    import sitrep.time

    spent: dict[str, float] = {}
    restore: list[tuple[Any, str, Any]] = []

    def wrap(owner: Any, attr: str, stage: str) -> None:
        original: Callable[..., Any] = getattr(owner, attr)

        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[stage] = spent.get(stage, 0.0) + time.perf_counter() - t0

        restore.append((owner, attr, owner.__dict__.get(attr)))
        setattr(owner, attr, timed)

    wrap(sitrep.geo, "find_places", "geo")
    wrap(sitrep.geo, "main_location", "geo")
    wrap(pipeline.actors, "find", "actors")
    wrap(sitrep.events, "extract_events", "events")
    wrap(sitrep.time, "assign_dates", "time")
    wrap(sitrep.attribution, "find_framing", "attribution")
    wrap(sitrep.attribution, "attribute", "attribution")
    try:
        start = time.perf_counter()
        for _ in pipeline.process((f"row {i}", d) for i, d in enumerate(documents)):
            pass
        total = time.perf_counter() - start
    finally:
        for owner, attr, before in reversed(restore):
            if before is None:
                delattr(owner, attr)
            else:
                setattr(owner, attr, before)
    spent["parse"] = max(0.0, total - sum(spent.values()))
    n = max(1, len(documents))
    print("per-stage time (share of the pipeline's time per document):")
    for stage in ("parse", "geo", "actors", "events", "time", "attribution"):
        seconds = spent.get(stage, 0.0)
        print(f"  {stage:<12}: {1000 * seconds / n:7.2f} ms/doc {100 * seconds / total:6.1f} %")
    return spent


def time_workers(pipeline: Pipeline, documents: list[Document], workers: int, one: float) -> None:
    """The same documents through ``workers`` processes; scaling against ``one`` docs/s."""
    items = [(f"row {i}", d) for i, d in enumerate(documents)]
    with ProcessRunner(pipeline.config, workers=workers) as runner:
        runner.warm()
        start = time.perf_counter()
        results = list(runner(items))
        elapsed = time.perf_counter() - start
    assert len(results) == len(items)
    # The largest resident set any (now finished) worker reached.
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rate = len(items) / elapsed
    print(f"sitrep --workers {workers:<3} : {rate:8.2f} docs/s")
    print(f"scaling vs 1 process : {rate / one:8.2f}x")
    print(f"peak memory/worker   : {worker_mb:8.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
