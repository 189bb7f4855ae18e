"""Finding one relation by its cue's text, for tests that check a single reading."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import find_attributions

if TYPE_CHECKING:
    from spacy.language import Language

    from sitrep.attribution.types import AttributionRelation


def by_cue(nlp: Language, text: str, cue: str, nested: bool = True) -> AttributionRelation:
    """The first relation of ``text`` whose cue reads ``cue``; the test fails if none."""
    found = [r for r in find_attributions(nlp(text), nested=nested) if r.cue.text == cue]
    assert found, f"no relation for {cue!r} in {text!r}"
    return found[0]
