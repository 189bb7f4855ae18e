"""PTC framing scoring: labels, the held-out split, SemEval's character-overlap measure."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.evaluation import framing

LABELS = (
    "10\tLoaded_Language\t4\t9\n"
    "10\tName_Calling,Labeling\t4\t15\n"
    "10\tDoubt\t0\t3\n"
    "11\tLoaded_Language\t0\t5\n"
    "15\tName_Calling,Labeling\t0\t4\n"
)


def test_framing_labels_keep_two_techniques(tmp_path: Path) -> None:
    path = tmp_path / "labels.txt"
    path.write_text(LABELS, "utf-8")
    labels = framing.read_labels(path)
    assert labels["10"] == [(4, 9, "Loaded_Language"), (4, 15, "Name_Calling,Labeling")]
    assert "Doubt" not in {t for spans in labels.values() for _, _, t in spans}


def test_framing_split_is_by_id() -> None:
    assert framing.is_held_out("15") and framing.is_held_out("111111110")
    assert not framing.is_held_out("11")
    assert framing.in_split("11", "train") and not framing.in_split("11", "heldout")
    assert framing.in_split("15", "all")


def test_framing_merged_spans() -> None:
    assert framing.merged([(4, 9), (4, 15), (20, 22), (0, 0)]) == [(4, 15), (20, 22)]


def test_framing_semeval_overlap_scores() -> None:
    tally = framing.SpanTally()
    # Gold 0-10; prediction 5-15 covers half of itself and half of the gold.
    tally.add([(0, 10)], [(5, 15)])
    assert tally.scores() == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    tally = framing.SpanTally()
    tally.add([(0, 10), (20, 30)], [(0, 10)])  # one of two gold spans, exactly
    assert tally.scores() == {"precision": 1.0, "recall": 0.5, "f1": pytest.approx(0.6667)}
    empty = framing.SpanTally()
    empty.add([(0, 4)], [])
    assert empty.scores()["precision"] is None and empty.scores()["recall"] == 0.0


def test_framing_evaluate_with_a_predictor(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "article10.txt").write_text("The evil regime lied.", "utf-8")
    (articles / "article11.txt").write_text("Nice day.", "utf-8")
    (articles / "article15.txt").write_text("Thugs came.", "utf-8")
    labels = tmp_path / "labels.txt"
    labels.write_text(LABELS, "utf-8")

    def predict(texts: list[str]) -> list[list[tuple[int, int]]]:
        return [[(t.index(w), t.index(w) + len(w))] if (w := t.split()[0]) else [] for t in texts]

    result = framing.evaluate(articles, labels, predict=predict)  # held-out: 10 and 15
    assert result.docs == 2 and result.gold_spans == 2
    # "The" (0-3) misses 4-15; "Thugs" (0-5) covers gold 0-4 fully.
    assert result.as_dict()["recall"] == 0.5
    assert result.as_dict()["precision"] == pytest.approx(0.4)
    assert "framing.f1" in result.metrics()
    assert any("F1" in line for line in result.lines())


def test_framing_sources_tell_whole_misses_from_boundary_errors() -> None:
    sources = framing.SourceTally()
    # Gold 0-10. A model span half inside, one touching nothing; a lexicon span exactly on it.
    sources.add([(0, 10)], [(5, 15, "model"), (20, 30, "model"), (0, 10, "lexicon")])
    table = sources.as_dict()
    assert table["model"] == {"spans": 2, "precision": 0.25, "unmatched": 0.5}
    assert table["lexicon"] == {"spans": 1, "precision": 1.0, "unmatched": 0.0}
    assert "scare_quote" not in table


def test_framing_source_of_a_span() -> None:
    terms = {"regime": "label", "so-called": "distancing"}
    assert framing.source_of("Regime", "label", terms) == "lexicon"
    assert framing.source_of("so-called", "distancing", terms) == "lexicon"
    assert framing.source_of("what they call", "distancing", terms) == "pattern"
    assert framing.source_of('"moderate"', "scare_quote", terms) == "scare_quote"
    assert framing.source_of("corrupt cronies", "label", terms) == "model"


def test_framing_sources_are_reported_in_both_formats() -> None:
    sources = framing.SourceTally()
    sources.add([(0, 10)], [(20, 30, "model")])
    scores = {"precision": 0.0, "recall": 0.0, "f1": None}
    result = framing.FramingResult("ptc", "heldout", 1, scores, 1, 1, 0.0, sources.as_dict())
    assert result.as_dict()["by_source"]["model"]["unmatched"] == 1.0
    assert any(line.strip().startswith("model: 1 spans") for line in result.lines())
