"""Incremental clustering of stored events into cross-report events.

:func:`update_clusters` gives every not-yet-clustered event of the given
documents a cluster: the best-scoring existing cluster whose every member is
compatible with it (complete link on the hard constraints, best link on the
score), or a new cluster named after the event. Existing clusters are never
split or renamed, so ingesting a report only adds rows. Events are taken in a
fixed order (date, document, id) and ties go to the smallest cluster id, so the
same store and the same calls give the same clusters.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sitrep.dedup.compat import Report, compatible, score
from sitrep.store import EventFilter, Store
from sitrep.store.rows import StoredEvent

#: Score at which an event joins a cluster (tuned on FA-KES train-free pairs: see
#: docs/export.md and sitrep.dedup.evaluate).
JOIN_THRESHOLD = 0.45
#: How far before an event's first possible day candidates are looked for; a
#: month-precision report is dated to the 1st and must still be found.
_LOOKBACK_DAYS = 31


@dataclass
class _Index:
    """Candidate reports of one type, sorted by first possible day."""

    days: list[dt.date] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)

    def add(self, report: Report) -> None:
        day = report.interval[0] if report.interval else dt.date.min
        at = bisect.bisect_right(self.days, day)
        self.days.insert(at, day)
        self.reports.insert(at, report)

    def near(self, report: Report) -> list[Report]:
        if report.interval is None:
            return list(self.reports)
        first, last = report.interval
        lo = bisect.bisect_left(self.days, first - dt.timedelta(days=_LOOKBACK_DAYS))
        hi = bisect.bisect_right(self.days, last + dt.timedelta(days=1))
        # Undated candidates sort first (date.min) and may match anything.
        undated = bisect.bisect_right(self.days, dt.date.min)
        return self.reports[:undated] + self.reports[max(lo, undated) : hi]


def _order(event: StoredEvent) -> tuple[str, str, str]:
    return (event.date.value if event.date else "9999", event.document_id, event.id)


def assign(
    new: list[Report],
    existing: list[Report],
    clusters_of: dict[str, str],
    threshold: float | None = None,
) -> dict[str, str]:
    """Cluster ids for ``new`` reports, given ``existing`` ones and their clusters.

    Pure (no store): the reports of ``existing`` must all be in ``clusters_of``.
    """
    threshold = JOIN_THRESHOLD if threshold is None else threshold
    indexes: dict[str, _Index] = {}
    members: dict[str, list[Report]] = {}
    for report in existing:
        indexes.setdefault(report.event.type.upper(), _Index()).add(report)
        members.setdefault(clusters_of[report.event.id], []).append(report)
    assigned: dict[str, str] = {}
    for report in sorted(new, key=lambda r: _order(r.event)):
        if report.event.id in clusters_of or report.event.id in assigned:
            continue
        index = indexes.setdefault(report.event.type.upper(), _Index())
        best: tuple[float, str] | None = None
        seen: set[str] = set()
        for candidate in index.near(report):
            cluster = clusters_of.get(candidate.event.id) or assigned[candidate.event.id]
            if cluster in seen:
                continue
            seen.add(cluster)
            group = members[cluster]
            if not all(compatible(report, member) for member in group):
                continue
            value = max(score(report, member) for member in group)
            if value >= threshold and (best is None or (-value, cluster) < (-best[0], best[1])):
                best = (value, cluster)
        cluster = best[1] if best else report.event.id
        assigned[report.event.id] = cluster
        members.setdefault(cluster, []).append(report)
        index.add(report)
    return assigned


def _reports(store: Store, events: list[StoredEvent]) -> list[Report]:
    sentences = store.sentences(e.id for e in events)
    return [Report(e, sentences.get(e.id, "")) for e in events]


def _window(events: list[StoredEvent]) -> tuple[str, str] | None:
    intervals = [r.interval for r in (Report(e, "") for e in events) if r.interval]
    if not intervals:
        return None
    first = min(i[0] for i in intervals) - dt.timedelta(days=_LOOKBACK_DAYS)
    last = max(i[1] for i in intervals) + dt.timedelta(days=_LOOKBACK_DAYS + 1)
    return first.isoformat(), last.isoformat()


def update_clusters(store: Store, document_ids: Iterable[str] | None = None) -> int:
    """Cluster the unclustered events of ``document_ids`` (default: every such document).

    Call after each ingest; only the new events and the stored events of their
    types and dates are read. Returns the number of events given a cluster.
    """
    ids = store.unclustered_document_ids() if document_ids is None else list(document_ids)
    new_events = store.events_of_documents(ids)
    done = store.cluster_ids(e.id for e in new_events)
    new_events = [e for e in new_events if e.id not in done]
    if not new_events:
        return 0
    existing: dict[str, StoredEvent] = {}
    for type_ in sorted({e.type.upper() for e in new_events}):
        same_type = [e for e in new_events if e.type.upper() == type_]
        window = _window(same_type)
        flt = EventFilter(type=type_)
        if window is not None:
            flt.since, flt.until = window
        for event in store.events(flt):
            existing[event.id] = event
    clusters_of = store.cluster_ids(existing)
    old = [e for key, e in existing.items() if key in clusters_of]
    new_reports = _reports(store, new_events)
    assigned = assign(new_reports, _reports(store, old), clusters_of)
    store.set_clusters(assigned)
    return len(assigned)
