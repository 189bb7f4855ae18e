"""An attack's agent given as a reference ("the group") is never its own victims."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract

if TYPE_CHECKING:
    pass


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # "The group" read back from itself found the victims; read back from before
        # them it finds the group named earlier, or no one.
        ("Dozens of Kurdish fighters were seized and shot by the group near Tal Abyad.", None),
        (
            "Islamic State fighters overran the post on Monday. On Tuesday dozens of Kurdish"
            " fighters were seized and shot by the group near Tal Abyad.",
            "ISIS",
        ),
    ],
)
def test_a_reference_as_agent_is_never_the_victims_themselves(
    extract: Extract, text: str, doer: str | None
) -> None:
    shot = [e for e in extract(text) if e.type == "ASSAULT" and e.trigger.text == "shot"]
    assert len(shot) == 1
    assert shot[0].target_actor is not None
    assert shot[0].target_actor.actor_id == "KURDISH_FORCES"
    source = shot[0].source_actor
    assert (source.actor_id if source is not None else None) == doer


def test_the_air_force_reads_back_to_a_state(extract: Extract) -> None:
    # "The air force" (with a misspelt possessive before it) is the army's, not the
    # group just named as the army's victims.
    text = (
        "The Syrian army killed dozens of Islamic State fighters near Mayadin on Monday."
        " The armys air force bombed the group's positions in Albu Kamal on Tuesday."
    )
    bombed = next(e for e in extract(text) if e.trigger.text == "bombed")
    assert bombed.source_actor is not None
    assert bombed.source_actor.actor_id == "SYR_GOV_FORCES", bombed.source_actor
