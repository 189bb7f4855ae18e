"""One class of the small English model's lemma errors, corrected.

The rule lemmatizer strips "-ed", "-ing" or "-es" and keeps the first stem its
verb list knows, so a verb whose stem is also a shorter verb loses its "e":
"raped" -> "rap", "hoping" -> "hop", "staged" -> "stag", "waged" -> "wag",
"fined" -> "fin". Events then miss their trigger ("soldiers raped ...") and the
mood of "hoping to" is lost. English spelling tells the two apart: a
one-syllable verb ending consonant-vowel-consonant doubles its last consonant
before these endings ("rapped", "hopping"), so an undoubled form of such a
stem is the stem plus "e". Final w, x, y and s do not double ("fixed", "rowed",
"bused") and are left as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

_VOWELS = frozenset("aeiou")
#: Final letters that a one-syllable verb does not double.
_UNDOUBLED = frozenset("wxys")
_ENDINGS = ("ed", "ing", "es")


def _short_stem(stem: str) -> bool:
    """One syllable ending consonant-vowel-consonant: "rap", "hop", "stag", "scrap"."""
    if len(stem) < 3:
        return False
    c1, vowel, c2 = stem[-3], stem[-2], stem[-1]
    if c1 in _VOWELS or vowel not in _VOWELS or c2 in _VOWELS or c2 in _UNDOUBLED:
        return False
    groups = sum(
        1 for i, ch in enumerate(stem) if ch in _VOWELS and (i == 0 or stem[i - 1] not in _VOWELS)
    )
    return groups == 1


def corrected(word: str, lemma: str) -> str:
    """The verb lemma of ``word``, "rape" where the lemmatizer said "rap" for "raped"."""
    lower = word.lower()
    if any(lower == lemma + ending for ending in _ENDINGS) and _short_stem(lemma):
        return lemma + "e"
    return lemma


class CorrectedLemmas:
    """A rule lemmatizer's ``lemmatize`` with :func:`corrected` applied to verbs."""

    def __init__(self, lemmatize: Callable[[Token], list[str]]) -> None:
        self._lemmatize = lemmatize

    def __call__(self, token: Token) -> list[str]:
        lemmas = self._lemmatize(token)
        if token.pos_ != "VERB":
            return lemmas
        return [corrected(token.text, lemma) for lemma in lemmas]


def correct_lemmas(nlp: Language) -> None:
    """Give the pipeline's rule ``lemmatizer`` (if any) the correction above."""
    from spacy.pipeline import Lemmatizer

    for _, component in nlp.pipeline:
        if isinstance(component, Lemmatizer) and component.mode == "rule":
            component.lemmatize = CorrectedLemmas(component.lemmatize)
