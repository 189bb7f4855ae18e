"""A verb whose object makes an idiom naming no event ("took place", "take part")
is no trigger: a protest that took place in a neighbourhood is no capture of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract, assault_modes

if TYPE_CHECKING:
    pass


@pytest.mark.parametrize(
    "text",
    [
        "A protest took place in the old neighbourhood of the city on Friday.",
        "The funeral took place in the village square on Sunday.",
        "The meeting took place in a district of the capital.",
    ],
)
def test_took_place_is_no_attack(extract: Extract, text: str) -> None:
    assert [e.trigger.text for e in extract(text) if e.type == "ASSAULT"] == []


def test_taking_a_town_is_still_an_attack(extract: Extract) -> None:
    events = extract("Rebels took control of the village after heavy fighting.")
    assert "took" in [e.trigger.text for e in events if e.type == "ASSAULT"]


def test_taking_out_commanders_is_an_attack(extract: Extract) -> None:
    events = extract("Russian jets have taken out seven militant commanders in the east.")
    assert [e.type for e in events if e.trigger.text == "taken"] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "No figure of the casualties has been released by civil defense teams.",
        "The ministry released the names of the victims on Monday.",
    ],
)
def test_releasing_information_is_no_release_of_people(extract: Extract, text: str) -> None:
    assert [e.type for e in extract(text) if e.type == "RETREAT"] == []


def test_releasing_prisoners_is_still_a_release(extract: Extract) -> None:
    events = extract("The group released ten prisoners on Monday.")
    assert [e.type for e in events if e.trigger.text == "released"] == ["RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "The army has captured wide stretches of territory from the militia this month.",
        "Government forces seized parts of the town after heavy fighting.",
    ],
)
def test_taking_part_of_a_place_is_an_attack(extract: Extract, text: str) -> None:
    verbs = [e.type for e in extract(text) if e.trigger.text in ("captured", "seized")]
    assert verbs == ["ASSAULT"]


def test_seizing_part_of_a_stock_stays_a_seizure(extract: Extract) -> None:
    events = extract("Police seized a large quantity of weapons in the raid.")
    assert [e.type for e in events if e.trigger.text == "seized"] == ["COERCE"]


def test_the_direct_object_decides_before_what_it_is_part_of(extract: Extract) -> None:
    text = "The fighters took full control of more key streets in the town."
    assert [e.type for e in extract(text) if e.trigger.text == "took"] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("Rebels exchanged fire with army troops near Hama.", "exchanged", "sideAB"),
        ("Coalition troops returned fire and withdrew.", "returned", "firearms"),
    ],
)
def test_exchanging_or_returning_fire_is_an_attack(
    extract: Extract, text: str, trigger: str, mode: str
) -> None:
    assert assault_modes(extract, text) == [(trigger, mode)]
    assert extract("He returned the favour and exchanged gifts.") == []


def test_severing_a_road_is_a_restriction(extract: Extract) -> None:
    events = extract("Government forces severed the main supply road on Thursday.")
    assert [(e.type, e.mode) for e in events] == [("COERCE", "restrict")]
