"""Event-location scoring: reading the JSONL and matching an event's place to the gold span."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.errors import UsageError
from sitrep.evaluation import eventloc
from sitrep.model import Document, Event, EventLocation, Extraction, Offsets, Place, Span

TEXT = "Shelling hit a market in Donetsk on Thursday, officials in Kyiv said."


def _write(tmp_path: Path) -> Path:
    lines = [
        {"text": TEXT, "spans": [
            {"start": 0, "end": 8, "label": "VERB"}, {"start": 25, "end": 32, "label": "LOCATION"},
        ]},
        {"text": "Nothing here.", "spans": [{"start": 0, "end": 7, "label": "VERB"}]},
        {"text": "Rejected line."},
    ]  # fmt: skip
    path = tmp_path / "labeled.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), "utf-8")
    return path


def _place(text: str, lat: float) -> Place:
    start = TEXT.index(text)
    return Place(
        text=text, start=start, end=start + len(text), name=text, lat=lat, lon=30.0,
        feature="P.PPL",
    )  # fmt: skip


def _extraction(where: Place | None) -> Extraction:
    location = None
    if where is not None:
        location = EventLocation(name=where.name, lat=where.lat, lon=where.lon)
    event = Event(
        id="e", type="ASSAULT", trigger=Span(text="Shelling", start=0, end=8),
        sentence=Offsets(start=0, end=len(TEXT)), location=location,
    )  # fmt: skip
    return Extraction(
        document=Document(id="d", text=TEXT),
        places=[_place("Donetsk", 48.0), _place("Kyiv", 50.4)],
        events=[event],
    )


def test_read_sentences_keeps_only_complete_lines(tmp_path: Path) -> None:
    read = list(eventloc.read_sentences(_write(tmp_path)))
    assert [n for n, s in read if s is not None] == [0]
    assert len(read) == 3
    sentence = read[0][1]
    assert sentence is not None and TEXT[slice(*sentence.location)] == "Donetsk"


def test_score_matches_the_event_place_to_the_gold_span(tmp_path: Path) -> None:
    ((_, sentence), *_) = eventloc.read_sentences(_write(tmp_path))
    assert sentence is not None
    assert eventloc.score(sentence, _extraction(_place("Donetsk", 48.0))) == (True, True, True)
    # The event placed in Kyiv (where officials spoke): found, not linked.
    assert eventloc.score(sentence, _extraction(_place("Kyiv", 50.4))) == (True, False, True)
    assert eventloc.score(sentence, _extraction(None)) == (True, False, True)


def test_split_keeps_one_parity_of_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path)
    seen: list[list[str]] = []

    class _Pipeline:
        def process(self, items: list[tuple[str, Document]]) -> list[Extraction]:
            seen.append([name for name, _ in items])
            return [_extraction(None) for _ in items]

    monkeypatch.setattr("sitrep.pipeline.Pipeline", _Pipeline)
    even = eventloc.evaluate(path, split="even")
    odd = eventloc.evaluate(path, split="odd")
    assert (even.sentences, even.scored) == (2, 1)
    assert (odd.sentences, odd.scored) == (1, 0)
    assert seen[0] == ["labeled.jsonl:1"] and seen[1] == []
    with pytest.raises(UsageError):
        eventloc.evaluate(path, split="third")
