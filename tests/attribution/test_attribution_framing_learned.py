"""Learned framing spans: n-gram rates, thresholds, head-noun extension."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import find_framing, framing_learned

if TYPE_CHECKING:
    from spacy.language import Language


def _table(threshold: float = 0.3) -> framing_learned.NgramRates:
    data = {
        "alpha": 1.0,
        "threshold": threshold,
        "max_n": 2,
        # [labelled, count, labelled as a label]
        "surface": {"despotic": [9, 9, 9], "shameless": [4, 5, 0], "the": [1, 500, 0]},
        "lemma": {"despotic": [9, 9, 9], "shameless": [4, 5, 0], "the": [1, 500, 0]},
    }
    return framing_learned.from_counts(data)


def test_framing_learned_adjective_takes_its_noun(nlp: Language) -> None:
    doc = nlp("He met the despotic leader and a shameless liar yesterday.")
    spans = [(doc[a:b].text, kind) for a, b, kind in framing_learned.learned_spans(doc, _table())]
    assert ("despotic leader", "label") in spans
    assert ("shameless liar", "loaded") in spans
    assert all("the" not in text.split() for text, _ in spans)  # a rare rate stays out


def test_framing_learned_threshold_excludes_weak_rates(nlp: Language) -> None:
    doc = nlp("A shameless move.")
    assert framing_learned.learned_spans(doc, _table(threshold=0.9)) == []
    assert framing_learned.learned_spans(nlp(""), _table()) == []


def test_framing_learned_shipped_table_loads() -> None:
    table = framing_learned.rates()
    assert table.max_n == 2
    assert 0.0 < table.threshold < 1.0
    # Words and word pairs of both vocabularies, keyed by hash.
    assert all(len(rates) > 1000 for rates in (*table.surface, *table.lemma))


def test_framing_lexicon_spans_win_over_learned(nlp: Language) -> None:
    doc = nlp("Takfiri terrorists shelled the illegally occupied Syrian Golan.")
    texts = {f.text for f in find_framing(doc)}
    assert "Takfiri" in texts
    assert "illegally occupied" in texts
