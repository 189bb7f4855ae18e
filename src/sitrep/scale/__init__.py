"""Running the per-document stages on more than one core: processes or a Dask cluster.

    from sitrep import scale
    process = scale.processor(config, workers=4)          # or dask="tcp://host:8786" / "local"
    for result in process(iter_items(paths, options)):    # input order, like Pipeline.process
        ...

Every runner yields exactly what :meth:`sitrep.pipeline.Pipeline.process` yields
for the same items, in the same order, so a store filled through one equals a
store filled by a single process. Each worker loads its own spaCy pipeline,
gazetteer and lexicons once and keeps them for every batch it is given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from sitrep.config import Config
from sitrep.errors import UsageError
from sitrep.ingest import Item
from sitrep.model import Extraction, Failure

#: Items in, results out, in input order (the shape of ``Pipeline.process``).
Processor = Callable[[Iterable[Item]], Iterator[Extraction | Failure]]


def processor(config: Config, *, workers: int = 1, dask: str | None = None) -> Processor:
    """The runner for ``workers`` local processes or a Dask scheduler (``"local"``: a new one).

    ``workers == 1`` without Dask is the plain in-process pipeline.
    """
    if workers < 1:
        raise UsageError(f"--workers must be 1 or more, not {workers}")
    if dask is not None:
        from sitrep.scale.cluster import DaskRunner

        return DaskRunner(config, address=dask, workers=workers if workers > 1 else None)
    if workers == 1:
        from sitrep.pipeline import Pipeline

        return Pipeline(config).process
    from sitrep.scale.workers import ProcessRunner

    return ProcessRunner(config, workers=workers)


__all__ = ["Processor", "processor"]
