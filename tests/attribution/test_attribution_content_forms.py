"""Content and cue shapes read in session 10: relative clauses, "as" clauses, channels,
a label before a quotation, "made it clear", a quotation before "said of", the thing
object of an addressee verb, and verbs that govern their preposition.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parsed_rows import Row, doc_from_rows

from sitrep.attribution import AttributionRelation, as_clause, find_attributions, made_clear
from sitrep.attribution.misparse import inverted_speaker

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def _by_cue(
    doc: Doc, nested: bool = False, learned: bool = False
) -> dict[str, AttributionRelation]:
    return {r.cue.text: r for r in find_attributions(doc, nested=nested, learned=learned)}


def _pieces(doc: Doc, rel: AttributionRelation) -> list[str]:
    return [doc.text[a:b] for a, b in rel.content.fragments()]


def test_attribution_contact_relative_clause_is_about_its_noun(nlp: Language) -> None:
    # "the plan the council proposed": the council proposed the plan.
    doc = nlp("Voters rejected the plan the council proposed.")
    rel = _by_cue(doc, nested=True)["proposed"]
    assert rel.source is not None and rel.source.text == "the council"
    assert rel.content.text == "the plan"


def test_attribution_as_clause_with_an_object_is_no_aside(nlp: Language) -> None:
    doc = nlp("As the envoy covered familiar ground, the minister noted that talks would resume.")
    covered = next(t for t in doc if t.lower_ == "covered")
    assert covered.dep_ == "advcl"  # the shape the rule reads
    assert as_clause.clause_above(covered) is None


def test_attribution_as_aside_still_reports_the_main_clause(nlp: Language) -> None:
    doc = nlp("As the ministry pointed out, the road is closed.")
    pointed = next(t for t in doc if t.lower_ == "pointed")
    assert as_clause.clause_above(pointed) is not None
    rel = _by_cue(doc)["pointed out"]
    assert rel.content.text == "the road is closed"


def test_attribution_channel_is_part_of_the_cue_not_the_content(nlp: Language) -> None:
    doc = nlp("The mayor wrote on Facebook that the bridge would reopen.")
    rel = _by_cue(doc)["wrote on Facebook"]
    assert rel.content.text == "that the bridge would reopen"


def test_attribution_label_before_quotation_is_left_out(nlp: Language) -> None:
    doc = nlp("Her first verdict: “The plan will fail within a month,” she said.")
    rel = _by_cue(doc)["said"]
    assert _pieces(doc, rel) == ["“The plan will fail within a month,”"]


def test_attribution_made_it_clear_is_one_cue(nlp: Language) -> None:
    doc = nlp("The minister made it clear that the border would stay shut.")
    made = next(t for t in doc if t.lower_ == "made")
    known = made_clear.predicate(made)
    assert known is not None and known.lower_ == "clear"
    rel = _by_cue(doc, learned=True)["made it clear"]
    assert rel.content.text == "that the border would stay shut"


def test_attribution_made_public_at_sentence_end_is_no_cue_phrase(nlp: Language) -> None:
    doc = nlp("The agency made it public.")
    made = next(t for t in doc if t.lower_ == "made")
    assert made_clear.predicate(made) is None


def test_attribution_quotation_before_said_of(nlp: Language) -> None:
    # What follows "said of" / "said with" is whom it is about or how it was said; the
    # quotation before the cue is what was said.
    doc = nlp("“Absolutely not,” he said of the chance of a recount.")
    rel = _by_cue(doc)["said"]
    assert _pieces(doc, rel) == ["“Absolutely not,”"]
    doc = nlp("“Look at the turnout here,” Marta Ilves said with a smirk.")
    rel = _by_cue(doc)["said with a smirk"]  # the manner belongs to the cue
    assert rel.source is not None and rel.source.text == "Marta Ilves"
    assert _pieces(doc, rel) == ["“Look at the turnout here,”"]


def test_attribution_thing_object_of_an_addressee_verb(nlp: Language) -> None:
    doc = nlp("The governor answered a question about the budget.")
    assert _by_cue(doc)["answered"].content.text == "a question about the budget"
    doc = nlp("Lena Varga posted a photo of the flooded square.")
    assert _by_cue(doc)["posted"].content.text == "a photo of the flooded square"


def test_attribution_told_keeps_its_object_as_the_addressee(nlp: Language) -> None:
    doc = nlp("The senator told reporters.")
    assert "told" not in _by_cue(doc)


def test_attribution_governed_preposition(nlp: Language) -> None:
    doc = nlp("The senator hinted at a run for governor.")
    rel = _by_cue(doc)["hinted at"]
    assert rel.content.text == "a run for governor"


def test_attribution_quoted_verb_is_no_inverted_speaker(nlp: Language) -> None:
    # "toughens", tagged a noun inside the second quotation, is no speaker's name.
    rows: list[Row] = [
        ("“", "``", "PUNCT", "punct", 1, "“"),
        ("Losing", "NN", "NOUN", "ccomp", 4, "losing"),
        (",", ",", "PUNCT", "punct", 4, ","),
        ("”", "''", "PUNCT", "punct", 4, "”"),
        ("said", "VBD", "VERB", "ROOT", 4, "say"),
        ("the", "DT", "DET", "det", 6, "the"),
        ("coach", "NN", "NOUN", "nsubj", 9, "coach"),
        (",", ",", "PUNCT", "punct", 9, ","),
        ("“", "``", "PUNCT", "punct", 9, "“"),
        ("toughens", "NNS", "NOUN", "ccomp", 4, "toughens"),
        ("a", "DT", "DET", "det", 11, "a"),
        ("team", "NN", "NOUN", "dobj", 9, "team"),
        (".", ".", "PUNCT", "punct", 4, "."),
        ("”", "''", "PUNCT", "punct", 4, "”"),
    ]
    doc = doc_from_rows(nlp, rows, {",", ".", "”"})
    assert not inverted_speaker(doc[4], doc[9])
    rel = _by_cue(doc)["said"]
    assert rel.source is not None and rel.source.text == "the coach"


def test_attribution_for_clause_past_time_words(nlp: Language) -> None:
    # "called again for X to resign": the "for" clause, read as one of purpose, is the
    # content also when a time word stands between it and the cue.
    doc = nlp("The mayor called again for the council to resign.")
    assert _by_cue(doc)["called"].content.text == "the council to resign"
    doc = nlp("The union called on Friday for the board to step down.")
    assert _by_cue(doc)["called"].content.text == "the board to step down"


def test_attribution_topic_hung_on_the_person_addressed(nlp: Language) -> None:
    # "warned [residents about the storm]": the parser hangs "about" on the residents.
    doc = nlp("The mayor warned residents about the storm.")
    rel = _by_cue(doc)["warned"]
    assert rel.source is not None and rel.source.text == "The mayor"
    assert rel.content.text == "about the storm"


def test_attribution_trailing_speech_tag_is_no_relative_clause(nlp: Language) -> None:
    # Copy without punctuation: "... by these repeated strikes he added." The parser reads
    # "he added" as a relative clause on "strikes"; the strikes are not what he added.
    doc = nlp("Clinics in the north were damaged by these repeated strikes he added.")
    added = next(t for t in doc if t.lower_ == "added")
    assert added.dep_ == "relcl"  # the shape the rule reads
    contents = [r.content.text for r in find_attributions(doc, nested=True, learned=False)]
    assert "these repeated strikes" not in contents
