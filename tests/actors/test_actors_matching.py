"""Finding actor mentions: aliases, case rules, country terms in context, overlaps."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from sitrep.actors import ActorDictionary

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load([])


def _found(nlp: Language, actors: ActorDictionary, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor_id) for m in actors.find(nlp(text))]


def test_aliases_of_every_side(nlp: Language, actors: ActorDictionary) -> None:
    text = "Daesh fighters and ISIL cells clashed with the Syrian Arab Army and regime forces."
    found = _found(nlp, actors, text)
    assert ("Daesh", "ISIS") in found
    assert ("ISIL", "ISIS") in found
    assert ("Syrian Arab Army", "SYR_GOV_FORCES") in found  # longest match, not "Syrian"
    assert ("regime forces", "SYR_GOV_FORCES") in found


def test_offsets_are_character_offsets(nlp: Language, actors: ActorDictionary) -> None:
    text = "Reports say the Pentagon moved troops."
    (mention,) = actors.find(nlp(text))
    assert text[mention.start : mention.end] == "Pentagon"
    assert mention.actor_id == "USA_MIL" and mention.type == "state_forces"


def test_short_capitals_match_only_in_capitals(nlp: Language, actors: ActorDictionary) -> None:
    assert ("IS", "ISIS") in _found(nlp, actors, "IS claimed the attack in Raqqa.")
    assert _found(nlp, actors, "It is clear that the town is calm.") == []


def test_country_terms_depend_on_context(nlp: Language, actors: ActorDictionary) -> None:
    found = _found(nlp, actors, "US helicopters landed near the Turkish border.")
    assert found == [("US helicopters", "USA_MIL")]  # "Turkish border" is a place
    found = _found(nlp, actors, "Ankara said the Turkish offensive would continue.")
    assert ("Ankara", "TUR_GOV") in found
    assert ("Turkish", "TUR_MIL") in found
    assert _found(nlp, actors, "Prices rose in Syria and Iraq last year.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Some of a people, with no article, as what is done to: not their state.
        ("Two Syrians were killed by rocket fire in the city.", []),
        ("The raid was a massacre against Syrians, the agency said.", []),
        ("Thousands of Iraqi Kurds were gassed in 1988.", []),
        # The people as a party, or as a doer, stay the state's (or its forces').
        ("Ankara launched an operation against the Kurds.", [("Kurds", "KURDISH_FORCES")]),
        ("The Russians said the strike hit a depot.", [("Russians", "RUS_GOV")]),
    ],
)
def test_a_peoples_plural_as_victims_is_no_state(
    nlp: Language, actors: ActorDictionary, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [f for f in _found(nlp, actors, text) if f[0] in ("Syrians", "Kurds", "Russians")]
    assert found == expected


def test_a_coalition_named_with_fatah_is_no_palestinian_party(
    nlp: Language, actors: ActorDictionary
) -> None:
    # "Fatah" alone is the Palestinian party; inside the Syrian coalition's name it
    # is part of that name, in any of its spellings.
    for name in ("Jeish al-Fatah", "Jaysh al-Fateh", "Jeish Al Fatah", "Army of Conquest"):
        found = _found(nlp, actors, f"Jets struck {name} positions south of the city.")
        assert (name, "JAYSH_AL_FATAH") in found, found
        assert not [f for f in found if f[1] == "PA"]


def test_the_arabic_article_may_stand_apart(nlp: Language, actors: ActorDictionary) -> None:
    # "al-" written as a word of its own still names the group ("Fatah al Sham").
    found = _found(nlp, actors, "Troops fought the Jabhat Fatah al Sham group near Daraa.")
    assert ("Jabhat Fatah al Sham", "NUSRA") in found, found


def test_a_states_pilots_are_its_forces(nlp: Language, actors: ActorDictionary) -> None:
    found = _found(nlp, actors, "Russian pilots attacked the militants near Homs.")
    assert ("Russian pilots", "RUS_MIL") in found


def test_outlets_are_media(nlp: Language, actors: ActorDictionary) -> None:
    mentions = actors.find(nlp("SANA and Reuters reported the attack."))
    assert {m.type for m in mentions} == {"media"}


def test_mentions_never_overlap(nlp: Language, actors: ActorDictionary) -> None:
    mentions = actors.find(nlp("The US-led coalition and US forces struck Islamic State targets."))
    spans = sorted((m.start, m.end) for m in mentions)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert [m.actor_id for m in mentions] == ["USA_MIL", "USA_MIL", "ISIS"]


def test_user_dictionary_is_matched(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "extra.json"
    entry = {
        "id": "LIWA_X",
        "name": "Liwa X",
        "type": "political_militia",
        "country_code": "SY",
        "aliases": ["Liwa Fatemiyoun"],
    }
    path.write_text(json.dumps({"actors": [entry]}), "utf-8")
    actors = ActorDictionary.load([str(path)])
    assert ("Liwa Fatemiyoun", "LIWA_X") in _found(
        nlp, actors, "Liwa Fatemiyoun shelled a village."
    )


def test_alias_without_its_apostrophe(nlp: Language, actors: ActorDictionary) -> None:
    # Text that lost its apostrophes still names the actor; short capitals do not grow.
    found = _found(nlp, actors, "Hezbollahs fighters entered the town while USs jets flew.")
    assert ("Hezbollahs", "HEZBOLLAH") in found
    assert all(text != "USs" for text, _ in found)


def test_listed_name_beats_country_term_reading(nlp: Language, actors: ActorDictionary) -> None:
    found = _found(nlp, actors, "The Syrian Democratic Forces said they took the village.")
    assert ("Syrian Democratic Forces", "SDF") in found


def test_state_forces_table() -> None:
    from sitrep.actors import state_forces

    table = state_forces()
    assert table.forces["TUR_GOV"][0] == "TUR_MIL"
    assert "troops" in table.heads
    assert table.states["russia"][0] == "RUS_GOV"


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [
        # Activists report and accuse; they are not protesters unless they protest.
        ("Local activists accused the army of shelling Kafr Nabl.", "activists", "ACTIVISTS"),
        ("A blast tore through a crowd of mourners in Azaz.", "mourners", "CIVILIANS"),
        ("Students were wounded when a shell hit their school.", "Students", "CIVILIANS"),
        ("Demonstrators marched through Daraa on Friday.", "Demonstrators", "PROTESTERS"),
        # Groups of 2012-2017 are not named after the body some of their factions later
        # joined; the Turkish-backed factions are the Syrian National Army.
        ("Free Syrian Army units shelled the airbase near Kuweires.", "Free Syrian Army", "FSA"),
        ("Jaysh al-Islam fired mortars at Damascus.", "Jaysh al-Islam", "JAYSH_AL_ISLAM"),
        ("Ahrar al-Sham took the checkpoint.", "Ahrar al-Sham", "AHRAR_AL_SHAM"),
        ("Turkish-backed factions entered Afrin.", "Turkish-backed factions", "SNA"),
    ],
)
def test_each_group_keeps_its_own_name(
    nlp: Language, actors: ActorDictionary, text: str, word: str, actor: str
) -> None:
    found = dict(_found(nlp, actors, text))
    assert any(word in name and found[name] == actor for name in found), found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Lebanese Hezbollah fighters attacked the town.", "HEZBOLLAH"),
        ("Syrian opposition forces shelled the base.", "SYR_OPPOSITION"),
        ("Syrian Kurdish YPG fighters captured the village.", "YPG"),
        ("Iraqi peshmerga forces arrived in Kobani.", "KRG_PESHMERGA"),
        ("Syrian Kurdish forces captured the village.", "KURDISH_FORCES"),
        # A group the wider name covers, named inside it.
        ("Kurdish YPG fighters captured the village.", "YPG"),
        # The country's own government or army named inside keeps the phrase's reading.
        ("Syrian government forces shelled the town.", "SYR_GOV_FORCES"),
    ],
)
def test_a_group_named_inside_a_countrys_forces_phrase_is_that_group(
    nlp: Language, text: str, actor: str
) -> None:
    ids = [m.actor_id for m in ActorDictionary.load([]).find(nlp(text))]
    assert ids == [actor]


def test_another_states_name_inside_a_countrys_phrase_does_not_take_it_over(
    nlp: Language,
) -> None:
    # The parse runs "Russian ..." over both states; the phrase is not Syria's alone.
    ids = [
        m.actor_id
        for m in ActorDictionary.load([]).find(
            nlp("Russian and Syrian regime airstrikes hit the city.")
        )
    ]
    assert ids and ids[0].startswith("RUS_"), ids


def test_a_non_state_word_in_a_countrys_forces_phrase(nlp: Language) -> None:
    # "rebel" between the country and its forces noun: the country's armed opposition;
    # "Islamist": some group of that country, not its forces.
    find = ActorDictionary.load([]).find
    rebels = [
        m.actor_id for m in find(nlp("Syria's largest rebel coalition said it would attend."))
    ]
    assert rebels == ["SYR_OPPOSITION"]
    assert not [m for m in find(nlp("Syrian Islamist fighters attacked the base.")) if m.actor_id]


def test_forces_someone_backs_are_no_states_forces(nlp: Language) -> None:
    find = ActorDictionary.load([]).find
    backed = nlp("US-backed Syrian fighters pushed towards the dam.")
    assert not [m for m in find(backed) if m.actor_id]
    assert [m.actor_id for m in find(nlp("Syrian fighters pushed towards the dam."))] == [
        "SYR_GOV_FORCES"
    ]
