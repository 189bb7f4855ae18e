"""The learned cue detector (verbs outside the lexicon) and passive cues."""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

import pytest

from sitrep.attribution import cue_model, find_attributions
from sitrep.attribution.lexicon import cues

if TYPE_CHECKING:
    from spacy.language import Language


def _cues(nlp: Language, text: str, learned: bool = True) -> dict[str, tuple[str | None, str, str]]:
    found = find_attributions(nlp(text), nested=False, learned=learned)
    return {
        r.cue.text: (r.source.text if r.source else None, r.content.text, r.kind) for r in found
    }


def test_attribution_cue_model_ships_small_numbers() -> None:
    detector = cue_model.model()
    assert detector is not None
    assert detector.weights.shape == (cue_model.BUCKETS,)
    assert 0.0 < detector.threshold < 1.0
    data = resources.files("sitrep.data").joinpath(cue_model.DATA_FILE).read_bytes()
    assert len(data) < 3_000_000


def test_attribution_learned_cue_outside_the_lexicon(nlp: Language) -> None:
    text = "The minister spoke about the reconstruction of the city."
    assert cues().verb_lemma(nlp(text)[2]) is None  # not a lexicon verb
    assert "spoke about" not in _cues(nlp, text, learned=False)
    source, content, kind = _cues(nlp, text)["spoke about"]
    assert source == "The minister"
    assert content == "the reconstruction of the city"
    # Learned cues are attitudes: scored, never a link of an event's chain.
    assert kind == "attitude"


def test_attribution_learned_cues_leave_physical_events_alone(nlp: Language) -> None:
    assert _cues(nlp, "Rebels shelled the town on Friday, killing three civilians.") == {}
    assert _cues(nlp, "Hundreds of protesters marched through the capital on Friday.") == {}


def test_attribution_learned_cue_scores_by_context(nlp: Language) -> None:
    detector = cue_model.model()
    assert detector is not None
    lex = cues()
    doc = nlp("The senator pushed for a vote. Rebels shelled the town.")
    ctx = cue_model.context(doc, [])
    parse = cue_model.parse(doc)
    pushed, shelled = 2, 8
    indices = cue_model.candidates(parse, lex)
    assert pushed in indices and shelled in indices
    kids = cue_model.children(parse, indices)
    assert [doc[c].text for c in kids[pushed]] == ["senator", "for", "."]
    pushed_p, shelled_p = detector.probabilities(
        [cue_model.features(parse, i, kids[i], lex, ctx) for i in (pushed, shelled)]
    )
    assert pushed_p >= detector.threshold
    assert shelled_p < detector.threshold
    # A token the rules already took is not scored again.
    assert pushed not in cue_model.candidates(parse, lex, {pushed})


def test_attribution_passive_with_agent(nlp: Language) -> None:
    found = _cues(nlp, "The plan was criticized by opposition leaders on Sunday.")
    assert found["was criticized"][:2] == ("opposition leaders", "The plan")


def test_attribution_agentless_passive(nlp: Language) -> None:
    source, content, kind = _cues(nlp, "The ceasefire was announced on Monday.")["was announced"]
    assert (source, content, kind) == (None, "The ceasefire", "agentless")


@pytest.mark.parametrize("learned", [True, False])
def test_attribution_own_voice_has_no_relation_either_way(nlp: Language, learned: bool) -> None:
    text = "US helicopters carried out an airdrop near the base on Tuesday."
    assert find_attributions(nlp(text), learned=learned) == []


def test_attribution_stance_adjective_after_be(nlp: Language) -> None:
    found = _cues(nlp, "Republicans have been critical of the deal.")
    assert found["have been critical of"] == ("Republicans", "the deal", "attitude")
    found = _cues(nlp, "Activists were hopeful that the talks would resume.")
    assert found["were hopeful"][:2] == ("Activists", "that the talks would resume")
    # "critical" is in the rules' closed stance lexicon (attribution/stance.py); an
    # adjective outside it is the learned model's alone.
    assert _cues(nlp, "Republicans have been critical of the deal.", learned=False) != {}
    assert _cues(nlp, "Republicans have been vocal about the deal.", learned=False) == {}


def test_attribution_object_and_what_it_is_said_for(nlp: Language) -> None:
    found = _cues(nlp, "Okafor criticized Brandt for not releasing the report.")
    assert found["criticized"][:2] == ("Okafor", "Brandt for not releasing the report")


def test_attribution_name_and_apposition_before_the_cue(nlp: Language) -> None:
    text = (
        "Alarmed by the violence in Ohio, Senator Ada Brill, the majority whip, "
        "said that she met with Mr. Keller on Friday."
    )
    source, content, _ = _cues(nlp, text)["said"]
    assert source == "Senator Ada Brill, the majority whip"
    assert content == "that she met with Mr. Keller on Friday"
