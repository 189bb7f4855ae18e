"""Generic words for a state's own actors ("the army", "the regime", "the opposition")
and each country's actor for them, as the events stage reads them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.actors import ActorDictionary, generic_terms
from sitrep.errors import UsageError


def test_every_sides_words_are_generic_terms() -> None:
    phrases = generic_terms().phrases
    for phrase in ("the government", "the regime"):
        assert phrases[phrase] == "government"
    for phrase in ("the army", "government forces", "regime forces", "loyalists"):
        assert phrases[phrase] == "military"
    assert phrases["the opposition"] == "opposition"


def test_bare_modifiers_of_every_side_name_a_role() -> None:
    terms = generic_terms()
    assert terms.modifiers["government"] == "military"
    assert terms.modifiers["rebel"] == "opposition"
    assert {"strikes", "shelling", "positions"} <= terms.attack_heads


def test_each_country_has_its_actors_per_role() -> None:
    actors = generic_terms().actors
    assert actors["SY"]["military"].id == "SYR_GOV_FORCES"
    assert actors["SY"]["opposition"].id == "SYR_OPPOSITION"
    assert actors["IQ"]["government"].id == "IRQ_GOV"
    assert "opposition" not in actors["IQ"]


def _write(tmp_path: Path, payload: object) -> str:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(payload), "utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"actors": [], "generic_terms": ["the army"]}, "'generic_terms' must be an object"),
        ({"actors": [], "generic_terms": {"military": "the army"}}, "generic_terms.military"),
        (
            {"actors": [], "generic_terms": {"modifiers": {"rebel": "rebels"}}},
            "generic_terms.modifiers",
        ),
        (
            {
                "actors": [],
                "countries": {
                    "ZZ": {
                        "terms": ["Zed"],
                        "government": "SYR_GOV",
                        "military": "SYR_GOV_FORCES",
                        "opposition": "NOPE",
                    }
                },
            },
            "unknown actor",
        ),
    ],
)
def test_bad_generic_entries_say_what_to_fix(tmp_path: Path, payload: object, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        ActorDictionary.load([_write(tmp_path, payload)])


def test_a_user_file_adds_generic_terms(tmp_path: Path) -> None:
    extra = _write(tmp_path, {"actors": [], "generic_terms": {"military": ["the junta's men"]}})
    data = ActorDictionary.load([extra]).data
    assert data.generic["the junta's men"] == "military"
    assert data.generic["the army"] == "military"
