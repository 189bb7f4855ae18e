"""Quantities attached to events: value, unit, qualifier."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract, only

from sitrep.events.lexicon import load_lexicon
from sitrep.events.quantities import dated_number, number_value

if TYPE_CHECKING:
    from spacy.language import Language


def _quantities(events: list, type_: str) -> list[tuple[int, str, str | None]]:
    return [(q.value, q.unit, q.qualifier) for q in only(events, type_).quantities]


def test_spelled_number_with_qualifier(extract: Extract) -> None:
    events = extract("Israeli forces arrested at least ten Palestinians in Jenin.")
    assert _quantities(events, "COERCE") == [(10, "arrested", "at least")]


def test_casualties_of_a_participle(extract: Extract) -> None:
    events = extract("Gunmen opened fire on a bus, killing seven passengers.")
    assert _quantities(events, "ASSAULT") == [(7, "killed", None)]


def test_vehicles_in_a_convoy(extract: Extract) -> None:
    events = extract("A Russian convoy of nearly 40 armoured vehicles entered Kobani.")
    assert _quantities(events, "MOBILIZE") == [(40, "vehicles", "nearly")]


def test_vague_plural(extract: Extract) -> None:
    events = extract("Hundreds of ISIS prisoners escaped from the camp.")
    assert _quantities(events, "RETREAT") == [(200, "people", "at least")]


def test_dates_are_not_quantities(extract: Extract) -> None:
    events = extract("Turkish jets bombed Kurdish positions in 2019.")
    assert only(events, "ASSAULT").quantities == []


def test_repeated_mention_of_an_attack_is_one_event(extract: Extract) -> None:
    text = (
        "A suicide bomber killed four people in an attack on a hospital in Qardaha. "
        "The attack killed two soldiers as well."
    )
    events = extract(text)
    first = events[0]
    assert first.mode == "suicide-attack"
    assert (4, "killed") in [(q.value, q.unit) for q in first.quantities]
    assert "attack" not in [e.trigger.text for e in events]


def test_hyphenated_number_words_are_one_number(extract: Extract) -> None:
    events = extract("Twenty-three civilians were killed in an air strike on the town on Monday.")
    assert _quantities(events, "ASSAULT") == [(23, "killed", None)]
    events = extract("Troops arrested at least thirty-five protesters in the square.")
    assert _quantities(events, "COERCE") == [(35, "arrested", "at least")]


@pytest.mark.parametrize(
    ("text", "value", "said"),
    [
        ("The war has killed over a quarter of a million herders.", 250_000, "over"),
        ("The war has killed half a million people.", 500_000, None),
        ("The war has killed three-quarters of a million people.", 750_000, None),
        ("The war has killed 2.5 million people.", 2_500_000, None),
        ("The war has killed 2 million people.", 2_000_000, None),
        ("The war has killed a million people.", 1_000_000, None),
    ],
)
def test_fractions_and_decimals_of_a_million(
    extract: Extract, text: str, value: int, said: str | None
) -> None:
    assert _quantities(extract(text), "ASSAULT") == [(value, "killed", said)]
    # The count's text starts at its first word ("a quarter of", "2.5", "a").
    quantity = only(extract(text), "ASSAULT").quantities[0]
    assert text.index(quantity.text) == text.index("killed") + len("killed ")


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("The war has killed hundreds of thousands of herders.", 200_000, "hundreds of thousands"),
        ("The feud has killed tens of thousands of farmers.", 20_000, "tens of thousands"),
        ("The blasts killed hundreds of villagers.", 200, "hundreds of villagers"),
        ("The blasts killed thousands of villagers.", 2_000, "thousands of villagers"),
    ],
)
def test_a_vague_count_of_a_plural_magnitude_is_one_count(
    extract: Extract, text: str, value: int, counted: str
) -> None:
    # "hundreds of thousands" is at least 200,000: one count, not 200 and 2,000.
    quantities = only(extract(text), "ASSAULT").quantities
    assert [(q.value, q.unit, q.qualifier) for q in quantities] == [(value, "killed", "at least")]
    assert quantities[0].text.startswith(counted)


def test_the_noun_after_a_scaled_vague_count_is_what_it_counts(extract: Extract) -> None:
    # The unit comes from "marchers" (read through "thousands"), not "thousand".
    events = extract("Police detained hundreds of thousands of marchers.")
    assert _quantities(events, "COERCE") == [(200_000, "arrested", "at least")]


def test_a_clock_time_before_a_numeric_stamp_is_no_count(nlp: Language) -> None:
    doc = nlp("Staff Middle East 1740 16.05.2019(updated 1802 16.05.2019) Jets struck.")
    clocks = [t.text for t in doc if t.text.isdigit() and dated_number(t)]
    assert clocks == ["1740", "1802"]
    assert not any(dated_number(t) for t in nlp("Jets killed 1740 people on 16.05.2019."))


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The jets pounded the district wounding scores more, a medic said.", {(40, "injured")}),
        ("Gunmen attacked the post, killing 4 and injuring 12.", {(4, "killed"), (12, "injured")}),
        ("Doctors said 31 people hurt in the raid were being treated.", {(31, "injured")}),
        ("Jets struck a depot near the dam killing 18 guards.", {(18, "killed")}),
    ],
)
def test_casualty_units_of_gerunds_objects_and_hurt(
    extract: Extract, text: str, figures: set[tuple[int, str]]
) -> None:
    assert {(q.value, q.unit) for e in extract(text) for q in e.quantities} == figures


def test_the_parts_of_a_numeric_date_are_no_counts(nlp: Language) -> None:
    lex = load_lexicon()
    doc = nlp("21-05-2016 Rebels shelled 3 towns on 22.05.2016 and 4 - 5 villages.")
    counts = {t.text: number_value(t, lex) for t in doc if t.text[:1].isdigit()}
    assert {text for text, value in counts.items() if value is not None} == {"3", "4", "5"}


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("Mortars killed six people, one of them a nurse.", "ASSAULT", [(6, "killed", None)]),
        (
            "Mortars killed six people in the town, two in its market.",
            "ASSAULT",
            [(6, "killed", None)],
        ),
        ("Rebels stormed three villages, one near Hama.", "ASSAULT", [(3, "village", None)]),
        # A headline's run of counts, each hung by the parser on the next one.
        (
            "Nine dead 14 wounded in Hama market blast.",
            "ASSAULT",
            [(14, "injured", None), (9, "killed", None)],
        ),
    ],
)
def test_a_part_or_a_run_of_counts_is_read_as_told(
    extract: Extract, text: str, type_: str, expected: list[tuple[int, str, str | None]]
) -> None:
    assert _quantities(extract(text), type_) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Commas stripped, as in many scraped articles: the parser makes the part
        # a second subject, nearest the verb.
        "Thirty villagers among them 12 children were killed in a raid on Monday.",
        "Thirty villagers, among them 12 children, were killed in a raid on Monday.",
    ],
)
def test_the_whole_toll_is_counted_before_its_part(extract: Extract, text: str) -> None:
    events = extract(text)
    assert (30, "killed", None) in _quantities(events, "ASSAULT"), text
