"""A town named as an attack's target is its place, not a party (sitrep.events.place_targets)."""

from __future__ import annotations

from events_support import Extract

from sitrep.events.place_targets import is_place, place_names
from sitrep.model import ActorRef, Place


def _place(text: str, feature: str) -> Place:
    return Place(text=text, start=0, end=len(text), name=text, lat=0.0, lon=0.0, feature=feature)


def test_a_town_is_no_target_but_a_country_or_capital_stays() -> None:
    names = place_names(
        [_place("Kafr Zita", "P.PPL"), _place("Turkey", "A.PCLI"), _place("Damascus", "P.PPLC")]
    )
    town = ActorRef(actor_id=None, name="Kafr Zita", text="Kafr Zita")
    assert is_place("ASSAULT", town, names)
    assert is_place("COERCE", ActorRef(actor_id=None, name="x", text="the Kafr Zita"), names)
    # A political act's addressee, a listed actor, a country or a capital is kept.
    assert not is_place("ACCUSE", town, names)
    assert not is_place(
        "ASSAULT", ActorRef(actor_id="TUR_GOV", name="Kafr Zita", text="Kafr Zita"), names
    )
    assert not is_place("ASSAULT", ActorRef(actor_id=None, name="Turkey", text="Turkey"), names)
    assert not is_place("ASSAULT", ActorRef(actor_id=None, name="Damascus", text="Damascus"), names)


def test_an_attacked_town_is_not_recorded_as_the_target(extract: Extract) -> None:
    text = "Syrian jets targeted Tal Rifaat on Monday."
    start = text.index("Tal Rifaat")
    town = Place(
        text="Tal Rifaat",
        start=start,
        end=start + 10,
        name="Tal Rifaat",
        lat=36.47,
        lon=37.1,
        country_code="SY",
        feature="P.PPL",
    )
    events = [e for e in extract(text, places=[town]) if e.type == "ASSAULT"]
    assert events
    assert all(e.target_actor is None for e in events), [e.target_actor for e in events]
