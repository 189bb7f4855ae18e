"""A war's toll as a whole is no mention of an incident (sitrep.events.war_tolls)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract

from sitrep.events.war_tolls import war_toll

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "Over the years the revolt became a civil war that has killed 90,000 villagers.",
        "The war has claimed 64,000 lives in the valley.",
        "Since then 81,500 residents have been killed.",
        "Nearly 7,000 herders have died in the civil war.",
        "About 12,000 fishermen have died since the conflict began in 1994.",
        "Some 5,500 miners were killed since the start of the war.",
        "Some 9,000 farmers have been killed in the long rebellion in the hills.",
        "The port was ruined in a war that began in 1994 and has killed 20,000 people.",
    ],
)
def test_a_war_toll(nlp: Language, text: str) -> None:
    assert [t.text for t in nlp(text) if war_toll(t)] != []


@pytest.mark.parametrize(
    "text",
    [
        "The car bomb killed 12 people on Monday.",
        "Fighting that killed 12 people raged on Friday.",
        "Nine people have been killed in the shelling since Monday.",
    ],
)
def test_an_incident_toll(nlp: Language, text: str) -> None:
    assert [t.text for t in nlp(text) if war_toll(t)] == []


def test_a_war_toll_is_not_merged_into_the_incident(extract: Extract) -> None:
    text = (
        "A car bomb killed at least 12 people in the town of Azaz on Monday. "
        "The uprising has since turned into a war that has killed 300,000 people."
    )
    tolls = sorted(
        q.value
        for e in extract(text)
        if e.type == "ASSAULT"
        for q in e.quantities
        if q.unit == "killed"
    )
    events = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(events) == 2
    assert tolls == [12, 300_000]
    bomb = next(e for e in events if any(q.value == 12 for q in e.quantities))
    assert [q.value for q in bomb.quantities if q.unit == "killed"] == [12]
