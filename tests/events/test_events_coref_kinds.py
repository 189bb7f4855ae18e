"""Which kinds of attack event coreference keeps apart (a blast and a battle)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from events_support import Extract

from sitrep.events.coref_kinds import same_kind

if TYPE_CHECKING:
    from spacy.language import Language


def _assaults(extract: Extract, text: str) -> list[tuple[str, list[str]]]:
    """(trigger, merged mention triggers) of every ASSAULT event."""
    events = [e for e in extract(text) if e.type == "ASSAULT"]
    return [(e.trigger.text, [m.trigger.text for m in e.mentions]) for e in events]


def test_a_blast_and_a_battle_stay_two_happenings(extract: Extract) -> None:
    text = (
        "A bomb exploded at a market in Kestrovo on Monday, killing six people. "
        "Fighting continued near the market through the night."
    )
    found = _assaults(extract, text)
    assert len(found) == 2, found


def test_a_toll_verb_stays_with_its_blast(extract: Extract) -> None:
    text = "A car bomb exploded outside a bank in Kestrovo, killing nine people."
    found = _assaults(extract, text)
    assert len(found) == 1, found


def test_kinds_follow_the_acled_event_types() -> None:
    assert not same_kind("ASSAULT", "explosives", "sideAB")
    assert not same_kind("ASSAULT", "aerial", "targeted")
    assert same_kind("ASSAULT", "aerial", "heavy-weapons")  # both remote violence
    assert same_kind("ASSAULT", "firearms", "sideAB")  # shots fit any kind
    assert same_kind("ASSAULT", None, "targeted")  # "attack" leaves it open
    assert same_kind("COERCE", "seize", "restrict")  # only attacks have kinds


def test_an_activity_going_on_is_not_a_later_mention_of_one_attack(
    extract: Extract, nlp: Language
) -> None:
    from sitrep.events.coref_kinds import ongoing

    text = (
        "Monitors said an alleged gas attack hit the village of Dravec on Monday. "
        "Officials said the army kept shelling the area to keep inspectors out."
    )
    doc = nlp(text)
    kept = next(t for t in doc if t.text == "shelling")
    attack = next(t for t in doc if t.text == "attack")
    assert ongoing(doc, kept.i) and not ongoing(doc, attack.i)
    found = _assaults(extract, text)
    # The attack and the shelling that goes on after it stay two happenings.
    assert len(found) == 2, found


def test_an_aircraft_downed_is_no_mention_of_bombs_dropped_nearby(extract: Extract) -> None:
    text = (
        "Monitors said barrel bombs fell on Velgorod late on Monday, wounding many residents. "
        "The defence ministry said a helicopter was shot down near Velgorod on Monday, "
        "killing all four people on board."
    )
    found = _assaults(extract, text)
    assert len(found) == 2, found
    downed = next(f for f in found if f[0] == "shot")
    assert "fell" not in downed[1], found


def test_a_downing_still_takes_its_later_plain_mention(nlp: Language) -> None:
    from sitrep.events.coref_kinds import downing, downing_apart

    doc = nlp("Rebels shot down a jet. The attack came as bombs fell on the town.")
    shot = next(t.i for t in doc if t.text == "shot")
    attack = next(t.i for t in doc if t.text == "attack")
    fell = next(t.i for t in doc if t.text == "fell")
    assert downing(doc, shot) and not downing(doc, attack)
    # "the attack" names no kind: it may refer back to the downing.
    assert not downing_apart(doc, shot, "firearms", attack, None)
    assert downing_apart(doc, shot, "firearms", fell, "explosives")
