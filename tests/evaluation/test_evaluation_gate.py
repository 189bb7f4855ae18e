"""The evaluation gate: quick runs on the shared corpora must stay above the baseline.

Runs geoparsing on the first 40 LGL articles and the FA-KES main location on the
first 120 rows, prints the numbers, and fails on any regression against
``src/sitrep/evaluation/eval_baseline.json``. Skipped without ../shared. The
dedup gate ingests the whole FA-KES dev file (the gold pairs span it) and scores
the clusters on every bundled gold pair file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from sitrep.errors import ResourceError
from sitrep.evaluation import fakes, gate, geoparsing, polnear

if TYPE_CHECKING:
    from spacy.language import Language

LGL_ARTICLES = 40
FAKES_ROWS = 120


def _baseline(tmp_path: Path, metrics: dict[str, float], **extra: object) -> Path:
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps({"metrics": metrics, **extra}), "utf-8")
    return path


def test_check_flags_regressions_only(tmp_path: Path) -> None:
    path = _baseline(
        tmp_path,
        {"a.acc": 0.80, "a.mean_km": 100.0, "b.acc": 0.5},
        tolerance=0.01,
        lower_is_better=["a.mean_km"],
    )
    assert gate.check({"a.acc": 0.795, "a.mean_km": 100.9, "b.acc": 0.9}, path) == []
    problems = gate.check({"a.acc": 0.78, "a.mean_km": 150.0}, path)
    assert len(problems) == 3
    assert problems[0].startswith("a.acc: 0.78 is below")
    assert problems[1].startswith("a.mean_km: 150 is above")
    assert problems[2] == "b.acc: not measured (baseline 0.5)"


def test_check_rejects_broken_baselines(tmp_path: Path) -> None:
    with pytest.raises(ResourceError):
        gate.check({}, tmp_path / "absent.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{", "utf-8")
    with pytest.raises(ResourceError):
        gate.check({}, bad)
    bad.write_text('{"no": "metrics"}', "utf-8")
    with pytest.raises(ResourceError):
        gate.check({}, bad)


def test_committed_baseline_is_well_formed() -> None:
    data = gate.load_baseline(gate.default_baseline())
    assert data["metrics"], "the gate pins nothing"
    assert {"command", "date", "measured"} <= set(data)


def test_evaluation_gate(shared_dir: Path, nlp: Language) -> None:
    from sitrep import geo

    if not hasattr(geo, "find_places"):
        pytest.skip("the geo stage is not built yet")
    data = shared_dir / "data"
    gazetteer = geo.Gazetteer.open(None)
    lgl = geoparsing.evaluate(
        data / "geoparsing" / "lgl.xml", limit=LGL_ARTICLES, gazetteer=gazetteer, nlp=nlp
    )
    fa = fakes.evaluate(
        data / "fa-kes" / "fa-kes-dev.csv", limit=FAKES_ROWS, gazetteer=gazetteer, nlp=nlp
    )
    for line in (*lgl.lines(), *fa.lines()):
        print(line)
    results = {
        **gate.prefixed(f"lgl{LGL_ARTICLES}", lgl.metrics()),
        **gate.prefixed(f"fakes{FAKES_ROWS}", fa.metrics()),
    }
    print(json.dumps(results, sort_keys=True))
    assert gate.check(results, prefix="lgl") + gate.check(results, prefix="fakes") == []


POLNEAR_DOCS = 20


def test_attribution_gate(shared_dir: Path, nlp: Language) -> None:
    result = polnear.evaluate(
        shared_dir / "data" / "attribution" / "polnear" / "dev", limit=POLNEAR_DOCS, nlp=nlp
    )
    for line in result.lines():
        print(line)
    results = gate.prefixed(f"polnear{POLNEAR_DOCS}", result.metrics())
    print(json.dumps(results, sort_keys=True))
    assert gate.check(results, prefix=f"polnear{POLNEAR_DOCS}.") == []


def test_check_prefix_limits_the_check(tmp_path: Path) -> None:
    path = _baseline(tmp_path, {"a.x": 0.5, "b.x": 0.5})
    assert gate.check({"a.x": 0.6}, path, prefix="a.") == []
    assert gate.check({"a.x": 0.6}, path) == ["b.x: not measured (baseline 0.5)"]


def test_more_gates(shared_dir: Path, nlp: Language) -> None:
    """Gold-span resolution (TR-News), the events gold, PTC framing, event placement."""
    from sitrep import geo

    results = gate.quick_more(geo.Gazetteer.open(None), nlp)
    print(json.dumps(results, sort_keys=True))
    problems = [
        line
        for prefix in (
            f"trnews{gate.QUICK_TRNEWS}gold.",
            "events.",
            f"ptc{gate.QUICK_FRAMING}.",
            f"eventloc{gate.QUICK_EVENTLOC}.",
        )
        for line in gate.check(results, prefix=prefix)
    ]
    assert problems == []


def test_dedup_gold_files_are_bundled() -> None:
    from sitrep.dedup.evaluate import default_gold, load_gold

    paths = default_gold()
    assert [gate.gold_name(p) for p in paths] == [
        "fakes_dev",
        "fakes_dev_heldout",
        "fakes_dev_heldout2",
        "fakes_dev_heldout3",
        "fakes_dev_heldout4",
        "fakes_dev_heldout5",
        "fakes_dev_heldout6",
        "fakes_dev_heldout7",
        "fakes_dev_heldout8",
        "fakes_dev_nearmiss",
    ]
    for path in paths:
        pairs = load_gold(path)
        assert len(pairs) >= 30, path
        assert any(p["same"] for p in pairs) and not all(p["same"] for p in pairs), path
        # Offsets only, no article text: [unit_id, start, end] with start < end.
        assert all(int(p[k][1]) < int(p[k][2]) for p in pairs for k in ("a", "b")), path


def test_dedup_gate(shared_dir: Path, nlp: Language) -> None:
    """Cross-report merges on the hand-labelled FA-KES dev pairs (a ~40 s ingest)."""
    from sitrep import geo

    results = gate.quick_dedup(
        geo.Gazetteer.open(None), nlp, shared_dir / "data" / "fa-kes" / "fa-kes-dev.csv"
    )
    print(json.dumps(results, sort_keys=True))
    assert {f"dedup.fakes_dev_heldout2.{m}" for m in ("precision", "recall")} <= set(results)
    assert gate.check(results, prefix="dedup.") == []
