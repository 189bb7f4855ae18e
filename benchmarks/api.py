"""Latency of ``GET /api/events?bbox=...&since=...`` on a store of synthetic events.

    python benchmarks/api.py [--events 100000] [--requests 300] [--db FILE]

Builds (or reuses, with --db) a SQLite store of N invented events spread over the
Middle East and ten years, then times the same bbox + since queries two ways in
this one process: (a) ``Store.events`` directly (the baseline: SQL plus records)
and (b) the HTTP API in-process through FastAPI's TestClient (routing, validation
and JSON on top). Prints p50/p95/max in ms for each; the target is p95 < 50 ms
for (b) at the default page size.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sitrep.model import (
    Document,
    Event,
    EventDate,
    EventLocation,
    Extraction,
    Offsets,
    Span,
)
from sitrep.store import EventFilter, Store

TYPES = ("ASSAULT", "PROTEST", "MOBILIZE", "COERCE", "AID", "CONSULT")
PER_DOC = 10


def synthetic(doc_no: int, rng: random.Random) -> Extraction:
    words = [f"Report {doc_no}:"]
    for i in range(PER_DOC):
        words.append(f"Forces shelled village{doc_no}x{i} on the day.")
    text = " ".join(words)
    doc_id = Document.content_id(text)
    events = []
    pos = len(words[0]) + 1
    for i in range(PER_DOC):
        sentence = words[i + 1]
        start = pos + sentence.index("shelled")
        type_ = rng.choice(TYPES)
        day = 1 + rng.randrange(3650)
        year, rest = 2015 + day // 365, day % 365
        date = f"{year}-{1 + rest // 31 % 12:02d}-{1 + rest % 28:02d}"
        events.append(
            Event(
                id=Event.make_id(doc_id, start, type_),
                type=type_,
                trigger=Span(text="shelled", start=start, end=start + 7),
                sentence=Offsets(start=pos, end=pos + len(sentence)),
                location=EventLocation(
                    name=f"village{doc_no}x{i}",
                    lat=round(rng.uniform(12, 42), 4),
                    lon=round(rng.uniform(25, 60), 4),
                    country_code="SY",
                ),
                date=EventDate(value=date, precision="day", text=""),
            )
        )
        pos += len(sentence) + 1
    document = Document(id=doc_id, text=text, outlet=f"Outlet {doc_no % 40}", published=None)
    return Extraction(document=document, events=events)


def build(path: Path, n_events: int) -> None:
    rng = random.Random(7)
    started = time.perf_counter()
    with Store.open(str(path)) as store:
        for doc_no in range(n_events // PER_DOC):
            store.add(synthetic(doc_no, rng))
        counts = store.counts()
    took = time.perf_counter() - started
    print(f"built {counts['events']} events in {counts['documents']} documents ({took:.0f} s)")


def queries(n: int) -> list[tuple[str, str]]:
    """(bbox, since) pairs: boxes of about 5 x 4 degrees, a year or more of dates."""
    rng = random.Random(11)
    out = []
    for _ in range(n):
        west, south = rng.uniform(26, 54), rng.uniform(13, 37)
        since = f"{rng.randrange(2015, 2024)}-{rng.randrange(1, 13):02d}-01"
        out.append((f"{west:.2f},{south:.2f},{west + 5:.2f},{south + 4:.2f}", since))
    return out


def timed(label: str, run: Callable[[str, str], int], cases: list[tuple[str, str]]) -> None:
    run(*cases[0])  # warm caches, connections and imports
    times, sizes = [], []
    for bbox, since in cases:
        started = time.perf_counter()
        sizes.append(run(bbox, since))
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[max(0, round(0.95 * len(times)) - 1)]
    print(
        f"{label:<44} p50 {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms  "
        f"max {times[-1]:6.1f} ms  (mean {statistics.mean(sizes):.0f} events/response)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--db", type=Path, help="Reuse (or create) this store file.")
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from sitrep.api import create_app
    from sitrep.api.params import DEFAULT_LIMIT

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        if not path.exists():
            build(path, args.events)
        cases = queries(args.requests)
        with Store.open(str(path), create=False) as store:

            def direct(bbox: str, since: str, limit: int = DEFAULT_LIMIT) -> int:
                west, south, east, north = (float(v) for v in bbox.split(","))
                flt = EventFilter(bbox=(west, south, east, north), since=since, limit=limit + 1)
                return len([e.to_dict() for e in store.events(flt)][:limit])

            with TestClient(create_app(str(path))) as client:

                def api(
                    bbox: str, since: str, fmt: str = "json", limit: int = DEFAULT_LIMIT
                ) -> int:
                    response = client.get(
                        "/api/events",
                        params={"bbox": bbox, "since": since, "format": fmt, "limit": limit},
                    )
                    response.raise_for_status()
                    body = response.json()
                    return len(body["events" if fmt == "json" else "features"])

                print(f"{len(cases)} queries, page size {DEFAULT_LIMIT}")
                timed("baseline: Store.events (same filter)", direct, cases)
                timed("GET /api/events?bbox&since (JSON)", api, cases)
                timed(
                    "GET /api/events?bbox&since&format=geojson",
                    lambda b, s: api(b, s, "geojson"),
                    cases,
                )
                timed(
                    "GET ... format=geojson&limit=1000 (the page)",
                    lambda b, s: api(b, s, "geojson", 1000),
                    cases[:50],
                )
                # Again last, with every cache as warm as the API runs had it.
                timed("baseline again: Store.events", direct, cases)


if __name__ == "__main__":
    main()
