"""The seed report end to end through actors + events (no places: geo is separate)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract

from sitrep.model import Event

if TYPE_CHECKING:
    pass


@pytest.fixture(scope="module")
def seed_events(extract: Extract, seed_text: str) -> list[Event]:
    return extract(seed_text)


def _find(events: list[Event], trigger: str) -> Event:
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in events]
    return found[0]


def _ids(event: Event) -> tuple[str | None, str | None]:
    src = event.source_actor.actor_id if event.source_actor else None
    tgt = event.target_actor.actor_id if event.target_actor else None
    return src, tgt


def test_seed_has_the_reported_happenings(seed_events: list[Event], seed_text: str) -> None:
    assert len(seed_events) >= 8
    for event in seed_events:
        assert seed_text[event.trigger.start : event.trigger.end] == event.trigger.text
        assert event.sentence.start <= event.trigger.start < event.sentence.end

    # The headline airlift and "US helicopters carried out the operation in al-Shadadi,
    # taking at least ten ..." are one happening: one event with the body's numbers.
    airlift = [e for e in seed_events if e.type == "AID" and e.trigger.start < 446]
    assert len(airlift) == 1
    assert _ids(airlift[0]) == ("USA_MIL", "ISIS")
    assert [(q.value, q.qualifier) for q in airlift[0].quantities] == [(10, "at least")]

    transfer = _find(seed_events, "transferred")
    assert (transfer.type, _ids(transfer)) == ("COOPERATE", ("USA_MIL", "ISIS"))

    # The escape is told twice; the mention dated "at the time" (of the October 2019
    # incursion told just before) carries the event.
    escape = _find(seed_events, "escape")
    assert escape.type == "RETREAT" and _ids(escape)[0] == "ISIS"
    assert "at the time" in seed_text[escape.sentence.start : escape.sentence.end]

    incursion = _find(seed_events, "incursion")
    assert (incursion.type, _ids(incursion)[0]) == ("ASSAULT", "TUR_MIL")

    strikes = _find(seed_events, "airstrikes")
    assert (strikes.mode, strikes.modality) == ("aerial", "historical")
    assert _ids(strikes)[1] == "ISIS"

    # "The convoy of at least 23 vehicles" names the convoy already reported: one event.
    convoy = [e for e in seed_events if e.type == "MOBILIZE" and e.quantities]
    assert len(convoy) == 1
    assert [(q.value, q.unit) for q in convoy[0].quantities] == [(23, "vehicles")]
    assert convoy[0].source_actor is not None and convoy[0].source_actor.actor_id == "USA_MIL"

    redeploy = _find(seed_events, "redeployed")
    assert redeploy.type == "MOBILIZE" and redeploy.mode == "troops"

    base = _find(seed_events, "building")
    assert (base.type, base.modality) == ("MOBILIZE", "planned")

    stopped = _find(seed_events, "stopped")
    assert (stopped.type, stopped.mode, stopped.modality) == ("PROTEST", "obstruct", "habitual")
    assert _ids(stopped) == ("CIVILIANS", "USA_MIL")


def test_event_ids_are_stable(extract: Extract, seed_text: str) -> None:
    first = [e.id for e in extract(seed_text)]
    assert first == [e.id for e in extract(seed_text)]
    assert len(set(first)) == len(first)
