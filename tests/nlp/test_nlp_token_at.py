"""sitrep.nlp.token_at: from a character offset back to the parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.nlp import token_at

if TYPE_CHECKING:
    from spacy.language import Language


def test_token_at_finds_the_token_holding_an_offset(nlp: Language) -> None:
    doc = nlp("Rebels shelled  the depot.")
    found = token_at(doc, doc.text.index("helled"))
    assert found is not None and found.text == "shelled"
    first = token_at(doc, 0)
    assert first is not None and first.i == 0


def test_token_at_past_the_end_is_none(nlp: Language) -> None:
    doc = nlp("Rebels shelled the depot.")
    assert token_at(doc, len(doc.text)) is None
