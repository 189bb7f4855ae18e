"""Pair precision and recall of the clustering against hand-labelled event pairs.

A gold pair names two event mentions as ``[source id, trigger start, trigger
end]`` (the document's id in the corpus and the trigger's character offsets)
with ``same`` true or false; no article text is kept. A pair is predicted
"same" when both events are in one cluster.

The events stage merges later mentions of one happening into its first mention
(cross-sentence coreference), so a labelled trigger may no longer be an event
of its own. Such a mention is *resolved* to the event of its document that took
it in: the nearest event of the partner's type whose trigger comes before it
(coreference keeps the earliest mention), else the nearest one after it. The
scores count resolved mentions; a mention that cannot be resolved (no event of
that type in the document) makes the pair missing, and a missing "same" pair
counts against recall.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.errors import UsageError
from sitrep.store import Store
from sitrep.store.rows import StoredEvent


@dataclass
class PairScores:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    true_negative: int = 0
    missing: int = 0
    #: Pairs scored through a resolved (coreference-merged) mention.
    resolved: int = 0

    @property
    def precision(self) -> float:
        predicted = self.true_positive + self.false_positive
        return self.true_positive / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positive + self.false_negative
        return self.true_positive / gold if gold else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "true_positive": self.true_positive,
            "false_positive": self.false_positive,
            "false_negative": self.false_negative,
            "true_negative": self.true_negative,
            "missing": self.missing,
            "resolved": self.resolved,
        }


def load_gold(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        pairs: list[dict[str, Any]] = data["pairs"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"cannot read gold pairs from {path}: {exc}") from exc
    return pairs


def _resolve(events: list[StoredEvent], start: int, type_: str | None) -> StoredEvent | None:
    """The event of one document that took in the mention at ``start`` (see module doc)."""
    same_type = [e for e in events if type_ is None or e.type.upper() == type_]
    before = [e for e in same_type if e.trigger.start <= start]
    if before:
        return max(before, key=lambda e: (e.trigger.start, e.id))
    after = [e for e in same_type if e.trigger.start > start]
    return min(after, key=lambda e: (e.trigger.start, e.id)) if after else None


def evaluate_pairs(store: Store, pairs: list[dict[str, Any]]) -> PairScores:
    """Score the store's clusters on gold ``pairs`` (see the module doc)."""
    sources = {str(p[key][0]) for p in pairs for key in ("a", "b")}
    doc_of = store.document_ids_by_source(sources)
    events = store.events_of_documents(doc_of.values())
    by_trigger = {(e.document_id, e.trigger.start, e.trigger.end): e for e in events}
    by_document: dict[str, list[StoredEvent]] = {}
    for event in events:
        by_document.setdefault(event.document_id, []).append(event)
    cluster_of = store.cluster_ids(e.id for e in events)
    scores = PairScores()
    for pair in pairs:
        keys: list[tuple[str, int, int] | None] = []
        for side in ("a", "b"):
            source, start, end = pair[side]
            doc = doc_of.get(str(source))
            keys.append((doc, int(start), int(end)) if doc else None)
        found = [by_trigger.get(k) if k else None for k in keys]
        resolved = False
        for i in (0, 1):
            mention, other = keys[i], found[1 - i]
            if found[i] is None and mention is not None:
                type_ = other.type.upper() if other else None
                found[i] = _resolve(by_document.get(mention[0], []), mention[1], type_)
                resolved = resolved or found[i] is not None
        same = bool(pair["same"])
        a, b = found
        if a is None or b is None:
            scores.missing += 1
            scores.false_negative += same
            continue
        scores.resolved += resolved
        predicted = cluster_of.get(a.id, a.id) == cluster_of.get(b.id, b.id)
        if predicted and same:
            scores.true_positive += 1
        elif predicted:
            scores.false_positive += 1
        elif same:
            scores.false_negative += 1
        else:
            scores.true_negative += 1
    return scores
