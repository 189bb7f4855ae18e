"""The events lexicon's hyphenated nouns stay one token, tagged a common noun."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.nlp.hyphens import forms, hyphenated_nouns

if TYPE_CHECKING:
    from spacy.language import Language


def test_nlp_hyphens_lexicon_nouns_are_read() -> None:
    nouns = hyphenated_nouns()
    assert "sit-in" in nouns
    assert all("-" in w for w in nouns)


def test_nlp_hyphens_forms_cover_case_and_plural() -> None:
    assert forms("sit-in") == ["sit-in", "Sit-in", "sit-ins", "Sit-ins"]


def test_nlp_hyphens_sit_in_is_one_noun(nlp: Language) -> None:
    doc = nlp("Teachers staged a sit-in. Sit-ins spread to Homs.")
    words = {t.text: t for t in doc}
    assert "sit" not in words
    assert (words["sit-in"].pos_, words["sit-in"].tag_, words["sit-in"].lemma_) == (
        "NOUN",
        "NN",
        "sit-in",
    )
    assert (words["Sit-ins"].tag_, words["Sit-ins"].lemma_) == ("NNS", "sit-in")


def test_nlp_hyphens_other_hyphenated_words_still_split(nlp: Language) -> None:
    words = [t.text for t in nlp("a well-known pro-government militia")]
    assert words[1:4] == ["well", "-", "known"]
