"""How long a happening has lasted ("a month-long offensive") dates that noun as a
span up to the report, and nothing else in the sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from time_support import PUB, date_of, sentence_event

from sitrep.time import assign_dates
from sitrep.time.lasting import lasting_spans

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "noun", "first"),
    [
        (
            "The town has faced a more than month-long offensive by the army.",
            "offensive",
            "2021-02-01",
        ),
        ("Troops broke a three-year siege of the city.", "siege", "2018-03-01"),
        (
            "Residents described the two-week bombardment of the valley.",
            "bombardment",
            "2021-02-15",
        ),
        ("The weeks-long campaign against the rebels went on.", "campaign", "2021-02-08"),
    ],
)
def test_a_duration_dates_its_noun_up_to_the_report(
    nlp: Language, text: str, noun: str, first: str
) -> None:
    date = date_of(nlp, text, noun)
    assert date is not None and date.precision == "range", date
    assert (date.value, date.end) == (first, PUB.isoformat())


def test_a_duration_dates_no_other_word_of_the_sentence(nlp: Language) -> None:
    text = "Jets struck the market on Monday during a month-long offensive."
    doc = nlp(text)
    strike = sentence_event(doc, text, "struck")
    offensive = sentence_event(doc, text, "offensive")
    assign_dates(doc, [strike, offensive], PUB)
    assert strike.date is not None and strike.date.precision == "day"
    assert offensive.date is not None and offensive.date.precision == "range"


@pytest.mark.parametrize(
    "text",
    [
        "The three-year-old girl was among the dead.",  # an age
        "Officials agreed a two-day truce.",  # days: often still to come
        "It was a long week of shelling.",  # no count, no "-long"
    ],
)
def test_no_duration_where_none_qualifies_a_noun(nlp: Language, text: str) -> None:
    assert lasting_spans(nlp(text), PUB) == []


def test_no_duration_without_a_publication_day(nlp: Language) -> None:
    assert lasting_spans(nlp("Troops broke a three-year siege."), None) == []
