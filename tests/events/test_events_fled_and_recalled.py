"""Two happenings in one sentence that coreference must not join: the danger people
were fleeing when an attack struck them ("killed civilians trying to flee the
fighting"), a dated happening recalled to say which place is meant ("towns
including X, where a convoy was attacked on 19 September"), and what a place
serves for ("a depot from which raids were run")."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from events_support import Extract

from sitrep.model import Event
from sitrep.time import assign_dates

if TYPE_CHECKING:
    from spacy.language import Language


def _by_trigger(events: list[Event]) -> dict[str, Event]:
    return {e.trigger.text: e for e in events if e.type == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "attack", "fled", "toll"),
    [
        (
            "Warplanes killed at least 45 villagers trying to flee heavy fighting near "
            "the river when their boats were bombed on Tuesday.",
            "bombed",
            "fighting",
            45,
        ),
        (
            "Shelling killed 17 families escaping from the bombardment of the old city on Friday.",
            "Shelling",
            "bombardment",
            17,
        ),
        (
            "An air raid killed 23 displaced people as they tried to escape areas where "
            "the army is battling the militants.",
            "raid",
            "battling",
            23,
        ),
        (
            "At least 31 villagers were killed by air strikes as they escaped from the "
            "edges of the fighting around the town.",
            "killed",
            "fighting",
            31,
        ),
    ],
)
def test_what_people_fled_is_not_the_attack_that_killed_them(
    extract: Extract, text: str, attack: str, fled: str, toll: int
) -> None:
    events = _by_trigger(extract(text))
    assert attack in events and fled in events, sorted(events)
    assert [q.value for q in events[attack].quantities] == [toll]
    assert events[fled].quantities == []


@pytest.mark.parametrize(
    "text",
    [
        "Russian air strikes killed 12 villagers as they tried to escape from the town.",
        "Regime airstrikes killed nine civilians while they were escaping from the valley.",
    ],
)
def test_those_who_flee_are_the_people_not_the_attacker(extract: Extract, text: str) -> None:
    fled = [e for e in extract(text) if e.type == "RETREAT"]
    assert len(fled) == 1
    doer = fled[0].source_actor
    assert doer is not None and doer.name == "Civilians", doer


def test_a_later_sentence_joins_the_attack_not_the_fighting_fled(extract: Extract) -> None:
    text = (
        "A government air strike killed 31 civilians on Monday as they tried to cross "
        "the valley to escape fighting in the north. Children were among those killed "
        "in the strike, rescuers said."
    )
    events = _by_trigger(extract(text))
    assert "fighting" in events
    assert events["fighting"].mentions == []


@pytest.mark.parametrize(
    ("text", "main", "other"),
    [
        (
            "Monitors said air raids have taken place in numerous towns in the countryside "
            "including Kafr Nasih where an attack on a fuel convoy took place on 12 March.",
            "raids",
            "attack",
        ),
        (
            "Jets pounded the town of Tal Jabin, which was the scene of a massacre in "
            "1980, activists said.",
            "pounded",
            "massacre",
        ),
        (
            "Insurgents shelled the garrison in retaliation for air raids that killed "
            "nine villagers.",
            "shelled",
            "raids",
        ),
        (
            "Navy ships fired missiles at an airfield on Friday. The strikes came in "
            "response to what the allies say was a gas attack on a market town.",
            "fired",
            "attack",
        ),
    ],
)
def test_a_recalled_or_answered_happening_is_its_own(
    extract: Extract, text: str, main: str, other: str
) -> None:
    events = _by_trigger(extract(text))
    assert main in events and other in events, sorted(events)
    assert other not in [m.trigger.text for m in events[main].mentions]


@pytest.mark.parametrize(
    "text",
    [
        # A clause on the weapon tells the attack itself.
        "A civilian was wounded in an attack with a mortar shell that hit the market "
        "district on Saturday.",
        # A clause on people: "one-year-old" is no date of its own.
        "A man whose wife and one-year-old son were among those killed said the jets "
        "struck at dawn.",
        # A clause on the place that gives the attack's toll, not another happening.
        "Government jets struck Douma, where 20 people were killed on Monday.",
    ],
)
def test_other_relative_clauses_stay_one_happening(extract: Extract, text: str) -> None:
    assert len(_by_trigger(extract(text))) == 1, sorted(_by_trigger(extract(text)))


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # The recalled attack's day is not the raids' (published 2016-10-07).
        (
            "Monitors said air raids have taken place in numerous towns in the countryside "
            "including Kafr Nasih where an attack on a fuel convoy took place on 12 March.",
            "raids",
            "2016-10-07",
        ),
        (
            "Monitors said air raids have taken place in numerous towns in the countryside "
            "including Kafr Nasih where an attack on a fuel convoy took place on 12 March.",
            "attack",
            "2016-03-12",
        ),
        # The toll's day in a clause on the place is the strike's.
        (
            "Government jets struck Douma, where 20 people were killed on Monday.",
            "struck",
            "2016-10-03",
        ),
        # Sunday (2016-10-02) dates the review, not the attack it weighs an answer to.
        (
            "Ministers reviewed options on Sunday on how the allies could respond to a "
            "nerve gas attack on a market town.",
            "attack",
            "2016-10-07",
        ),
        # "Last week" holds the answered attack too.
        (
            "The navy launched missiles at an airfield last week in response to a gas "
            "attack on a market town.",
            "attack",
            "2016-09-26",
        ),
    ],
)
def test_the_date_of_a_recalled_or_answered_happening_is_its_own(
    extract: Extract, nlp: Language, text: str, trigger: str, day: str
) -> None:
    events = extract(text, published="2016-10-07")
    assign_dates(nlp(text), events, dt.date(2016, 10, 7))
    dated = {e.trigger.text: e.date.value if e.date else None for e in events}
    assert dated[trigger] == day, dated


@pytest.mark.parametrize(
    ("text", "own", "use"),
    [
        (
            "Kurdish-led fighters seized a depot from which the militants' operations "
            "were led in the north of the town earlier this month.",
            "seized",
            "operations",
        ),
        (
            "Rebels overran an airbase from where raids were launched on the villages.",
            "overran",
            "raids",
        ),
    ],
)
def test_what_a_place_serves_for_is_no_happening_of_its_own(
    extract: Extract, text: str, own: str, use: str
) -> None:
    events = {e.trigger.text: e for e in extract(text)}
    assert own in events and use in events, sorted(events)
    assert events[use].modality == "habitual"
    assert events[own].modality == "asserted"
    assert use not in [m.trigger.text for m in events[own].mentions]


def test_what_a_place_serves_for_is_not_the_capture_of_that_place(extract: Extract) -> None:
    text = (
        "On Wednesday the army said that allied fighters took control of a depot from "
        "which operations were led at the start of the week."
    )
    events = {e.trigger.text: e for e in extract(text) if e.type == "ASSAULT"}
    assert "took" in events and "operations" in events, sorted(events)
    assert events["took"].mentions == []
    assert events["operations"].modality == "habitual"


@pytest.mark.parametrize(
    "text",
    [
        # Dated to a day: one happening, recalled to name the hill.
        "Fighters seized a hill from which rockets were fired on Saturday.",
        # Not a place's use: the jihadists were driven out of the town.
        "The assault on the border town from which the jihadists were expelled last "
        "month sparked an exodus.",
    ],
)
def test_other_from_which_clauses_tell_a_happening(extract: Extract, text: str) -> None:
    assert all(e.modality != "habitual" for e in extract(text)), [
        (e.trigger.text, e.modality) for e in extract(text)
    ]
