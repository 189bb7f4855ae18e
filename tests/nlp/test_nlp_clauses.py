"""A past-tense verb the parser hung on a noun as a participle is still the
clause's verb when it has an object or a subject, or when the sentence has no
other verb (sitrep.nlp.clauses.finite_participle)."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.nlp.clauses import finite_participle


def _token(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "verb", "dep"),
    [
        # No comma after the attribution: the parse makes "bombed" a participle on
        # "coalition", with "Tal Abyad town" as its object.
        (
            "According to a state news agency the US-led coalition bombed Tal Abyad town"
            " near the Turkish border.",
            "bombed",
            "acl",
        ),
        # The parse makes "captured" a modifier of "hills", with its own subject.
        (
            "Officials said groups including the Qaeda-linked Nusra Front captured"
            " army-held hills around Kafranbel late on Sunday.",
            "captured",
            "amod",
        ),
        # No verb left but the participle on the root noun "battalion": it is the
        # sentence's verb, though its object hangs off "with".
        (
            "An army battalion targeted with heavy machine-gun fire three trucks"
            " belonging to the militants near the village.",
            "targeted",
            "acl",
        ),
    ],
)
def test_a_misparsed_verb_is_finite(nlp: Any, text: str, verb: str, dep: str) -> None:
    token = _token(nlp(text), verb)
    assert token.dep_ == dep  # the misparse this guards against is still there
    assert finite_participle(token)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Rebel forces backed by Turkish air power advanced on the town.", "backed"),
        ("Aid finally reached the besieged town on Monday.", "besieged"),
        ("Two people killed in the raid were buried on Sunday.", "killed"),
        # Verbless headlines whose participle is passive: title case, an agent.
        ("Dozens Killed in Airstrikes on the Town.", "Killed"),
        ("Aid workers escorted by soldiers from the hospital.", "escorted"),
    ],
)
def test_a_describing_participle_is_not(nlp: Any, text: str, verb: str) -> None:
    assert not finite_participle(_token(nlp(text), verb))
