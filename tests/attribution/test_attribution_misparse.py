"""Cue verbs the parser hung in the wrong place still open their relation.

Every sentence here comes with a fixed parse (the slip it shows), so the tests do
not depend on how the statistical parser reads the words on a given day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parsed_rows import Row, doc_from_rows
from spacy.tokens import Doc

from sitrep.attribution import AttributionRelation, find_attributions

if TYPE_CHECKING:
    from spacy.language import Language

_NO_SPACE_BEFORE = frozenset({",", ".", ":", "”"})


def _doc(nlp: Language, rows: list[Row], sent_starts: tuple[int, ...] = (0,)) -> Doc:
    return doc_from_rows(nlp, rows, _NO_SPACE_BEFORE, sent_starts)


def _by_cue(doc: Doc) -> dict[str, AttributionRelation]:
    return {r.cue.text: r for r in find_attributions(doc, nested=False, learned=False)}


def _pieces(doc: Doc, rel: AttributionRelation) -> list[str]:
    return [doc.text[a:b] for a, b in rel.content.fragments()]


def test_attribution_misparse_said_hung_on_its_content(nlp: Language) -> None:
    # "said" parsed as a complement of "works": the clause before the comma is its content.
    doc = _doc(nlp, [
        ("The", "DT", "DET", "det", 1, "the"),
        ("plan", "NN", "NOUN", "nsubj", 2, "plan"),
        ("works", "VBZ", "VERB", "ROOT", 2, "work"),
        (",", ",", "PUNCT", "punct", 2, ","),
        ("a", "DT", "DET", "det", 5, "a"),
        ("spokeswoman", "NN", "NOUN", "nsubj", 6, "spokeswoman"),
        ("said", "VBD", "VERB", "ccomp", 2, "say"),
        ("today", "NN", "NOUN", "npadvmod", 6, "today"),
        ("at", "IN", "ADP", "prep", 6, "at"),
        ("an", "DT", "DET", "det", 10, "an"),
        ("event", "NN", "NOUN", "pobj", 8, "event"),
        (".", ".", "PUNCT", "punct", 2, "."),
    ])  # fmt: skip
    said = _by_cue(doc)["said"]
    assert said.source is not None and said.source.text == "a spokeswoman"
    assert _pieces(doc, said) == ["The plan works"]


def test_attribution_misparse_aside_inside_its_content(nlp: Language) -> None:
    # ", they said," parsed as parataxis of the verb after it: both sides are content.
    doc = _doc(nlp, [
        ("Riding", "VBG", "VERB", "csubj", 6, "ride"),
        ("alone", "RB", "ADV", "advmod", 0, "alone"),
        (",", ",", "PUNCT", "punct", 6, ","),
        ("they", "PRP", "PRON", "nsubj", 4, "they"),
        ("said", "VBD", "VERB", "parataxis", 6, "say"),
        (",", ",", "PUNCT", "punct", 4, ","),
        ("is", "VBZ", "AUX", "ROOT", 6, "be"),
        ("risky", "JJ", "ADJ", "acomp", 6, "risky"),
        (".", ".", "PUNCT", "punct", 6, "."),
    ])  # fmt: skip
    said = _by_cue(doc)["said"]
    assert said.source is not None and said.source.text == "they"
    assert _pieces(doc, said) == ["Riding alone", "is risky"]


def test_attribution_misparse_inverted_speaker_as_complement(nlp: Language) -> None:
    # The name after an inverted "said" parsed as a second clausal complement.
    doc = _doc(nlp, [
        ("“", "``", "PUNCT", "punct", 4, "“"),
        ("It", "PRP", "PRON", "nsubj", 2, "it"),
        ("works", "VBZ", "VERB", "ccomp", 4, "work"),
        (",", ",", "PUNCT", "punct", 4, ","),
        ("said", "VBD", "VERB", "ROOT", 4, "say"),
        ("David", "NNP", "PROPN", "compound", 6, "David"),
        ("Brock", "NNP", "PROPN", "ccomp", 4, "Brock"),
        (".", ".", "PUNCT", "punct", 4, "."),
    ])  # fmt: skip
    said = _by_cue(doc)["said"]
    assert said.source is not None and said.source.text == "David Brock"
    assert _pieces(doc, said) == ["It works"]


def test_attribution_misparse_subject_of_a_passive_head(nlp: Language) -> None:
    # "after telling ...": the one booed is the one who told.
    doc = _doc(nlp, [
        ("Silverman", "NNP", "PROPN", "nsubjpass", 2, "Silverman"),
        ("was", "VBD", "AUX", "auxpass", 2, "be"),
        ("booed", "VBN", "VERB", "ROOT", 2, "boo"),
        ("after", "IN", "ADP", "prep", 2, "after"),
        ("telling", "VBG", "VERB", "pcomp", 3, "tell"),
        ("fans", "NNS", "NOUN", "dobj", 4, "fan"),
        ("that", "IN", "SCONJ", "mark", 9, "that"),
        ("they", "PRP", "PRON", "nsubj", 9, "they"),
        ("were", "VBD", "AUX", "aux", 9, "be"),
        ("wrong", "JJ", "ADJ", "ccomp", 4, "wrong"),
        (".", ".", "PUNCT", "punct", 2, "."),
    ])  # fmt: skip
    telling = _by_cue(doc)["telling"]
    assert telling.source is not None and telling.source.text == "Silverman"


def test_attribution_misparse_relative_pronoun_read_as_marker(nlp: Language) -> None:
    # "that" parsed as a complementiser of the relative clause: it is the object.
    doc = _doc(nlp, [
        ("It", "PRP", "PRON", "nsubj", 1, "it"),
        ("is", "VBZ", "AUX", "ROOT", 1, "be"),
        ("a", "DT", "DET", "det", 3, "a"),
        ("point", "NN", "NOUN", "attr", 1, "point"),
        ("that", "IN", "SCONJ", "mark", 7, "that"),
        ("officials", "NNS", "NOUN", "nsubj", 7, "official"),
        ("have", "VBP", "AUX", "aux", 7, "have"),
        ("disputed", "VBN", "VERB", "relcl", 3, "dispute"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ])  # fmt: skip
    disputed = _by_cue(doc)["have disputed"]
    assert disputed.source is not None and disputed.source.text == "officials"
    assert _pieces(doc, disputed) == ["that"]


def test_attribution_misparse_colon_closing_its_sentence(nlp: Language) -> None:
    # "He said:" ends a sentence; the words come in the next one.
    doc = _doc(nlp, [
        ("He", "PRP", "PRON", "nsubj", 1, "he"),
        ("said", "VBD", "VERB", "ROOT", 1, "say"),
        (":", ":", "PUNCT", "punct", 1, ":"),
        ("We", "PRP", "PRON", "nsubj", 4, "we"),
        ("won", "VBD", "VERB", "ROOT", 4, "win"),
        (".", ".", "PUNCT", "punct", 4, "."),
    ], sent_starts=(0, 3))  # fmt: skip
    said = _by_cue(doc)["said"]
    assert said.source is not None and said.source.text == "He"
    assert _pieces(doc, said) == ["We won"]


def test_attribution_misparse_quote_after_comma_and_modifiers(nlp: Language) -> None:
    # 'declared in the room, “...”': the quotation hangs on nothing.
    doc = _doc(nlp, [
        ("Lee", "NNP", "PROPN", "nsubj", 1, "Lee"),
        ("declared", "VBD", "VERB", "ROOT", 1, "declare"),
        ("in", "IN", "ADP", "prep", 1, "in"),
        ("the", "DT", "DET", "det", 4, "the"),
        ("room", "NN", "NOUN", "pobj", 2, "room"),
        (",", ",", "PUNCT", "punct", 1, ","),
        ("“", "``", "PUNCT", "punct", 1, "“"),
        ("Unite", "VB", "VERB", "dep", 1, "unite"),
        ("now", "RB", "ADV", "advmod", 7, "now"),
        (".", ".", "PUNCT", "punct", 7, "."),
        ("”", "''", "PUNCT", "punct", 7, "”"),
    ])  # fmt: skip
    declared = _by_cue(doc)["declared"]
    assert declared.source is not None and declared.source.text == "Lee"
    assert _pieces(doc, declared)[0].startswith("“Unite now")
