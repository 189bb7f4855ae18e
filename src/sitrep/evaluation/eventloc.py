"""Event location: does the event at the gold verb get the place where it happened?

The shared event-location set (``event-location/labeled_text.jsonl``) has one
sentence a line with ``spans``: the event's ``VERB`` and, when the sentence names
it, the ``LOCATION`` where the event happened. Each sentence goes through the
whole pipeline (geo, actors, events) as a one-sentence document. Scored over
the sentences that have both spans:

* ``event_found``: an event's trigger overlaps the gold verb;
* ``linked``: that event's location is a place whose mention overlaps the gold
  location span (an event location carries no offsets, so it is matched to the
  document's place mentions by entry: same name and point);
* ``any_place``: some place mention overlaps the gold location span (what
  recognition allows at best);
* ``linked_of_found``: ``linked`` among sentences with ``event_found``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sitrep.errors import ResourceError, UsageError
from sitrep.evaluation import metrics
from sitrep.evaluation.paths import shared_data
from sitrep.model import Document, Event, Extraction, Place


def default_path() -> Path:
    return shared_data() / "event-location" / "labeled_text.jsonl"


@dataclass(frozen=True)
class Sentence:
    text: str
    verb: tuple[int, int]
    location: tuple[int, int]


@dataclass
class EventLocResult:
    corpus: str
    #: Sentences read, and those scored (with both a verb and a location span).
    sentences: int
    scored: int
    event_found: int
    linked: int
    any_place: int
    failures: int
    share_event_found: float | None
    share_linked: float | None
    share_any_place: float | None
    linked_of_found: float | None
    seconds: float
    sentences_per_s: float | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def metrics(self) -> dict[str, float]:
        keys = ("share_linked", "share_any_place", "share_event_found", "linked_of_found")
        values = {k: getattr(self, k) for k in keys}
        return {k: float(v) for k, v in values.items() if v is not None}

    def lines(self) -> list[str]:
        def pct(v: float | None) -> str:
            return "n/a" if v is None else f"{100 * v:.1f}%"

        return [
            f"{self.corpus}: {self.scored} sentences with an event verb and its location "
            f"(of {self.sentences}; {self.failures} failed)",
            f"  event at the gold verb: {pct(self.share_event_found)}",
            f"  event placed at the gold location: {pct(self.share_linked)} "
            f"({pct(self.linked_of_found)} of found events)",
            f"  gold location found as a place at all: {pct(self.share_any_place)}",
            f"  speed: {self.seconds:.1f} s, "
            f"{'n/a' if self.sentences_per_s is None else f'{self.sentences_per_s:.1f}'} "
            "sentences/s",
        ]


def read_sentences(
    path: Path | str, limit: int | None = None
) -> Iterator[tuple[int, Sentence | None]]:
    """(line number, sentence) per line; the sentence is None without a VERB and a
    LOCATION span."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ResourceError(f"{path}: no such file") from exc
    with handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                return
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ResourceError(f"{path}:{number + 1}: not JSON ({exc})") from exc
            # Some lines carry no spans at all (the annotator rejected the sentence).
            given = record.get("spans") or []
            spans = {s.get("label"): (int(s["start"]), int(s["end"])) for s in given}
            if "VERB" in spans and "LOCATION" in spans:
                yield number, Sentence(record["text"], spans["VERB"], spans["LOCATION"])
            else:
                yield number, None


def _event_at(events: list[Event], verb: tuple[int, int]) -> Event | None:
    hits = [e for e in events if metrics.overlap(e.trigger.start, e.trigger.end, *verb)]
    return hits[0] if hits else None


def _places_of(event: Event, places: list[Place]) -> list[Place]:
    where = event.location
    if where is None:
        return []
    return [
        p
        for p in places
        if p.name == where.name and abs(p.lat - where.lat) < 1e-6 and abs(p.lon - where.lon) < 1e-6
    ]


def score(sentence: Sentence, extraction: Extraction) -> tuple[bool, bool, bool]:
    """(event found at the verb, its location overlaps the gold span, any place does)."""
    gold = sentence.location
    any_place = any(metrics.overlap(p.start, p.end, *gold) for p in extraction.places)
    event = _event_at(extraction.events, sentence.verb)
    if event is None:
        return False, False, any_place
    linked = any(
        metrics.overlap(p.start, p.end, *gold) for p in _places_of(event, extraction.places)
    )
    return True, linked, any_place


#: Halves of the set by line number: rules are tuned on one and reported on the other.
SPLITS = ("even", "odd")


def evaluate(
    path: Path | str | None = None, limit: int | None = None, split: str | None = None
) -> EventLocResult:
    """Run the pipeline over the event-location sentences and score event places.

    ``split``: "even" or "odd" keeps the sentences of even or odd line numbers
    (counted from 0) only; None keeps all.
    """
    from sitrep.pipeline import Pipeline

    if split is not None and split not in SPLITS:
        raise UsageError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    source = Path(path) if path is not None else default_path()
    read = list(read_sentences(source, limit))
    if split is not None:
        parity = SPLITS.index(split)
        read = [(n, s) for n, s in read if n % 2 == parity]
    scored = [(n, s) for n, s in read if s is not None]
    items = [
        (f"{source.name}:{n + 1}", Document(id=Document.content_id(s.text), text=s.text))
        for n, s in scored
    ]
    found = linked = any_place = failures = 0
    began = time.perf_counter()
    for (_, sentence), result in zip(scored, Pipeline().process(items), strict=True):
        if not isinstance(result, Extraction):
            failures += 1
            continue
        f, k, a = score(sentence, result)
        found += f
        linked += k
        any_place += a
    seconds = time.perf_counter() - began
    n = len(scored)
    r = metrics.rounded
    return EventLocResult(
        corpus=source.name if split is None else f"{source.name} ({split} lines)",
        sentences=len(read),
        scored=n,
        event_found=found,
        linked=linked,
        any_place=any_place,
        failures=failures,
        share_event_found=r(metrics.ratio(found, n)),
        share_linked=r(metrics.ratio(linked, n)),
        share_any_place=r(metrics.ratio(any_place, n)),
        linked_of_found=r(metrics.ratio(linked, found)),
        seconds=round(seconds, 3),
        sentences_per_s=r(metrics.ratio(n, seconds), 2),
    )
