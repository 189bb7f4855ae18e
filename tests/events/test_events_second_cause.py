"""Two happenings in one sentence: "45 were killed in air strikes after rebels fired
mortars" tells the strikes (with their toll) and the rebels' fire, and the dead are
not the rebels' victims. One date worded two ways ("late Monday", "on Monday") does
not make two happenings."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract

from sitrep.model import Event

if TYPE_CHECKING:
    pass


def _assaults(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "ASSAULT"]


def _source(event: Event) -> str:
    return "" if event.source_actor is None else event.source_actor.text.lower()


@pytest.mark.parametrize(
    ("text", "toll", "other"),
    [
        (
            "At least 28 people were killed in Russian air strikes on Harasta after "
            "rebels fired a barrage of rockets at the city centre.",
            28,
            "fired",
        ),
        (
            "Twelve soldiers were killed in a rebel ambush near Hama after government "
            "jets bombed the town.",
            12,
            "bombed",
        ),
        # A noun after "after" or "following", where the verb names its own attack.
        ("Government air strikes kill 31 in Douma after a rebel mortar attack.", 31, "attack"),
        (
            "Russian raids killed nine villagers near Idlib following a mortar attack by "
            "militants.",
            9,
            "attack",
        ),
    ],
)
def test_a_clause_after_a_named_attack_is_a_second_happening(
    extract: Extract, text: str, toll: int, other: str
) -> None:
    assaults = _assaults(extract(text))
    assert len(assaults) == 2, [(e.trigger.text, _source(e)) for e in assaults]
    killed = next(e for e in assaults if any(q.value == toll for q in e.quantities))
    second = next(e for e in assaults if e is not killed)
    assert second.trigger.text == other
    assert not any(q.value == toll for q in second.quantities)
    if _source(second):
        assert _source(killed) != _source(second)


def test_the_toll_blames_the_strikes_not_the_rebels(extract: Extract) -> None:
    text = (
        "At least 28 people were killed in Russian air strikes on Harasta after "
        "rebels fired a barrage of rockets at the city centre."
    )
    killed = next(e for e in _assaults(extract(text)) if e.trigger.text == "killed")
    assert "rebel" not in _source(killed)


@pytest.mark.parametrize(
    "text",
    [
        # The participle adds the toll of the very attack.
        "Rebels opened fire on a bus, killing seven passengers.",
        # The clause says how they died: no attack of the main verb's own.
        "Seven people were killed when a bomb exploded in the market.",
        # Nor does a noun after "after" when the verb names no attack of its own.
        "Seven people were killed after an air strike on the market.",
    ],
)
def test_a_clause_telling_the_same_happening_stays_one(extract: Extract, text: str) -> None:
    assaults = _assaults(extract(text))
    assert len(assaults) == 1, [e.trigger.text for e in assaults]
    assert any(q.value == 7 for q in assaults[0].quantities)


@pytest.mark.parametrize(
    ("first", "second", "published"),
    [
        ("late Monday", "on Monday", "2021-03-04"),
        ("on Thursday 4 March 2021", "on Thursday", "2021-03-04"),
    ],
)
def test_one_date_worded_two_ways_is_one_happening(
    extract: Extract, first: str, second: str, published: str
) -> None:
    text = (
        f"Turkish jets struck Kurdish positions near Afrin {first}, a monitor said. "
        f"Turkish jets struck Kurdish positions near Afrin {second}, killing nine fighters."
    )
    assaults = _assaults(extract(text, published=published))
    assert len(assaults) == 1, [e.trigger.text for e in assaults]
    assert any(q.value == 9 for q in assaults[0].quantities)


@pytest.mark.parametrize(
    ("text", "main", "earlier"),
    [
        (
            "Artillery pounded the orchards of Kafr Batna on Tuesday, a day after the"
            " rebel council blamed government troops for gassing dozens of people.",
            "pounded",
            "gassing",
        ),
        (
            "Jets bombed the market of Tell Sawda on Friday, two days after gunmen"
            " ambushed a patrol near the dam.",
            "bombed",
            "ambushed",
        ),
        (
            "Soldiers shot dead five militants on Monday, hours after the group attacked"
            " a checkpoint in Jisr al-Shughur.",
            "shot",
            "attacked",
        ),
    ],
)
def test_a_happening_counted_before_the_main_one_is_its_own(
    extract: Extract, text: str, main: str, earlier: str
) -> None:
    """Under "a day after", "two days after", "hours after": a second happening, not a
    mention of the main clause's."""
    assaults = _assaults(extract(text))
    triggers = {e.trigger.text for e in assaults}
    assert {main, earlier} <= triggers, [(e.trigger.text, e.mentions) for e in assaults]
    first = next(e for e in assaults if e.trigger.text == earlier)
    assert all(m.trigger.text != main for m in first.mentions)


@pytest.mark.parametrize(
    "text",
    [
        # No measure: "opened fire after the convoy stopped" is the same encounter.
        "Gunmen opened fire on a convoy near Maarat al-Numan, killing three, after it stopped.",
        # Headline, agency stamp and photo caption parsed as one sentence: the caption's
        # "the day after" hangs on the headline's verb, which it does not date.
        "Rocket attacks kill at least 12 in Syria's Deraa AP Tuesday 12 Jul 2016 Syrian"
        " pass wrecked cars the day after shelling on the government-held Mahatta"
        " district of the southern city of Deraa on July 12 2016.",
    ],
)
def test_an_uncounted_or_stamped_after_stays_one_happening(extract: Extract, text: str) -> None:
    assaults = _assaults(extract(text))
    assert len(assaults) == 1, [e.trigger.text for e in assaults]
