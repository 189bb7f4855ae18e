"""Reading clusters back: reports, outlets, independent outlets, disagreements."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sitrep.dedup.disagree import Disagreement, disagreements
from sitrep.dedup.independence import ReportView, independent_groups, view
from sitrep.dedup.ratings import Rating
from sitrep.store import EventFilter, Store
from sitrep.store.rows import StoredEvent


@dataclass
class Cluster:
    """One event as reported by one or more documents."""

    id: str
    type: str
    reports: list[ReportView]
    groups: list[list[ReportView]]
    disagreements: list[Disagreement]
    #: Users' own ratings of the cluster's outlets (imported with rater and
    #: date; sitrep itself rates no outlet).
    user_ratings: list[Rating] = field(default_factory=list)

    @property
    def events(self) -> list[StoredEvent]:
        return [r.event for r in self.reports]

    @property
    def outlets(self) -> list[str]:
        return sorted({r.outlet for r in self.reports if r.outlet})

    @property
    def independent_outlets(self) -> int:
        return len(self.groups)

    @property
    def first_reported(self) -> str | None:
        """The earliest day a report of the cluster came out. A report dated before the
        day it tells of (a crawled metadata date with no dateline in the text to correct
        it: "published" 13 August, telling of the attack of 21 August) is no earliest
        report; it counts only when every report is so dated."""
        dates = [day for r in self.reports if (day := r.event.reported_on)]
        possible = [
            day
            for r in self.reports
            if (day := r.event.reported_on) and not _before_its_event(r.event, day)
        ]
        return min(possible or dates) if dates else None

    @property
    def dates(self) -> tuple[str, str] | None:
        """The first and last day among the reports dated to a day, when any is
        (as :attr:`place` prefers the finer places): a report's "last month" is
        the month's first day, and would stretch a day's incident back to it."""
        dated = [r.event.date for r in self.reports if r.event.date]
        days = [d.value for d in dated if d.precision == "day"]
        values = days or [d.value for d in dated]
        return (min(values), max(values)) if values else None

    @property
    def place(self) -> str | None:
        """The most often reported place name (ties: alphabetical), among the places finer
        than a country or region when any report gives one: ten reports of strikes on
        Aleppo, four of which only say "Syria", are at Aleppo."""
        located = [r.event.location for r in self.reports if r.event.location]
        finer = [loc.name for loc in located if loc.precision not in ("country", "region")]
        names = finer or [loc.name for loc in located]
        if not names:
            return None
        return min(set(names), key=lambda n: (-names.count(n), n))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "events": [r.event.id for r in self.reports],
            "reports": [r.to_dict() for r in self.reports],
            "outlets": self.outlets,
            "independent_outlets": self.independent_outlets,
            "independent_groups": [
                sorted({r.origin or r.outlet or "unknown outlet" for r in g}) for g in self.groups
            ],
            "first_reported": self.first_reported,
            "dates": list(self.dates) if self.dates else None,
            "place": self.place,
            "disagreements": [d.to_dict() for d in self.disagreements],
            "user_ratings": [r.to_dict() for r in self.user_ratings],
        }


def _before_its_event(event: StoredEvent, day: str) -> bool:
    date = event.date
    return date is not None and date.precision == "day" and day < date.value


def build(cluster_id: str, events: list[StoredEvent], sentences: dict[str, str],
          texts: dict[str, str]) -> Cluster:  # fmt: skip
    ordered = sorted(events, key=lambda e: (e.reported_on or "9999", e.document_id, e.id))
    reports = [view(e, sentences.get(e.id, ""), texts.get(e.document_id)) for e in ordered]
    return Cluster(
        id=cluster_id,
        type=ordered[0].type.upper(),
        reports=reports,
        groups=independent_groups(reports),
        disagreements=disagreements(reports),
    )


def clusters(
    store: Store, flt: EventFilter | None = None, *, min_reports: int = 1
) -> list[Cluster]:
    """Clusters with at least one event matching ``flt``, each with all its reports.

    Events not clustered yet (run :func:`sitrep.dedup.update_clusters`) appear
    as clusters of their own. Ordered by independent outlets, reports, then id.
    """
    matching = store.events(flt)
    cluster_of = store.cluster_ids(e.id for e in matching)
    members = store.cluster_members(set(cluster_of.values()))
    singles = {e.id: [e.id] for e in matching if e.id not in cluster_of}
    wanted = {**members, **singles}
    wanted = {k: v for k, v in wanted.items() if len(v) >= min_reports}
    events = store.events_by_id(eid for ids in wanted.values() for eid in ids)
    by_id = {e.id: e for e in events}
    sentences = store.sentences(by_id)
    texts = store.document_texts({e.document_id for e in events})
    result = [
        build(key, [by_id[i] for i in ids if i in by_id], sentences, texts)
        for key, ids in wanted.items()
        if any(i in by_id for i in ids)
    ]
    result.sort(key=lambda c: (-c.independent_outlets, -len(c.reports), c.id))
    _attach_ratings(store, result)
    return result


def _attach_ratings(store: Store, found: list[Cluster]) -> None:
    """Give each cluster the stored user ratings of its outlets."""
    ratings = store.ratings({o for c in found for o in c.outlets})
    for cluster in found:
        outlets = set(cluster.outlets)
        cluster.user_ratings = [r for r in ratings if r.outlet in outlets]


def cluster_index(store: Store, events: list[StoredEvent]) -> dict[str, Cluster]:
    """Event id -> its cluster, for exports that annotate each event row."""
    found: dict[str, Cluster] = {}
    cluster_of = store.cluster_ids(e.id for e in events)
    members = store.cluster_members(set(cluster_of.values()))
    needed = {i for ids in members.values() for i in ids} | {e.id for e in events}
    known = {e.id: e for e in events}
    extra = store.events_by_id(needed - set(known))
    known.update({e.id: e for e in extra})
    sentences = store.sentences(known)
    texts = store.document_texts({e.document_id for e in known.values()})
    for key, ids in members.items():
        cluster = build(key, [known[i] for i in ids if i in known], sentences, texts)
        for i in ids:
            found[i] = cluster
    for e in events:
        if e.id not in found:
            found[e.id] = build(e.id, [e], sentences, texts)
    return found
