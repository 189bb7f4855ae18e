"""Per-document and per-name work done once: group names, respellings, distances."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitrep.geo import Gazetteer, find_places, main_location, scene
from sitrep.geo.guesses import typo_readings
from sitrep.geo.rows import cached_km, haversine_km

if TYPE_CHECKING:
    from spacy.language import Language


def test_group_names_are_read_once_per_document(
    nlp: Language, gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = scene._group_name_ranges

    def counting(text: str) -> list[tuple[int, int]]:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(scene, "_group_name_ranges", counting)
    doc = nlp("The Islamic State of Iraq and the Levant attacked Raqqa in Syria.")
    places = find_places(doc, gazetteer)
    main_location(places, doc)
    assert len(calls) == 1
    first = scene.group_name_ranges(doc)
    first.append((0, 1))
    assert (0, 1) not in scene.group_name_ranges(doc), "callers get copies"
    assert len(calls) == 1
    other = nlp("Raqqa was shelled.")
    scene.group_name_ranges(other)
    assert len(calls) == 2, "a new document is read anew"


def test_respelled_readings_are_remembered_per_name(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = gazetteer.lookup_many(["Alepppo"])
    first = typo_readings("Alepppo", found, gazetteer, 100_000)
    assert first and first[0].name == "Aleppo"

    def no_lookups(*_: object) -> None:
        raise AssertionError("looked up again")

    monkeypatch.setattr(gazetteer, "lookup_many", no_lookups)
    monkeypatch.setattr(gazetteer, "lookup", no_lookups)
    again = typo_readings("Alepppo", found, gazetteer, 100_000)
    assert again == first
    again.clear()
    assert typo_readings("Alepppo", found, gazetteer, 100_000) == first


def test_cached_distance_is_the_distance() -> None:
    args = (36.2, 37.16, 33.51, 36.29)
    assert cached_km(*args) == haversine_km(*args)
    assert 300 < cached_km(*args) < 320
