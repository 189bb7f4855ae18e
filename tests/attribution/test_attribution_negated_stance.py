"""An endorsing cue under negation is no endorsement."""

from __future__ import annotations

from spacy.language import Language

from sitrep.attribution.relations import find_attributions


def _stances(nlp: Language, text: str) -> dict[str, str]:
    return {r.cue.text: r.stance for r in find_attributions(nlp(text))}


def test_attribution_unverified_figures_are_distancing(nlp: Language) -> None:
    stances = _stances(
        nlp,
        "The ministry said that its forces had killed dozens of fighters, "
        "figures that could not be independently verified.",
    )
    assert any(cue.startswith("could not") or "verified" in cue for cue in stances), stances
    assert all(s != "endorsing" for s in stances.values()), stances
    assert "distancing" in stances.values(), stances


def test_attribution_confirmed_stays_endorsing(nlp: Language) -> None:
    stances = _stances(nlp, "The army confirmed that three guards died in the raid.")
    assert list(stances.values()) == ["endorsing"], stances
