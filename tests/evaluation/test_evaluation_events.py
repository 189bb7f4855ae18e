"""The events evaluation: matching, field checks and the gold file's integrity."""

from __future__ import annotations

import json

from sitrep.evaluation.events import Tally, _score_document, default_gold, load_gold
from sitrep.model import (
    ActorRef,
    Document,
    Event,
    EventDate,
    Extraction,
    Offsets,
    Quantity,
    Span,
)


def _event(type_: str, start: int, source: str | None, killed: int | None) -> Event:
    return Event(
        id=f"e{start}",
        type=type_,
        trigger=Span(text="x", start=start, end=start + 1),
        sentence=Offsets(start=0, end=100),
        source_actor=ActorRef(actor_id=source, name=source, text=source) if source else None,
        date=EventDate(value="2020-01-01", precision="week", text=""),
        quantities=[Quantity(value=killed, unit="killed", text="")] if killed else [],
    )


def _record() -> dict[str, object]:
    mention = {"trigger": [10, 15], "sentence": [0, 50]}
    later = {"trigger": [60, 65], "sentence": [50, 100]}
    return {
        "doc": "d",
        "split": "tune",
        "scope_end": None,
        "events": [
            {
                "type": "ASSAULT",
                "mentions": [mention, later],
                "source": ["ISIS"],
                "target": [],
                "location": [],
                "date": {"value": "2020-01-01", "precision": "day"},
                "quantities": [{"value": 5, "unit": "killed"}],
            }
        ],
    }


def test_one_happening_matches_once() -> None:
    doc = Document(id="d", text="x" * 100)
    events = [_event("ASSAULT", 12, "ISIS", 5), _event("ASSAULT", 70, "ISIS", None)]
    misses: list[str] = []
    tally = _score_document(_record(), Extraction(document=doc, events=events), misses)
    assert (tally.gold, tally.system, tally.matched) == (1, 2, 1)
    assert tally.right["source_actor"] == 1 and tally.right["quantities"] == 1
    assert tally.right["date"] == 1  # day and week count as one precision
    d = tally.as_dict()
    assert d["event"]["precision"] == 0.5 and d["event"]["recall"] == 1.0


def test_wrong_type_or_actor_is_counted() -> None:
    doc = Document(id="d", text="x" * 100)
    events = [_event("COERCE", 12, "ISIS", 5), _event("ASSAULT", 61, "SDF", 3)]
    tally = _score_document(_record(), Extraction(document=doc, events=events), [])
    assert tally.matched == 1
    assert tally.right["source_actor"] == 0 and tally.right["quantities"] == 0
    empty = Tally()
    assert empty.as_dict()["event"]["f1"] == 0.0


def test_an_extra_casualty_figure_fails_only_the_exact_check() -> None:
    doc = Document(id="d", text="x" * 100)
    event = _event("ASSAULT", 12, "ISIS", 5)
    event.quantities.append(Quantity(value=7, unit="killed", text="seven people"))
    tally = _score_document(_record(), Extraction(document=doc, events=[event]), [])
    assert tally.right["quantities"] == 1  # the gold's 5 killed is there
    assert tally.right["quantities_exact"] == 0  # but so is 7 killed from elsewhere


def test_gold_file_holds_offsets_not_text() -> None:
    records = load_gold(default_gold())
    assert len(records) >= 40
    assert sum(len(r["events"]) for r in records) >= 100
    for record in records:
        assert set(record) == {
            "doc",
            "corpus",
            "split",
            "content_id",
            "published",
            "scope_end",
            "events",
        }
        assert record["split"] in ("tune", "held")
        for event in record["events"]:
            for mention in event["mentions"]:
                s, e = mention["sentence"]
                assert s <= mention["trigger"][0] < e
    # No article text: every string value is short (ids, labels, place names).
    longest = max(len(v) for r in records for v in _strings(r))
    assert longest < 80, longest


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_gold_is_json_lines() -> None:
    for line in default_gold().read_text(encoding="utf-8").splitlines():
        assert isinstance(json.loads(line), dict)
