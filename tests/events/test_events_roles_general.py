"""General role patterns: partitive heads, victims of a nominal event, names that
lost their apostrophe, governments acting through their forces, datelines."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract, _actors, doer_id, make_extract, only

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="module")
def run(nlp: Language) -> Extract:
    return make_extract(nlp)


def test_members_of_a_tribe_are_the_target(run: Extract) -> None:
    event = only(
        run("The militants executed 40 members of a local clan near the river."), "ASSAULT"
    )
    assert event.target_actor is not None
    assert event.target_actor.text == "local clan"


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops executed ten children of alleged rebels in a village near Aleppo.",
        "Militants killed the wives of two soldiers in Homs.",
        "Militants killed the soldiers' wives in Homs.",
    ],
)
def test_kin_of_a_party_are_not_that_party(run: Extract, text: str) -> None:
    """Children, wives, families of fighters are people, not the fighters' side."""
    event = only(run(text), "ASSAULT")
    assert event.target_actor is not None
    assert event.target_actor.actor_id == "CIVILIANS"


def test_members_of_a_party_stay_that_party(run: Extract) -> None:
    event = only(run("Syrian troops killed ten members of the rebels near Aleppo."), "ASSAULT")
    assert event.target_actor is not None
    assert event.target_actor.actor_id == "SYR_OPPOSITION"


def test_dateline_does_not_become_the_victim(run: Extract) -> None:
    text = "DAMASCUS (Reuters) A total of 12 Daesh terrorists were killed near Raqqa on Monday."
    event = only(run(text), "ASSAULT")
    assert event.target_actor is not None
    assert event.target_actor.actor_id == "ISIS"


def test_victims_of_an_attack_are_its_target(run: Extract) -> None:
    text = "Victims of the bombing in the market were taken to a hospital in Idlib."
    event = only(run(text), "ASSAULT")
    assert event.target_actor is not None
    assert event.target_actor.actor_id == "CIVILIANS"


def test_name_without_apostrophe_is_a_possessor(run: Extract) -> None:
    text = "Nusra Front Al-Qaidas Syria affiliate on Sunday attacked rebels in the north."
    event = only(run(text), "ASSAULT")
    assert event.source_actor is not None
    assert event.source_actor.actor_id == "NUSRA"


def test_government_assault_is_carried_out_by_its_forces(run: Extract) -> None:
    event = only(run("The regime shelled the village of Kafr Nabl on Tuesday."), "ASSAULT")
    assert event.source_actor is not None
    assert event.source_actor.actor_id == "SYR_GOV_FORCES"


def test_government_keeps_its_id_outside_assaults(run: Extract) -> None:
    events = run("The regime accused the rebels of violating the truce on Tuesday.")
    event = only(events, "ACCUSE")
    assert event.source_actor is not None
    assert event.source_actor.actor_id == "SYR_GOV"


def test_target_phrase_hung_on_an_earlier_phrase(nlp: Language, run: Extract) -> None:
    text = "Reports showed Moscow's support through its regional allies for the Houthis."
    doc = nlp(text)
    # The parser attaches "for" to "allies", not to "support": the rule must reach it.
    assert next(t for t in doc if t.lower_ == "for").head.lower_ == "allies"
    event = only(run(text), "SUPPORT")
    assert event.target_actor is not None
    assert event.target_actor.text == "Houthis"


def test_description_after_as_is_not_a_target(run: Extract) -> None:
    text = "The minister condemned the bombing as an aggression against Iraq."
    bombing = next(e for e in run(text) if e.trigger.text == "bombing")
    assert bombing.target_actor is None or bombing.target_actor.text != "Iraq"


def test_participle_agent_names_the_source_of_an_event_noun(run: Extract) -> None:
    text = "The attack, carried out by Hezbollah, killed five soldiers near the border."
    event = only(run(text), "ASSAULT")
    assert event.source_actor is not None
    assert event.source_actor.actor_id == "HEZBOLLAH"


def test_targets_named_by_a_country_are_its_forces(run: Extract) -> None:
    event = only(run("Israeli jets struck Iranian targets near Damascus on Sunday."), "ASSAULT")
    assert event.target_actor is not None
    assert event.target_actor.actor_id == "IRN_MIL"


def test_a_weapon_as_inherited_subject_blocks_guessing_a_nearby_doer(run: Extract) -> None:
    text = "A car bomb exploded near a Turkish military convoy, wounding three soldiers."
    event = only(run(text), "ASSAULT")
    # The convoy is what was hit, not who set off the bomb.
    assert event.source_actor is None


def test_who_claimed_responsibility_is_the_source(run: Extract) -> None:
    text = "Hezbollah claimed responsibility for the bombing that killed 30 people."
    event = only(run(text), "ASSAULT")
    assert event.source_actor is not None
    assert event.source_actor.actor_id == "HEZBOLLAH"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A party saying it was responsible owns the act, as a claim of responsibility.
        ("Hezbollah said on Monday it was responsible for a bombing near the base.", "HEZBOLLAH"),
        # Denied, negated, or someone else's blame: no doer from these words.
        ("Hezbollah denied it was responsible for the bombing near the base.", None),
        ("Hezbollah said it was not responsible for the bombing near the base.", None),
        ("Officials argued that Hezbollah was responsible for the bombing near the base.", None),
    ],
)
def test_a_party_saying_it_was_responsible_is_the_source(
    run: Extract, text: str, source: str | None
) -> None:
    event = only(run(text), "ASSAULT")
    found = event.source_actor.actor_id if event.source_actor else None
    assert found == source


def test_opposition_positions_name_the_armed_opposition(run: Extract) -> None:
    event = only(run("Russian jets bombed opposition positions in Idlib."), "ASSAULT")
    assert event.target_actor is not None
    assert event.target_actor.actor_id == "SYR_OPPOSITION"


def test_passive_fired_upon_takes_agent_and_victim(run: Extract) -> None:
    event = only(run("Protesters in Deraa were fired upon by security forces."), "ASSAULT")
    assert event.target_actor is not None and event.target_actor.actor_id == "PROTESTERS"
    assert event.source_actor is not None and event.source_actor.text == "security forces"


#: A definite short reference to an actor named before ("the group", "the soldiers").
_COALITION = (
    "The US-led coalition said it would widen its campaign. Residents said the "
    "coalition strikes destroyed a bakery in Raqqa on Monday."
)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # As a possessor.
        (
            "Hezbollah sent reinforcements to Qusayr on Monday. "
            "The group's fighters later attacked rebel positions.",
            "HEZBOLLAH",
        ),
        # As the modifier of a definite noun: the article is the phrase's.
        (_COALITION, "USA_MIL"),
        # The latest forces named.
        (
            "Turkish troops entered Afrin on Sunday. The soldiers later clashed with YPG fighters.",
            "TUR_MIL",
        ),
    ],
)
def test_a_short_reference_reads_back(run: Extract, text: str, doer: str) -> None:
    assert doer_id(only(run(text), "ASSAULT")) == doer


def test_a_modifier_without_the_article_reads_back_to_no_one(run: Extract) -> None:
    # "coalition strikes" may be anyone's.
    text = _COALITION.replace("the coalition strikes", "coalition strikes")
    assert only(run(text), "ASSAULT").source_actor is None


def test_passive_light_verb_takes_its_by_phrase_as_doer(run: Extract) -> None:
    event = only(run("The raids were carried out by Russian aircraft."), "ASSAULT")
    assert event.source_actor is not None
    assert event.source_actor.actor_id == "RUS_MIL"


def test_of_two_parsed_subjects_the_nearest_before_the_verb(run: Extract) -> None:
    # A headline running into the lead without a stop: the parser gives "killed"
    # two passive subjects, "11" and "civilians".
    text = (
        "11 dead in fierce shelling of Syrias Hama Monitor AFP Thursday 17 Mar 2011 Eleven "
        "civilians among them two boys were killed on Thursday in fierce shelling "
        "across rebel-held Hama province in central Syria a war monitor said."
    )
    events = [e for e in run(text) if e.type == "ASSAULT"]
    assert events and all(e.target_actor is not None for e in events)
    assert {e.target_actor.actor_id for e in events if e.target_actor} == {"CIVILIANS"}


def test_a_headline_passive_without_were_has_the_dead_as_victims(run: Extract) -> None:
    # Parsed as a past tense with the soldiers as its subject: "kill" without an
    # object is a passive.
    event = only(run("Four soldiers killed when a roadside bomb hit their patrol."), "ASSAULT")
    assert event.source_actor is None
    assert event.target_actor is not None and event.target_actor.text == "soldiers"


def test_the_dead_before_a_root_noun_are_no_doers(nlp: Language) -> None:
    # The small parser's reading of such a headline, given as it parsed a FA-KES
    # one: "airstrikes" the root, the dead its subject with "killed" hung on them.
    from spacy.tokens import Doc

    from sitrep.events import extract_events
    from sitrep.model import Document

    parse = [  # word, head, dependency, tag, part of speech, lemma
        ("Eight", 1, "nummod", "CD", "NUM", "eight"),
        ("civilians", 5, "nsubj", "NNS", "NOUN", "civilian"),
        ("killed", 1, "acl", "VBN", "VERB", "kill"),
        ("in", 2, "prep", "IN", "ADP", "in"),
        ("regime", 3, "pobj", "NN", "NOUN", "regime"),
        ("airstrikes", 5, "ROOT", "NNS", "NOUN", "airstrike"),
        ("on", 5, "prep", "IN", "ADP", "on"),
        ("rural", 8, "amod", "JJ", "ADJ", "rural"),
        ("Velgorod", 6, "pobj", "NNP", "PROPN", "Velgorod"),
        ("today", 5, "npadvmod", "NN", "NOUN", "today"),
        (".", 5, "punct", ".", "PUNCT", "."),
    ]
    words, heads, deps, tags, pos, lemmas = (list(column) for column in zip(*parse, strict=True))
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    document = Document(id="parsed", text=doc.text, published="2021-03-01")
    event = only(extract_events(doc, document, [], _actors().find(doc)), "ASSAULT")
    assert doer_id(event) != "CIVILIANS"
    assert event.target_actor is not None and event.target_actor.actor_id == "CIVILIANS"


def test_an_active_kill_keeps_its_doer(run: Extract) -> None:
    event = only(run("Rebel fighters killed and wounded dozens of soldiers."), "ASSAULT")
    assert doer_id(event) == "SYR_OPPOSITION"


def test_those_dead_in_a_fight_are_its_victims_not_its_doers(run: Extract) -> None:
    # No subject: the nearest name before the verb would be its doer; here it is
    # whom the fighting killed.
    event = only(run("Twelve rebels dead in fighting with army units near the dam."), "ASSAULT")
    assert doer_id(event) is None
    assert event.target_actor is not None and event.target_actor.actor_id == "SYR_OPPOSITION"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The bombardment of Kassab by Russian warplanes killed ten people.", "RUS_MIL"),
        ("Officials said the Islamic State was behind the bombing in Qamishli.", "ISIS"),
        ("The bombing, blamed on Islamic State, killed 20 people in Qamishli.", "ISIS"),
    ],
)
def test_an_event_nouns_doer_the_parser_hangs_elsewhere(run: Extract, text: str, doer: str) -> None:
    """ "The bombardment of X by Y" (the agent parsed as X's), "Y was behind the
    bombing" and "the bombing, blamed on Y" name the doer (the last as a claim)."""
    assert doer_id(only(run(text), "ASSAULT")) == doer


def test_the_wars_toll_of_people_is_no_civilians_toll(run: Extract) -> None:
    """The war's dead "people" include its fighters; one attack's "people" are civilians."""
    toll = only(run("The war has killed more than 300,000 people."), "ASSAULT")
    assert toll.target_actor is not None
    assert (toll.target_actor.actor_id, toll.target_actor.text) == (None, "people")
    strike = only(run("Airstrikes killed 12 people in Kassab on Monday."), "ASSAULT")
    assert strike.target_actor is not None and strike.target_actor.actor_id == "CIVILIANS"
    children = only(run("The war has killed 20,000 children."), "ASSAULT")
    assert children.target_actor is not None and children.target_actor.actor_id == "CIVILIANS"


def test_sides_of_a_fight_parsed_into_one_phrase(run: Extract) -> None:
    """ "between fighters from one group and another": the second side is parsed as
    part of the first's phrase; both are the fight's sides."""
    text = "Fierce clashes broke out on Sunday between fighters from the Nusra Front and ISIL."
    event = only(run(text), "ASSAULT")
    assert {doer_id(event), event.target_actor and event.target_actor.actor_id} == {
        "NUSRA",
        "ISIS",
    }


def test_an_offensive_faced_by_a_place_has_the_by_phrase_as_doer(run: Extract) -> None:
    """ "The town faced an offensive by Kurdish fighters": the parser hangs "by" on the
    verb; a "by" phrase naming no party ("by night") gives no doer."""
    event = only(run("The town faced an offensive by Kurdish fighters."), "ASSAULT")
    assert doer_id(event) == "KURDISH_FORCES"
    assert doer_id(only(run("The town faced heavy shelling by night."), "ASSAULT")) is None


def test_citizens_killed_are_civilians(run: Extract) -> None:
    text = "Gunmen shot dead three citizens in Homs."
    event = only(run(text), "ASSAULT")
    assert event.target_actor is not None and event.target_actor.actor_id == "CIVILIANS"


def test_a_participle_hung_on_a_place_goes_with_the_clauses_doer(run: Extract) -> None:
    # Commas stripped: the parser hangs "laying" on "village", which would make the
    # village the doer of the siege.
    text = "The SDF captured the village of Safsafeh north of Tabqa laying siege to the dam."
    siege = next(e for e in run(text) if e.trigger.text == "laying")
    assert doer_id(siege) == "SDF"


def test_a_participle_on_a_place_takes_no_doer_from_the_places_name(run: Extract) -> None:
    text = "A massive explosion struck near buses from the pro-regime areas killing 120 people."
    blast = only(run(text), "ASSAULT")
    assert doer_id(blast) is None


@pytest.mark.parametrize(
    "text",
    [
        "A sniper killed a journalist in the town on Monday.",
        "Gunmen abducted a priest and two nuns near the monastery.",
        "An air strike killed three rescuers as they dug through the rubble.",
    ],
)
def test_journalists_clergy_and_rescuers_are_civilians(run: Extract, text: str) -> None:
    victims = only(run(text), "ASSAULT").target_actor
    assert victims is not None and victims.actor_id == "CIVILIANS"
