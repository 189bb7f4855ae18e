"""Event extraction scored against the hand-annotated gold in ``evaluation/gold/``.

The gold (``gold/events.jsonl``, rules in ``gold/README.md``) holds, per
document, only ids, character offsets and labels; the texts are read from
``../shared`` (FA-KES dev CSV, the seed report) and from the repository's
``examples/``, then run through the whole pipeline. Each gold record carries
``Document.content_id`` of the text it was annotated on: a changed ingest is an
error, not a silently wrong score.

Matching: a system event matches a gold event when it has the gold's type and its
trigger lies in the sentence of one of the gold event's mentions (one happening
reported in several sentences is one gold event; a second system event for it is
a false positive). One-to-one, nearest trigger first. System events outside the
annotated scope, and negated or hypothetical ones, are not scored.

Over matched events: ``source_actor`` / ``target_actor`` (the actor id, or the
words for an unlisted actor, is among the gold's alternatives; no gold actor
needs no system actor), ``location`` (same folded name, or within 50 km of where
sitrep put a gold-named place; only where the gold names a place), ``date``
(same ISO value and precision, day and week counted as one precision; only where
the gold has a date), ``quantities`` (every gold figure is among the
system's; no gold figure needs no killed/injured figure) and
``quantities_exact`` (as ``quantities``, and no killed/injured figure the gold
lacks: ``quantities`` alone does not punish a figure attached from another attack).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitrep.errors import ResourceError
from sitrep.evaluation.paths import repo_root, shared_data
from sitrep.geodesy import haversine_km
from sitrep.model import Document

if TYPE_CHECKING:
    from sitrep.model import Event, Extraction

#: Distance (km) within which a system location counts as the gold place.
NEAR_KM = 50.0
#: Modalities that say the happening did not (yet) happen: not scored.
UNSCORED_MODALITIES = frozenset({"negated", "hypothetical"})
FIELDS = ("source_actor", "target_actor", "location", "date", "quantities", "quantities_exact")


def default_gold() -> Path:
    return Path(__file__).resolve().parent / "gold" / "events.jsonl"


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(c for c in text if c.isalpha() or c == " ")
    words = [w for w in text.split() if w not in ("al", "el", "ar", "as", "ash", "ad", "the")]
    joined = "".join(words)
    return re.sub(r"^(al|el|ar|as|ash|ad)(?=[a-z]{4})", "", joined)


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    matched: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    scored: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.system += other.system
        self.matched += other.matched
        for key in FIELDS:
            self.right[key] += other.right[key]
            self.scored[key] += other.scored[key]

    def as_dict(self) -> dict[str, Any]:
        p = self.matched / self.system if self.system else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out: dict[str, Any] = {
            "event": {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
        }
        for key in FIELDS:
            n = self.scored[key]
            out[key] = round(self.right[key] / n, 4) if n else None
        out["counts"] = {"gold": self.gold, "system": self.system, "matched": self.matched}
        out["scored"] = dict(self.scored)
        return out


@dataclass
class EventsResult:
    gold: str
    documents: int
    total: Tally
    splits: dict[str, Tally]
    misses: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        out = self.total.as_dict()
        out["gold_file"] = self.gold
        out["documents"] = self.documents
        out["splits"] = {name: tally.as_dict() for name, tally in sorted(self.splits.items())}
        return out

    def metrics(self) -> dict[str, float]:
        d = self.total.as_dict()
        out = {f"event_{k}": float(v) for k, v in d["event"].items()}
        out.update({key: float(d[key]) for key in FIELDS if d[key] is not None})
        return out

    def lines(self) -> list[str]:
        def row(name: str, tally: Tally) -> str:
            d = tally.as_dict()
            e = d["event"]
            fields = "  ".join(
                f"{k}={'-' if d[k] is None else format(d[k], '.2f')}" for k in FIELDS
            )
            return (
                f"{name:6} P={e['precision']:.2f} R={e['recall']:.2f} F1={e['f1']:.2f}"
                f"  ({tally.matched}/{tally.gold} gold, {tally.system} system)  {fields}"
            )

        out = [f"events gold: {self.gold} ({self.documents} documents)", row("all", self.total)]
        out += [row(name, tally) for name, tally in sorted(self.splits.items())]
        return out


# --- reading the documents -------------------------------------------------------


def _documents(records: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], Document]]:
    from sitrep.ingest import IngestOptions, iter_items
    from sitrep.model import Failure

    wanted: dict[str, list[str]] = {}
    for rec in records:
        wanted.setdefault(rec["corpus"], []).append(rec["doc"])
    found: dict[tuple[str, str], Document] = {}
    sources: dict[str, list[str]] = {
        "fa-kes-dev": [str(shared_data() / "fa-kes" / "fa-kes-dev.csv")],
        "examples": [str(repo_root() / "examples" / d) for d in wanted.get("examples", [])],
        "seed": [
            str(repo_root().parent / "shared" / "examples" / d) for d in wanted.get("seed", [])
        ],
    }
    for corpus, paths in sources.items():
        if corpus not in wanted:
            continue
        missing = [p for p in paths if not Path(p).exists()]
        if missing:
            raise ResourceError(f"events gold needs {missing[0]}, which is not there")
        for item in iter_items(paths, IngestOptions()):
            if isinstance(item, Failure):
                continue
            _, document = item
            if document.source_id in wanted[corpus]:
                found[(corpus, document.source_id)] = document
    for rec in records:
        hit = found.get((rec["corpus"], rec["doc"]))
        if hit is None:
            raise ResourceError(f"events gold: document {rec['doc']} not found in {rec['corpus']}")
        if Document.content_id(hit.text) != rec["content_id"]:
            raise ResourceError(
                f"events gold: the text of {rec['doc']} changed since it was annotated "
                "(ingest changed?); re-check the offsets and compile the notes again "
                "(sitrep.evaluation.events_gold)"
            )
        yield rec, hit


def load_gold(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ResourceError(f"cannot read events gold {path}: {exc}") from exc
    return [json.loads(line) for line in lines if line.strip()]


# --- scoring ------------------------------------------------------------------------


def _actor_ok(gold: list[str], ref: Any) -> bool:
    if not gold:
        return ref is None
    if ref is None:
        return False
    for alt in gold:
        if alt.startswith("~"):
            words = alt[1:].lower()
            if words in ref.text.lower() or ref.text.lower() in words or words in ref.name.lower():
                return True
        elif ref.actor_id == alt:
            return True
    return False


def _location_ok(gold: list[str], event: Event, extraction: Extraction) -> bool:
    loc = event.location
    if loc is None:
        return False
    folded = {_fold(g) for g in gold}
    if _fold(loc.name) in folded:
        return True
    for place in extraction.places:
        named = _fold(place.text) in folded or _fold(place.name) in folded
        if named and haversine_km(place.lat, place.lon, loc.lat, loc.lon) <= NEAR_KM:
            return True
    return False


def _precision_class(precision: str) -> str:
    return "day" if precision == "week" else precision


def _date_ok(gold: dict[str, str], event: Event) -> bool:
    date = event.date
    if date is None:
        return False
    return date.value == gold["value"] and _precision_class(date.precision) == _precision_class(
        gold["precision"]
    )


_CASUALTY_UNITS = frozenset({"killed", "injured"})


def _quantities_ok(gold: list[dict[str, Any]], event: Event, *, exact: bool = False) -> bool:
    have = {(q.value, q.unit) for q in event.quantities}
    want = {(q["value"], q["unit"]) for q in gold}
    if not want:
        return not any(unit in _CASUALTY_UNITS for _, unit in have)
    if not exact:
        return want <= have
    # Exact: a casualty figure the gold does not give is an error even when the
    # gold's figures are all there (a figure from a neighbouring attack).
    return want <= have and not any(unit in _CASUALTY_UNITS for _, unit in have - want)


def _score_document(rec: dict[str, Any], extraction: Extraction, misses: list[str]) -> Tally:
    tally = Tally()
    scope = rec.get("scope_end")
    system = [
        e
        for e in extraction.events
        if (scope is None or e.trigger.start < scope) and e.modality not in UNSCORED_MODALITIES
    ]
    tally.system = len(system)
    tally.gold = len(rec["events"])
    pairs: list[tuple[int, int, int]] = []
    for g, gold in enumerate(rec["events"]):
        for s, event in enumerate(system):
            if event.type != gold["type"]:
                continue
            for mention in gold["mentions"]:
                start, end = mention["sentence"]
                if start <= event.trigger.start < end:
                    pairs.append((abs(event.trigger.start - mention["trigger"][0]), g, s))
    pairs.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    for _, g, s in pairs:
        if g in used_g or s in used_s:
            continue
        used_g.add(g)
        used_s.add(s)
        gold, event = rec["events"][g], system[s]
        tally.matched += 1
        checks: dict[str, bool | None] = {
            "source_actor": _actor_ok(gold["source"], event.source_actor),
            "target_actor": _actor_ok(gold["target"], event.target_actor),
            "location": _location_ok(gold["location"], event, extraction)
            if gold["location"]
            else None,
            "date": _date_ok(gold["date"], event) if gold["date"] else None,
            "quantities": _quantities_ok(gold["quantities"], event),
            "quantities_exact": _quantities_ok(gold["quantities"], event, exact=True),
        }
        for key, ok in checks.items():
            if ok is None:
                continue
            tally.scored[key] += 1
            tally.right[key] += int(ok)
            if not ok:
                misses.append(f"{rec['doc']}: {gold['type']} {key}")
    for g, gold in enumerate(rec["events"]):
        if g not in used_g:
            misses.append(
                f"{rec['doc']}: missed {gold['type']} at {gold['mentions'][0]['trigger']}"
            )
    for s, event in enumerate(system):
        if s not in used_s:
            misses.append(f"{rec['doc']}: extra {event.type} '{event.trigger.text}'")
    return tally


def evaluate(gold_path: Path | None = None, *, split: str | None = None) -> EventsResult:
    """Run the pipeline over the gold's documents and score its events."""
    from sitrep.pipeline import Pipeline

    path = gold_path or default_gold()
    records = [r for r in load_gold(path) if split is None or r["split"] == split]
    pairs = list(_documents(records))
    pipeline = Pipeline()
    total = Tally()
    splits: dict[str, Tally] = {}
    misses: list[str] = []
    items = [(rec["doc"], document) for rec, document in pairs]
    for (rec, _), out in zip(pairs, pipeline.process(items), strict=True):
        if not hasattr(out, "events"):
            raise ResourceError(f"events gold: {rec['doc']} failed in the pipeline: {out}")
        tally = _score_document(rec, out, misses)  # type: ignore[arg-type]
        total.add(tally)
        splits.setdefault(rec["split"], Tally()).add(tally)
    return EventsResult(str(path), len(records), total, splits, misses)
