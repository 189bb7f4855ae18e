"""The hand check of event coding: a reproducible sample of stored events and its score.

The events gold (:mod:`sitrep.evaluation.events`) covers the headline and lead of
48 documents; most of a store's events come from the sentences after the lead.
This check reads those too: :func:`sample_events` draws events at random from a
store, leaving out the gold's documents (so that it measures what the gold does
not), :func:`render` writes each for a reader (the outlet, the report's dates,
title and opening, the text before the sentence, the sentence with the trigger
marked ``[[...]]``, and the coded fields), the reader judges each field by
:data:`LABEL_RULE`, and :func:`score_labels` turns the judgements into the share
of right ones per field. A seed makes the sample the same on the same store.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.errors import UsageError
from sitrep.evaluation.events import default_gold, load_gold
from sitrep.store import EventFilter, Store
from sitrep.store.rows import StoredEvent

#: How a reader judges an event (pinned, so that checks of different releases compare).
LABEL_RULE = """\
Judge each event by what its article says, reading only the text shown.
  is_event    the marked word names a happening of the coded type that the text
              tells (also as a source's claim, as history, as a habit, or as a
              plan that is the news): not a statement as such, a state (a siege
              as a condition), a description ("US-backed"), civilians fleeing,
              an accident, an investigation, a word of a keyword list;
Then, for an event (null otherwise), each of these is right or not:
  type        the PLOVER type fits (ASSAULT, COERCE, MOBILIZE, RETREAT, AID,
              COOPERATE, SUPPORT, AGREE, CONSULT, ACCUSE, REJECT, THREATEN,
              REQUEST, PROTEST, SANCTION);
  modality    asserted, negated, hypothetical, planned ... as the text tells it;
  source      the doer, from anywhere in the article ("-" right when none is
              named; a state's government for its forces is right; the one who
              only reports it is wrong);
  target      the one done to (unnamed victims who are civilians: Civilians);
  place       where it happened, as specific as the text allows (a province or
              country only when nothing finer is given; "-" right when none);
  date        the day it happened (a weekday: the latest such day on or before
              the report's date; none stated: the report's week);
  quantities  the dead, injured and people or vehicles counted are this
              happening's ("-" right when none).
Labels: a JSON list of {"item": N, "is_event": true|false, "type": true|false|null,
"modality": ..., "source": ..., "target": ..., "place": ..., "date": ...,
"quantities": ..., "note": "..."}."""

#: The judged fields, after ``is_event``.
FIELDS = ("type", "modality", "source", "target", "place", "date", "quantities")
#: Characters of the article's opening and of the text before the sentence shown.
CONTEXT_CHARS = 300


@dataclass(frozen=True)
class Item:
    """One sampled event as the reader sees it."""

    event_id: str
    header: str
    sentence: str
    coded: tuple[str, ...]


def sample_events(store: Store, size: int = 60, seed: int = 0) -> list[StoredEvent]:
    """``size`` events drawn at random among those of documents outside the events gold."""
    gold = {doc["content_id"] for doc in load_gold(default_gold())}
    events = sorted(
        (e for e in store.events(EventFilter()) if e.document_id not in gold), key=lambda e: e.id
    )
    return random.Random(seed).sample(events, min(size, len(events)))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _actor(ref: Any) -> str:
    return "-" if ref is None else f"{ref.name} (text {ref.text!r})"


def item(event: StoredEvent, text: str) -> Item:
    """What the reader sees of one event of the document whose text is ``text``."""
    own = event.reported_on if event.reported_on != event.published else None
    before = text[max(0, event.sentence.start - CONTEXT_CHARS) : event.sentence.start]
    header = (
        f"Outlet: {event.outlet or '?'} | published {event.published or '?'}"
        + (f" (its text is dated {own})" if own else "")
        + f"\nTitle: {event.title or ''}\nArticle start: {_flat(text[:CONTEXT_CHARS])}"
        + f"\nBefore the sentence: {_flat(before)}"
    )
    s, t = event.sentence, event.trigger
    sentence = _flat(
        text[s.start : t.start] + "[[" + text[t.start : t.end] + "]]" + text[t.end : s.end]
    )
    where = event.location
    date = event.date
    coded = (
        f"type {event.type} ({event.mode or '-'}), modality {event.modality}",
        f"source: {_actor(event.source_actor)}",
        f"target: {_actor(event.target_actor)}",
        "place: -"
        if where is None
        else f"place: {where.name} [{where.precision}; admin1 {where.admin1 or '-'}]",
        "date: -" if date is None else f"date: {date.value} [{date.precision}] from {date.text!r}",
        "quantities: "
        + ("; ".join(f"{q.value} {q.unit} ({q.text!r})" for q in event.quantities) or "-"),
    )
    return Item(event.id, header, sentence, coded)


def items(store: Store, events: list[StoredEvent]) -> list[Item]:
    """What the reader sees of each sampled event (the documents' texts read at once)."""
    texts = store.document_texts({e.document_id for e in events})
    return [item(e, texts.get(e.document_id, "")) for e in events]


def render(found: list[Item]) -> str:
    """The sample as text for a reader: the rule, then each numbered item."""
    lines = [LABEL_RULE, ""]
    for n, one in enumerate(found):
        lines += [f"=== ITEM {n} ===", one.header, "SENTENCE: " + one.sentence]
        lines += ["-> " + c for c in one.coded]
        lines.append("")
    return "\n".join(lines)


def records(found: list[Item]) -> list[dict[str, Any]]:
    """The sample as JSON records: item number and event id."""
    return [{"item": n, "event": one.event_id} for n, one in enumerate(found)]


def score_labels(labels_path: Path) -> dict[str, Any]:
    """Per field, how many judged events were right, and the share."""
    try:
        labels = json.loads(labels_path.read_text("utf-8"))
        events = [x for x in labels if _flag(x["is_event"])]
        result: dict[str, Any] = {
            "items": len(labels),
            "is_event": {"right": len(events), "judged": len(labels)},
        }
        for name in FIELDS:
            judged = [x[name] for x in events if x.get(name) is not None]
            result[name] = {"right": sum(map(_flag, judged)), "judged": len(judged)}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"{labels_path}: not a coding labels file ({exc})") from exc
    for name in ("is_event", *FIELDS):
        part = result[name]
        part["share"] = round(part["right"] / part["judged"], 4) if part["judged"] else None
    return result


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, got {value!r}")
    return value
