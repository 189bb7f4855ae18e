"""Country names that lost their apostrophe ("Russias", "Turkeys") still name the
state's forces or government before a forces or government noun, and a place
after them stays a place."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitrep.actors import ActorDictionary

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Russias Aerospace Forces have killed 300 militants.", "RUS_MIL"),
        ("Turkeys health ministry said the victims were treated.", "TUR_GOV"),
        # The force the country's phrase names inside it, not the army as a whole.
        ("Irans Revolutionary Guards sent fighters to the front.", "IRGC"),
    ],
)
def test_a_country_that_lost_its_apostrophe_still_owns(
    nlp: Language, text: str, actor: str
) -> None:
    ids = [m.actor_id for m in ActorDictionary.load([]).find(nlp(text))]
    assert actor in ids


def test_a_place_after_such_a_country_is_no_actor(nlp: Language) -> None:
    ids = [m.actor_id for m in ActorDictionary.load([]).find(nlp("Air strikes hit Syrias Idlib."))]
    assert "SYR_GOV" not in ids and "SYR_GOV_FORCES" not in ids
