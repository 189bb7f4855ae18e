from __future__ import annotations

import time

import pytest

from sitrep.geo import Gazetteer


@pytest.mark.parametrize("name", ["Dayr al-Zawr", "Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr"])
def test_deir_ez_zor_variants(gazetteer: Gazetteer, name: str) -> None:
    cands = gazetteer.lookup(name)
    city = [c for c in cands if c.feature.startswith("P.")]
    assert city, name
    assert city[0].country_code == "SY"
    assert abs(city[0].lat - 35.33) < 0.2 and abs(city[0].lon - 40.14) < 0.2


def test_country_and_towns_of_the_same_name(gazetteer: Gazetteer) -> None:
    cands = gazetteer.lookup("Lebanon")
    assert any(c.is_country and c.country_code == "LB" for c in cands)
    assert any(c.country_code == "US" for c in cands)  # the towns are there too


def test_division_names_from_iso_3166_2(gazetteer: Gazetteer) -> None:
    cands = gazetteer.lookup("Al Hasakah")
    division = [c for c in cands if c.is_admin1]
    assert division and division[0].country_code == "SY"
    assert 35.5 < division[0].lat < 37.5 and 39.5 < division[0].lon < 42.5
    assert [c for c in gazetteer.lookup("Anbar") if c.is_admin1]  # via divisions.json


def test_supplement_entries(gazetteer: Gazetteer) -> None:
    (dewar,) = [c for c in gazetteer.lookup("Ain Diwar") if c.source == "supplement"]
    assert dewar.name == "Ayn Dewar" and dewar.country_code == "SY"
    badia = gazetteer.lookup("al-Badia")
    assert any(c.feature == "L.RGN" and c.country_code == "SY" for c in badia)


def test_cities_get_their_division_name(gazetteer: Gazetteer) -> None:
    (saraqib,) = gazetteer.lookup("al-Saraqib")
    assert saraqib.admin1 == "Idlib"
    assert saraqib.level == 1  # matched without the article
    (shadadi,) = gazetteer.lookup("al-Shadadi")  # a spelling the supplement adds
    assert shadadi.admin1 == "Al Hasakah" and shadadi.level == 0


def test_skeleton_match_only_when_nothing_exact(gazetteer: Gazetteer) -> None:
    cands = gazetteer.lookup("Hasekeh")
    assert cands and all(c.level == 2 for c in cands)
    assert any(c.name == "Al Ḩasakah" for c in cands)


def test_unknown_name(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Qwxzzyv") == []


def test_country_by_code(gazetteer: Gazetteer) -> None:
    syria = gazetteer.country("SY")
    assert syria is not None and syria.is_country and syria.name == "Syria"


def test_open_existing_index_is_fast(gazetteer: Gazetteer) -> None:
    started = time.perf_counter()
    again = Gazetteer.open(gazetteer.path)
    again.lookup("Damascus")
    elapsed = time.perf_counter() - started
    again.close()
    assert elapsed < 0.5


@pytest.mark.parametrize(
    ("name", "code"),
    [("Bosnia", "BA"), ("Bosnia-Herzegovina", "BA"), ("Zaire", "CD"), ("Irish Republic", "IE")],
)
def test_short_and_former_country_names(gazetteer: Gazetteer, name: str, code: str) -> None:
    first = gazetteer.lookup(name)[0]
    assert first.is_country and first.country_code == code
