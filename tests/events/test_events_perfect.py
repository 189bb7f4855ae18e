"""A perfect tense the parser reads as a participle modifier is still a verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from events_support import Extract, only

if TYPE_CHECKING:
    pass


def test_perfect_with_adverb_between_is_an_event(extract: Extract) -> None:
    text = (
        "US forces have until recently transported Daesh terrorists from one location "
        "in Syria to another."
    )
    aid = only(extract(text), "AID")
    assert aid.trigger.text == "transported"
    assert aid.modality == "habitual"
    assert aid.source_actor is not None and aid.source_actor.actor_id == "USA_MIL"


def test_participle_modifier_stays_no_event(extract: Extract) -> None:
    text = "The US-backed fighters entered the transported goods depot."
    assert not [e for e in extract(text) if e.type in ("AID", "SUPPORT")]


def test_a_participle_joined_to_a_modifier_stays_no_event(extract: Extract) -> None:
    # "damaged and destroyed shops": both describe the shops.
    text = "Volunteers cleared rubble from damaged and destroyed shops in Saraqib."
    assert not [e for e in extract(text) if e.type == "ASSAULT"]


def test_the_wounded_as_people_are_no_event(extract: Extract) -> None:
    for text in (
        "Medics treated the wounded at a field clinic in Atarib.",
        "Volunteers carried the dead and wounded from the rubble in Atarib.",
    ):
        assert not [e for e in extract(text) if e.type == "ASSAULT"], text
    # A verb whose object has the article is still the attack.
    assert only(extract("Snipers wounded the mayor of Atarib."), "ASSAULT").trigger.text == (
        "wounded"
    )


def test_object_control_and_a_particle_read_as_adverb(extract: Extract) -> None:
    # "back" is parsed as an adverb of "pull"; the army, object of "forced", pulls back.
    text = "The IS assault forced the Syrian army to pull back late on Friday."
    retreat = only(extract(text), "RETREAT")
    assert retreat.trigger.text == "pull"
    assert retreat.source_actor is not None
    assert retreat.source_actor.actor_id == "SYR_GOV_FORCES"


def test_irregular_past_the_lemmatizer_misses(extract: Extract) -> None:
    text = "Turkish-backed opposition fighters retook the town in late February."
    assert only(extract(text), "ASSAULT").trigger.text == "retook"


def test_releasing_a_substance_frees_no_one(extract: Extract) -> None:
    for text in (
        "Militants released a toxic gas in the tunnel under Talmenes.",
        "The raid hit a depot of the group releasing a toxic substance that killed many.",
    ):
        assert not [e for e in extract(text) if e.type == "RETREAT"], text
    freed = extract("The militia released 12 hostages in Talmenes on Monday.")
    assert only(freed, "RETREAT").trigger.text == "released"
