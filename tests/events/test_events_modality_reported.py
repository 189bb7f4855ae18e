"""Modality under a negated reporting or denial verb: "did not deny that jets
struck" asserts the strike; "the jets did not strike" still negates it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract

if TYPE_CHECKING:
    pass


def _modalities(extract: Extract, text: str) -> list[tuple[str, str]]:
    """(trigger, modality) of the attacks in ``text`` (the denial is its own event)."""
    return [(e.trigger.text, e.modality) for e in extract(text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        # A negated denial leaves the event it names asserted.
        "The air force did not deny that raids had been flown over the hamlet.",
        "The ministry has not denied that its jets struck the town.",
        "The spokesman did not deny the raid on the camp.",
        "Officials never denied that the militia shelled the market.",
        # A negated report does not negate its object.
        "The ministry did not report the shelling of the market.",
        "The army did not say when the airstrike on the town took place.",
    ],
)
def test_a_negated_denial_or_report_leaves_the_event_asserted(extract: Extract, text: str) -> None:
    found = _modalities(extract, text)
    assert found, text
    assert all(mod != "negated" for _, mod in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The jets did not strike the town.",
        "Officials said the militia did not shell the market.",
        "The army did not carry out airstrikes on the village.",
    ],
)
def test_a_negated_event_stays_negated(extract: Extract, text: str) -> None:
    found = _modalities(extract, text)
    assert found, text
    assert all(mod == "negated" for _, mod in found), found


def test_a_denied_event_is_not_asserted(extract: Extract) -> None:
    found = _modalities(extract, "The army denied that its jets struck the town.")
    assert all(mod == "negated" for _, mod in found), found
