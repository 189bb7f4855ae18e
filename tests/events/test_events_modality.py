"""Modality: what did not, might, will, used to or long ago happen."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract, only

if TYPE_CHECKING:
    pass


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Houthis did not attack the ship.", "negated"),
        ("Rebels failed to capture the town.", "negated"),
        ("Israel could strike Iranian sites.", "hypothetical"),
        ("The council said the militia must release the hostages.", "hypothetical"),
        ("If talks collapse, Turkey would launch an offensive.", "hypothetical"),
        ("Russia will deploy more troops to the border.", "planned"),
        ("The coalition plans to withdraw its forces.", "planned"),
        ("Settlers have repeatedly attacked Palestinian farmers.", "habitual"),
        ("The US has carried out airstrikes in Syria since September 2014.", "historical"),
        ("Iraqi forces arrested five suspects on Sunday.", "asserted"),
        # Agreeing is the event itself, not a plan (what is agreed to do is one).
        ("Ankara and Moscow agreed a truce for the province.", "asserted"),
        # An infinitive of purpose on a noun shares the noun's verb's mood.
        ("The envoy said the meeting will lead to steps to disarm the militias.", "planned"),
        ("The army took steps to disarm the militias.", "asserted"),
        # An adjective that looks ahead governs its infinitive as "prepare" does.
        ("The militiamen were getting ready to storm the barracks.", "planned"),
        ("Marines were about to raid the compound.", "planned"),
        ("The brigade was unable to capture the airfield.", "negated"),
        # What people wait for has not happened ("for ... to" under the waiting verb).
        (
            "The villagers were waiting for the government troops to arrive.",
            "hypothetical",
        ),
    ],
)
def test_modality(extract: Extract, text: str, modality: str) -> None:
    events = extract(text)
    assert events, text
    assert events[0].modality == modality, [(e.trigger.text, e.modality) for e in events]


def test_what_is_agreed_to_do_is_planned(extract: Extract) -> None:
    events = extract("Ankara and Moscow agreed to withdraw their troops.")
    assert [(e.type, e.modality) for e in events] == [("AGREE", "asserted"), ("RETREAT", "planned")]


def test_recent_date_is_not_background(extract: Extract) -> None:
    text = "The US has carried out airstrikes in Syria since February 2021."
    assert extract(text, published="2021-03-01")[0].modality == "asserted"
    assert extract(text, published="2023-03-01")[0].modality == "historical"


def test_a_threat_to_attack_is_a_threat(extract: Extract) -> None:
    events = extract("Hezbollah threatened to attack Israeli positions.")
    assert [e.type for e in events] == ["THREATEN"]
    assert only(events, "THREATEN").source_actor is not None


def test_a_conjunct_of_what_people_fear_is_feared_too(extract: Extract) -> None:
    text = "Farmers said they feared being caught in air raids or shelling near the canal."
    events = [e for e in extract(text) if e.type == "ASSAULT"]
    assert events and all(e.modality == "hypothetical" for e in events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The village has been shelled for weeks by government artillery.", "shelled"),
        ("The city has lacked power for months because of damage done by air raids.", "raids"),
    ],
)
def test_what_a_clause_says_lasted_weeks_or_months_is_habitual(
    extract: Extract, text: str, trigger: str
) -> None:
    event = next(e for e in extract(text) if e.trigger.text == trigger)
    assert event.modality == "habitual"


def test_a_siege_of_months_does_not_make_the_capture_after_it_habitual(extract: Extract) -> None:
    text = "Troops besieged the village for months before capturing it on Monday."
    event = next(e for e in extract(text) if e.trigger.text == "capturing")
    assert event.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Villagers feared being caught in air raids near the wells.", "raids"),
        ("Farmers fear being hit by shelling in the fields.", "shelling"),
        ("Parents worried about a bombardment of the school.", "bombardment"),
        # What a noun of fear, warning or preparation is of or for.
        ("Fears of a gas attack spread through the camp.", "attack"),
        ("The risk of air strikes kept the farmers indoors.", "strikes"),
        ("Townspeople were making preparations for an assault on the valley.", "assault"),
        # A condition: "in case of", "in the event of".
        ("Fighters pulled back in case of another gas attack on the front.", "attack"),
        ("The pact applies in the event of a missile strike on the port.", "strike"),
    ],
)
def test_what_people_fear_has_not_happened(extract: Extract, text: str, trigger: str) -> None:
    event = next(e for e in extract(text) if e.trigger.text == trigger)
    assert event.modality == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # "May" after a day of the month is the month, which the tagger reads as a modal.
        ("Coalition raids since 14 May have killed 300 villagers, monitors said.", "killed"),
        # A modal on hearing or seeing: what was heard happened.
        ("Loud explosions could be heard across the port on Monday night.", "explosions"),
        ("From the roof we could see the shelling of the old quarter.", "shelling"),
    ],
)
def test_a_month_or_a_sense_is_no_doubt(extract: Extract, text: str, trigger: str) -> None:
    found = {e.trigger.text.lower(): e.modality for e in extract(text) if e.type == "ASSAULT"}
    assert found.get(trigger) == "asserted", found


@pytest.mark.parametrize(
    "text",
    [
        # The modal is on the wish, not on the seeing: "see" does not excuse it.
        "The senator said he would like to see protests outside the embassy.",
        # A lost apostrophe ("Id") drops the modal; the wish is still one.
        '"Id really like to see demonstrations at the consulate" the senator said.',
        "The mayor said she wished to see more rallies in the square.",
    ],
)
def test_what_someone_wishes_to_see_has_not_happened(extract: Extract, text: str) -> None:
    events = [e for e in extract(text) if e.type == "PROTEST"]
    assert events, text
    assert {e.modality for e in events} == {"hypothetical"}


def test_what_was_stopped_in_time_does_not_lend_its_mood(extract: Extract) -> None:
    text = "Guards shot the attackers dead before they could detonate their vests at the gate."
    found = {e.trigger.text: e for e in extract(text) if e.type == "ASSAULT"}
    assert found["shot"].modality == "asserted", found
    assert found["detonate"].modality == "hypothetical"
    assert "detonate" not in [m.trigger.text for m in found["shot"].mentions]


def test_a_while_clause_of_a_present_state_is_habitual(extract: Extract) -> None:
    # What a party keeps doing ("faces the threat while fighting the army") is no
    # one happening; a "while" clause of a past act is ("shelled ... while fighting").
    events = extract("The militia faces a new threat while fighting the army in the hills.")
    assert [(e.trigger.text, e.modality) for e in events if e.type == "ASSAULT"] == [
        ("fighting", "habitual")
    ]
    events = extract("The militia shelled the base while fighting the army in the hills.")
    assert ("shelled", "asserted") in [(e.trigger.text, e.modality) for e in events]


def test_the_case_of_a_happening_names_it(extract: Extract) -> None:
    # "In the case of" with its article says which happening, not a condition.
    text = "In the case of the market strike, the coalition opened an inquiry."
    event = next(e for e in extract(text) if e.trigger.text == "strike")
    assert event.modality == "asserted"
