"""What a modal or negated clause takes for granted happened: a happening it is
dated after ("should be investigated following an attack"), one a reaction has
as object ("would condemn the attacks"), one a light verb only places in time
("could resume after the attack"), one a "not" says something of ("the strike
did not hit the hospital"); and force used on anyone is a practice."""

from __future__ import annotations

import pytest
from events_support import Extract, assaults


@pytest.mark.parametrize(
    ("text", "trigger", "mood"),
    [
        ("The envoy said the army should be investigated following an attack on a "
         "relief convoy that left 14 dead.", "attack", "asserted"),
        ("The council may meet again after the bombing of the market.", "bombing", "asserted"),
        ("The talks could resume after the attack on the convoy.", "attack", "asserted"),
        ("Ministers would strongly condemn the attacks on the clinics.", "attacks", "asserted"),
        ("Rights groups would denounce the raid on the camp.", "raid", "asserted"),
        # No known happening: a reaction to any attack there may be.
        ("The government would condemn any attack on the city.", "attack", "hypothetical"),
        # The light verb's own object keeps its mood.
        ("The army could resume the offensive on Monday.", "offensive", "hypothetical"),
        # What is denied is said of the happening, which took place.
        ("Moscow said the air operation had not been requested by the government.",
         "operation", "asserted"),
        ("The strike did not hit the hospital.", "strike", "asserted"),
        # Denied to have taken place at all.
        ("The attack did not take place.", "attack", "negated"),
        ("The offensive has not begun.", "offensive", "negated"),
        # Force used on anyone: a practice, not one happening.
        ("By then soldiers were near the road and firing on any vehicle trying to use it.",
         "firing", "habitual"),
        ("Snipers shot anyone who tried to leave the town.", "shot", "habitual"),
        # One strike on every bakery, or on a vehicle, is one happening.
        ("Jets struck every bakery in the town on Monday.", "struck", "asserted"),
        ("Rebels fired on a vehicle on the road.", "fired", "asserted"),
    ],
)  # fmt: skip
def test_what_a_clause_takes_for_granted_keeps_its_own_mood(
    extract: Extract, text: str, trigger: str, mood: str
) -> None:
    found = dict(assaults(extract, text))
    assert found.get(trigger) == mood, found
