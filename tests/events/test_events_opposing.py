"""Who is on which side: "anti-X" names the party an act is against, and a later
mention naming the victims as doers ("killed members of the group, which is fighting
...") does not make the victims the authors."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract, only

if TYPE_CHECKING:
    pass


def _ids(event: object) -> tuple[str | None, str | None]:
    source = getattr(event, "source_actor", None)
    target = getattr(event, "target_actor", None)
    return (
        None if source is None else source.actor_id,
        None if target is None else target.actor_id,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The uprising began with anti-regime protests in the south.",
        "Thousands joined anti-Assad demonstrations on Friday.",
    ],
)
def test_anti_names_the_target_of_a_protest(extract: Extract, text: str) -> None:
    protest = only(extract(text), "PROTEST")
    assert _ids(protest)[1] == "SYR_GOV"
    assert _ids(protest)[0] != "SYR_GOV"


def test_an_anti_group_coalition_is_not_the_group(extract: Extract) -> None:
    assault = only(extract("The anti-ISIS coalition launched airstrikes on the city."), "ASSAULT")
    assert _ids(assault)[0] != "ISIS"


def test_the_victims_own_fighting_does_not_make_them_the_attackers(extract: Extract) -> None:
    text = (
        "A drone strike on Monday killed eight members of Hezbollah in the east, "
        "where the group is fighting alongside government forces."
    )
    strikes = [e for e in extract(text) if e.trigger.text == "strike"]
    assert len(strikes) == 1
    assert _ids(strikes[0]) == (None, "HEZBOLLAH")


def test_a_reply_in_kind_is_a_second_attack(extract: Extract) -> None:
    text = (
        "Rebels shelled Syrian army positions in the city on Monday. "
        "The Syrian army then shelled rebel positions in the city."
    )
    assaults = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(assaults) == 2


@pytest.mark.parametrize(
    "text",
    [
        "At least 13 children were confirmed killed in the raid on the village.",
        "Five civilians were reported killed near the town on Monday.",
    ],
)
def test_a_participle_completing_a_passive_has_its_victims_as_subject(
    extract: Extract, text: str
) -> None:
    events = [e for e in extract(text) if e.type == "ASSAULT"]
    assert events
    assert all(_ids(e) == (None, "CIVILIANS") for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "13 civilians killed 43 others injured as rockets hit the old city",
        "12 civilians killed 30 injured in shelling of the old city",
    ],
)
def test_headline_tolls_without_were_make_no_attacker_of_the_dead(
    extract: Extract, text: str
) -> None:
    """A headline's two tolls without "were" parse as the dead killing the wounded:
    the dead are the victims, and no act hanging off the verb inherits them as its
    doer."""
    attack = only(extract(text), "ASSAULT")
    assert attack.source_actor is None or attack.source_actor.actor_id != "CIVILIANS"
    assert attack.target_actor is not None and attack.target_actor.actor_id == "CIVILIANS"
