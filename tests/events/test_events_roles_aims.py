"""What an attack was aimed at, and the voice of a participle conjoined to a passive:
an unlisted object of "target", the owner of a targeted place in text that lost its
apostrophes, and "were killed and many more wounded by X"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract, make_extract, only

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="module")
def run(nlp: Language) -> Extract:
    return make_extract(nlp)


def test_unlisted_object_of_target_is_the_target(run: Extract) -> None:
    event = only(
        run("Two suicide bombers targeted a checkpoint near the airport on Monday."), "ASSAULT"
    )
    assert event.target_actor is not None
    assert event.target_actor.actor_id is None
    assert event.target_actor.text == "checkpoint"


def test_aim_of_an_event_noun_is_its_target_when_nothing_else_is(run: Extract) -> None:
    event = only(
        run("The bombing targeting a checkpoint near Jarablus was the third this week."), "ASSAULT"
    )
    assert event.target_actor is not None
    assert event.target_actor.text == "checkpoint"


def test_targeted_place_is_no_target(run: Extract) -> None:
    event = only(run("The army targeted the town with heavy artillery on Sunday."), "ASSAULT")
    assert event.target_actor is None


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        (
            "Allied jets launched a wave of air raids targeting the self-styled "
            "Islamic State (ISIS) groups bastion of Raqqa in what commanders called the "
            "biggest raid so far.",
            "ISIS",
        ),
        (
            "Government aircraft carried out strikes targeting the self proclaimed Islamic "
            "State groups stronghold of Mayadin on Sunday.",
            "ISIS",
        ),
    ],
)
def test_owner_of_a_targeted_place_is_the_target(run: Extract, text: str, actor_id: str) -> None:
    # "the group's stronghold" without its apostrophe: the parse makes "stronghold" a verb.
    event = only(run(text), "ASSAULT")
    assert event.target_actor is not None
    assert event.target_actor.actor_id == actor_id


def test_participle_conjoined_to_a_passive_is_passive(run: Extract) -> None:
    events = run("Five people were killed and many more wounded by rocket fire on Friday.")
    event = only(events, "ASSAULT")
    # The people are the victims, not the authors of the attack.
    assert event.source_actor is None
    assert event.target_actor is not None
    assert event.target_actor.actor_id == "CIVILIANS"


def test_aim_of_an_event_noun_yields_to_the_victims(run: Extract) -> None:
    event = only(
        run("A car bomb targeting a bus killed 12 civilians in Afrin on Friday."), "ASSAULT"
    )
    assert event.target_actor is not None
    assert event.target_actor.actor_id == "CIVILIANS"
