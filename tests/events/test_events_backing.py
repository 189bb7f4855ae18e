"""Armed action "in support of" a party is military aid, not approval (sitrep.events.backing)."""

from __future__ import annotations

from events_support import Extract, doer_id, only


def test_strikes_in_support_of_a_party_are_military_aid_to_it(extract: Extract) -> None:
    events = extract("Russia carried out new raids in support of the Syrian government on Monday.")
    assert "SUPPORT" not in {e.type for e in events}
    aid = only(events, "AID")
    assert aid.mode == "military"
    assert aid.target_actor is not None and aid.target_actor.actor_id == "SYR_GOV"
    assert (doer_id(aid) or "").startswith("RUS_")


def test_words_of_support_stay_support(extract: Extract) -> None:
    events = extract("Turkey voiced support for the rebels on Monday.")
    assert only(events, "SUPPORT").type == "SUPPORT"
