"""The learned cue model's features of a verb's object, prepositional object and
common-noun subject (views expressed as verb + noun: "took issue with")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import cue_model
from sitrep.attribution.lexicon import cues

if TYPE_CHECKING:
    from spacy.language import Language


def _features(nlp: Language, text: str, word: str) -> list[str]:
    doc = nlp(text)
    parse = cue_model.parse(doc)
    i = next(t.i for t in doc if t.text == word)
    kids = cue_model.children(parse, [i])
    return cue_model.features(parse, i, kids[i], cues(), cue_model.context(doc, []))


def test_attribution_cue_object_features_name_the_object_across_verbs(nlp: Language) -> None:
    feats = _features(nlp, "Critics made comments about the plan on Monday.", "made")
    # The object lemma alone (shared by "make comments", "have comments", ...) and its
    # complement.
    assert "oo=comment" in feats
    assert "oc=prep|about" in feats
    assert any(f.startswith("olex=") for f in feats)
    # A common-noun subject is named by its lemma; a name is not.
    assert "sl=critic" in feats
    named = _features(nlp, "Smith made comments about the plan on Monday.", "made")
    assert not any(f.startswith("sl=") for f in named)


def test_attribution_cue_object_features_read_what_a_preposition_governs(nlp: Language) -> None:
    feats = _features(nlp, "The senator focused on the economy.", "focused")
    assert "pp=on|NOUN" in feats
    # Without an object there are no object features.
    assert not any(f.startswith(("oo=", "olex=", "oc=")) for f in feats)


def test_attribution_cue_object_features_look_a_bounded_distance(nlp: Language) -> None:
    doc = nlp("They made comments about the vote.")
    parse = cue_model.parse(doc)
    made, comments = 1, 2
    assert parse.dep[comments] == "dobj" and parse.head[comments] == made
    # The object's "about" is found; a dependent past the reach would not be looked for.
    assert cue_model._child(parse, comments, frozenset({"prep"}), comments + 1) == 3
    assert cue_model._child(parse, comments, frozenset({"pobj"}), comments + 1) is None


def test_attribution_cue_object_features_tie_many_sense_verbs_to_their_frame(
    nlp: Language,
) -> None:
    # "take" with "issue with" is a view; "take" with "buses to" is not: the verb, its
    # object and the preposition (the verb's or the object's) are one feature.
    view = _features(nlp, "Mayor Velkov took issue with the new toll.", "took")
    ride = _features(nlp, "Mayor Velkov took buses to the new depot.", "took")
    assert "olp=take|issue|with" in view
    assert "olp=take|bus|to" in ride
    made = _features(nlp, "Critics made comments about the plan.", "made")
    assert "olc=make|comment|prep|about" in made
    # The verb with whether it is quoted.
    assert "lq=take|False" in view
    quoted = _features(nlp, 'She said: "We took buses to the depot."', "took")
    assert "lq=take|True" in quoted
