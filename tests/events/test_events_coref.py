"""Cross-sentence and same-sentence event coreference (one happening, one event)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract, make_extract

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="module")
def extract(nlp: Language) -> Extract:
    return make_extract(nlp)


def test_headline_and_lead_are_one_attack(extract: Extract) -> None:
    text = (
        "Car bomb kills four in Damascus. "
        "Four people were killed and six others injured in a car bomb attack on Thursday. "
        "The blast hit near a research centre."
    )
    assaults = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(assaults) == 1, [e.trigger.text for e in assaults]
    units = {(q.value, q.unit) for q in assaults[0].quantities}
    assert (4, "killed") in units


def test_different_attackers_stay_apart(extract: Extract) -> None:
    text = (
        "Turkish warplanes struck targets in the town on Monday. "
        "Kurdish fighters attacked a Turkish checkpoint on Tuesday."
    )
    assaults = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(assaults) == 2


def test_participle_modifier_is_no_event(extract: Extract) -> None:
    events = extract("US-backed rebels entered the besieged town of Madaya.")
    assert not [e for e in events if e.trigger.text in ("backed", "besieged")]


def test_body_mention_carries_an_event_named_in_a_headline(extract: Extract) -> None:
    text = (
        "Government troops shell Saraqib\n\n"
        "Government troops shelled the town of Saraqib with heavy artillery, "
        "killing three civilians."
    )
    assaults = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(assaults) == 1, [e.trigger.text for e in assaults]
    # The body sentence, with its details, is the event's sentence, not the headline.
    assert assaults[0].trigger.start > text.index("\n")
