"""A comparison's baseline ("the deadliest attack since 2011") is neither the
event's date (it does not make the event background) nor a running count's start."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract, only

from sitrep.events.tolls import toll_span

if TYPE_CHECKING:
    pass


def test_a_baseline_year_is_not_background(extract: Extract) -> None:
    events = extract("A car bomb killed 40 people in the deadliest attack since 2011.")
    assert all(e.modality == "asserted" for e in events), [
        (e.trigger.text, e.modality) for e in events
    ]


def test_a_baseline_far_from_its_since_keeps_a_later_mention(extract: Extract) -> None:
    # The year hangs off "the outbreak", inside the comparison's "since" phrase: it
    # dates the baseline, so the second sentence still tells Sunday's bombing.
    text = (
        "A suicide bomber killed four people at a hospital in the port town on Sunday, "
        "a monitor said. The attack, the first blast to hit the centre of the town since "
        "the outbreak of the war in 2011, killed a nurse and two guards, the monitor said."
    )
    assaults = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(assaults) == 1, [(e.trigger.text, e.modality) for e in assaults]
    assert assaults[0].modality == "asserted"


def test_a_since_year_still_makes_background(extract: Extract) -> None:
    event = only(extract("The US has carried out airstrikes in Syria since 2014."), "ASSAULT")
    assert event.modality == "historical"


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("The bombing, the deadliest since 2011, killed 40 people.", None),
        ("It was the first such strike since 2017, killing five.", None),
        ("The war has killed 40 people since 2011.", "since"),
        ("Airstrikes have killed 300 civilians since April.", "since"),
    ],
)
def test_toll_span_ignores_baselines(sentence: str, span: str | None) -> None:
    assert toll_span(sentence) == span
