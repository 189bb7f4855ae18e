"""What a modal clause takes for granted happened: a happening it is dated after
("should be investigated following an attack"), one a reaction has as object
("would condemn the attacks"), one a light verb only places in time ("could
resume after the attack")."""

from __future__ import annotations

import pytest
from events_support import Extract, assaults


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The envoy said the army should be investigated following an attack on a "
         "relief convoy that left 14 dead.", "attack"),
        ("The council may meet again after the bombing of the market.", "bombing"),
        ("The talks could resume after the attack on the convoy.", "attack"),
        ("Ministers would strongly condemn the attacks on the clinics.", "attacks"),
        ("Rights groups would denounce the raid on the camp.", "raid"),
    ],
)  # fmt: skip
def test_a_happening_a_modal_clause_takes_for_granted_is_asserted(
    extract: Extract, text: str, trigger: str
) -> None:
    found = dict(assaults(extract, text))
    assert found.get(trigger) == "asserted", found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # No known happening: a reaction to any attack there may be.
        ("The government would condemn any attack on the city.", "attack"),
        # The light verb's own object keeps its mood.
        ("The army could resume the offensive on Monday.", "offensive"),
    ],
)
def test_an_unknown_or_resumed_happening_keeps_the_modal(
    extract: Extract, text: str, trigger: str
) -> None:
    found = dict(assaults(extract, text))
    assert found.get(trigger) == "hypothetical", found


@pytest.mark.parametrize(
    ("text", "trigger", "mood"),
    [
        # What is denied is said of the happening, which took place.
        ("Moscow said the air operation had not been requested by the government.",
         "operation", "asserted"),
        ("The strike did not hit the hospital.", "strike", "asserted"),
        # Denied to have taken place at all.
        ("The attack did not take place.", "attack", "negated"),
        ("The offensive has not begun.", "offensive", "negated"),
    ],
)  # fmt: skip
def test_a_not_on_what_a_happening_did_does_not_negate_it(
    extract: Extract, text: str, trigger: str, mood: str
) -> None:
    found = dict(assaults(extract, text))
    assert found.get(trigger) == mood, found
