"""Roles that need more than one trigger: reactions, peers, victims, blame, claims."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract, only

if TYPE_CHECKING:
    pass


def _id(ref: object) -> str | None:
    return getattr(ref, "actor_id", None)


def test_condemning_an_attack_targets_its_author(extract: Extract) -> None:
    text = "Turkish warplanes bombed Kurdish positions. Iran condemned the bombing."
    accuse = only(extract(text), "ACCUSE")
    assert _id(accuse.source_actor) == "IRN"
    # A political reaction addresses the state whose forces acted.
    assert _id(accuse.target_actor) == "TUR_GOV"


def test_agreement_partners_and_talks(extract: Extract) -> None:
    text = (
        "Turkish President Erdogan and Russian President Putin agreed on a ceasefire after talks."
    )
    events = extract(text)
    agree = only(events, "AGREE")
    assert {_id(agree.source_actor), _id(agree.target_actor)} == {"TUR_GOV", "RUS_GOV"}
    assert agree.modality == "asserted"  # "agreed on a ceasefire" is no plan
    talks = only(events, "CONSULT")
    assert _id(talks.source_actor) == "TUR_GOV"


def test_unnamed_people_killed_are_civilians(extract: Extract) -> None:
    event = only(extract("Syrian army shelling killed seven people in Douma."), "ASSAULT")
    assert _id(event.target_actor) == "CIVILIANS"
    assert event.target_actor is not None and "people" in event.target_actor.text


def test_blame_names_the_attacker(extract: Extract) -> None:
    text = (
        "At least 33 soldiers were killed in an air strike on Thursday. Ankara blamed the regime."
    )
    attack = only(extract(text), "ASSAULT")
    # A government blamed for an air strike carried it out through its forces.
    assert _id(attack.source_actor) == "SYR_GOV_FORCES"


def test_a_party_claiming_an_act_of_another_is_an_accusation(extract: Extract) -> None:
    events = extract("Syria claims that Washington is looting the country's oil.")
    accuse = only(events, "ACCUSE")
    assert accuse.trigger.text == "claims" and accuse.mode == "allege"
    assert _id(accuse.source_actor) == "SYR_GOV" and _id(accuse.target_actor) == "USA_GOV"
    assert not [e for e in events if e.type == "COERCE"]  # the looting is not asserted


def test_a_monitor_reporting_is_no_accusation(extract: Extract) -> None:
    events = extract("The monitor claimed that Turkish warplanes bombed the village.")
    assert [e.type for e in events] == ["ASSAULT"]


def test_threat_in_the_conditional_is_made(extract: Extract) -> None:
    event = only(extract("Iran said it would take revenge on the United States."), "THREATEN")
    assert event.modality == "asserted"


def test_its_forces_are_the_governments_military(extract: Extract) -> None:
    text = "Turkey's defence ministry said that its forces had neutralised regime troops."
    event = only(extract(text), "ASSAULT")
    assert _id(event.source_actor) == "TUR_MIL"
    assert _id(event.target_actor) == "SYR_GOV_FORCES"


@pytest.mark.parametrize(
    "text",
    [
        "ISIS said that seven guards were killed.",
        # The parse puts the speaker inside "Speaking on": still who reports it.
        "Speaking on Monday Guterres said that if fighting continued in Idlib at its "
        "present rate thousands would flee.",
    ],
)
def test_reporter_is_not_the_agent(extract: Extract, text: str) -> None:
    events = [e for e in extract(text) if e.type == "ASSAULT"]
    assert events and all(e.source_actor is None for e in events), events


def test_long_planned_action_is_the_reported_incursion(extract: Extract) -> None:
    text = (
        "The Turkish incursion began in October 2019 after Trump gave Erdogan the green "
        "light to continue his long-planned action against Kurdish fighters."
    )
    assaults = [e for e in extract(text, published="2021-03-01") if e.type == "ASSAULT"]
    assert [e.trigger.text for e in assaults] == ["incursion"]


def test_participle_description_is_no_event(extract: Extract) -> None:
    events = extract("Regime forces, backed by Russian air power, pushed into the province.")
    assert "SUPPORT" not in [e.type for e in events]


def test_capturing_a_place_is_an_assault(extract: Extract) -> None:
    event = only(extract("The Syrian Democratic Forces captured Baghuz on Saturday."), "ASSAULT")
    assert _id(event.source_actor) == "SDF"  # the listed name beats "Syrian ... Forces"


def test_country_addressed_by_a_threat_is_its_government(extract: Extract) -> None:
    event = only(extract("Iran vowed to take revenge on the United States."), "THREATEN")
    assert _id(event.target_actor) == "USA_GOV"


def test_crackdown_on_protests_targets_protesters(extract: Extract) -> None:
    events = extract("The Assad regime cracked down harshly on street demonstrations.")
    crackdown = only(events, "COERCE")
    assert _id(crackdown.source_actor) == "SYR_GOV"
    assert _id(crackdown.target_actor) == "PROTESTERS"


def test_political_reaction_addresses_the_state(extract: Extract) -> None:
    text = "US forces carried out a drone strike near Baghdad. Iran denounced the strike."
    accuse = only(extract(text), "ACCUSE")
    assert _id(accuse.target_actor) == "USA_GOV"


def test_further_victims_in_the_next_sentence_are_the_same_attack(extract: Extract) -> None:
    text = (
        "General Soleimani, the commander of the Quds Force, was martyred in a US drone "
        "strike near Baghdad airport. His deputy was martyred alongside him."
    )
    assault = only(extract(text), "ASSAULT")
    assert _id(assault.source_actor) == "USA_MIL"
    assert _id(assault.target_actor) == "IRGC"  # the Quds Force belongs to the IRGC


def test_joint_action_of_coordinated_states(extract: Extract) -> None:
    text = "Turkish and Russian troops will start joint patrols along the road on March 15."
    patrols = only(extract(text), "COOPERATE")
    assert (_id(patrols.source_actor), _id(patrols.target_actor)) == ("TUR_MIL", "RUS_MIL")


def test_fighting_between_the_sides_named_as_its_dead(extract: Extract) -> None:
    text = (
        "Some 45 Syrian regime and rebel fighters were killed over two days of "
        "clashes near Daraa, the monitor said."
    )
    battle = only(extract(text), "ASSAULT")
    sides = {_id(battle.source_actor), _id(battle.target_actor)}
    assert sides == {"SYR_GOV_FORCES", "SYR_OPPOSITION"}


def test_unresolved_victim_word_is_civilians(extract: Extract) -> None:
    aid = only(extract("Civil defense volunteers ferried the casualties to hospitals."), "AID")
    assert _id(aid.target_actor) == "CIVILIANS"


def test_a_suppressed_protest_targets_who_suppressed_it(extract: Extract) -> None:
    text = "In 2012 the Assad regime cracked down harshly on anti-government protests."
    protest = only(extract(text), "PROTEST")
    assert _id(protest.target_actor) == "SYR_GOV"


def test_a_party_that_will_not_accept_something_rejects_it(extract: Extract) -> None:
    events = extract("The rebel groups said they would not accept Russia as a mediator.")
    refusal = only(events, "REJECT")
    assert refusal.modality == "asserted"
    assert refusal.target_actor is not None and refusal.target_actor.actor_id == "RUS_GOV"
    assert "AGREE" not in {e.type for e in events}
    # No deal reached is no refusal.
    assert "REJECT" not in {e.type for e in extract("The two sides did not agree on a truce.")}
