"""'Since X' after a superlative or "first" is a comparison's baseline, not the
happening's date: "the deadliest attack since 2011"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from time_support import PUB, date_of, sentence_event

from sitrep.time import assign_dates
from sitrep.time.baseline import baseline_since

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "The bombing was the most lethal attack on the city since the 1980s.",
        "The shelling marked the worst violence in the province since 2011.",
        "The airstrike was the first such strike since 2017.",
        "The bombing was the deadliest since March 2015.",
    ],
)
def test_a_baseline_does_not_date_thesentence_event(nlp: Language, text: str) -> None:
    doc = nlp(text)
    trigger = "bombing" if "bombing" in text else text.split()[1]
    event = sentence_event(doc, text, trigger)
    assign_dates(doc, [event], PUB)
    assert event.date is not None
    assert "since" not in event.date.text, event.date
    assert event.date.value == PUB.isoformat()


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # A date inside the baseline phrase, the comparison far before "since".
        (
            "The blast, the first explosion to hit the centre of the old market town "
            "since the outbreak of the feud in 2014, wounded two guards.",
            "blast",
        ),
        # A date in a baseline clause that "since" opens.
        ("The raid was the deadliest in the valley since the revolt began in 2016.", "raid"),
    ],
)
def test_a_date_inside_a_baseline_phrase_does_not_date_thesentence_event(
    nlp: Language, text: str, trigger: str
) -> None:
    date = date_of(nlp, text, trigger)
    assert date is not None and date.value == PUB.isoformat(), date


def test_a_happening_told_inside_a_baseline_keeps_its_date(nlp: Language) -> None:
    # The campaign's start is the baseline; the campaign itself began then.
    text = "It is the largest toll since the alliance began its bombing campaign in 2016."
    date = date_of(nlp, text, "campaign")
    assert date is not None and date.value == "2016-01-01", date


def test_a_first_inside_a_since_clause_is_no_comparison(nlp: Language) -> None:
    # "since it first intervened" starts a running count; "first" is the clause's own.
    text = "Jets have killed 900 herders since the alliance first intervened in 2016."
    date = date_of(nlp, text, "killed")
    assert date is not None and date.precision == "range", date


def test_a_running_since_still_dates(nlp: Language) -> None:
    date = date_of(nlp, "Rebels have shelled the town since 2019.", "shelled")
    assert date is not None and "2019" in date.text


@pytest.mark.parametrize(
    ("before", "baseline"),
    [
        ("the deadliest attack ", True),
        ("for the first time ", True),
        ("the most lethal such attack on the city ", True),
        ("fighting has gone on ", False),
        ("the first raid came in May and fighting has continued ", False),
        ("Rebels have shelled the town ", False),
    ],
)
def test_baseline_since(before: str, baseline: bool) -> None:
    assert baseline_since(before) is baseline
