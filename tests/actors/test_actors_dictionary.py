"""The actor dictionary: bundled data, user files, and errors that say what to fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.actors import ActorDictionary
from sitrep.actors.dictionary import ACTOR_TYPES
from sitrep.errors import UsageError


def test_bundled_dictionary_is_complete() -> None:
    actors = ActorDictionary.load([])
    assert 40 <= len(actors) <= 90
    for actor in actors.data.actors.values():
        assert actor.type in ACTOR_TYPES
        assert actor.aliases or actor.id in {c.government for c in actors.data.countries.values()}
    # Both sides' names for the same group resolve to one id.
    isis = actors.get("ISIS")
    assert isis is not None
    for alias in ("Daesh", "ISIL", "Islamic State", "Takfiri group", "IS"):
        assert alias in isis.aliases
    sana = actors.get("SANA")
    assert sana is not None and sana.type == "media"


def _write(tmp_path: Path, payload: object) -> str:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(payload), "utf-8")
    return str(path)


def test_user_file_adds_and_overrides(tmp_path: Path) -> None:
    extra = _write(
        tmp_path,
        {
            "actors": [
                {
                    "id": "LOCAL_MILITIA",
                    "name": "Local militia",
                    "type": "political_militia",
                    "country_code": "SY",
                    "aliases": ["Liwa al-Test"],
                },
                {
                    "id": "SANA",
                    "name": "SANA",
                    "type": "other",
                    "country_code": "SY",
                    "aliases": ["SANA"],
                },
            ]
        },
    )
    actors = ActorDictionary.load([extra])
    militia = actors.get("LOCAL_MILITIA")
    assert militia is not None and militia.aliases == ("Liwa al-Test",)
    sana = actors.get("SANA")
    assert sana is not None and sana.type == "other"


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"actors": [{"id": "X", "name": "X", "type": "army", "aliases": []}]}, "unknown type"),
        ({"actors": [{"id": "X", "type": "other"}]}, "'name'"),
        ({"actors": "nope"}, "'actors' list"),
        ({"actors": [{"id": "X", "name": "X", "type": "other", "aliases": [1]}]}, "aliases"),
        (
            {
                "actors": [],
                "countries": {"ZZ": {"terms": ["Zed"], "government": "NOPE", "military": "NOPE"}},
            },
            "unknown actor",
        ),
        (
            {"actors": [{"id": "X", "name": "X", "type": "other", "aliases": [], "became": "Y"}]},
            "became unknown actor",
        ),
        (
            {"actors": [{"id": "X", "name": "X", "type": "other", "aliases": [], "covers": ["Y"]}]},
            "covers unknown actor",
        ),
        ({"actors": [], "non_state_modifiers": {"rebel": "army"}}, "non_state_modifiers"),
    ],
)
def test_bad_user_file_is_a_usage_error(tmp_path: Path, payload: object, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        ActorDictionary.load([_write(tmp_path, payload)])


def test_missing_or_invalid_file(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        ActorDictionary.load([str(tmp_path / "absent.json")])
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", "utf-8")
    with pytest.raises(UsageError, match="not valid JSON"):
        ActorDictionary.load([str(broken)])


def test_a_wider_name_covers_the_groups_it_takes_in() -> None:
    from sitrep.actors import covers

    assert covers("KURDISH_FORCES", "SDF") and covers("YPG", "KURDISH_FORCES")
    assert covers("SYR_OPPOSITION", "FSA")
    # Two groups a wider name covers are not one another.
    assert not covers("SDF", "PKK")
    assert not covers("SYR_OPPOSITION", "NUSRA")
