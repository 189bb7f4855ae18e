"""PolNeAR scoring: brat reading, token overlap, and a tiny end-to-end run."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from sitrep.evaluation import polnear

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = "Officials said the convoy arrived. It is alleged that shots were fired."
ANN = (
    "T1\tSource 0 9\tOfficials\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 33\tthe convoy arrived\n"
    "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
    "T4\tCue 38 48\tis alleged\n"
    "T5\tContent 49 55;56 70\tthat shots were fired\n"
    "E2\tAttribution-no-source:T4 Cue:T4 Content:T5\n"
    "T6\tDiscuss 0 9\tOfficials\n"
)


def test_tokens_and_brat_reading(tmp_path: Path) -> None:
    starts, ends = polnear.token_starts(TEXT)
    assert polnear.tokens_of([(0, 9)], starts, ends) == {0}
    assert polnear.tokens_of([(2, 12)], starts, ends) == {0, 1}  # partial overlaps count
    ann = tmp_path / "a_x.ann"
    ann.write_text(ANN, "utf-8")
    first, second = polnear.read_ann(ann, starts, ends)
    assert first.source == {0} and first.cue == {1} and first.content == {2, 3, 4}
    assert second.source is None and second.content == {8, 9, 10, 11}


def test_counts_exact_and_soft_overlap() -> None:
    c = polnear.Counts()
    c.add({frozenset({1, 2, 3, 4})}, {frozenset({1, 2}), frozenset({9})})
    scores = c.scores()
    assert scores["exact"]["precision"] == 0.0
    # Predicted: {1,2} fully inside gold (1.0), {9} outside (0.0) -> 0.5; gold 2/4 covered.
    assert scores["overlap"]["precision"] == 0.5 and scores["overlap"]["recall"] == 0.5
    assert polnear.prf(0, 0, 0, 0) == {"precision": None, "recall": None, "f1": None}


def test_evaluate_tiny_corpus(tmp_path: Path, nlp: Language) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "doc.txt").write_text(TEXT, "utf-8")
    (tmp_path / "attributions" / "doc_ab12.ann").write_text(ANN, "utf-8")
    result = polnear.evaluate(tmp_path, nlp=nlp)
    assert result.docs == 1 and result.gold_relations == 2
    data = result.as_dict()
    assert set(data) >= {"source", "cue", "content", "relation", "agentless"}
    # "Officials said the convoy arrived" is the textbook case: found with its source.
    assert data["source"]["exact"]["recall"] == 1.0
    assert data["relation"]["recall"] is not None and data["relation"]["recall"] >= 0.5
    assert result.lines()


def test_missing_layout_is_an_error(tmp_path: Path) -> None:
    from sitrep.errors import ResourceError

    with pytest.raises(ResourceError):
        polnear.evaluate(tmp_path)


def test_relation_with_punctuation_cue_can_match() -> None:
    content = frozenset({5, 6})
    gold = [polnear.Relation(frozenset({1}), frozenset(), content)]  # cue ":" has no token
    tally = [0, 0, 0]
    polnear._match(gold, [polnear.Relation(frozenset({1}), frozenset({2}), content)], tally)
    assert tally == [1, 1, 1]
    tally = [0, 0, 0]
    polnear._match(gold, [polnear.Relation(frozenset({1}), frozenset({2}), frozenset({9}))], tally)
    assert tally == [0, 1, 1]
