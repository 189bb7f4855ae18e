"""Forms read by rules since round 13: stance adjectives after "be", fronted "To X,"
perspectives, passive regarding verbs with "as" ("has been seen as"), a "that"-clause
the parser hung inside the cue's prepositional phrase, asides with thinking verbs
("A, many think, B"), "asked X if ...", "told a tale", "told X he was ..." and the noun
phrase before "he said, “...”" that the quotation goes on from.

Every sentence comes with a fixed parse (the one the small English model gives), so
the tests do not depend on how the statistical parser reads the words on a given day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parsed_rows import Row, doc_from_rows
from spacy.tokens import Doc

from sitrep.attribution import AttributionRelation, find_attributions

if TYPE_CHECKING:
    from spacy.language import Language

_NO_SPACE_BEFORE = frozenset({",", ".", "'s", "”"})


def _doc(nlp: Language, rows: list[Row]) -> Doc:
    return doc_from_rows(nlp, rows, _NO_SPACE_BEFORE)


def _relations(doc: Doc) -> list[AttributionRelation]:
    return find_attributions(doc, nested=True, learned=False)


def _one(doc: Doc) -> AttributionRelation:
    found = _relations(doc)
    assert len(found) == 1, [(r.cue.text, r.content.text) for r in found]
    return found[0]


def test_attribution_stance_adjective_with_that_clause(nlp: Language) -> None:
    doc = _doc(nlp, [
        ("She", "PRP", "PRON", "nsubj", 1, "she"),
        ("was", "VBD", "AUX", "ROOT", 1, "be"),
        ("adamant", "JJ", "ADJ", "acomp", 1, "adamant"),
        ("that", "IN", "SCONJ", "mark", 6, "that"),
        ("she", "PRP", "PRON", "nsubj", 6, "she"),
        ("would", "MD", "AUX", "aux", 6, "would"),
        ("win", "VB", "VERB", "ccomp", 1, "win"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ])  # fmt: skip
    rel = _one(doc)
    assert rel.source is not None and rel.source.text == "She"
    assert rel.cue.text == "was adamant"
    assert rel.content.text == "that she would win"
    assert rel.kind == "attitude"  # never a link of an event's chain


def test_attribution_stance_adjective_with_preposition(nlp: Language) -> None:
    doc = _doc(nlp, [
        ("Democratic", "JJ", "ADJ", "amod", 1, "democratic"),
        ("leaders", "NNS", "NOUN", "nsubj", 2, "leader"),
        ("are", "VBP", "AUX", "ROOT", 2, "be"),
        ("worried", "JJ", "ADJ", "acomp", 2, "worried"),
        ("about", "IN", "ADP", "prep", 3, "about"),
        ("the", "DT", "DET", "det", 6, "the"),
        ("convention", "NN", "NOUN", "pobj", 4, "convention"),
        (".", ".", "PUNCT", "punct", 2, "."),
    ])  # fmt: skip
    rel = _one(doc)
    assert rel.source is not None and rel.source.text == "Democratic leaders"
    assert rel.cue.text == "are worried about"
    assert rel.content.text == "the convention"


def test_attribution_stance_extraposed_it_is_the_writers_own(nlp: Language) -> None:
    # "It is unclear whether ...": no holder named; PolNeAR mostly leaves these out.
    doc = _doc(nlp, [
        ("It", "PRP", "PRON", "nsubj", 1, "it"),
        ("is", "VBZ", "AUX", "ROOT", 1, "be"),
        ("unclear", "JJ", "ADJ", "acomp", 1, "unclear"),
        ("whether", "IN", "SCONJ", "mark", 6, "whether"),
        ("he", "PRP", "PRON", "nsubj", 6, "he"),
        ("will", "MD", "AUX", "aux", 6, "will"),
        ("run", "VB", "VERB", "ccomp", 1, "run"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ])  # fmt: skip
    assert _relations(doc) == []


def test_attribution_perspective_to_many(nlp: Language) -> None:
    doc = _doc(nlp, [
        ("To", "IN", "ADP", "prep", 4, "to"),
        ("many", "JJ", "ADJ", "pobj", 0, "many"),
        (",", ",", "PUNCT", "punct", 4, ","),
        ("Halvorsen", "NNP", "PROPN", "nsubj", 4, "Halvorsen"),
        ("is", "VBZ", "AUX", "ROOT", 4, "be"),
        ("a", "DT", "DET", "det", 6, "a"),
        ("troublemaker", "NN", "NOUN", "attr", 4, "troublemaker"),
        (".", ".", "PUNCT", "punct", 4, "."),
    ])  # fmt: skip
    rel = _one(doc)
    assert rel.source is not None and rel.source.text == "many"
    assert rel.cue.text == "To"
    assert rel.content.text == "Halvorsen is a troublemaker"


def test_attribution_perspective_needs_people(nlp: Language) -> None:
    doc = _doc(nlp, [
        ("To", "IN", "ADP", "prep", 6, "to"),
        ("date", "NN", "NOUN", "pobj", 0, "date"),
        (",", ",", "PUNCT", "punct", 6, ","),
        ("the", "DT", "DET", "det", 4, "the"),
        ("plan", "NN", "NOUN", "nsubj", 6, "plan"),
        ("has", "VBZ", "AUX", "aux", 6, "have"),
        ("worked", "VBN", "VERB", "ROOT", 6, "work"),
        (".", ".", "PUNCT", "punct", 6, "."),
    ])  # fmt: skip
    assert _relations(doc) == []


def test_attribution_that_clause_hung_inside_the_cues_phrase(nlp: Language) -> None:
    # The parser read "that Democrats will win each county" as a relative clause of
    # "rally"; it has a subject and an object of its own, so it is what was predicted.
    doc = _doc(nlp, [
        ("Vargas", "NNP", "PROPN", "nsubj", 1, "Vargas"),
        ("predicted", "VBD", "VERB", "ROOT", 1, "predict"),
        ("at", "IN", "ADP", "prep", 1, "at"),
        ("the", "DT", "DET", "det", 4, "the"),
        ("rally", "NN", "NOUN", "pobj", 2, "rally"),
        ("that", "WDT", "PRON", "mark", 8, "that"),
        ("Democrats", "NNPS", "PROPN", "nsubj", 8, "Democrats"),
        ("will", "MD", "AUX", "aux", 8, "will"),
        ("win", "VB", "VERB", "relcl", 4, "win"),
        ("each", "DT", "DET", "det", 10, "each"),
        ("county", "NN", "NOUN", "dobj", 8, "county"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ])  # fmt: skip
    rel = _one(doc)
    assert rel.source is not None and rel.source.text == "Vargas"
    assert rel.cue.text == "predicted"
    assert rel.content.text == "that Democrats will win each county"


def test_attribution_thinking_verb_aside(nlp: Language) -> None:
    doc = _doc(nlp, [
        ("Moreau", "NNP", "PROPN", "poss", 2, "Moreau"),
        ("'s", "POS", "PART", "case", 0, "'s"),
        ("resignation", "NN", "NOUN", "nsubj", 7, "resignation"),
        (",", ",", "PUNCT", "punct", 7, ","),
        ("many", "JJ", "ADJ", "nsubj", 5, "many"),
        ("think", "VBP", "VERB", "parataxis", 7, "think"),
        (",", ",", "PUNCT", "punct", 7, ","),
        ("is", "VBZ", "AUX", "ROOT", 7, "be"),
        ("only", "RB", "ADV", "advmod", 10, "only"),
        ("a", "DT", "DET", "det", 10, "a"),
        ("question", "NN", "NOUN", "attr", 7, "question"),
        ("of", "IN", "ADP", "prep", 10, "of"),
        ("days", "NNS", "NOUN", "pobj", 11, "day"),
        (".", ".", "PUNCT", "punct", 7, "."),
    ])  # fmt: skip
    rel = _one(doc)
    assert rel.source is not None and rel.source.text == "many"
    assert rel.cue.text == "think"
    pieces = [doc.text[a:b] for a, b in rel.content.fragments()]
    assert pieces == ["Moreau's resignation", "is only a question of days"]


def test_attribution_asked_someone_if(nlp: Language) -> None:
    doc = _doc(nlp, [
        ("Lindqvist", "NNP", "PROPN", "nsubj", 1, "Lindqvist"),
        ("asked", "VBD", "VERB", "ROOT", 1, "ask"),
        ("Ortiz", "NNP", "PROPN", "dobj", 1, "Ortiz"),
        ("if", "IN", "SCONJ", "mark", 5, "if"),
        ("Brandt", "NNP", "PROPN", "compound", 5, "Brandt"),
        ("benefits", "NNS", "NOUN", "advcl", 1, "benefit"),
        ("from", "IN", "ADP", "prep", 5, "from"),
        ("a", "DT", "DET", "det", 9, "a"),
        ("lax", "JJ", "ADJ", "amod", 9, "lax"),
        ("rule", "NN", "NOUN", "pobj", 6, "rule"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ])  # fmt: skip
    rel = _one(doc)
    assert rel.source is not None and rel.source.text == "Lindqvist"
    assert rel.content.text == "if Brandt benefits from a lax rule"


def test_attribution_asked_by_someone_if(nlp: Language) -> None:
    doc = _doc(nlp, [
        ("Asked", "VBN", "VERB", "advcl", 9, "ask"),
        ("by", "IN", "ADP", "agent", 0, "by"),
        ("reporters", "NNS", "NOUN", "pobj", 1, "reporter"),
        ("if", "IN", "SCONJ", "mark", 6, "if"),
        ("he", "PRP", "PRON", "nsubj", 6, "he"),
        ("would", "MD", "AUX", "aux", 6, "would"),
        ("run", "VB", "VERB", "advcl", 0, "run"),
        (",", ",", "PUNCT", "punct", 9, ","),
        ("Smith", "NNP", "PROPN", "nsubj", 9, "Smith"),
        ("smiled", "VBD", "VERB", "ROOT", 9, "smile"),
        (".", ".", "PUNCT", "punct", 9, "."),
    ])  # fmt: skip
    rel = _one(doc)
    assert rel.cue.text == "Asked"
    assert rel.source is not None and rel.source.text == "reporters"
    assert rel.content.text == "if he would run"


def test_attribution_passive_regarding_as(nlp: Language) -> None:
    doc = _doc(nlp, [
        ("Moreno", "NNP", "PROPN", "nsubjpass", 3, "Moreno"),
        ("has", "VBZ", "AUX", "aux", 3, "have"),
        ("been", "VBN", "AUX", "auxpass", 3, "be"),
        ("seen", "VBN", "VERB", "ROOT", 3, "see"),
        ("as", "IN", "ADP", "prep", 3, "as"),
        ("a", "DT", "DET", "det", 7, "a"),
        ("reformist", "JJ", "ADJ", "amod", 7, "reformist"),
        ("hero", "NN", "NOUN", "pobj", 4, "hero"),
        (".", ".", "PUNCT", "punct", 3, "."),
    ])  # fmt: skip
    rel = _one(doc)  # the plain passive reading ("has been seen": content Moreno) gives way
    assert rel.source is None
    assert rel.cue.text == "has been seen as"
    pieces = [doc.text[a:b] for a, b in rel.content.fragments()]
    assert pieces == ["Moreno", "a reformist hero"]


def test_attribution_passive_as_of_a_fact_is_no_view(nlp: Language) -> None:
    doc = _doc(nlp, [
        ("He", "PRP", "PRON", "nsubjpass", 2, "he"),
        ("was", "VBD", "AUX", "auxpass", 2, "be"),
        ("hired", "VBN", "VERB", "ROOT", 2, "hire"),
        ("as", "IN", "ADP", "prep", 2, "as"),
        ("a", "DT", "DET", "det", 5, "a"),
        ("consultant", "NN", "NOUN", "pobj", 3, "consultant"),
        (".", ".", "PUNCT", "punct", 2, "."),
    ])  # fmt: skip
    assert _relations(doc) == []


def test_attribution_subject_before_the_aside_goes_on_in_the_quotation(nlp: Language) -> None:
    # "A slow winter, she said, “may be ...”": the quotation is the predicate of the
    # noun phrase before the aside; the content takes both pieces.
    doc = _doc(nlp, [
        ("A", "DT", "DET", "det", 2, "a"),
        ("slow", "JJ", "ADJ", "amod", 2, "slow"),
        ("winter", "NN", "NOUN", "nsubj", 9, "winter"),
        (",", ",", "PUNCT", "punct", 5, ","),
        ("she", "PRP", "PRON", "nsubj", 5, "she"),
        ("said", "VBD", "VERB", "ROOT", 5, "say"),
        (",", ",", "PUNCT", "punct", 5, ","),
        ("“", "``", "PUNCT", "punct", 9, '"'),
        ("may", "MD", "AUX", "aux", 9, "may"),
        ("be", "VB", "AUX", "ccomp", 5, "be"),
        ("a", "DT", "DET", "det", 12, "a"),
        ("fine", "JJ", "ADJ", "amod", 12, "fine"),
        ("moment", "NN", "NOUN", "attr", 9, "moment"),
        (".", ".", "PUNCT", "punct", 5, "."),
        ("”", "''", "PUNCT", "punct", 5, '"'),
    ])  # fmt: skip
    rel = _one(doc)
    assert rel.source is not None and rel.source.text == "she"
    pieces = [doc.text[a:b] for a, b in rel.content.fragments()]
    assert pieces[0] == "A slow winter"
    assert pieces[1].startswith("“may be a fine moment")


def test_attribution_told_a_tale(nlp: Language) -> None:
    doc = _doc(nlp, [
        ("Fox", "NNP", "PROPN", "nsubj", 1, "Fox"),
        ("told", "VBD", "VERB", "ROOT", 1, "tell"),
        ("a", "DT", "DET", "det", 4, "a"),
        ("different", "JJ", "ADJ", "amod", 4, "different"),
        ("tale", "NN", "NOUN", "dobj", 1, "tale"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ])  # fmt: skip
    rel = _one(doc)
    assert rel.cue.text == "told"
    assert rel.content.text == "a different tale"


def test_attribution_told_someone_a_clause_without_that(nlp: Language) -> None:
    # The parser hung "she was not ready" on "came"; "told" keeps only its addressee.
    doc = _doc(nlp, [
        ("It", "PRP", "PRON", "nsubj", 1, "it"),
        ("came", "VBD", "VERB", "ROOT", 1, "come"),
        ("after", "IN", "SCONJ", "mark", 4, "after"),
        ("Ortiz", "NNP", "PROPN", "nsubj", 4, "Ortiz"),
        ("told", "VBD", "VERB", "advcl", 8, "tell"),
        ("The", "DT", "DET", "det", 6, "the"),
        ("Ledger", "NNP", "PROPN", "dobj", 4, "Ledger"),
        ("she", "PRP", "PRON", "nsubj", 8, "she"),
        ("was", "VBD", "AUX", "ccomp", 1, "be"),
        ("not", "RB", "PART", "neg", 8, "not"),
        ("ready", "JJ", "ADJ", "acomp", 8, "ready"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ])  # fmt: skip
    told = [r for r in _relations(doc) if r.cue.text == "told"]
    assert len(told) == 1
    assert told[0].source is not None and told[0].source.text == "Ortiz"
    assert told[0].content.text == "she was not ready"
