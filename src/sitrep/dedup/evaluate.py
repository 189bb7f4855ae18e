"""Pair precision and recall of the clustering against hand-labelled event pairs.

A gold pair names two event mentions as ``[source id, trigger start, trigger
end]`` (the document's id in the corpus and the trigger's character offsets)
with ``same`` true or false; no article text is kept. A pair is predicted
"same" when both events are in one cluster. Pairs whose events the store does
not hold (the extractor no longer finds that trigger) are counted as missing,
and a missing "same" pair counts against recall.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.errors import UsageError
from sitrep.store import Store


@dataclass
class PairScores:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    true_negative: int = 0
    missing: int = 0

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
        }


def load_gold(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        pairs: list[dict[str, Any]] = data["pairs"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"cannot read gold pairs from {path}: {exc}") from exc
    return pairs


def evaluate_pairs(store: Store, pairs: list[dict[str, Any]]) -> PairScores:
    """Score the store's clusters on gold ``pairs`` (see the module doc)."""
    sources = {str(p[key][0]) for p in pairs for key in ("a", "b")}
    doc_of = store.document_ids_by_source(sources)
    events = store.events_of_documents(doc_of.values())
    by_trigger = {(e.document_id, e.trigger.start, e.trigger.end): e.id for e in events}
    cluster_of = store.cluster_ids(by_trigger.values())
    scores = PairScores()
    for pair in pairs:
        ids = []
        for key in ("a", "b"):
            source, start, end = pair[key]
            doc = doc_of.get(str(source))
            ids.append(by_trigger.get((doc, int(start), int(end))) if doc else None)
        same = bool(pair["same"])
        if ids[0] is None or ids[1] is None:
            scores.missing += 1
            scores.false_negative += same
            continue
        predicted = cluster_of.get(ids[0], ids[0]) == cluster_of.get(ids[1], ids[1])
        if predicted and same:
            scores.true_positive += 1
        elif predicted:
            scores.false_positive += 1
        elif same:
            scores.false_negative += 1
        else:
            scores.true_negative += 1
    return scores
