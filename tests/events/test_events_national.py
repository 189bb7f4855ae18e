"""Words for a state's own actors that name no country ("the army", "the government",
"loyalists", "the opposition") are read as the actors of the country the report is
about, whichever side's wording is used."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import make_country_extract

from sitrep.model import Event

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.language import Language


@pytest.fixture(scope="module")
def run(nlp: Language) -> Callable[[str, str | None], list[Event]]:
    return make_country_extract(nlp)


def _source(events: list[Event], type_: str) -> str | None:
    found = [e for e in events if e.type == type_]
    assert found, [(e.type, e.trigger.text) for e in events]
    actor = found[0].source_actor
    return None if actor is None else actor.actor_id


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The army shelled the village on Tuesday, killing four people.", "SYR_GOV_FORCES"),
        ("Activists said the government had bombed a hospital.", "SYR_GOV_FORCES"),
        ("Loyalist forces shelled the suburb overnight.", "SYR_GOV_FORCES"),
        ("Pro-regime forces stormed the town at dawn.", "SYR_GOV_FORCES"),
        ("The regime bombed the town again on Sunday.", "SYR_GOV_FORCES"),
    ],
)
def test_generic_state_words_are_the_documents_country(
    run: Callable[[str, str | None], list[Event]], text: str, source: str
) -> None:
    assert _source(run(text, "SY"), "ASSAULT") == source


def test_generic_words_follow_the_country_not_the_bundled_default(
    run: Callable[[str, str | None], list[Event]],
) -> None:
    text = "Officials said government forces attacked the militants on Monday."
    assert _source(run(text, "IQ"), "ASSAULT") == "IRQ_MIL"
    assert _source(run(text, "SY"), "ASSAULT") == "SYR_GOV_FORCES"


def test_without_a_country_the_army_stays_unlisted(
    run: Callable[[str, str | None], list[Event]],
) -> None:
    assert _source(run("The army shelled the village on Tuesday.", None), "ASSAULT") is None


def test_the_army_right_after_another_army_refers_back(
    run: Callable[[str, str | None], list[Event]],
) -> None:
    text = "Turkish troops entered the province. The army then shelled the village."
    assert _source(run(text, "SY"), "ASSAULT") == "TUR_MIL"


def test_the_opposition_makes_its_request(
    run: Callable[[str, str | None], list[Event]],
) -> None:
    events = run("The opposition called for a ceasefire in the city.", "SY")
    assert _source(events, "REQUEST") == "SYR_OPPOSITION"


def test_a_modifier_is_no_actor(run: Callable[[str, str | None], list[Event]]) -> None:
    events = run("Jets struck the opposition-held town, killing three people.", "SY")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert assault and all(
        e.target_actor is None or e.target_actor.actor_id != "SYR_OPPOSITION" for e in assault
    )


def test_someone_elses_loyalists_are_not_the_state(
    run: Callable[[str, str | None], list[Event]],
) -> None:
    events = run("Al-Qaeda loyalists attacked a town in the north on Saturday.", "SY")
    assert _source(events, "ASSAULT") == "AL_QAEDA"


def _target(events: list[Event], type_: str) -> str | None:
    found = [e for e in events if e.type == type_]
    assert found, [(e.type, e.trigger.text) for e in events]
    actor = found[0].target_actor
    return None if actor is None else actor.actor_id


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Government air strikes killed 12 people in the town on Tuesday.", "SYR_GOV_FORCES"),
        ("The army bombardment of the town killed five people on Monday.", "SYR_GOV_FORCES"),
        ("A rebel attack on the checkpoint killed three soldiers.", "SYR_OPPOSITION"),
    ],
)
def test_a_bare_state_or_rebel_word_names_whose_deed_it_is(
    run: Callable[[str, str | None], list[Event]], text: str, source: str
) -> None:
    assert _source(run(text, "SY"), "ASSAULT") == source


def test_a_bare_word_names_whose_post_was_hit(
    run: Callable[[str, str | None], list[Event]],
) -> None:
    events = run("Jihadists attacked government positions near the town on Sunday.", "SY")
    assert _target(events, "ASSAULT") == "SYR_GOV_FORCES"


@pytest.mark.parametrize(
    "text",
    [
        "Jets bombed government-held districts of the city on Sunday.",
        "Anti-government protesters were shot dead by gunmen in the square.",
        "Gunmen attacked the government building in the capital.",
    ],
)
def test_a_joined_or_non_military_word_is_no_state_actor(
    run: Callable[[str, str | None], list[Event]], text: str
) -> None:
    events = [e for e in run(text, "SY") if e.type == "ASSAULT"]
    assert events
    for event in events:
        for actor in (event.source_actor, event.target_actor):
            assert actor is None or actor.actor_id != "SYR_GOV_FORCES", actor
