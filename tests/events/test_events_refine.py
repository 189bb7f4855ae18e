"""Modifiers that recode a trigger ("air strike", "general strike", "aid convoy")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract

if TYPE_CHECKING:
    pass


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # An aid convoy carries help, not troops: by its modifier, its owner (a
        # humanitarian body, spelled out or not) or what it carries.
        ("A Red Crescent aid convoy reached Atarib on Monday.", ("AID", "humanitarian")),
        ("A relief convoy of the UN reached the besieged town of Madaya.", ("AID", "humanitarian")),
        ("A United Nations convoy crossed from Turkey on Tuesday.", ("AID", "humanitarian")),
        ("An inter-agency convoy of the UN reached Madaya.", ("AID", "humanitarian")),
        ("A Turkish army convoy of 40 vehicles crossed into Idlib.", ("MOBILIZE", "troops")),
    ],
)
def test_a_convoy_is_coded_by_what_it_carries(
    extract: Extract, text: str, code: tuple[str, str]
) -> None:
    convoys = [(e.type, e.mode) for e in extract(text) if e.trigger.text == "convoy"]
    assert convoys == [code]


def test_striking_a_convoy_is_an_attack_on_it(extract: Extract) -> None:
    # "struck" is a light verb for "struck a deal", not for what an attack hits.
    events = extract("Jets struck a Red Crescent aid convoy near Atarib on Monday.")
    assert [(e.type, e.trigger.text) for e in events] == [("ASSAULT", "struck")]
    assert events[0].target_actor is not None and events[0].target_actor.actor_id == "ICRC"


def test_a_sent_convoy_is_what_it_carries(extract: Extract) -> None:
    aid = extract("The WFP sent an aid convoy to the besieged suburb on Friday.")
    assert [(e.type, e.mode) for e in aid] == [("AID", "humanitarian")]
    troops = extract("The army sent a convoy of tanks towards Hama on Friday.")
    assert [(e.type, e.mode) for e in troops] == [("MOBILIZE", "troops")]


def test_a_bare_convoy_is_the_one_described_before(extract: Extract) -> None:
    text = (
        "A convoy of aid trucks reached the camp on Sunday. "
        "A day later the convoy came under fire as it drove back."
    )
    events = extract(text)
    assert not [e for e in events if e.type == "MOBILIZE"], events
    military = "A military convoy left the base on Sunday. Later the convoy was seen near Hama."
    assert [e.type for e in extract(military) if e.trigger.text == "convoy"] == ["MOBILIZE"]


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents set off a bomb under an army post outside Ariha.",
        "Gunmen triggered an explosive device beside a patrol near Tafas.",
        # The direct object decides before a phrase's object ("set up a checkpoint").
        "Insurgents set off a bomb beneath a checkpoint outside the town.",
    ],
)
def test_setting_off_a_bomb_is_an_explosives_attack(extract: Extract, text: str) -> None:
    events = extract(text)
    assert ("ASSAULT", "explosives") in {(e.type, e.mode) for e in events}
    assert not [e for e in events if e.trigger.text in ("set", "triggered") and e.type != "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "code", "doer"),
    [
        # Protesters named as the doers: a protest that obstructs.
        ("Angry residents blocked the highway near Suwayda on Sunday.", ("PROTEST", "obstruct"),
         "Civilians"),
        # Armed doers, or none named ("its capture cut off ..."): a restriction, and no
        # protesters are invented.
        ("Troops cut the road between Homs and Palmyra.", ("COERCE", "restrict"), None),
        ("Its fall cut off the last supply route into the eastern districts.",
         ("COERCE", "restrict"), None),
    ],
)  # fmt: skip
def test_cutting_a_road_is_coded_by_who_does_it(
    extract: Extract, text: str, code: tuple[str, str], doer: str | None
) -> None:
    events = [e for e in extract(text) if e.trigger.text in ("blocked", "cut")]
    assert [(e.type, e.mode) for e in events] == [code]
    names = [e.source_actor.name if e.source_actor else None for e in events]
    assert "Protesters" not in names
    if doer is not None:
        assert names == [doer]


def test_a_un_convoy_is_no_troop_movement(extract: Extract) -> None:
    events = extract("A UN convoy reached the besieged town of Madaya on Monday.")
    assert ("AID", "humanitarian") in {(e.type, e.mode) for e in events}
    assert "MOBILIZE" not in {e.type for e in events}


def test_the_owner_of_a_hit_convoy_is_the_target_not_the_attacker(extract: Extract) -> None:
    (bombed,) = [e for e in extract("Jets bombed a UN convoy near Atarib.") if e.type == "ASSAULT"]
    assert bombed.target_actor is not None and bombed.target_actor.actor_id == "UN"
    assert bombed.source_actor is None or bombed.source_actor.actor_id != "UN"


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb hit a minibus transporting soldiers near the checkpoint on Monday.",
        "Jets destroyed a truck transporting fighters and ammunition outside the village.",
    ],
)
def test_what_a_vehicle_was_doing_is_no_event_of_its_own(extract: Extract, text: str) -> None:
    events = extract(text)
    assert {e.type for e in events} == {"ASSAULT"}, [(e.type, e.trigger.text) for e in events]
