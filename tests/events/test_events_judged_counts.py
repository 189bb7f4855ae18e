"""An event judged by a modal verb still happened ("the raid could count as a breach
of the truce"), and a casualty clause's count belongs to the event its "in" phrase names
("20 residents died in the shelling")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract, only

if TYPE_CHECKING:
    pass


@pytest.mark.parametrize(
    "text",
    [
        "Observers said Tuesday evening's raid on the depot could amount to a war crime.",
        "The bombing of the clinic may constitute a breach of the truce, the agency said.",
        "Lawyers said the strike on the bakery might be considered a war crime.",
    ],
)
def test_a_known_event_judged_by_a_modal_verb_is_asserted(extract: Extract, text: str) -> None:
    assert only(extract(text), "ASSAULT").modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Any raid on the depot could amount to a war crime.",
        "The raid could happen within days.",
    ],
)
def test_a_modal_over_the_event_itself_still_doubts_it(extract: Extract, text: str) -> None:
    assert only(extract(text), "ASSAULT").modality == "hypothetical"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("At least 20 villagers died in the shelling of the market on Sunday.", 20),
        ("Nine workers perished during the bombardment of the factory.", 9),
    ],
)
def test_a_casualty_clause_counts_the_event_it_names(
    extract: Extract, text: str, value: int
) -> None:
    event = only(extract(text), "ASSAULT")
    assert (value, "killed") in {(q.value, q.unit) for q in event.quantities}


def test_a_casualty_clause_naming_no_event_gives_no_count(extract: Extract) -> None:
    text = "At least 20 villagers died in the heat, and the army shelled the market."
    event = only(extract(text), "ASSAULT")
    assert not any(q.value == 20 for q in event.quantities)
