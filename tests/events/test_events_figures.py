"""Figures read with the right unit, and words that look like events but are not:
person counts told killed by their clause, headline pairs ("killed, 3 injured"),
dateline years, casualties named inside a count, publications."""

from __future__ import annotations

from typing import TYPE_CHECKING

from events_support import Extract

if TYPE_CHECKING:
    from sitrep.model import Event


def _figures(events: list[Event]) -> set[tuple[int, str]]:
    return {(q.value, q.unit) for e in events for q in e.quantities}


def test_people_told_killed_by_their_clause_count_killed(extract: Extract) -> None:
    # The trigger is "shelling"; the count's own clause says the people were killed.
    text = (
        "At least 23 villagers, four girls among them, were killed by rockets and "
        "shelling on Thursday in the eastern town."
    )
    figures = _figures(extract(text))
    assert (23, "killed") in figures and (23, "people") not in figures


def test_headline_number_belongs_to_the_participle_after_it(extract: Extract) -> None:
    for text in (
        "Farmer killed 4 injured in mortar fire on village",
        "Fisherman killed, 2 injured in rocket attacks on coastal town",
    ):
        figures = _figures(extract(text))
        assert not any(unit == "killed" for _, unit in figures), (text, figures)
        assert any(unit == "injured" for _, unit in figures), (text, figures)


def test_dateline_year_is_no_count(extract: Extract) -> None:
    text = (
        "AP Thursday 17 Mar 2011 Eleven villagers including two boys were "
        "killed on Thursday in intense shelling across the district."
    )
    figures = _figures(extract(text))
    assert (11, "killed") in figures
    assert not any(value in (2011, 17) for value, _ in figures), figures


def test_wounded_inside_a_count_of_people_moving_is_no_attack(extract: Extract) -> None:
    text = "Some 900 people including 35 wounded had crossed the border by Sunday."
    assert not any(e.type == "ASSAULT" for e in extract(text))
    # The participle with an object is still an attack.
    assert any(e.type == "ASSAULT" for e in extract("Militants wounded 35 people in the attack."))


def test_releasing_media_is_no_retreat(extract: Extract) -> None:
    for text in (
        "The rebel group released a video showing the captured pilot.",
        "A statement was released by the army on Sunday.",
    ):
        assert not [e for e in extract(text) if e.type == "RETREAT"], text
    freed = [
        e for e in extract("The rebels released 20 prisoners on Friday.") if e.type == "RETREAT"
    ]
    assert freed
