"""Event nouns taken as having happened under a modal or a negation (hedges.presupposed).

Texts are invented for these tests; offsets are computed, never typed in.
"""

from __future__ import annotations

import pytest
from dedup_samples import as_report, sentence_event

from sitrep.dedup.compat import conflict, factual
from sitrep.dedup.dates import Report
from sitrep.dedup.hedges import presupposed
from sitrep.model import EventDate, EventLocation

TOWN = EventLocation(name="Maarin", lat=35.9, lon=36.6, country_code="SY", precision="locality")
DAY = EventDate(value="2016-05-02", precision="day", text="on Monday")


def told(text: str, trigger: str, modality: str, doc: str = "d1") -> Report:
    event = sentence_event(doc, text, trigger, at=200, modality=modality, location=TOWN, date=DAY)
    return as_report(event, text, doc, published="2016-05-03")


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("The minister said the envoy should be recalled following an attack on a convoy.",
         "attack", "hypothetical"),
        ("A statement that would condemn the attacks on the clinics was being drafted.",
         "attacks", "hypothetical"),
        ("She said Friday's bombing might be judged a breach of the truce.", "bombing",
         "hypothetical"),
        ("The army said it would not respond to the raid on its post.", "raid", "negated"),
    ],
)  # fmt: skip
def test_a_given_happening_counts_as_told(text: str, trigger: str, modality: str) -> None:
    report = told(text, trigger, modality)
    assert presupposed(report)
    assert factual(report)


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("Rebels could launch attacks on the city within days.", "attacks", "hypothetical"),
        ("Officials said they would respond to the possible strikes.", "strikes", "hypothetical"),
        ("If the regime takes the hill it will cut the road.", "takes", "hypothetical"),
        ("The air force flew no raids over the district that week.", "raids", "negated"),
        ("Its next offensive may begin in spring.", "offensive", "hypothetical"),
        ("The coalition said it would intensify its strikes on the city.", "strikes",
         "hypothetical"),
    ],
)  # fmt: skip
def test_a_possible_or_denied_happening_does_not(text: str, trigger: str, modality: str) -> None:
    report = told(text, trigger, modality)
    assert not presupposed(report)
    assert not factual(report)


def test_a_response_to_an_attack_may_join_the_attacks_report() -> None:
    hedged = told(
        "The minister said the envoy should be recalled following an attack on an aid convoy.",
        "attack",
        "hypothetical",
    )
    fact = told("An attack on an aid convoy near Maarin killed 20 people.", "attack",
                "asserted", doc="d2")  # fmt: skip
    assert conflict(hedged, fact) != "modality"
