"""The hand check of merges: a reproducible sample of merged pairs and its score.

Issue 7 asks for the precision of 50 merges read by hand. A store's clusters
are sampled (:func:`sample_merges`): with ``per_cluster`` one pair of events
from different documents in each of 50 clusters drawn at random among those
holding at least two documents (so that a few large clusters do not fill the
sample), else 50 pairs drawn uniformly among all such pairs. Each pair is
written for a reader (:func:`render`): per side the outlet, the date (and the
text's own date where the time stage read another) and title, the sentence
with the trigger marked ``[[...]]``, the event's other mentions that the
events stage merged into it (a sentence copied between articles may carry two
triggers, and the event may hold both), and the opening of the article. The
reader labels each pair by :data:`LABEL_RULE`, and :func:`score_labels`
turns the labels into the precision. A seed makes the sample the same on the same store.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from sitrep.errors import UsageError
from sitrep.store import EventFilter, Store
from sitrep.store.rows import StoredEvent

#: How a reader labels a pair (pinned: readers of one release labelled a
#: campaign against one of its assaults, and background claims, differently
#: from earlier ones; the rule below is the one every check now uses).
LABEL_RULE = """\
Label each pair by what the two marked mentions (with each event's other
mentions) tell, reading only the texts:
  same        one real-world happening: one strike, attack, bombing, siege,
              capture, statement or meeting, whatever figures, blame or place
              names each outlet gives it;
  same_claim  one specific claim that is not news of its days, told by both:
              a war's running toll with the same figure, one background fact
              (the 2011 protests, a group's origin), one copied wire sentence;
  different   two happenings: two stated days of a campaign, two places beyond
              one town or district, a campaign named as a whole against one
              of its assaults on a stated day, one side's strike against the
              other side's shelling, running tolls with different figures;
  unsure      the texts do not say.
Precision = (same + same_claim) / (same + same_claim + different); unsure
pairs are counted apart."""

#: Labels a reader may give, and those that count as a right merge.
LABELS = ("same", "same_claim", "different", "unsure")
RIGHT = frozenset({"same", "same_claim"})
#: Characters of each article's opening shown to the reader.
OPENING_CHARS = 700


@dataclass(frozen=True)
class Side:
    """One event of a sampled pair, as the reader sees it."""

    event_id: str
    document: str
    outlet: str | None
    published: str | None
    #: The day the time stage read the text as of, when its own stamp or dateline
    #: differs from ``published`` (crawled dates are often wrong).
    reported_on: str | None
    title: str | None
    sentence: str
    mentions: tuple[str, ...]
    opening: str


def _clusters(store: Store) -> dict[str, list[StoredEvent]]:
    events = sorted(store.events(EventFilter()), key=lambda e: e.id)
    cluster_of = store.cluster_ids(e.id for e in events)
    groups: dict[str, list[StoredEvent]] = {}
    for event in events:
        groups.setdefault(cluster_of.get(event.id, event.id), []).append(event)
    return {
        key: members
        for key, members in sorted(groups.items())
        if len({e.document_id for e in members}) >= 2
    }


def _cross(members: list[StoredEvent]) -> list[tuple[StoredEvent, StoredEvent]]:
    return [(a, b) for a, b in combinations(members, 2) if a.document_id != b.document_id]


def sample_merges(
    store: Store, size: int = 50, seed: int = 0, *, per_cluster: bool = True
) -> list[tuple[StoredEvent, StoredEvent]]:
    """``size`` merged pairs of events from different documents (see the module doc)."""
    clusters = _clusters(store)
    rng = random.Random(seed)
    if per_cluster:
        chosen = rng.sample(sorted(clusters), min(size, len(clusters)))
        return [rng.choice(_cross(clusters[key])) for key in chosen]
    pairs = [pair for key in sorted(clusters) for pair in _cross(clusters[key])]
    return rng.sample(pairs, min(size, len(pairs)))


def _marked(text: str, start: int, end: int, sentence: tuple[int, int]) -> str:
    s, e = sentence
    return (text[s:start] + "[[" + text[start:end] + "]]" + text[end:e]).replace("\n", " ")


def sides(
    store: Store, pairs: Sequence[tuple[StoredEvent, StoredEvent]]
) -> list[tuple[Side, Side]]:
    """What the reader sees of each sampled pair (the documents' texts read at once)."""
    texts = store.document_texts({e.document_id for pair in pairs for e in pair})
    return [
        (side(a, texts.get(a.document_id, "")), side(b, texts.get(b.document_id, "")))
        for a, b in pairs
    ]


def side(event: StoredEvent, text: str) -> Side:
    """What the reader sees of one event of the document whose text is ``text``."""
    span = (event.sentence.start, event.sentence.end)
    mentions = tuple(
        _marked(text, m.trigger.start, m.trigger.end, (m.sentence.start, m.sentence.end))
        for m in event.mentions
    )
    return Side(
        event_id=event.id,
        document=event.document_id,
        outlet=event.outlet,
        published=event.published,
        reported_on=event.reported_on if event.reported_on != event.published else None,
        title=event.title,
        sentence=_marked(text, event.trigger.start, event.trigger.end, span),
        mentions=mentions,
        opening=text[:OPENING_CHARS].replace("\n", " "),
    )


def render(sides: Sequence[tuple[Side, Side]]) -> str:
    """The sample as text for a reader: the rule, then each numbered pair."""
    lines = [LABEL_RULE, ""]
    for n, pair in enumerate(sides):
        lines.append(f"=== PAIR {n} ===")
        for name, one in zip("AB", pair, strict=True):
            own = f" (its text is dated {one.reported_on})" if one.reported_on else ""
            lines.append(
                f"--- {name}: {one.outlet or '?'} | published {one.published or '?'}{own} | "
                f"title: {one.title or ''}"
            )
            lines.append("sentence: " + one.sentence)
            lines.extend("also merged: " + m for m in one.mentions)
            lines.append("article start: " + one.opening)
        lines.append("")
    return "\n".join(lines)


def pair_records(sides: Sequence[tuple[Side, Side]]) -> list[dict[str, Any]]:
    """The sample as JSON records (what :func:`score_labels` reads back)."""
    return [
        {"pair": n, "events": [a.event_id, b.event_id], "documents": [a.document, b.document]}
        for n, (a, b) in enumerate(sides)
    ]


def score_labels(labels_path: Path) -> dict[str, Any]:
    """Counts and precision of a labels file: a JSON list of {"pair", "label"} objects."""
    try:
        labels = json.loads(labels_path.read_text("utf-8"))
        counts = dict.fromkeys(LABELS, 0)
        for item in labels:
            label = item["label"]
            if label not in counts:
                raise UsageError(f"{labels_path}: unknown label {label!r} (use {LABELS})")
            counts[label] += 1
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"{labels_path}: not a labels file ({exc})") from exc
    judged = sum(counts[k] for k in ("same", "same_claim", "different"))
    right = sum(counts[k] for k in RIGHT)
    return {
        "labels": counts,
        "right": right,
        "judged": judged,
        "precision": round(right / judged, 4) if judged else None,
    }
