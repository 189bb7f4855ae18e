"""Cue boundaries as PolNeAR marks them: a manner adverb after the verb and the
preposition after it, the verb of aspect a gerund cue hangs on, the participle
after a statement noun; a content found after the person addressed when the
parser hung it elsewhere; and capitalised headline verbs.

Sentences are made up for the tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.attribution import find_attributions


def _relations(nlp: Any, text: str) -> list[tuple[str | None, str, str]]:
    doc = nlp(text)
    return [
        (r.source.text if r.source else None, r.cue.text, r.content.text)
        for r in find_attributions(doc, nested=False)
    ]


def _cues(nlp: Any, text: str) -> list[str]:
    return [cue for _, cue, _ in _relations(nlp, text)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The governor has said repeatedly that the tax will not rise.", "has said repeatedly"),
        (
            "The minister said sarcastically that the talks had been a triumph.",
            "said sarcastically",
        ),
        ("The spokesman shot back that the report was false.", "shot back"),
    ],
)
def test_manner_adverb_after_the_verb_is_part_of_the_cue(nlp: Any, text: str, cue: str) -> None:
    assert cue in _cues(nlp, text)


def test_connective_after_the_verb_stays_out(nlp: Any) -> None:
    # "however" is no manner of saying: the cue stops at the verb.
    assert _cues(nlp, "The minister said however that talks would go on.") == ["said"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("He began by saying that the plan was dead.", "began by saying"),
        ("The senator responded by saying that the vote was rigged.", "responded by saying"),
        ("She began writing that the war was over.", "began writing"),
    ],
)
def test_gerund_cue_starts_at_the_verb_it_hangs_on(nlp: Any, text: str, cue: str) -> None:
    relations = _relations(nlp, text)
    assert cue in [c for _, c, _ in relations]
    # The source is still the subject, the content still the clause.
    assert any(s is not None and content.startswith("that") for s, c, content in relations)


def test_gerund_after_a_verb_of_aspect_joins_it(nlp: Any) -> None:
    text = "Residents kept asking whether the bridge would reopen."
    assert ("Residents", "kept asking", "whether the bridge would reopen") in _relations(nlp, text)


def test_gerund_after_another_verb_keeps_that_verb_as_the_cue(nlp: Any) -> None:
    text = "The envoy is considering issuing a new statement on the talks."
    assert _cues(nlp, text) == ["is considering"]


def test_preposition_after_a_manner_adverb_joins_the_cue(nlp: Any) -> None:
    text = "The senator spoke briefly about the budget on Monday."
    assert ("The senator", "spoke briefly about", "the budget") in _relations(nlp, text)


def test_far_gerund_keeps_its_own_cue(nlp: Any) -> None:
    text = "The spokesman took the question in stride, saying that the talks would go on."
    assert "saying" in _cues(nlp, text)


def test_participle_after_a_statement_noun_joins_the_cue(nlp: Any) -> None:
    relations = _relations(nlp, "The ministry issued a statement condemning the attack.")
    assert ("The ministry", "issued a statement condemning", "the attack") in relations


def test_content_after_the_person_addressed(nlp: Any) -> None:
    # The parser hangs the quoted clause on "shop": the cue had no content and no relation.
    text = (
        "The governor was telling workers at a small Dayton, Ohio, machine shop that "
        "“jobs are coming back.”"
    )
    relations = _relations(nlp, text)
    assert any(
        cue == "was telling" and source == "The governor" and "jobs are coming back" in content
        for source, cue, content in relations
    )


def test_capitalised_headline_verb_opens_a_relation(nlp: Any) -> None:
    relations = _relations(nlp, "Former Minister Finally Endorses Ceasefire Plan For Idlib.")
    assert ("Former Minister", "Finally Endorses", "Ceasefire Plan For Idlib") in relations


def test_headline_name_in_s_is_no_verb(nlp: Any) -> None:
    # "States" inflects no cue here: it is part of a place name.
    assert _relations(nlp, "Protesters March Against Sanctions On The United States.") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "“We will carry this county easily,” Marta Quill said with a laugh on Tuesday.",
            "said with a laugh",
            "“We will carry this county easily,”",
        ),
        (
            "“That plan is dead,” the senator replied with a shrug of his shoulders.",
            "replied with a shrug of his shoulders",
            "“That plan is dead,”",
        ),
    ],
)
def test_phrase_of_manner_after_the_verb_is_part_of_the_cue(
    nlp: Any, text: str, cue: str, content: str
) -> None:
    assert [(c, t) for _, c, t in _relations(nlp, text)] == [(cue, content)]


def test_with_and_a_noun_of_no_manner_stays_out_of_the_cue(nlp: Any) -> None:
    # "with the budget in hand" says what the mayor held, not how she spoke.
    cues = _cues(nlp, "“The bridge opens in May,” the mayor said with the budget in hand.")
    assert cues == ["said"]
