"""What the runners share: batching items, the per-process pipeline, and a wire format.

Results cross process (and machine) boundaries as JSON text, not pickles of
pydantic objects: JSON is the data model's contract, so what comes back is
exactly what a single process would have produced (``model_validate_json`` of
``model_dump_json`` round-trips every record), and it is what the Parquet
partitions hold.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import lru_cache

from sitrep.config import Config
from sitrep.ingest import Item
from sitrep.model import Document, Extraction, Failure
from sitrep.pipeline import Pipeline

#: One result on the wire: ("extraction" | "failure", JSON text).
Wire = tuple[str, str]
#: One item on the wire: ("document", name, Document JSON) or ("failure", "", Failure JSON).
WireItem = tuple[str, str, str]


def batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """``items`` in lists of ``size`` (the last may be shorter), in order."""
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def encode_items(items: list[Item]) -> list[WireItem]:
    out: list[WireItem] = []
    for item in items:
        if isinstance(item, Failure):
            out.append(("failure", "", item.model_dump_json()))
        else:
            name, document = item
            out.append(("document", name, document.model_dump_json()))
    return out


def decode_items(wire: list[WireItem]) -> list[Item]:
    items: list[Item] = []
    for kind, name, payload in wire:
        if kind == "failure":
            items.append(Failure.model_validate_json(payload))
        else:
            items.append((name, Document.model_validate_json(payload)))
    return items


def encode_result(result: Extraction | Failure) -> Wire:
    if isinstance(result, Failure):
        return ("failure", result.model_dump_json())
    return ("extraction", result.model_dump_json())


def decode_result(wire: Wire) -> Extraction | Failure:
    kind, payload = wire
    if kind == "failure":
        return Failure.model_validate_json(payload)
    return Extraction.model_validate_json(payload)


def _config_key(config: Config) -> str:
    return json.dumps(config, sort_keys=True, default=str)


@lru_cache(maxsize=2)
def _pipeline(key: str) -> Pipeline:
    # Keyed by the config's JSON so a worker reused with another config reloads.
    pipeline = Pipeline(json.loads(key))
    # Load everything now: the first batch should not pay for it.
    pipeline.warm()
    return pipeline


def worker_pipeline(config: Config) -> Pipeline:
    """This process's pipeline for ``config``, loaded on first use and kept."""
    return _pipeline(_config_key(config))


def run_batch(config: Config, wire: list[WireItem]) -> list[Wire]:
    """The pipeline over one batch, in this process; what a worker task runs."""
    pipeline = worker_pipeline(config)
    return [encode_result(r) for r in pipeline.process(decode_items(wire))]
