"""Armed action "in support of" a party, or done "to support" it, is military aid, not
approval (sitrep.events.backing)."""

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


def test_strikes_done_to_support_a_party_are_military_aid_to_it(extract: Extract) -> None:
    events = extract("Russian jets carried out strikes near the city to support the Syrian army.")
    assert "SUPPORT" not in {e.type for e in events}
    aid = only(events, "AID")
    assert aid.mode == "military"
    assert (doer_id(aid) or "").startswith("RUS_")


def test_continuing_to_support_a_party_stays_support(extract: Extract) -> None:
    events = extract("Russia said it would continue to support the Syrian government.")
    assert only(events, "SUPPORT").type == "SUPPORT"


def test_backing_an_offensive_leaves_the_offensive_an_event(extract: Extract) -> None:
    events = extract("US jets carried out strikes to support the Kurdish offensive against IS.")
    assert only(events, "AID").mode == "military"
    assert any(e.trigger.text == "offensive" for e in events if e.type == "ASSAULT")
