"""Verbs the small parser misreads in comma-less text still give their events:
a verb hung on a noun as a participle (sitrep.nlp.clauses.finite_participle), a
munition subject shared by a conjoined verb, a relative pronoun's noun as the
object of a verb-object idiom."""

from __future__ import annotations

from events_support import Extract


def _doers(extract: Extract, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            e.source_actor.actor_id if e.source_actor else None,
            e.target_actor.actor_id if e.target_actor else None,
        )
        for e in extract(text)
        if e.type == "ASSAULT" and e.trigger.text == trigger
    ]


def test_an_attribution_without_its_comma_keeps_the_strike(extract: Extract) -> None:
    text = (
        "According to a state news agency the US-led coalition bombed Tal Abyad town"
        " near the Turkish border."
    )
    ((source, _),) = _doers(extract, text, "bombed")
    assert source is not None and source.startswith("USA")


def test_a_capture_misparsed_as_a_modifier_is_a_capture_by_its_subject(
    extract: Extract,
) -> None:
    text = (
        "Officials said groups including the Qaeda-linked Nusra Front captured"
        " army-held hills around Kafranbel late on Sunday."
    )
    # The Nusra Front took the hills; al-Qaeda, named in its description, is
    # no target of the capture.
    assert _doers(extract, text, "captured") == [("NUSRA", None)]


def test_a_verbless_sentence_s_participle_is_its_attack(extract: Extract) -> None:
    text = (
        "An army battalion targeted with heavy machine-gun fire three trucks"
        " belonging to the militants near the village."
    )
    (event,) = [e for e in extract(text) if e.trigger.text == "targeted"]
    assert event.type == "ASSAULT"
    # The active reading: the battalion fired, the trucks were hit.
    assert event.source_actor is not None and "battalion" in event.source_actor.text
    assert event.target_actor is not None and "trucks" in event.target_actor.text


def test_bombs_dropped_that_also_hit_a_mosque_are_an_air_attack(extract: Extract) -> None:
    text = "Barrel bombs dropped by army helicopters also hit a mosque in the old quarter."
    (event,) = [e for e in extract(text) if e.trigger.text == "hit"]
    assert (event.type, event.mode) == ("ASSAULT", "aerial")


def test_a_helicopter_which_was_downed_was_attacked(extract: Extract) -> None:
    text = "The crew were flying a military helicopter which was downed near Saraqeb."
    assert [e.type for e in extract(text) if e.trigger.text == "downed"] == ["ASSAULT"]


def test_a_crisis_that_hit_the_economy_is_no_attack(extract: Extract) -> None:
    text = "The crisis deepened and hit the economy hard."
    assert not [e for e in extract(text) if e.type == "ASSAULT"]


def test_airstrikes_tagged_as_a_verb_are_an_attack(extract: Extract) -> None:
    # sitrep.nlp.nouns.nouns_not_verbs: the tagger reads "airstrikes" as a verb here.
    text = "Monitors reported government airstrikes on the northern towns."
    assert [(e.type, e.mode) for e in extract(text)] == [("ASSAULT", "aerial")]


def test_the_doer_before_retagged_airstrikes_is_their_source(extract: Extract) -> None:
    # The parse makes "regime" the subject of "airstrikes" read as a verb.
    text = (
        "Three people died in what medics said were Assad regime airstrikes on the village"
        " of Kafranbel."
    )
    ((source, _),) = _doers(extract, text, "airstrikes")
    assert source == "SYR_GOV_FORCES"
