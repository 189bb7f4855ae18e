"""Tolls outside the trigger's phrases: headline counts and toll sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract

if TYPE_CHECKING:
    from sitrep.model import Event


def _figures(events: list[Event]) -> set[tuple[int, str]]:
    return {(q.value, q.unit) for e in events if e.type == "ASSAULT" for q in e.quantities}


def test_title_case_headline_count_before_casualty_word(extract: Extract) -> None:
    # A byline run into a title-case headline: the parser reads "37" as part of it.
    text = (
        "by Staff Writer 37 Killed in Rocket Attack on Market Town "
        "Rockets hit a crowded market in the town on Monday."
    )
    assert (37, "killed") in _figures(extract(text))


def test_count_of_dead_left_by_clashes(extract: Extract) -> None:
    text = "Fighting between two clans left at least 17 dead and 26 wounded on Tuesday."
    figures = _figures(extract(text))
    assert (17, "killed") in figures and (26, "injured") in figures


def test_death_toll_sentence_counts_the_attack_before_it(extract: Extract) -> None:
    text = "A car bomb exploded at a checkpoint in the town on Monday. The death toll rose to 30."
    assaults = [e for e in extract(text) if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert (30, "killed") in {(q.value, q.unit) for q in assaults[0].quantities}


def test_group_among_the_dead_is_a_count_of_killed(extract: Extract) -> None:
    text = (
        "Government aircraft bombed the village on Tuesday. "
        "At least 12 civilians were among the dead."
    )
    assert (12, "killed") in _figures(extract(text))


def test_war_toll_is_no_incident_count(extract: Extract) -> None:
    text = (
        "Rebels shelled the city on Monday, killing four people. "
        "The death toll of the war has risen to 300000."
    )
    figures = _figures(extract(text))
    assert (4, "killed") in figures
    assert not any(value == 300000 for value, _ in figures)


def test_figure_of_a_later_unplaced_mention_stays_off(extract: Extract) -> None:
    # Coreference may join a later mention with nothing to tell it apart, but a
    # figure four sentences on, with no day or place tying it to the strike, may
    # count another incident: it must not make the strike's toll.
    text = (
        "Warplanes struck the town of Saraqib on Monday, killing nine civilians. "
        "The monitor gave no further details. "
        "Residents fled to nearby villages. "
        "Aid groups called for calm. "
        "Four people were killed in shelling."
    )
    events = extract(text)
    strike = next(e for e in events if e.trigger.text == "struck")
    units = {(q.value, q.unit) for q in strike.quantities}
    assert (9, "killed") in units
    assert (4, "killed") not in units


def test_figure_of_the_next_sentence_joins_the_attack(extract: Extract) -> None:
    text = (
        "Warplanes struck the town of Saraqib on Monday, killing nine civilians. "
        "Dozens of people were also wounded."
    )
    strike = next(e for e in extract(text) if e.trigger.text == "struck")
    assert (24, "injured") in {(q.value, q.unit) for q in strike.quantities}


def test_toll_of_the_last_days_is_no_incident_count(extract: Extract) -> None:
    text = (
        "A car bomb exploded at a checkpoint in the town on Monday. "
        "The death toll in the town in recent days rose to 45."
    )
    assert (45, "killed") not in _figures(extract(text))


def test_toll_span_tells_what_a_toll_counts_over() -> None:
    from sitrep.events.tolls import risen_toll, toll_span

    assert toll_span("120 civilians were killed since the offensive began") == "since"
    assert toll_span("At least 57 civilians were killed in recent days") == "days"
    assert toll_span("Strikes killed 30 people over the past three days") == "days"
    assert toll_span("The war has killed more than 280000 people") == "war"
    assert toll_span("At least 70 fighters were killed in the past 24 hours") is None
    assert toll_span("Warplanes killed 12 people in the town on Monday") is None
    assert risen_toll("the toll has risen to at least 112") and not risen_toll("43 were killed")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # An active verb's count follows it; the number before it is another's.
        ("Twin Car Bombs Kill 40 Injure Dozens in Border Town.", {(40, "killed")}),
        # Two words of the counted noun between count and casualty word.
        ("90 ISIL Fighters Killed in Raids on Border Town.", {(90, "killed")}),
        # A numeric date stamp before the count is no date's day.
        ("12-03-2015 23 Soldiers Killed in Ambush near Border Town.", {(23, "killed")}),
    ],
)
def test_more_headline_counts(extract: Extract, text: str, figures: set[tuple[int, str]]) -> None:
    assert figures <= _figures(extract(text))
    assert not any(unit == "injured" and value == 40 for value, unit in _figures(extract(text)))


@pytest.mark.parametrize(
    "text",
    [
        # Title case: the parse makes "Injure" a name inside "40 Injure Dozens".
        "Twin Car Bombs Kill 40 Injure Dozens in Border Town.",
        # Sentence case: the tagger calls the bare 40 a date.
        "Twin car bombs kill 40, injure dozens in border town.",
        # No comma: the parse makes "injure" a noun that 40 counts.
        "Twin car bombs kill 40 injure dozens in border town.",
    ],
)
def test_a_run_of_casualty_verbs_gives_each_its_count(extract: Extract, text: str) -> None:
    assert _figures(extract(text)) == {(40, "killed"), (24, "injured")}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # The parse makes "Kills" a noun that 12 counts.
        ("Fighting Kills 12 in Border Town", {(12, "killed")}),
        # "Clashes" hangs off "Kill" as a name: the count is of the clashes.
        ("Clashes Kill 30 Rebels in Daraa", {(30, "killed")}),
    ],
)
def test_a_title_case_verb_gives_its_count_to_the_headlines_subject(
    extract: Extract, text: str, figures: set[tuple[int, str]]
) -> None:
    assert _figures(extract(text)) == figures


def test_a_title_case_casualty_word_after_a_count_is_its_unit(extract: Extract) -> None:
    # "Dead" is tagged a name; "0412" (a stamp with a leading zero) counts nothing.
    text = "0412 17 Dead Dozens Wounded in Market Blast in Border Town."
    assert _figures(extract(text)) == {(17, "killed"), (24, "injured")}


def test_a_bare_headline_figure_takes_the_leads_qualifier(extract: Extract) -> None:
    text = (
        "Jets kill 28 in rebel-held town Monitor AFP Saturday 11 Jul 2015 Government "
        "jets killed at least 28 villagers, most of them farmers, on Friday in the town."
    )
    killed = [q for e in extract(text) for q in e.quantities if q.unit == "killed"]
    assert [(q.value, q.qualifier) for q in killed] == [(28, "at least")]
