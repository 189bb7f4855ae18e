"""Person-object cue verbs whose content is a prepositional phrase after the addressee."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import find_attributions
from sitrep.attribution.misparse import prep_in_reach

if TYPE_CHECKING:
    from spacy.language import Language


def _found(nlp: Language, text: str) -> dict[str, tuple[str | None, str]]:
    return {
        r.cue.text: (r.source.text if r.source else None, r.content.text)
        for r in find_attributions(nlp(text), nested=False)
    }


def test_attribution_warned_someone_against(nlp: Language) -> None:
    found = _found(nlp, "The governor warned the council against raising the water tariff.")
    assert found["warned"] == ("The governor", "raising the water tariff")


def test_attribution_asked_someone_about(nlp: Language) -> None:
    found = _found(nlp, "On Friday the envoy asked the commander about the missing convoy.")
    assert found["asked"] == ("the envoy", "the missing convoy")


def test_attribution_prep_past_the_addressee_only_for_person_verbs(nlp: Language) -> None:
    doc = nlp("The governor warned the council against raising the water tariff.")
    cue, prep = doc[2], doc[5]
    assert prep.dep_ == "prep" and prep.head.i == cue.i
    assert prep_in_reach(cue, prep, person=True)
    # Without an addressee reading the phrase is too far from the cue to be its content.
    assert not prep_in_reach(cue, prep, person=False)
