"""The learned check of outermost relations, and light-verb cues ("took a shot at")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy

from sitrep.attribution import cue_model, find_attributions
from sitrep.attribution import relation_filter as rf

if TYPE_CHECKING:
    from spacy.language import Language


def test_attribution_relation_check_ships_with_the_cue_model() -> None:
    check = cue_model.relation_check()
    assert check is not None
    assert check.weights.shape == (rf.BUCKETS,)
    assert 0.0 <= check.threshold < 1.0


def test_attribution_relation_check_features_read_the_relation(nlp: Language) -> None:
    doc = nlp("“We will win,” he said. The minister said that the talks had failed.")
    found = find_attributions(doc, nested=False, check=False)
    quoted = rf.quoted_tokens(doc)
    by_cue = {r.content.text: rf.features(doc, r, quoted) for r in found}
    direct = by_cue["“We will win,”"]
    assert "s=pron:3|direct" in direct and "b=True|direct" in direct
    indirect = by_cue["that the talks had failed"]
    assert "l=say" in indirect and "c0=that|indirect" in indirect
    assert not any(f.startswith("s=pron") for f in indirect)


def test_attribution_relation_check_drops_what_scores_low(nlp: Language) -> None:
    doc = nlp("The minister said that the talks had failed. I want a new deal.")
    found = find_attributions(doc, nested=False, check=False)
    assert {r.cue.text for r in found} >= {"said", "want"}
    quoted = rf.quoted_tokens(doc)
    # A check that weighs only "want" down keeps the speech verb and drops the wish.
    weights = numpy.zeros(rf.BUCKETS, dtype=numpy.float32)
    weights[rf.bucket("bias")] = 2.0
    weights[rf.bucket("l=want")] = -5.0
    check = rf.RelationFilter(weights, 0.5)
    kept = check.keep(doc, found)
    assert [r.cue.text for r in kept] == [r.cue.text for r in found if r.cue.text != "want"]
    assert check.probability(rf.features(doc, found[0], quoted)) > 0.5
    # The nested list (event chains) is never checked.
    assert len(find_attributions(doc, nested=True)) >= len(found)


def test_attribution_light_verb_cue_runs_through_its_noun(nlp: Language) -> None:
    found = find_attributions(nlp("Trump also took a shot at Jeb Bush on Monday."), check=False)
    rel = next(r for r in found if "took" in r.cue.text)
    assert rel.cue.text == "also took a shot at"
    assert rel.content.text == "Jeb Bush"
    assert rel.source is not None and rel.source.text == "Trump"


def test_attribution_full_verb_keeps_its_object_as_content(nlp: Language) -> None:
    found = find_attributions(nlp("The governor praised the efforts of the volunteers."))
    rel = next(r for r in found if "praised" in r.cue.text)
    assert rel.cue.text == "praised"
    assert rel.content.text.startswith("the efforts of")
