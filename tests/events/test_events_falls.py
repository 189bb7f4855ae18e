"""A place that falls to a party is taken by it (sitrep.events.falls)."""

from __future__ import annotations

import pytest
from events_support import Extract


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The base had fallen to the Islamists, a witness said on Monday.", "Islamists"),
        ("Daraya, which fell to government forces in 2016, was later emptied.", "SYR_GOV_FORCES"),
        ("The town fell into the hands of the rebels on Monday.", "SYR_OPPOSITION"),
    ],
)
def test_a_place_that_fell_to_a_party_was_taken_by_it(
    extract: Extract, text: str, doer: str
) -> None:
    (event,) = [e for e in extract(text) if e.trigger.text.startswith("f")]
    assert (event.type, event.target_actor) == ("ASSAULT", None)
    assert event.source_actor is not None
    assert doer in (event.source_actor.actor_id, event.source_actor.name)


@pytest.mark.parametrize(
    "text",
    [
        "The death toll fell to 20 on Monday.",
        "Obama fell to the ground.",
        "Temperatures in the city fell to zero.",
    ],
)
def test_other_falls_are_no_capture(extract: Extract, text: str) -> None:
    assert not [e for e in extract(text) if e.type == "ASSAULT"]


def test_a_fall_that_is_only_feared_is_not_asserted(extract: Extract) -> None:
    text = "Turkey said it would never let the border town fall to YPG fighters."
    (event,) = [e for e in extract(text) if e.trigger.text == "fall"]
    assert event.modality != "asserted"


def test_a_fall_that_names_the_place_retaken_is_another_happening(extract: Extract) -> None:
    text = (
        "Rebels on Sunday retook a district of Aleppo that had fallen to the Syrian army"
        " a day earlier."
    )
    doers = {
        e.trigger.text: e.source_actor.actor_id if e.source_actor else None for e in extract(text)
    }
    assert doers == {"retook": "SYR_OPPOSITION", "fallen": "SYR_GOV_FORCES"}
