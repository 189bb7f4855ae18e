"""Governorate rule and FA-KES scoring on hand-made points and a tiny CSV."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from sitrep.errors import ResourceError
from sitrep.evaluation import fakes
from sitrep.evaluation import governorates as gov
from sitrep.model import GeoPoint

FAKES_LABELS = [
    "aleppo", "damascus", "idlib", "deir ezzor", "raqqa", "homs",
    "hasakeh", "hama", "daraa", "lattakia", "quneitra", "tartous",
]  # fmt: skip


def test_every_fakes_label_maps_to_a_governorate() -> None:
    codes = {label: gov.from_label(label) for label in FAKES_LABELS}
    assert all(codes.values())
    assert len({g.code for g in codes.values() if g}) == len(FAKES_LABELS)
    assert gov.from_label("deir ezzor").code == "SY-DY"  # type: ignore[union-attr]
    assert gov.from_label("atlantis") is None


def test_variant_keys_do_not_collide() -> None:
    seen: dict[str, str] = {}
    for g in gov.governorates():
        for v in (g.name, *g.variants, *g.labels):
            key = gov.fold(v)
            assert seen.setdefault(key, g.code) == g.code, v


def test_fold_and_admin1_forms() -> None:
    assert gov.fold("Dayr az-Zawr") == gov.fold("Dayr al Zawr") == "dayrzawr"
    assert gov.fold("Ḩalab Governorate") == "halab"
    assert gov.from_admin1("Ḩalab", "SY").code == "SY-HL"  # type: ignore[union-attr]
    assert gov.from_admin1("SY-RA", None).code == "SY-RA"  # type: ignore[union-attr]
    assert gov.from_admin1("09", "SY").code == "SY-HL"  # type: ignore[union-attr]
    assert gov.from_admin1("09", None) is None  # a bare number needs the country
    assert gov.from_admin1("Aleppo", "TR") is None


def _point(name: str, lat: float, lon: float, cc: str | None, admin1: str | None) -> GeoPoint:
    return GeoPoint(name=name, lat=lat, lon=lon, country_code=cc, admin1=admin1)


def test_classify_rules() -> None:
    aleppo = gov.by_code("SY-HL")
    # 1. admin1 name.
    assert fakes.classify(_point("Manbij", 36.53, 37.95, "SY", "Aleppo"))[0] == aleppo
    # 2. no admin1: nearest seat, for a place inside Syria.
    assert fakes.classify(_point("Al-Bab", 36.37, 37.52, "SY", None))[0] == aleppo
    assert fakes.classify(_point("x", 35.0, 40.4, None, None))[0] == gov.by_code("SY-DY")
    # 3. the country itself, or a place abroad: no governorate.
    assert fakes.classify(_point("Syria", 35.0, 38.5, "SY", None)) == (None, "country:SY")
    assert fakes.classify(_point("Gaziantep", 37.06, 37.38, "TR", "Gaziantep")) == (
        None,
        "outside:TR",
    )
    assert fakes.classify(None) == (None, "none")


def test_is_correct_merges_rif_dimashq_and_allows_50km() -> None:
    damascus = gov.by_code("SY-DI")
    douma = _point("Douma", 33.57, 36.40, "SY", "Rif Dimashq")
    assert fakes.is_correct(douma, damascus)[:2] == (True, True)
    # Kilis (Turkey) is ~55 km from Aleppo's seat: wrong either way.
    kilis = _point("Kilis", 36.72, 37.12, "TR", None)
    assert fakes.is_correct(kilis, gov.by_code("SY-HL"))[:2] == (False, False)
    # A point in Idlib governorate ~30 km from Aleppo's seat: lenient rule only.
    border = _point("Atarib", 36.14, 36.83, "SY", "Idlib")
    assert fakes.is_correct(border, gov.by_code("SY-HL"))[:2] == (False, True)


def test_evaluate_with_stand_in_geo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    from sitrep import geo

    path = tmp_path / "f.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["unit_id", "article_title", "article_content", "location"])
        writer.writerow(["1", "t", "Shelling in Aleppo.", "aleppo"])
        writer.writerow(["2", "t", "Raids in Raqqa.", "hama"])
        writer.writerow(["3", "t", "Nothing here.", "idlib"])
        writer.writerow(["4", "t", "Somewhere.", "unknownland"])
    points = {
        "Aleppo": _point("Aleppo", 36.2, 37.13, "SY", "Aleppo"),
        "Raqqa": _point("Raqqa", 35.95, 39.0, "SY", "Raqqa"),
    }

    def find_places(doc: Any, gazetteer: Any) -> list[str]:
        return [t.text for t in doc if t.text in points]

    def main_location(places: list[str], doc: Any = None) -> GeoPoint | None:
        return points[places[0]] if places else None

    monkeypatch.setattr(geo, "find_places", find_places, raising=False)
    monkeypatch.setattr(geo, "main_location", main_location, raising=False)
    result = fakes.evaluate(path, gazetteer=object(), nlp=spacy.blank("en"))  # type: ignore[arg-type]
    assert (result.rows, result.unlabelled, result.located, result.correct) == (4, 1, 2, 1)
    assert result.accuracy == pytest.approx(1 / 3, abs=1e-3)
    assert result.coverage == pytest.approx(2 / 3, abs=1e-3)
    assert ("hama", "SY-RA", 1) in result.confusions
    assert ("idlib", "none", 1) in result.confusions
    assert result.by_label["aleppo"] == [1, 1]
    assert result.as_dict()["correct"] == 1 and result.lines()
    assert fakes.evaluate(path, limit=1, gazetteer=object(), nlp=spacy.blank("en")).rows == 1  # type: ignore[arg-type]


def test_read_rows_errors(tmp_path: Path) -> None:
    with pytest.raises(ResourceError):
        fakes.read_rows(tmp_path / "missing.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", "utf-8")
    with pytest.raises(ResourceError):
        fakes.read_rows(bad)
