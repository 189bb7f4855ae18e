""" "IS" is read as the group's name, not as the verb (sitrep.nlp.acronyms)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitrep.model import Document, Failure
from sitrep.pipeline import Pipeline

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "An alliance battling IS in the north took the dam.",
        "IS has executed dozens of prisoners in the desert town.",
        "The village fell to IS in the spring.",
    ],
)
def test_the_acronym_is_a_name(nlp: Language, text: str) -> None:
    (token,) = [t for t in nlp(text) if t.text == "IS"]
    assert token.pos_ == "PROPN"


def test_the_verb_in_lower_case_is_untouched(nlp: Language) -> None:
    (token,) = [t for t in nlp("The town is quiet again.") if t.text == "is"]
    assert token.pos_ == "AUX"


def test_the_group_is_the_target_of_an_attack_on_it() -> None:
    text = "Kurdish fighters ousted IS from the border town."
    document = Document(id=Document.content_id(text), text=text, published="2019-05-03")
    (result,) = Pipeline().process([("t", document)])
    assert not isinstance(result, Failure)
    (event,) = [e for e in result.events if e.type == "ASSAULT"]
    assert event.target_actor is not None and event.target_actor.actor_id == "ISIS"
