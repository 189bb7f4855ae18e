"""Names the gazetteer misses through a slip: a glued compass word, a doubled letter."""

from __future__ import annotations

from sitrep.geo import Gazetteer
from sitrep.geo.doubled import doubled_readings, doubled_variants
from sitrep.geo.glued import glued_readings, glued_stem


def test_glued_stem_cuts_a_lower_case_compass_word() -> None:
    assert glued_stem("Kobaninorth") == "Kobani"
    assert glued_stem("Aleppowest") == "Aleppo"
    assert glued_stem("Raqqanortheast") == "Raqqa"


def test_glued_stem_leaves_ordinary_words() -> None:
    for word in ("Midwest", "Feast", "Northeast", "Southwest", "North", "Aleppo", "kobaninorth"):
        assert glued_stem(word) is None, word


def test_glued_readings_find_the_known_town(gazetteer: Gazetteer) -> None:
    found = gazetteer.lookup_many(["Aleppowest"])
    cands = glued_readings("Aleppowest", found, gazetteer)
    assert any(c.country_code == "SY" and c.admin1 == "Halab" for c in cands)


def test_glued_readings_need_a_miss(gazetteer: Gazetteer) -> None:
    # "Aleppo" itself has exact readings: nothing to repair.
    assert glued_readings("Aleppo", gazetteer.lookup_many(["Aleppo"]), gazetteer) == []


def test_doubled_variants_cover_each_run_once_or_twice() -> None:
    assert "Hamah" in doubled_variants("Hammah")
    assert "Aleppo" in doubled_variants("Alepppo")
    assert "Ghouta" in doubled_variants("Ghoutta")
    assert "Hammah" not in doubled_variants("Hammah")


def test_doubled_vowels_are_not_respelled() -> None:
    # A doubled vowel marks a long vowel or a glottal stop ("Baath"), not a slip.
    assert doubled_variants("Baath") == []
    assert doubled_variants("Mayadeen") == []


def test_doubled_readings_find_the_place_as_folded(gazetteer: Gazetteer) -> None:
    cands = doubled_readings("Alepppo", gazetteer.lookup_many(["Alepppo"]), gazetteer)
    assert cands and cands[0].country_code == "SY" and cands[0].admin1 == "Halab"
    assert all(c.level == 1 for c in cands)


def test_doubled_readings_need_a_miss(gazetteer: Gazetteer) -> None:
    assert doubled_readings("Aleppo", gazetteer.lookup_many(["Aleppo"]), gazetteer) == []
