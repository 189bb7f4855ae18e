"""Why each hand-labelled pair is, or is not, in one cluster.

    python -m sitrep.dedup.explain --db STORE [--totals-only] GOLD.json...

Each gold pair is matched to events as :mod:`sitrep.dedup.evaluate` does and
given an outcome (TP, FP, TN, FN, or ``unmatched`` when a mention finds no
event) and, for a miss or a wrong merge, one category:

* a missed same-event pair (FN, or unmatched) gets the *first* reason its two
  events are not one cluster: ``no_event`` (a mention matched no event), the
  name of the first hard constraint they fail (:data:`CONSTRAINTS`, from
  :func:`sitrep.dedup.compat.conflict`), ``score`` (compatible, but the pair
  scores below :data:`sitrep.dedup.cluster.JOIN_THRESHOLD`; with its score
  bucket and its largest cost, :func:`sitrep.dedup.compat.score_terms`), or
  ``group:<why>`` (the pair scores enough, but the clustering refused to join
  the two groups: :func:`sitrep.dedup.cluster.refusal` on the final clusters;
  ``group:order`` when the final groups would be allowed, so that the order of
  joins or the candidate date window kept them apart);
* a miss is also counted when another event of one mention's article, of its
  type, is already in the other mention's cluster (``sibling in the other's
  cluster``: the one-article rule keeps the mention out, see
  :func:`sitrep.dedup.compat.two_incidents`), and by the days between two stated
  days (``stated days apart``);
* a wrong merge (FP) gets the path that joined it: ``one_event`` (the events
  stage gave both mentions one event), ``direct`` (the pair itself is a join
  edge), ``chain`` (joined through other reports' edges) or ``support`` (no
  chain of edges: a join carried by several outlets, :mod:`sitrep.dedup.support`).

The word weights are those of one batch holding every stored event (what
ingesting a corpus at once, or :func:`sitrep.dedup.cluster.rebuild_clusters`,
uses); a store built in several batches was scored with other weights.
``--totals-only`` prints only the counts per category for each file: nothing
about a single pair (for gold sets that must stay blind).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.dedup.cluster import JOIN_THRESHOLD, _edges, _Index, _reports, refusal, sentences_of
from sitrep.dedup.compat import Report, conflict, score, score_terms, two_incidents
from sitrep.dedup.evaluate import MATCHES, load_gold, match_gold
from sitrep.dedup.restated import restated
from sitrep.dedup.text import Idf
from sitrep.errors import SitrepError, UsageError
from sitrep.store import EventFilter, Store
from sitrep.store.rows import StoredEvent

#: The hard constraints of :func:`sitrep.dedup.compat.conflict`, in its order.
CONSTRAINTS = (
    "type",
    "background_claims",
    "two_incidents",
    "modality",
    "two_speakers",
    "dates",
    "named_days",
    "counts_apart",
    "count_and_incident",
    "tolls_elsewhere",
    "tolls_far",
    "countries",
    "places",
)
#: Lower edges of the score buckets a ``score`` miss is counted in.
SCORE_EDGES = (0.3, 0.15, 0.0)


@dataclass
class Explanation:
    """One gold pair's outcome and, for a miss or wrong merge, why."""

    pair: dict[str, Any]
    outcome: str
    category: str | None = None
    score: float | None = None
    terms: list[tuple[str, float]] = field(default_factory=list)
    sentences: tuple[str, str] = ("", "")
    #: Each mention's words in its text and how it was matched to an event
    #: (:data:`sitrep.dedup.evaluate.MATCHES`): a mention matched by sentence or
    #: coreference stands for an event whose sentence is not the mention's.
    mentions: tuple[str, str] = ("", "")
    #: The weaker of the two mentions' matches (None: a mention matched nothing).
    match: str | None = None
    #: For a modality or dates miss: the two modalities or date precisions.
    detail: str = ""
    #: For a miss: another event of one mention's article, of its type, is already in
    #: the other mention's cluster (the one-article rule keeps the mention out).
    sibling: bool = False
    #: For a miss of two reports each dated to one exact day: the days between them.
    days_apart: int | None = None

    @property
    def key(self) -> str | None:
        """The category counted in the totals (a score miss with its bucket)."""
        if self.category != "score" or self.score is None:
            return self.category
        low = next((e for e in SCORE_EDGES if self.score >= e), None)
        if low is None:
            return "score<0.00"
        upper = ([JOIN_THRESHOLD, *SCORE_EDGES])[SCORE_EDGES.index(low)]
        bucket = f"[{low:.2f},{upper:.2f})"
        return f"score{bucket}"

    @property
    def largest_cost(self) -> str:
        """The most negative score term ("none": only the sentences differ)."""
        costs = [(delta, name) for name, delta in self.terms if delta < 0]
        return min(costs)[1] if costs else "none"

    @property
    def agreements(self) -> str:
        """Which of day, place and figures the pair's score found in agreement."""
        names = {name for name, delta in self.terms if delta > 0}
        words = ("same_day", "same_month", "same_place", "same_figures")
        found = [word for word in words if word in names]
        return "+".join(w.removeprefix("same_") for w in found) or "nothing"


class _Context:
    """The store's events as the clustering saw them: reports, clusters, word weights."""

    def __init__(self, store: Store) -> None:
        events = store.events(EventFilter())
        self.reports = {r.event.id: r for r in _reports(store, events)}
        self.idf = Idf.of(sentences_of(self.reports.values()))
        self.cluster_of = store.cluster_ids(self.reports)
        self.members: dict[str, list[Report]] = {}
        for key in sorted(self.reports):
            self.members.setdefault(self.cluster_of.get(key, key), []).append(self.reports[key])

    def cluster(self, event: StoredEvent) -> str:
        return self.cluster_of.get(event.id, event.id)

    def sibling_in(self, event: StoredEvent, other: StoredEvent) -> bool:
        """Another event of ``event``'s article, of its type, is in ``other``'s cluster."""
        return any(
            r.event.document_id == event.document_id
            and r.event.id != event.id
            and r.event.type.upper() == event.type.upper()
            for r in self.members[self.cluster(other)]
        )

    def pair_score(self, a: Report, b: Report) -> float | None:
        """The pair's join score as the clustering computes it (None: incompatible)."""
        if conflict(a, b, self.idf) is not None:
            if two_incidents(a.event, b.event) and restated(a, b, self.idf):
                return JOIN_THRESHOLD
            return None
        value = score(a, b, self.idf)
        return max(value, JOIN_THRESHOLD) if two_incidents(a.event, b.event) else value

    def scores(self, group_a: list[Report], group_b: list[Report]) -> dict[tuple[str, str], float]:
        found: dict[tuple[str, str], float] = {}
        for x in group_a:
            for y in group_b:
                value = self.pair_score(x, y)
                if value is not None:
                    ids = sorted((x.event.id, y.event.id))
                    found[(ids[0], ids[1])] = value
        return found

    def join_path(self, a: StoredEvent, b: StoredEvent) -> str:
        """How two events of one cluster came together (see the module doc)."""
        members = self.members[self.cluster(a)]
        index: dict[str, _Index] = {}
        for report in members:
            index.setdefault(report.event.type.upper(), _Index()).add(report)
        found: dict[tuple[str, str], float] = {}
        edges = _edges(members, index, self.idf, JOIN_THRESHOLD, found)
        linked: dict[str, set[str]] = {}
        for _, x, y in edges:
            linked.setdefault(x, set()).add(y)
            linked.setdefault(y, set()).add(x)
        if b.id in linked.get(a.id, set()):
            return "direct"
        seen, todo = {a.id}, [a.id]
        while todo:
            for nxt in linked.get(todo.pop(), set()) - seen:
                seen.add(nxt)
                todo.append(nxt)
        return "chain" if b.id in seen else "support"


def _miss(context: _Context, a: StoredEvent, b: StoredEvent, found: Explanation) -> None:
    """Fill in the first reason two events of one happening are not one cluster."""
    ra, rb = context.reports[a.id], context.reports[b.id]
    why = conflict(ra, rb, context.idf)
    found.sentences = (ra.sentence, rb.sentence)
    if why is not None and not (why == "two_incidents" and restated(ra, rb, context.idf)):
        found.category = why
        if why in ("modality", "dates"):
            kinds = [
                e.modality if why == "modality" else (e.date.precision if e.date else "none")
                for e in (a, b)
            ]
            found.detail = "/".join(sorted(kinds))
        return
    if why is None:
        found.terms = score_terms(ra, rb, context.idf)
        found.score = context.pair_score(ra, rb)
        if found.score is not None and found.score < JOIN_THRESHOLD:
            found.category = "score"
            return
    group_a = context.members[context.cluster(a)]
    group_b = context.members[context.cluster(b)]
    scores = context.scores(group_a, group_b)
    found.category = f"group:{refusal(group_a, group_b, context.idf, scores) or 'order'}"


def explain_pairs(store: Store, pairs: list[dict[str, Any]]) -> list[Explanation]:
    """One :class:`Explanation` per gold pair, in the gold's order."""
    _, texts, matches = match_gold(store, pairs)
    context = _Context(store)
    out: list[Explanation] = []
    for gold in matches:
        pair, mentions, (a, b), how = gold.pair, gold.mentions, gold.events, gold.how
        same = bool(pair["same"])
        words = tuple(
            f"{texts.get(m.document_id, '')[m.start : m.end]!r} by {h or 'nothing'}" if m else "?"
            for m, h in zip(mentions, how, strict=True)
        )
        if a is None or b is None:
            out.append(Explanation(pair, "unmatched", "no_event" if same else None))
            out[-1].mentions = (words[0], words[1])
            continue
        joined = context.cluster(a) == context.cluster(b)
        found = Explanation(pair, ("TP" if same else "FP") if joined else ("FN" if same else "TN"))
        found.mentions = (words[0], words[1])
        found.match = max(how, key=lambda h: MATCHES.index(h) if h else len(MATCHES))
        if found.outcome == "FN":
            _miss(context, a, b, found)
            found.sibling = context.sibling_in(a, b) or context.sibling_in(b, a)
            ra, rb = context.reports[a.id], context.reports[b.id]
            if ra.exact_day and rb.exact_day and ra.interval and rb.interval:
                found.days_apart = abs((ra.interval[0] - rb.interval[0]).days)
        elif found.outcome == "FP":
            found.category = "one_event" if a.id == b.id else context.join_path(a, b)
        out.append(found)
    return out


def totals(explanations: Sequence[Explanation]) -> dict[str, int]:
    """Counts per outcome, per outcome and category (modality and dates misses also
    by their two modalities or date precisions), per largest cost and agreements of
    score misses, of misses and wrong merges whose mention had no event of its
    own (matched by sentence or coreference), of misses with an article's other
    event already in the other mention's cluster, and of misses by the days
    between two stated days."""
    counts: Counter[str] = Counter()
    for found in explanations:
        counts[found.outcome] += 1
        if found.key:
            counts[f"{found.outcome} {found.key}"] += 1
        if found.detail:
            counts[f"{found.outcome} {found.category}: {found.detail}"] += 1
        if found.outcome in ("FN", "FP") and found.match not in (None, "exact"):
            # A mention with no event of its own, stood for by a neighbour (see
            # sitrep.dedup.evaluate): its miss may be the events stage's.
            counts[f"{found.outcome} matched by {found.match}"] += 1
            counts[f"{found.outcome} {found.category} (matched by {found.match})"] += 1
        if found.category == "score":
            counts[f"{found.outcome} score, largest cost: {found.largest_cost}"] += 1
            counts[f"{found.outcome} score, agrees on: {found.agreements}"] += 1
        if found.sibling:
            counts[f"{found.outcome} sibling in the other's cluster"] += 1
        if found.days_apart:
            apart = str(found.days_apart) if found.days_apart < 3 else "3+"
            counts[f"{found.outcome} stated days apart: {apart}"] += 1
    return dict(sorted(counts.items()))


def _describe(found: Explanation) -> str:
    a, b = found.pair["a"], found.pair["b"]
    head = f"{found.outcome:9} {found.key or '-':28} {a} ~ {b}"
    head += f"\n    mentions {found.mentions[0]} ~ {found.mentions[1]}"
    if found.score is not None:
        terms = " ".join(f"{name}{delta:+.2f}" for name, delta in found.terms)
        head += f"\n    score {found.score:.3f}: {terms}"
    for sentence in found.sentences:
        if sentence:
            head += f"\n    | {' '.join(sentence.split())[:220]}"
    return head


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitrep.dedup.explain", description=__doc__)
    parser.add_argument("--db", required=True, help="A store holding the gold's corpus.")
    parser.add_argument("--totals-only", action="store_true", help="Only counts per category.")
    parser.add_argument("gold", nargs="+", type=Path, help="Gold pair files.")
    args = parser.parse_args(argv)
    try:
        if "://" not in args.db and not Path(args.db).exists():
            raise UsageError(f"{args.db} does not exist")
        with Store.open(args.db, create=False) as store:
            for path in args.gold:
                explanations = explain_pairs(store, load_gold(path))
                sys.stdout.write(f"{path.name}\n")
                if not args.totals_only:
                    for found in explanations:
                        if found.outcome in ("FN", "FP", "unmatched"):
                            sys.stdout.write(_describe(found) + "\n")
                for name, count in totals(explanations).items():
                    sys.stdout.write(f"  {name:50} {count}\n")
    except SitrepError as exc:
        sys.stderr.write(f"sitrep: {exc}\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
