"""The hand check of event coding: sampling stored events, rendering them, scoring labels."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dedup"))
from dedup_samples import clustered_store

from sitrep.cli import app
from sitrep.errors import UsageError
from sitrep.evaluation.coding import (
    FIELDS,
    LABEL_RULE,
    items,
    records,
    render,
    sample_events,
    score_labels,
)
from sitrep.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return clustered_store(tmp_path / "x.db")


def test_a_seed_draws_the_same_events(store: Store) -> None:
    everything = store.events()
    one = sample_events(store, 5, seed=7)
    assert len(one) == min(5, len(everything))
    assert [e.id for e in one] == [e.id for e in sample_events(store, 5, seed=7)]
    assert len({e.id for e in sample_events(store, 1000, seed=1)}) == len(everything)


def test_the_events_golds_documents_are_left_out(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sitrep.evaluation import coding

    first = store.events()[0]
    monkeypatch.setattr(coding, "load_gold", lambda path: [{"content_id": first.document_id}])
    drawn = sample_events(store, 1000, seed=1)
    assert drawn and all(e.document_id != first.document_id for e in drawn)


def test_the_reader_sees_the_rule_the_marked_trigger_and_the_coding(store: Store) -> None:
    event = sample_events(store, 1, seed=2)[0]
    found = items(store, [event])
    text = render(found)
    assert text.startswith(LABEL_RULE)
    assert f"[[{event.trigger.text}]]" in text
    assert f"-> type {event.type}" in text
    assert records(found) == [{"item": 0, "event": event.id}]


def test_labels_give_the_share_right_per_field(tmp_path: Path) -> None:
    path = tmp_path / "labels.json"
    right = dict.fromkeys(FIELDS, True)
    labels = [
        {"item": 0, "is_event": True, **right},
        {"item": 1, "is_event": True, **right, "place": False, "date": None},
        {"item": 2, "is_event": False, **dict.fromkeys(FIELDS)},
    ]
    path.write_text(json.dumps(labels))
    result = score_labels(path)
    assert result["is_event"] == {"right": 2, "judged": 3, "share": 0.6667}
    assert result["place"] == {"right": 1, "judged": 2, "share": 0.5}
    assert result["date"] == {"right": 1, "judged": 1, "share": 1.0}
    path.write_text(json.dumps([{"item": 0, "is_event": "yes"}]))
    with pytest.raises(UsageError, match="not a coding labels file"):
        score_labels(path)


def test_cli_samples_and_scores(store: Store, tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    store.close()
    runner = CliRunner()
    out = runner.invoke(app, ["eval", "coding", "--db", db, "--size", "2", "-f", "json"])
    assert out.exit_code == 0, out.output
    assert [json.loads(line)["item"] for line in out.output.splitlines()] == [0, 1]
    labels = tmp_path / "l.json"
    labels.write_text(json.dumps([{"item": 0, "is_event": True, "place": False}]))
    out = runner.invoke(app, ["eval", "coding", "--labels", str(labels)])
    assert out.exit_code == 0 and "place       0 / 1  0.0" in out.output
    assert runner.invoke(app, ["eval", "coding"]).exit_code != 0


def test_recorded_hand_checks_are_whole() -> None:
    from importlib import resources

    path = resources.files("sitrep").joinpath("evaluation/gold/coding_checks.jsonl")
    checks = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert checks
    for check in checks:
        assert len(check["events"]) == len(check["labels"]) == check["size"]
        assert len(set(check["events"])) == check["size"]
        for label in check["labels"]:
            assert isinstance(label["is_event"], bool)
            assert all(label[f] is None or isinstance(label[f], bool) for f in FIELDS)
            # A non-event has no fields judged.
            assert label["is_event"] or all(label[f] is None for f in FIELDS)
