"""A verb of impact is an attack when a munition is its subject ("rockets hit"), and
"hit" is one when an aircraft is ("warplanes hit a market")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract, assault_modes

if TYPE_CHECKING:
    pass


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("Two rockets hit the Old City of Damascus on Tuesday.", "hit", "heavy-weapons"),
        ("Mortar shells landed on a market in Jaramana.", "landed", "heavy-weapons"),
        ("Missiles which hit a research centre damaged a building.", "hit", "heavy-weapons"),
        ("Barrel bombs rained down on Daraya.", "rained", "aerial"),
        # "slam" is also a verb of criticism: a munition's impact comes first.
        ("A missile slammed into a crowded street in Douma.", "slammed", "heavy-weapons"),
    ],
)
def test_a_munition_that_hits_is_an_attack(
    extract: Extract, text: str, trigger: str, mode: str
) -> None:
    assert assault_modes(extract, text) == [(trigger, mode)]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # A count of munitions, an explosive device, an aircraft through the verb it
        # completes.
        ("A barrage of shells hit the old quarter of Hama on Monday.", "heavy-weapons"),
        ("An explosive device hit a minibus near the bridge.", "explosives"),
        ("The air force continued to hit villages east of the dam.", "aerial"),
        # Passive: what hit it, or a place or facility with nothing named.
        ("The border town has been hit by rockets many times this year.", "heavy-weapons"),
        ("A field hospital in the northern district was hit on Monday.", None),
    ],
)
def test_more_ways_of_telling_a_hit(extract: Extract, text: str, mode: str | None) -> None:
    assert assault_modes(extract, text) == [("hit", mode)]


@pytest.mark.parametrize(
    "text",
    [
        "The crisis hit the economy hard.",
        "The storm hit the coast on Monday.",
        "The third round of talks fell apart.",
        "Oil prices fell sharply in March.",
        "The economy was hit hard by the sanctions.",
        "The ministry was hit with a large fine.",
        "Exporters were badly hit last year.",
    ],
)
def test_other_subjects_make_no_attack(extract: Extract, text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("Army helicopters dropped barrel bombs on Daraya on Sunday.", "dropped", "aerial"),
        ("Explosive barrels were dropped on two districts of the city.", "dropped", "aerial"),
    ],
)
def test_dropping_bombs_is_an_air_attack(
    extract: Extract, text: str, trigger: str, mode: str
) -> None:
    assert assault_modes(extract, text) == [(trigger, mode)]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Warplanes hit a crowded market in Maarat on Monday.", "aerial"),
        ("The army's air force hit militant positions near the dam on Friday.", "aerial"),
        ("An armed drone hit a checkpoint outside the town.", "drone"),
    ],
)
def test_an_aircraft_that_hits_is_an_air_attack(extract: Extract, text: str, mode: str) -> None:
    assert assault_modes(extract, text) == [("hit", mode)]


@pytest.mark.parametrize(
    "text",
    [
        # The aircraft is what was hit, or it only came down.
        "A cargo plane landed at the airport on Monday.",
        "The helicopter crashed in the desert on Friday.",
    ],
)
def test_aircraft_that_land_or_crash_attack_nothing(extract: Extract, text: str) -> None:
    assert assault_modes(extract, text) == []


def test_dropping_leaflets_is_no_attack(extract: Extract) -> None:
    assert assault_modes(extract, "Planes dropped leaflets over the town on Sunday.") == []


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("A car bomb killed nine people in Azaz on Sunday.", "explosives"),
        ("Nine people were killed in a car bomb in Azaz on Sunday.", "explosives"),
        ("Gunmen killed nine people with a roadside bomb near Azaz.", "explosives"),
        ("A barrel bomb killed five people in Daraya.", "aerial"),
        ("A suicide bomber killed nine people in Azaz on Sunday.", "suicide-attack"),
        ("Rebels killed nine soldiers near Azaz on Sunday.", None),
    ],
)
def test_the_means_of_a_killing_gives_its_mode(
    extract: Extract, text: str, mode: str | None
) -> None:
    assert assault_modes(extract, text) == [("killed", mode)]


def test_gassing_is_an_attack_with_unconventional_weapons(extract: Extract) -> None:
    assert assault_modes(extract, "Troops gassed two villages near Hama on Sunday.") == [
        ("gassed", "unconventional")
    ]


def test_slamming_a_decision_stays_criticism(extract: Extract) -> None:
    events = extract("The opposition slammed the government on Monday.")
    assert [(e.type, e.trigger.text) for e in events] == [("ACCUSE", "slammed")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # Sorties flown against a place are air strikes, with their flier's source.
        ("The Syrian Air Force conducted sorties targeting rebel positions in Talbisa.", 1),
        # Alone, a sortie is a flight, no attack.
        ("The pilot returned safely from a training sortie.", 0),
    ],
)
def test_sorties_with_a_light_verb_are_air_strikes(extract: Extract, text: str, count: int) -> None:
    events = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(events) == count, [(e.trigger.text, e.mode) for e in events]
    if count:
        assert events[0].mode == "aerial" and events[0].source_actor is not None


@pytest.mark.parametrize(
    "text",
    [
        "Rebels hit government-held areas of the city with mortars on Sunday.",
        "Syrian troops hit rebel positions near Hama on Sunday.",
    ],
)
def test_armed_forces_that_hit_a_place_attack_it(extract: Extract, text: str) -> None:
    assert [e.type for e in extract(text) if e.trigger.text == "hit"] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    ["The troops hit the road before dawn.", "The new sanctions hit the economy hard."],
)
def test_other_hits_are_no_attack(extract: Extract, text: str) -> None:
    assert not [e for e in extract(text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Shells fired by rebels hit the neighbourhood on Monday.", "SYR_OPPOSITION"),
        ("A car bomb planted by Islamic State militants exploded in the market.", "ISIS"),
        # The participle misparsed as the root verb, "hit" its conjunct.
        ("Rockets fired by Russian jets hit the hospital on Monday.", "RUS_MIL"),
    ],
)
def test_a_munitions_sender_is_the_doer(extract: Extract, text: str, doer: str) -> None:
    (event,) = [e for e in extract(text) if e.type == "ASSAULT"]
    assert event.source_actor is not None and event.source_actor.actor_id == doer
