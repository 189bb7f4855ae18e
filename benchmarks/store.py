"""Query latency of the event store on 1,000,000 synthetic events (SQLite; PostgreSQL too).

    python benchmarks/store.py [--events 1000000] [--db /tmp/sitrep-bench.db] [--repeat 40]

The events are SYNTHETIC: random PLOVER types, dates (2011-2024), points in a
box over Syria and Iraq, outlets and actor ids, with a short template sentence;
they exercise the indexes and the query code, not the pipeline. They are
bulk-inserted straight into the store's tables (one transaction, the store's
own triggers keeping the full-text index), which is how a million rows load in
about a minute instead of an hour of ``Store.add``. Every event's ``data`` JSON
is a valid ``Event``, so queries return real ``StoredEvent`` objects.

Prints p50 / p95 (ms) of ``Store.events`` for common filters, each run
``--repeat`` times with random centres and dates. With $SITREP_TEST_POSTGRES set
(a scratch database: it is wiped) the same is measured on PostgreSQL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from sitrep.store import EventFilter, Store
from sitrep.store.schema import documents, events, metadata

TYPES = [
    "ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN", "AID", "ACCUSE", "RETREAT",
    "SANCTION", "REQUEST", "CONSULT", "AGREE", "SUPPORT", "CONCEDE", "COOPERATE",
    "DEMAND", "DISAPPROVE", "REJECT", "ENGAGE", "INVESTIGATE",
]  # fmt: skip
OUTLETS = [f"Outlet {i}" for i in range(50)]
ACTORS = [f"ACTOR{i:03d}" for i in range(100)]
WORDS = [
    "shelling", "convoy", "checkpoint", "airstrike", "protesters", "village", "market",
    "hospital", "bridge", "ceasefire", "detainees", "refugees", "militants", "patrol",
]  # fmt: skip
LAT, LON = (30.0, 38.0), (35.0, 45.0)
FIRST_DAY = dt.date(2011, 1, 1)
DAYS = (dt.date(2024, 12, 31) - FIRST_DAY).days
EVENTS_PER_DOCUMENT = 5
CHUNK = 20_000


def _event_data(event_id: str, type_: str, sentence: str, lat: float, lon: float,
                day: str, actor: str) -> dict[str, Any]:  # fmt: skip
    return {
        "id": event_id,
        "type": type_,
        "trigger": {"text": sentence.split()[0], "start": 0, "end": len(sentence.split()[0])},
        "sentence": {"start": 0, "end": len(sentence)},
        "source_actor": {"actor_id": actor, "name": actor, "text": actor},
        "location": {"name": "Somewhere", "lat": lat, "lon": lon, "precision": "locality"},
        "date": {"value": day, "precision": "day", "text": ""},
    }


def synthetic_rows(n_events: int, seed: int = 8) -> Iterator[tuple[list[Any], list[Any]]]:
    """(document rows, event rows) in chunks; deterministic for a seed."""
    rng = random.Random(seed)
    now = dt.datetime.now(dt.UTC)
    n_docs = (n_events + EVENTS_PER_DOCUMENT - 1) // EVENTS_PER_DOCUMENT
    docs: list[Any] = []
    evs: list[Any] = []
    made = 0
    for d in range(n_docs):
        doc_id = f"doc{d:012d}"
        published = (FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))).isoformat()
        docs.append({"id": doc_id, "source_id": doc_id, "title": f"Report {d}",
                     "published": published, "outlet": rng.choice(OUTLETS), "url": None,
                     "text": "synthetic", "location_name": None, "location_lat": None,
                     "location_lon": None, "location_country_code": None,
                     "location_admin1": None, "framing": [], "ingested_at": now})  # fmt: skip
        for position in range(min(EVENTS_PER_DOCUMENT, n_events - made)):
            type_ = rng.choice(TYPES)
            sentence = " ".join(rng.choice(WORDS) for _ in range(8)) + "."
            lat, lon = round(rng.uniform(*LAT), 5), round(rng.uniform(*LON), 5)
            day = (FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))).isoformat()
            actor = rng.choice(ACTORS)
            event_id = f"{d:012d}{position:04d}"
            evs.append({
                "id": event_id, "document_id": doc_id, "position": position, "type": type_,
                "mode": None, "modality": "asserted", "trigger_text": sentence.split()[0],
                "trigger_start": 0, "trigger_end": 1, "sentence_start": 0,
                "sentence_end": len(sentence), "sentence_text": sentence,
                "source_actor_id": actor, "source_actor_name": actor, "source_actor_text": actor,
                "target_actor_id": None, "target_actor_name": None, "target_actor_text": None,
                "location_name": "Somewhere", "location_lat": lat, "location_lon": lon,
                "location_country_code": None, "location_admin1": None,
                "location_precision": "locality", "location_geonameid": None,
                "date_value": day, "date_precision": "day", "date_text": "", "date_end": None,
                "quantities": [], "framing": [], "hedged": False, "anonymous": False,
                "data": _event_data(event_id, type_, sentence, lat, lon, day, actor),
            })  # fmt: skip
            made += 1
        if len(evs) >= CHUNK:
            yield docs, evs
            docs, evs = [], []
    if docs:
        yield docs, evs


def fill(store: Store, n_events: int) -> float:
    """Bulk-insert the synthetic rows; seconds taken."""
    start = time.perf_counter()
    with store._write() as conn, conn.begin():
        _bulk(conn, n_events)
    if store.dialect == "sqlite":
        with store._write() as conn:
            conn.exec_driver_sql("ANALYZE")
    else:
        with store._write() as conn, conn.begin():
            conn.exec_driver_sql("ANALYZE")
    return time.perf_counter() - start


def _bulk(conn: Connection, n_events: int) -> None:
    """executemany on the driver's own cursor: SQLAlchemy's per-row work is most of the cost."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    statements = []
    for table in (documents, events):
        names = [c.name for c in table.columns]
        quoted = ", ".join(f'"{n}"' for n in names)
        sql = f"INSERT INTO {table.name} ({quoted}) VALUES ({', '.join([mark] * len(names))})"
        json_cols = {c.name for c in table.columns if c.name in ("framing", "quantities", "data")}
        statements.append((sql, names, json_cols))
    done = 0
    for docs, evs in synthetic_rows(n_events):
        for (sql, names, json_cols), rows in zip(statements, (docs, evs), strict=True):
            cursor.executemany(
                sql,
                [tuple(json.dumps(r[n]) if n in json_cols else r[n] for n in names) for r in rows],
            )
        done += len(evs)
        print(f"\r  {done:,} events", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)


def queries(rng: random.Random) -> dict[str, Callable[[], EventFilter]]:
    def day() -> str:
        return (FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS - 31))).isoformat()

    def month() -> tuple[str, str]:
        first = dt.date.fromisoformat(day())
        return first.isoformat(), (first + dt.timedelta(days=30)).isoformat()

    def point() -> tuple[float, float]:
        return rng.uniform(*LAT), rng.uniform(*LON)

    def bbox_date_type() -> EventFilter:
        since, until = month()
        return EventFilter(type=rng.choice(TYPES), place=point(), radius_km=50,
                           since=since, until=until)  # fmt: skip

    def type_month() -> EventFilter:
        since, until = month()
        return EventFilter(type=rng.choice(TYPES), since=since, until=until)

    def radius_year() -> EventFilter:
        first = rng.randrange(2011, 2024)
        return EventFilter(place=point(), radius_km=25, since=str(first), until=str(first))

    def actor_month() -> EventFilter:
        since, until = month()
        return EventFilter(actor=rng.choice(ACTORS), since=since, until=until)

    def outlet_month() -> EventFilter:
        since, until = month()
        return EventFilter(outlet=rng.choice(OUTLETS), since=since, until=until)

    def text_limit() -> EventFilter:
        return EventFilter(text=f"{rng.choice(WORDS)} {rng.choice(WORDS)}", limit=100)

    def latest_100() -> EventFilter:
        return EventFilter(limit=100)

    return {
        "bbox(50 km) + date(month) + type": bbox_date_type,
        "type + date(month)": type_month,
        "radius(25 km) + year": radius_year,
        "actor + date(month)": actor_month,
        "outlet + date(month)": outlet_month,
        "text (2 words), limit 100": text_limit,
        "no filter, limit 100": latest_100,
    }


def measure(store: Store, repeat: int) -> None:
    rng = random.Random(1)
    print(f"{'filter':36} {'p50 ms':>8} {'p95 ms':>8} {'rows(mean)':>11}")
    for name, make in queries(rng).items():
        times, sizes = [], []
        for _ in range(repeat):
            flt = make()
            start = time.perf_counter()
            found = store.events(flt)
            times.append((time.perf_counter() - start) * 1000)
            sizes.append(len(found))
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(f"{name:36} {statistics.median(times):8.1f} {p95:8.1f} "
              f"{statistics.mean(sizes):11.1f}")  # fmt: skip


def run(url: str, n_events: int, repeat: int, fresh: bool) -> None:
    with Store.open(url) as store:
        if fresh or store.counts()["events"] != n_events:
            if store.counts()["events"]:
                raise SystemExit(f"{url} holds other events; give a new --db or --fresh")
            print(f"{store.name}: loading {n_events:,} synthetic events", file=sys.stderr)
            seconds = fill(store, n_events)
            print(f"loaded in {seconds:.0f} s ({n_events / seconds:,.0f} events/s)")
        print(f"\n{store.dialect}: {store.counts()['events']:,} events")
        measure(store, repeat)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument(
        "--db",
        default="/tmp/sitrep-bench-store.db",
        help="SQLite file (reused when it already holds --events events)",
    )
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    run(args.db, args.events, args.repeat, fresh=not Path(args.db).exists())
    url = os.environ.get("SITREP_TEST_POSTGRES")
    if url:
        from sqlalchemy import create_engine

        engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as conn:
            metadata.drop_all(conn)
        engine.dispose()
        run(url, args.events, args.repeat, fresh=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
