"""An attack beaten back: the defenders are its target, and the toll told with the
repelling is theirs to inflict, not the attack's."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import make_country_extract

from sitrep.model import Event

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.language import Language


@pytest.fixture(scope="module")
def run(nlp: Language) -> Callable[[str], list[Event]]:
    in_country = make_country_extract(nlp)
    return lambda text: in_country(text, "SY")


def test_the_repellers_are_the_target_and_their_toll_is_their_own(
    run: Callable[[str], list[Event]],
) -> None:
    events = run("Army units repelled an attack by IS on Saturday, killing 20 of the attackers.")
    attack = next(e for e in events if e.trigger.text == "attack")
    assert attack.source_actor is not None and attack.source_actor.actor_id == "ISIS"
    assert attack.target_actor is not None
    assert attack.target_actor.actor_id == "SYR_GOV_FORCES"
    assert not attack.quantities, attack.quantities


def test_a_passive_repelling_names_the_target_in_its_by_phrase(
    run: Callable[[str], list[Event]],
) -> None:
    events = run("An IS attack on the town was repelled by Kurdish fighters on Monday.")
    attack = next(e for e in events if e.trigger.text == "attack")
    assert attack.target_actor is not None
    assert attack.target_actor.actor_id == "KURDISH_FORCES"


def test_an_attack_not_repelled_keeps_its_toll(run: Callable[[str], list[Event]]) -> None:
    events = run("IS launched an attack on the town on Saturday, killing 20 soldiers.")
    attack = next(e for e in events if e.type == "ASSAULT")
    assert any(q.value == 20 for q in attack.quantities)
