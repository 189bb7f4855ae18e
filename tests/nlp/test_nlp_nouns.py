"""Event nouns the tagger calls adjectives are nouns where they head an object or subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


def _tag(nlp: Language, text: str, word: str) -> str:
    return next(t.pos_ for t in nlp(text) if t.lower_ == word)


def test_an_event_noun_heading_an_object_is_a_noun(nlp: Language) -> None:
    assert _tag(nlp, "Rebels launched a counteroffensive near Hama.", "counteroffensive") == "NOUN"


def test_an_adjective_before_a_noun_stays_one(nlp: Language) -> None:
    assert _tag(nlp, "The rebels hold offensive weapons near Hama.", "offensive") == "ADJ"


def test_airstrikes_the_tagger_reads_as_a_verb_are_a_noun(nlp: Language) -> None:
    # The small tagger reads "airstrikes" after "government" as a verb.
    doc = nlp("Monitors reported government airstrikes on the northern towns.")
    (word,) = [t for t in doc if t.lower_ == "airstrikes"]
    assert (word.pos_, word.tag_, word.lemma_) == ("NOUN", "NNS", "airstrike")
