"""Scoring logic on hand-made predictions, and ``evaluate`` with a stand-in geo stage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitrep.evaluation import geoparsing
from sitrep.evaluation.corpora import GoldArticle, GoldToponym
from sitrep.model import Place

ALEPPO = (36.2021, 37.1343)
DAMASCUS = (33.5138, 36.2765)


def _place(start: int, end: int, lat: float, lon: float, name: str = "p") -> Place:
    return Place(text=name, start=start, end=end, name=name, lat=lat, lon=lon, feature="P.PPL")


def _article() -> GoldArticle:
    text = "Strikes on Aleppo, Damascus and Mars Hill."
    return GoldArticle(
        id="a",
        text=text,
        toponyms=(
            GoldToponym(11, 17, "Aleppo", *ALEPPO),
            GoldToponym(19, 27, "Damascus", *DAMASCUS),
            GoldToponym(32, 41, "Mars Hill", None, None),
        ),
    )


def test_score_article_counts() -> None:
    tally = geoparsing.Tally()
    places = [
        _place(11, 17, *ALEPPO, name="Aleppo"),  # exact span, right point
        _place(19, 24, *ALEPPO, name="Damas"),  # partial span, ~310 km off
        _place(0, 7, 0.0, 0.0),  # not a gold toponym
    ]
    geoparsing.score_article(_article(), places, tally)
    assert (tally.gold, tally.gold_coords, tally.predicted) == (3, 2, 3)
    assert (tally.found, tally.exact_found) == (2, 1)
    assert (tally.predicted_hit, tally.predicted_exact) == (2, 1)
    assert tally.correct161 == 1
    assert tally.errors[0] == 0.0 and tally.errors[1] == pytest.approx(309, abs=5)
    assert [m.text for m in tally.misses] == ["Damascus"]


def test_best_overlap_wins() -> None:
    tally = geoparsing.Tally()
    # Two predictions touch "Damascus": the one sharing more characters is scored.
    places = [_place(15, 20, 0.0, 0.0), _place(20, 27, *DAMASCUS)]
    geoparsing.score_article(_article(), places, tally)
    assert tally.correct161 == 1
    assert tally.found == 2  # Aleppo is touched by the first prediction too


def test_evaluate_with_stand_in_geo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    from sitrep import geo

    xml = tmp_path / "tiny.xml"
    xml.write_text(
        "<articles><article docid='1'><text>Fighting near Aleppo and Homs.</text><toponyms>"
        "<toponym><start>14</start><end>20</end><phrase>Aleppo</phrase><gaztag geonameid='1'>"
        "<lat>36.2</lat><lon>37.13</lon></gaztag></toponym>"
        "<toponym><start>25</start><end>29</end><phrase>Homs</phrase><gaztag geonameid='2'>"
        "<lat>34.73</lat><lon>36.72</lon></gaztag></toponym>"
        "</toponyms></article></articles>",
        "utf-8",
    )

    def find_places(doc: Any, gazetteer: Any) -> list[Place]:
        # Knows only Aleppo; places it right. Sees the entities when gold spans are set.
        found = [_place(14, 20, *ALEPPO)]
        found += [_place(e.start_char, e.end_char, 0.0, 0.0) for e in doc.ents if e.text == "Homs"]
        return found

    def resolve_spans(doc: Any, spans: list[tuple[int, int]], gazetteer: Any) -> list[Any]:
        # Gold spans: Aleppo right, Homs at (0, 0), anything else unknown (no candidate).
        known = {"Aleppo": ALEPPO, "Homs": (0.0, 0.0)}
        return [
            _place(s, e, *known[doc.text[s:e]]) if doc.text[s:e] in known else None
            for s, e in spans
        ]

    monkeypatch.setattr(geo, "find_places", find_places, raising=False)
    monkeypatch.setattr(geo, "resolve_spans", resolve_spans, raising=False)
    nlp = spacy.blank("en")
    result = geoparsing.evaluate(xml, gazetteer=object(), nlp=nlp)  # type: ignore[arg-type]
    assert (result.docs, result.gold, result.predicted) == (1, 2, 1)
    assert result.recall == 0.5 and result.precision == 1.0
    assert result.acc161 == 0.5 and result.acc161_found == 1.0
    assert result.mean_km is not None and result.mean_km < 5
    assert [m.text for m in result.worst] == ["Homs"] and result.worst[0].error_km is None
    assert result.as_dict()["gold"] == 2
    assert any("acc@161km 50.0%" in line for line in result.lines())

    with_gold = geoparsing.evaluate(xml, gazetteer=object(), nlp=nlp, gold_spans=True)  # type: ignore[arg-type]
    assert with_gold.gold_spans and with_gold.recall == 1.0
    assert with_gold.acc161 == 0.5  # Homs found but placed at (0, 0)
    assert with_gold.worst[0].error_km is not None and with_gold.worst[0].error_km > 3000
    assert (with_gold.no_candidate, with_gold.wrong_choice) == (0, 1)
    assert (result.no_candidate, result.wrong_choice) == (1, 0)
