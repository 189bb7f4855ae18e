"""The hand check of merges: sampling merged pairs, rendering them, scoring labels."""

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
from sitrep.evaluation.merges import (
    LABEL_RULE,
    pair_records,
    render,
    sample_merges,
    score_labels,
)
from sitrep.evaluation.merges import sides as sampled_sides
from sitrep.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return clustered_store(tmp_path / "x.db")


def test_pairs_are_merged_events_of_two_documents(store: Store) -> None:
    clusters = store.cluster_ids(e.id for e in store.events())
    for per_cluster in (True, False):
        pairs = sample_merges(store, 50, seed=3, per_cluster=per_cluster)
        assert pairs
        for a, b in pairs:
            assert a.document_id != b.document_id
            assert clusters[a.id] == clusters[b.id]
    # One per cluster: no two pairs of one cluster; the same seed, the same sample.
    one = sample_merges(store, 50, seed=3)
    assert len({clusters[a.id] for a, _ in one}) == len(one)
    assert [(a.id, b.id) for a, b in one] == [(a.id, b.id) for a, b in sample_merges(store, 50, 3)]


def test_the_reader_sees_the_marked_trigger_and_the_rule(store: Store) -> None:
    a, b = sample_merges(store, 1, seed=1)[0]
    sides = sampled_sides(store, [(a, b)])
    text = render(sides)
    assert text.startswith(LABEL_RULE)
    assert f"[[{a.trigger.text}]]" in text and f"[[{b.trigger.text}]]" in text
    assert pair_records(sides) == [
        {"pair": 0, "events": [a.id, b.id], "documents": [a.document_id, b.document_id]}
    ]


def test_labels_give_the_precision(tmp_path: Path) -> None:
    path = tmp_path / "labels.json"
    labels = ["same"] * 5 + ["same_claim"] * 3 + ["different"] * 2 + ["unsure"]
    path.write_text(json.dumps([{"pair": n, "label": x} for n, x in enumerate(labels)]))
    result = score_labels(path)
    assert result["right"] == 8 and result["judged"] == 10 and result["precision"] == 0.8
    assert result["labels"]["unsure"] == 1
    path.write_text(json.dumps([{"pair": 0, "label": "maybe"}]))
    with pytest.raises(UsageError, match="unknown label"):
        score_labels(path)
    path.write_text("not json")
    with pytest.raises(UsageError, match="not a labels file"):
        score_labels(path)


def test_cli_samples_and_scores(store: Store, tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    store.close()
    runner = CliRunner()
    out = runner.invoke(app, ["eval", "merges", "--db", db, "--size", "2", "-f", "json"])
    assert out.exit_code == 0, out.output
    records = [json.loads(line) for line in out.output.splitlines()]
    assert [r["pair"] for r in records] == list(range(len(records))) and records
    labels = tmp_path / "l.json"
    labels.write_text(json.dumps([{"pair": 0, "label": "same"}]))
    out = runner.invoke(app, ["eval", "merges", "--labels", str(labels)])
    assert out.exit_code == 0 and "precision 1.0" in out.output
    out = runner.invoke(app, ["eval", "merges"])
    assert out.exit_code != 0


def test_recorded_hand_checks_are_whole() -> None:
    from importlib import resources

    from sitrep.evaluation.merges import LABELS

    path = resources.files("sitrep").joinpath("evaluation/gold/merge_checks.jsonl")
    checks = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert checks
    for check in checks:
        assert len(check["events"]) == len(check["labels"]) == 50
        assert all(label in LABELS for label in check["labels"])
        assert len({tuple(pair) for pair in check["events"]}) == 50
        assert all(len(set(pair)) == 2 for pair in check["events"])
