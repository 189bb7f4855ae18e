"""Joins carried by several outlets at once: a lead that matches a story's leads.

One pair of reports must score :data:`sitrep.dedup.cluster.JOIN_THRESHOLD` to
be joined, which keeps apart the many same-day, same-province reports of
different incidents. An article about an incident that other outlets already
reported, told in its own words, often scores below it with each of them ("A
blast was heard close to the centre of Homs" against "two bombers struck an
army post in Homs" and "the twin suicide blasts at the army post in Homs").
Each likeness alone is weak evidence; several, from the leads of different
outlets that are themselves one cluster, are stronger: another incident of
that day and place resembles one report of a story by chance, rarely the leads
of several outlets.

So a report still on its own joins a group when (:func:`support`):

* both are news, not background: the report's sentence is its article's
  headline or lead, and the outlets counted are those of lead sentences;
* it scores at least :data:`SUPPORT_SCORE` with the leads of at least
  :data:`SUPPORT_OUTLETS` other outlets of the group;
* it is compatible (:func:`sitrep.dedup.compat.compatible`) with every member,
  of another outlet than each, and names no other doer or target than any
  member does: weak likenesses added up must not cross a disagreement that a
  single strong match may (outlets blaming different sides for one strike).

Groups are taken best supported first (highest mean score with the group's
members). Like the pair joins, this only adds a new report to a group; two
stored clusters are never joined.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from sitrep.dedup.dates import HEADLINE_CHARS, Report
from sitrep.dedup.sides import actor_ids, same_side, speaker

#: Score a pair needs to count as support: well below the join threshold, since
#: each such likeness alone is weak evidence.
SUPPORT_SCORE = 0.25
#: Outlets of the other group whose leads a report must match at :data:`SUPPORT_SCORE`.
SUPPORT_OUTLETS = 2

Scores = Mapping[tuple[str, str], float]


def _sides_differ(a: Report, b: Report) -> bool:
    """The two reports name different doers or different targets (one state's
    government and forces are one side; an actor named as the teller is none).
    "29 rebels killed in clashes" and "rebel rockets killed 30" on one day in one
    city are two incidents, however alike the rest of their words."""
    ea, eb = a.event, b.event
    for role in ("source_actor", "target_actor"):
        ida, idb = actor_ids(ea, eb, role)
        if role == "source_actor" and (
            speaker(ea.source_actor, a.sentence) or speaker(eb.source_actor, b.sentence)
        ):
            continue
        if ida and idb and not same_side(ida, idb):
            return True
    return False


def _lead(report: Report) -> bool:
    """The report tells its article's news: its sentence is the headline or lead."""
    return report.event.sentence.start < HEADLINE_CHARS


def _outlet(report: Report) -> str:
    return report.event.outlet or report.event.document_id


def support(report: Report, members: Sequence[Report], scores: Scores) -> float | None:
    """Mean score of ``report`` with ``members`` when they carry it (see the module
    doc), else None. ``scores`` holds the compatible pairs' scores keyed by sorted
    event ids; a member missing from it (incompatible, or never compared) vetoes."""
    if not _lead(report):
        return None
    rid = report.event.id
    values: list[float] = []
    outlets: set[str] = set()
    for other in members:
        oid = other.event.id
        value = scores.get((rid, oid) if rid < oid else (oid, rid))
        if value is None or _outlet(other) == _outlet(report) or _sides_differ(report, other):
            return None
        values.append(value)
        if value >= SUPPORT_SCORE and _lead(other):
            outlets.add(_outlet(other))
    if len(outlets) < SUPPORT_OUTLETS:
        return None
    return sum(values) / len(values)


def supported_joins(
    members: dict[str, list[Report]],
    group_of: dict[str, str],
    scores: Scores,
    stored: set[str],
    mergeable: Callable[[list[Report], list[Report]], bool],
) -> int:
    """Move each new report that is alone in its group into the group that best
    carries it (:func:`support`), in place; returns how many moved.

    ``members`` maps group ids to their reports, ``group_of`` event ids to group
    ids; groups in ``stored`` are stored clusters, whose reports never move;
    ``mergeable`` is the clustering's own check of two groups (one document's
    sentences, speakers, days). Candidates are ranked once (highest mean first,
    then by ids) and checked again against the group as it is when their turn
    comes.
    """
    partners: dict[str, set[str]] = {}
    for (a, b), value in scores.items():
        if value >= SUPPORT_SCORE:
            partners.setdefault(a, set()).add(group_of[b])
            partners.setdefault(b, set()).add(group_of[a])
    ranked: list[tuple[float, str, str]] = []
    for rid in sorted(partners):
        own = group_of[rid]
        if own in stored or len(members[own]) != 1:
            continue
        for gid in sorted(partners[rid] - {own}):
            mean = support(members[own][0], members[gid], scores)
            if mean is not None:
                ranked.append((mean, rid, gid))
    ranked.sort(key=lambda r: (-r[0], r[1], r[2]))
    moved = 0
    for _, rid, gid in ranked:
        own = group_of[rid]
        if own not in members or len(members[own]) != 1 or gid not in members:
            continue
        report = members[own][0]
        if support(report, members[gid], scores) is None:
            continue
        if not mergeable(members[own], members[gid]):
            continue
        del members[own]
        group_of[rid] = gid
        members[gid].append(report)
        moved += 1
    return moved
