"""A dateline is where a report was filed from, never an actor; names that lost
their apostrophe are recognised as possessors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.actors import ActorDictionary, lost_possessives

if TYPE_CHECKING:
    from spacy.language import Language


def test_dateline_city_is_not_an_actor(nlp: Language) -> None:
    actors = ActorDictionary.load([])
    text = "ANKARA (AFP) Dozens of fighters were killed near the border on Friday."
    ids = [m.actor_id for m in actors.find(nlp(text))]
    assert "TUR_GOV" not in ids and "TUR_MIL" not in ids


def test_capital_as_subject_inside_a_sentence_is_still_an_actor(nlp: Language) -> None:
    actors = ActorDictionary.load([])
    text = "Officials said that Ankara rejected the proposal on Friday."
    ids = [m.actor_id for m in actors.find(nlp(text))]
    assert "TUR_GOV" in ids


def test_lost_possessives_are_alias_plus_s_but_not_aliases() -> None:
    forms = lost_possessives()
    assert "hezbollahs" in forms
    # "Kurds" style plurals that are aliases themselves are not possessors.
    aliases = {
        a.lower() for actor in ActorDictionary.load([]).data.actors.values() for a in actor.aliases
    }
    assert not forms & aliases
