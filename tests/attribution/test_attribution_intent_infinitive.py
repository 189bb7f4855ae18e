"""Learned cue verbs read as intention before a to-infinitive ("is looking to win")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy

from sitrep.attribution import cue_model, find_attributions
from sitrep.attribution.learned import reading

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token


def _only_look() -> cue_model.CueModel:
    """A detector that takes the candidates of lemma "look" and nothing else."""
    weights = numpy.zeros(cue_model.BUCKETS, dtype=numpy.float32)
    weights[cue_model.bucket("bias")] = -10.0
    weights[cue_model.bucket("l=look")] = 20.0
    return cue_model.CueModel(weights, 0.5)


def _token(nlp: Language, text: str, word: str) -> Token:
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def test_attribution_look_to_with_an_action_verb_is_intention(nlp: Language) -> None:
    text = "Senator Mara Quill is looking to win back the farm vote in Ostrava County."
    assert reading(_token(nlp, text, "looking")) == "look to"
    found = find_attributions(nlp(text), nested=False, learned=_only_look())
    looking = [r for r in found if "looking" in r.cue.text]
    assert looking, [r.cue.text for r in found]
    relation = looking[0]
    assert relation.source is not None and relation.source.text == "Senator Mara Quill"
    # The intention is the content (the cue's span is the rules' business: "is looking
    # to win back", as PolNeAR marks such cues).
    assert "the farm vote" in relation.content.text
    assert "Quill" not in relation.content.text


def test_attribution_look_to_be_stays_raising(nlp: Language) -> None:
    text = "The plum harvest looks to be the largest in nine years."
    assert reading(_token(nlp, text, "looks")) == "look"
    found = find_attributions(nlp(text), nested=False, learned=_only_look())
    assert all(r.source is None for r in found if "looks" in r.cue.text)


def test_attribution_other_verbs_keep_their_lemma(nlp: Language) -> None:
    text = "The council plans to open the bridge by March."
    assert reading(_token(nlp, text, "plans")) == "plan"
