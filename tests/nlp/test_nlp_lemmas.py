"""Verbs the small model's lemmatizer strips of their "e" ("raped" -> "rap")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitrep.nlp.lemmas import corrected

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("word", "said", "lemma"),
    [
        ("raped", "rap", "rape"),
        ("hoping", "hop", "hope"),
        ("hopes", "hop", "hope"),
        ("staged", "stag", "stage"),
        ("scraped", "scrap", "scrape"),
        # Doubled consonants and stems that do not double keep the lemmatizer's answer.
        ("rapped", "rap", "rap"),
        ("hopping", "hop", "hop"),
        ("fixed", "fix", "fix"),
        ("bused", "bus", "bus"),
        ("rowed", "row", "row"),
        # Longer stems are often stressed early and do not double: "targeted".
        ("targeted", "target", "target"),
        ("visited", "visit", "visit"),
        ("shelled", "shell", "shell"),
    ],
)
def test_nlp_corrected_lemma(word: str, said: str, lemma: str) -> None:
    assert corrected(word, said) == lemma


def test_nlp_pipeline_lemmas_are_corrected(nlp: Language) -> None:
    doc = nlp("Militiamen raped two women and staged raids, hoping to scare the villagers.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["raped"], lemmas["staged"], lemmas["hoping"], lemmas["scare"]) == (
        "rape",
        "stage",
        "hope",
        "scare",
    )
