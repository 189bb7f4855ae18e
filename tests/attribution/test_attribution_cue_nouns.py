"""Cue nouns the learned model reads ("Trump's attacks on", "had a favorable opinion
of"), and the surface rules for contents and sources the parse loses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import content, cue_model, cue_nouns, find_attributions
from sitrep.attribution.lexicon import cues

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def _found(
    nlp: Language, text: str, learned: bool = True
) -> dict[str, tuple[str | None, str, str]]:
    relations = find_attributions(nlp(text), nested=False, learned=learned)
    return {
        r.cue.text: (r.source.text if r.source else None, r.content.text, r.kind) for r in relations
    }


def test_attribution_noun_cue_with_its_owner(nlp: Language) -> None:
    text = "Trump's attacks on the press drew criticism from editors."
    assert _found(nlp, text)["attacks on"] == ("Trump's", "the press", "attitude")
    assert "attacks on" not in _found(nlp, text, learned=False)


def test_attribution_noun_cue_after_a_light_verb(nlp: Language) -> None:
    # The verb's subject speaks; the cue runs from the verb group over the modifiers.
    found = _found(nlp, "Clinton has made conflicting statements about the trade deal.")
    assert found["has made conflicting statements about"] == (
        "Clinton",
        "the trade deal",
        "attitude",
    )
    found = _found(nlp, "The senator has been a vocal critic of the program.")
    assert found["has been a vocal critic of"] == ("The senator", "the program", "attitude")


def test_attribution_noun_cue_after_a_verb_and_preposition(nlp: Language) -> None:
    found = _found(nlp, "Three senators voted in favor of the amendment on Friday.")
    assert found["voted in favor of"] == ("Three senators", "the amendment", "attitude")


def test_attribution_noun_cue_with_a_clause(nlp: Language) -> None:
    found = _found(nlp, "His reluctance to send more troops angered allies.")
    assert found["reluctance"] == ("His", "to send more troops", "attitude")


def test_attribution_nouns_that_are_no_cues(nlp: Language) -> None:
    assert _found(nlp, "The city of Aleppo was shelled on Tuesday.") == {}


def test_attribution_noun_candidates_need_a_listed_lemma_and_a_content(nlp: Language) -> None:
    detector = cue_model.model()
    assert detector is not None and detector.nouns
    assert detector.noun_threshold < 1.0
    lex = cues()
    doc = nlp("His attacks on the plan and his attacks were noted.")
    parse = cue_model.parse(doc)
    indices = cue_model.candidates(parse, lex, nouns=detector.nouns)
    assert 1 in indices and 7 in indices  # both "attacks": a listed lemma
    assert 1 not in cue_model.candidates(parse, lex)  # no noun list: verbs only
    kids = cue_model.children(parse, indices)
    kept = cue_model.with_content(parse, indices, kids)
    assert 1 in kept and 7 not in kept  # the second has nothing to be about
    assert cue_nouns.about(parse, 1, kids[1]) == 2


def test_attribution_long_apposition_before_the_cue(nlp: Language) -> None:
    text = (
        "Maria Lopez, a Tucson, Ariz., teacher helping to run the campaign, "
        "said the district needed more money."
    )
    source, content, _ = _found(nlp, text)["said"]
    assert source == "Maria Lopez, a Tucson, Ariz., teacher helping to run the campaign"
    assert content == "the district needed more money"


def test_attribution_relative_pronoun_is_the_content(nlp: Language) -> None:
    found = find_attributions(nlp("The minister repeated a claim which the opposition disputed."))
    disputed = next(r for r in found if r.cue.text == "disputed")
    assert (disputed.source and disputed.source.text, disputed.content.text) == (
        "the opposition",
        "which",
    )


def _parsed(nlp: Language, rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """A Doc with a given parse: (word, pos, tag, dep, head index) per token."""
    from spacy.tokens import Doc

    words, pos, tags, deps, heads = (list(col) for col in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, pos=pos, tags=tags, deps=deps, heads=heads)


def test_attribution_reported_clause_read_as_an_object(nlp: Language) -> None:
    # The parser's slip as seen in news copy: the reported clause's subject taken for
    # the cue's object and its verb for a relative clause.
    doc = _parsed(
        nlp,
        [
            ("Aides", "NOUN", "NNS", "nsubj", 1),
            ("say", "VERB", "VBP", "ROOT", 1),
            ("the", "DET", "DT", "det", 4),
            ("more", "ADJ", "JJR", "amod", 4),
            ("seats", "NOUN", "NNS", "dobj", 1),
            ("she", "PRON", "PRP", "nsubj", 6),
            ("wins", "VERB", "VBZ", "relcl", 4),
            (",", "PUNCT", ",", "punct", 4),
            ("the", "DET", "DT", "det", 9),
            ("stronger", "ADJ", "JJR", "appos", 4),
            ("she", "PRON", "PRP", "nsubj", 11),
            ("gets", "VERB", "VBZ", "relcl", 9),
            (".", "PUNCT", ".", "punct", 1),
        ],
    )
    found = content.find_content(doc[1], doc[:], "say", cues())
    assert found is not None and (found.start, found.end) == (2, 12)  # "the more ... gets"
    # Not for a verb whose object is the person addressed ("told reporters ...").
    assert content.find_content(doc[1], doc[:], "tell", cues()) is None
