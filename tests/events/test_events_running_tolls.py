"""Running tolls told with any verb of growth or of going past a mark, and counts
since a party launched its campaign (see sitrep.events.toll_spans)."""

from __future__ import annotations

import pytest

from sitrep.events.toll_spans import risen_toll, toll_span


@pytest.mark.parametrize(
    "text",
    [
        "By evening the death toll passes 90, medics say.",
        "The toll from the blast now tops 100.",
        "The toll of the bombing has exceeded 200, officials said.",
        "The casualty tally crossed 50 on Tuesday.",
        "The number of dead climbs to 95 as rescuers dig through rubble.",
        "The number of wounded rises to 40.",
    ],
)
def test_toll_past_a_mark_is_a_risen_toll(text: str) -> None:
    assert risen_toll(text)


def test_a_plain_count_is_no_risen_toll() -> None:
    assert not risen_toll("Gunmen killed 14 people at a wedding party on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "More than 300 people have died since troops launched their assault on the port.",
        "Some 80 civilians were killed since government forces began the offensive.",
        "The militia has lost 45 fighters since the army stepped up its air strikes.",
        "Dozens have been wounded since fighting broke out in the valley.",
    ],
)
def test_count_since_a_party_started_its_campaign_is_a_running_count(text: str) -> None:
    assert toll_span(text) == "since"


def test_a_campaign_start_as_a_comparison_baseline_is_no_running_count() -> None:
    text = "It was the worst blast since rebels launched their offensive, killing 12."
    assert toll_span(text) is None
