"""The faster attribute ruler and lemmatizer annotate exactly as the packaged ones."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import spacy
from spacy.pipeline import AttributeRuler

from sitrep.nlp import DEFAULT_MODEL, PARAGRAPHS, load
from sitrep.nlp.hyphens import keep_hyphenated
from sitrep.nlp.lemmas import correct_lemmas
from sitrep.nlp.nouns import nouns_not_adjectives
from sitrep.nlp.speedups import FastRuleMatcher, RememberedLemmas

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

#: Sentences that reach the ruler's less common rules: contractions, "gonna",
#: "let's", "y'all", expletive "there", object pronouns, auxiliaries, "that"
#: as conjunction and determiner, negation, extra spaces.
SENTENCES = [
    "I gave it to you, and you gave it back to me; that is what they said.",
    "There is a convoy, and there were two more that did not stop.",
    "Y'all gonna see it, ain't nothing to fear, let's go, I'm sure we've got to.",
    "He doesn't have it, she didn't do it, they'd had enough, c'mon now.",
    "Whether or not the strike happened, officials said that it had been planned.",
    "  Residents   fled\n\n to Hasakah .  The U.N. ca n't confirm it .",
    "Nothin' was left; they wanna leave 'cause it's over, won't they?",
    "Sit-ins followed the build-up of troops; a sit-in began.",
    "",
]


@lru_cache(maxsize=1)
def _packaged() -> Language:
    """The installed pipeline with sitrep's paragraph component, hyphenated nouns,
    event nouns retagged and lemma correction, without the speedups."""
    load(DEFAULT_MODEL)  # registers the paragraph component's factory
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe(PARAGRAPHS, before="parser")
    keep_hyphenated(nlp)  # none is a speedup: both sides have them
    nouns_not_adjectives(nlp)
    correct_lemmas(nlp)
    return nlp


def _texts() -> list[str]:
    return SENTENCES + [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]


def _annotations(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_nlp_speedups_same_annotations_as_packaged(nlp: Language) -> None:
    packaged = _packaged()
    texts = _texts()
    assert len(texts) > len(SENTENCES)  # the bundled examples are there
    # Twice: the second pass reads the remembered answers.
    for _ in range(2):
        for text, fast, slow in zip(texts, nlp.pipe(texts), packaged.pipe(texts), strict=True):
            assert _annotations(fast) == _annotations(slow), text[:60]


def test_nlp_speedups_rule_matches_equal_spacy_matcher() -> None:
    packaged = _packaged()
    ruler = packaged.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    fast = FastRuleMatcher(ruler)
    texts = _texts()
    matched = 0
    with packaged.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        for doc in packaged.pipe(texts):
            expected = ruler.match(doc)
            assert fast(doc) == expected
            matched += len(expected)
    assert matched > 1000


def test_nlp_speedups_multi_token_rules_still_apply(nlp: Language) -> None:
    # "gon na" is a two-token rule, left to spaCy's matcher.
    doc = nlp("We are gonna win.")
    assert [t.lemma_ for t in doc if t.lower_ in ("gon", "na")] == ["go", "to"]


def test_nlp_speedups_lemma_memory_is_bounded(nlp: Language) -> None:
    calls: list[str] = []

    def lemmatize(token: Token) -> list[str]:
        calls.append(token.text)
        return [token.lower_]

    remembered = RememberedLemmas(lemmatize)
    remembered.LIMIT = 3
    doc = nlp("Alpha beta gamma delta alpha")
    assert [remembered(t)[0] for t in doc] == ["alpha", "beta", "gamma", "delta", "alpha"]
    # "Alpha" and "alpha" differ in text; five calls, the fourth cleared the memory.
    assert calls == ["Alpha", "beta", "gamma", "delta", "alpha"]
    assert remembered(doc[3]) == ["delta"]
    assert len(calls) == 5
