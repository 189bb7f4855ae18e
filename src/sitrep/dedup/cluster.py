"""Incremental clustering of stored events into cross-report events.

:func:`update_clusters` gives every not-yet-clustered event of the given
documents a cluster. Pairs of reports (at least one new) that pass the hard
constraints and score at least :data:`JOIN_THRESHOLD` are joined best first
(highest score down), a join allowed when most cross pairs of the two groups
are compatible (see :func:`assign`). New reports may join a stored cluster or
each other; stored clusters are never split, renamed or joined, so ingesting a
report only adds rows. Then a new report still alone may join a group whose
leads from several outlets each resemble it a little (:mod:`sitrep.dedup.support`).
Pair order is fixed (score, then event ids) and the word weights come from the
reports compared, so the same store and the same calls give the same clusters.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sitrep.dedup.compat import (
    Report,
    compatible,
    retold,
    score,
    two_incidents,
    two_speakers,
)
from sitrep.dedup.dates import days_apart, other_days
from sitrep.dedup.restated import restated
from sitrep.dedup.support import supported_joins
from sitrep.dedup.text import Idf
from sitrep.store import EventFilter, Store
from sitrep.store.rows import StoredEvent

#: Score at which an event joins a cluster (tuned on FA-KES train-free pairs: see
#: docs/export.md and sitrep.dedup.evaluate).
JOIN_THRESHOLD = 0.45
#: Score below which a compatible pair of two stated days (:func:`other_days`)
#: keeps two groups apart (:func:`_mergeable`): a chain through a third report
#: joined Sunday's advance in a town to Monday's air strikes on it.
AGAINST_SCORE = 0.0
#: How far before an event's first possible day candidates are looked for; a
#: month-precision report is dated to the 1st and must still be found.
_LOOKBACK_DAYS = 31


@dataclass
class _Index:
    """Candidate reports of one type, sorted by first possible day."""

    days: list[dt.date] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)

    def add(self, report: Report) -> None:
        day = report.span[0] if report.span else dt.date.min
        at = bisect.bisect_right(self.days, day)
        self.days.insert(at, day)
        self.reports.insert(at, report)

    def near(self, report: Report) -> list[Report]:
        if report.span is None:
            return list(self.reports)
        first, last = report.span
        lo = bisect.bisect_left(self.days, first - dt.timedelta(days=_LOOKBACK_DAYS))
        hi = bisect.bisect_right(self.days, last + dt.timedelta(days=1))
        # Undated candidates sort first (date.min) and may match anything.
        undated = bisect.bisect_right(self.days, dt.date.min)
        return self.reports[:undated] + self.reports[max(lo, undated) : hi]


def _mergeable(
    a: list[Report], b: list[Report], idf: Idf, scores: dict[tuple[str, str], float] | None = None
) -> bool:
    """May groups ``a`` and ``b`` become one cluster? (See :func:`refusal`.)"""
    return refusal(a, b, idf, scores) is None


def refusal(
    a: list[Report], b: list[Report], idf: Idf, scores: dict[tuple[str, str], float] | None = None
) -> str | None:
    """Why groups ``a`` and ``b`` may not become one cluster, or None when they may.

    Never two sentences of one document in a cluster (they tell two incidents;
    see :func:`two_incidents` for the headline and lead) unless they retell
    one (:func:`retold`, or in other words :func:`restated`), and never two
    speakers' statements (:func:`two_speakers`), nor two reports of different
    stated days whose pair scores below :data:`AGAINST_SCORE` (``scores``: the
    compatible pairs' scores). Otherwise at least half of the
    cross pairs must pass the hard constraints (:func:`compatible`; a
    retelling counts, a restatement is left out of the count), not every one:
    one member's wrong place or misread date should not keep the other
    reports of the event out. (Asking every pair drops right merges; asking
    none adds wrong ones: on the FA-KES dev store 10 more merged document
    pairs, 9 of them wrong.)
    """
    fits = pairs = 0
    for x in a:
        for y in b:
            ex, ey = x.event, y.event
            if two_speakers(ex, ey):
                return "two_speakers"
            if days_apart(x, y):
                return "days_apart"
            if two_incidents(ex, ey):
                if retold(x, y, idf):
                    fits += 1
                    pairs += 1
                elif not restated(x, y, idf):
                    return "two_incidents"
                # A restatement lets both sentences into one cluster but vouches
                # for nothing: the other outlets' reports decide. Counted as a
                # fit, it alone carried a report of another incident of the same
                # article (a convoy strike, a day's toll) into a cluster whose
                # other reports it matches in nothing.
                continue
            key = (ex.id, ey.id) if ex.id < ey.id else (ey.id, ex.id)
            value = scores.get(key) if scores else None
            if value is not None and value < AGAINST_SCORE and other_days(x, y):
                # Two stated days, and nothing else alike enough to take one for
                # a misreading: another incident, whatever reports link them.
                return "other_days"
            fits += compatible(x, y, idf)
            pairs += 1
    return None if 2 * fits >= pairs else "few_compatible"


def sentences_of(reports: Iterable[Report]) -> list[str]:
    """Each document's sentences among the reports, once each: a word's rarity counts
    the sentences that use it, not how many events the events stage found in one
    sentence (splitting one sentence's mentions into two events moved the word
    weights, and with them a pair that sits near the join score)."""
    found = {(r.event.document_id, r.event.sentence.start): r.sentence for r in reports}
    return [found[key] for key in sorted(found)]


def _order(event: StoredEvent) -> tuple[str, str, str]:
    return (event.date.value if event.date else "9999", event.document_id, event.id)


def _edges(new: list[Report], index: dict[str, _Index], idf: Idf, threshold: float,
           found: dict[tuple[str, str], float]) -> list[tuple[float, str, str]]:  # fmt: skip
    """Every compatible pair with a new report scoring at least ``threshold``, and
    two sentences of one article that retell one incident (:func:`restated`) at
    ``threshold`` itself. ``found`` is filled with every compatible pair's score."""
    for report in new:
        for other in index[report.event.type.upper()].near(report):
            key = tuple(sorted((report.event.id, other.event.id)))
            if other is report or key in found:
                continue
            if not compatible(report, other, idf):
                if two_incidents(report.event, other.event) and restated(report, other, idf):
                    # Two sentences of one article about one incident in other
                    # words (see restated): joined last, after every pair that
                    # scores, so only a group the rest allows takes both.
                    found[key] = threshold  # type: ignore[index]
                continue
            value = score(report, other, idf)
            if two_incidents(report.event, other.event):
                # Two sentences of one article that passed compatible() retell one
                # incident (see retold): one event, however differently worded.
                value = max(value, threshold)
            found[key] = value  # type: ignore[index]
    edges = [(value, a, b) for (a, b), value in found.items() if value >= threshold]
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    return edges


def assign(
    new: list[Report],
    existing: list[Report],
    clusters_of: dict[str, str],
    threshold: float | None = None,
) -> dict[str, str]:
    """Cluster ids for ``new`` reports, given ``existing`` ones and their clusters.

    Pure (no store): the reports of ``existing`` must all be in ``clusters_of``.
    Best first: the pairs of reports (one of them new) that score at least the
    threshold are taken from the highest score down, and each joins the two
    reports' groups when :func:`_mergeable` allows. Two stored clusters are
    never joined (that would rename one), so a batch only adds rows. A new
    group is named after its first event in (date, document, id) order.
    """
    threshold = JOIN_THRESHOLD if threshold is None else threshold
    new = [r for r in new if r.event.id not in clusters_of]
    new = list({r.event.id: r for r in sorted(new, key=lambda r: _order(r.event))}.values())
    idf = Idf.of(sentences_of([*existing, *new]))
    index: dict[str, _Index] = {}
    for report in [*existing, *new]:
        index.setdefault(report.event.type.upper(), _Index()).add(report)
    group_of: dict[str, str] = {r.event.id: clusters_of[r.event.id] for r in existing}
    group_of.update({r.event.id: r.event.id for r in new})
    members: dict[str, list[Report]] = {}
    for report in [*existing, *new]:
        members.setdefault(group_of[report.event.id], []).append(report)
    stored = set(clusters_of.values())
    rank = {r.event.id: _order(r.event) for r in new}
    scores: dict[tuple[str, str], float] = {}
    for _, a, b in _edges(new, index, idf, threshold, scores):
        ga, gb = group_of[a], group_of[b]
        if ga == gb or (ga in stored and gb in stored):
            continue
        if not _mergeable(members[ga], members[gb], idf, scores):
            continue
        # A stored cluster keeps its id; two new groups keep the earlier one's.
        if gb in stored or (ga not in stored and rank[gb] < rank[ga]):
            ga, gb = gb, ga
        for report in members.pop(gb):
            group_of[report.event.id] = ga
            members[ga].append(report)
    # Then the new reports still alone that several outlets' leads carry (see
    # sitrep.dedup.support): weak likenesses that one pair alone may not join on.
    supported_joins(members, group_of, scores, stored, lambda x, y: _mergeable(x, y, idf, scores))
    return {r.event.id: group_of[r.event.id] for r in new}


#: Characters of a document's text read as its lead (with the title).
LEAD_CHARS = 400


def _reports(store: Store, events: list[StoredEvent]) -> list[Report]:
    sentences = store.sentences(e.id for e in events)
    texts = store.document_texts({e.document_id for e in events})
    leads = {d: text[:LEAD_CHARS] for d, text in texts.items()}
    return [
        Report(e, sentences.get(e.id, ""), f"{e.title or ''} {leads.get(e.document_id, '')}")
        for e in events
    ]


def _window(events: list[StoredEvent]) -> tuple[str, str] | None:
    intervals = [r.span for r in (Report(e, "") for e in events) if r.span]
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


def rebuild_clusters(store: Store) -> int:
    """Cluster every stored event again from scratch; returns the events clustered.

    For a store clustered by an older sitrep: the rules improve, and stored
    clusters are otherwise never changed (see :func:`update_clusters`). The
    result is what ingesting the same documents into a new store would give.
    The old clusters are removed first; if clustering then fails, the events
    stay unclustered until the next ingest or rebuild clusters them.
    """
    store.clear_clusters()
    return update_clusters(store)
