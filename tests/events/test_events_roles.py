"""Source and target from the parse: active, passive, nominal, light verbs, references."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract, only

if TYPE_CHECKING:
    pass


def test_active_subject_and_object(extract: Extract) -> None:
    event = only(extract("Turkish warplanes bombed Kurdish positions near Afrin."), "ASSAULT")
    assert event.source_actor is not None and event.source_actor.actor_id == "TUR_MIL"
    assert event.target_actor is not None and event.target_actor.actor_id == "KURDISH_FORCES"
    assert event.mode == "aerial"  # warplanes are the instrument
    assert event.trigger.text == "bombed"


def test_passive_with_agent(extract: Extract) -> None:
    event = only(extract("Five civilians were killed by Houthi rebels in Taiz."), "ASSAULT")
    assert event.source_actor is not None and event.source_actor.actor_id == "HOUTHIS"
    assert event.target_actor is not None and event.target_actor.actor_id == "CIVILIANS"


def test_nominal_possessive_and_against(extract: Extract) -> None:
    text = "Washington's airstrikes against Daesh continued."
    event = only(extract(text), "ASSAULT")
    assert event.trigger.text == "airstrikes" and event.mode == "aerial"
    # A country term modifying a military event noun stands for its forces.
    assert event.source_actor is not None and event.source_actor.actor_id == "USA_MIL"
    assert event.source_actor.text == "Washington"
    assert event.target_actor is not None and event.target_actor.actor_id == "ISIS"


def test_light_verb_gives_the_subject(extract: Extract) -> None:
    event = only(extract("Russian jets carried out airstrikes on HTS positions."), "ASSAULT")
    assert event.trigger.text == "airstrikes"
    assert event.source_actor is not None and event.source_actor.actor_id == "RUS_MIL"
    assert event.target_actor is not None and event.target_actor.actor_id == "HTS"


def test_pronoun_refers_to_the_latest_actor(extract: Extract) -> None:
    events = extract("Hezbollah fighters crossed the valley. They ambushed an army patrol.")
    ambush = only(events, "ASSAULT")
    assert ambush.source_actor is not None and ambush.source_actor.actor_id == "HEZBOLLAH"
    assert ambush.source_actor.text == "Hezbollah"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # The subject of the sentence before, not its latest name (the UN, the army).
        (
            "The Arab League urged the UN monitors to visit the town. "
            "It also condemned the shelling of the town.",
            "ARAB_LEAGUE",
        ),
        (
            "The Syrian opposition coalition said regime forces shelled the suburb. "
            "It warned of grave consequences.",
            "SYR_OPPOSITION",
        ),
    ],
)
def test_a_subject_pronoun_opening_a_sentence_continues_its_subject(
    extract: Extract, text: str, actor: str
) -> None:
    second = [e for e in extract(text) if e.type in ("ACCUSE", "THREATEN")]
    assert second and second[0].source_actor is not None, second
    assert second[0].source_actor.actor_id == actor


def test_unknown_actor_is_kept_as_text(extract: Extract) -> None:
    event = only(extract("Unidentified gunmen abducted two aid workers."), "ASSAULT")
    assert event.mode == "abduct"
    assert event.source_actor is not None
    assert event.source_actor.actor_id is None and "gunmen" in event.source_actor.text
    assert event.target_actor is not None and event.target_actor.actor_id == "CIVILIANS"


def test_outlets_are_never_participants(extract: Extract) -> None:
    events = extract("SANA said that Israeli warplanes struck a warehouse near Damascus.")
    event = only(events, "ASSAULT")
    assert event.source_actor is not None and event.source_actor.actor_id == "ISR_MIL"


def test_civilians_stopping_a_convoy_is_a_protest(extract: Extract) -> None:
    event = only(extract("Local residents stopped a Turkish military convoy."), "PROTEST")
    assert event.mode == "obstruct"
    assert event.target_actor is not None and event.target_actor.actor_id == "TUR_MIL"
    troops = extract("Syrian troops stopped a Turkish military convoy.")
    assert [e.type for e in troops] == ["COERCE"]


def test_reporting_verbs_are_not_events(extract: Extract) -> None:
    assert extract("The ministry said on Monday that it had mentioned the report.") == []


def test_of_complement_of_an_attack_noun(extract: Extract) -> None:
    strikes = only(extract("Air strikes of the US-led coalition hit Baghuz."), "ASSAULT")
    assert strikes.source_actor is not None and strikes.source_actor.actor_id == "USA_MIL"
    killing = only(extract("The killing of ISIS commanders shocked the region."), "ASSAULT")
    assert killing.target_actor is not None and killing.target_actor.actor_id == "ISIS"
    assert killing.source_actor is None  # an "of" victim of a killing is not its doer


def test_a_verb_the_lemmatizer_strips_of_its_e_is_still_a_trigger(extract: Extract) -> None:
    event = only(extract("Soldiers raped two women in the village on Monday."), "ASSAULT")
    assert event.mode == "sexual" and event.trigger.text == "raped"


def test_hoping_to_is_a_plan(extract: Extract) -> None:
    (event,) = [e for e in extract("The rebels advanced, hoping to encircle the town.")
                if e.trigger.text == "encircle"]  # fmt: skip
    assert event.modality == "planned"


def test_a_staged_sit_in_is_a_protest(extract: Extract) -> None:
    # "sit-in" is one token (sitrep.nlp.hyphens): split, the lexicon's noun never matched.
    event = only(extract("Hundreds of teachers staged a sit-in outside the ministry."), "PROTEST")
    assert event.trigger.text == "sit-in" and event.mode == "demo"


def test_the_sides_of_a_fight_between_two(extract: Extract) -> None:
    for text in (
        "Clashes erupted between rebels and ISIS near Azaz on Friday.",
        "Fierce clashes between rebels and ISIS killed 20 people near Azaz.",
    ):
        event = only(extract(text), "ASSAULT")
        assert event.mode == "sideAB"
        assert event.source_actor is not None and event.source_actor.actor_id == "SYR_OPPOSITION"
        assert event.target_actor is not None and event.target_actor.actor_id == "ISIS"


def test_downing_an_aircraft_is_an_attack_on_it_not_from_the_air(extract: Extract) -> None:
    event = only(extract("Rebels downed an army helicopter near Hama on Tuesday."), "ASSAULT")
    assert event.trigger.text == "downed" and event.mode is None
    assert extract("Workers downed tools in the port on Tuesday.") == []
    # Air defences shoot from the ground.
    event = only(extract("The army said its air defences downed a drone over Hama."), "ASSAULT")
    assert event.mode is None


def test_regaining_control_of_a_town_is_an_assault(extract: Extract) -> None:
    event = only(extract("The army regained control of the town of Qaryatayn."), "ASSAULT")
    assert event.trigger.text == "regained"


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("Rebels launched a counteroffensive near Hama on Friday.", "counteroffensive", "ASSAULT"),
        ("The army massed troops near Hama on Friday.", "massed", "MOBILIZE"),
        ("Militants set fire to grain silos near Hama.", "set", "ASSAULT"),
        ("Rebels advanced into the centre of Hama on Friday.", "advanced", "ASSAULT"),
    ],
)
def test_more_wordings_of_attacks_and_moves(
    extract: Extract, text: str, trigger: str, type_: str
) -> None:
    assert [(e.trigger.text, e.type) for e in extract(text)] == [(trigger, type_)]
