"""How far contents reach: quotations that go on in the next sentence or paragraph,
the person asked ("asked X to"), phrases hung on the cue that go on with what was
said, and the time or medium of the saying, which stays out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import find_attributions, quotes

if TYPE_CHECKING:
    from spacy.language import Language

    from sitrep.attribution.types import AttributionRelation


def _by_cue(text: str, nlp: Language) -> dict[str, AttributionRelation]:
    doc = nlp(text)
    return {r.cue.text: r for r in find_attributions(doc, nested=False, check=False)}


def _pieces(text: str, rel: AttributionRelation) -> list[str]:
    return [text[a:b] for a, b in rel.content.fragments()]


def test_attribution_extent_mixed_quote_marks_pair(nlp: Language) -> None:
    doc = nlp('“We are ready," the minister said.')
    assert quotes.quote_pairs(doc) == ((0, 5),)


def test_attribution_extent_quote_goes_on_in_next_paragraph(nlp: Language) -> None:
    text = "“We will respond,” the minister said.\n\n“We are ready. Nobody should doubt it.”"
    rel = _by_cue(text, nlp)["said"]
    assert _pieces(text, rel) == ["“We will respond,”", "“We are ready. Nobody should doubt it.”"]


def test_attribution_extent_next_paragraph_with_its_own_speaker_stays_out(
    nlp: Language,
) -> None:
    text = "“We will respond,” the minister said.\n\n“We are not afraid,” the rebels replied."
    rel = _by_cue(text, nlp)["said"]
    assert _pieces(text, rel) == ["“We will respond,”"]


def test_attribution_extent_reported_speech_goes_on_in_a_bare_quotation(nlp: Language) -> None:
    text = "The minister said that the talks had failed. “There is nothing left to discuss.”"
    rel = _by_cue(text, nlp)["said"]
    assert _pieces(text, rel)[-1] == "“There is nothing left to discuss.”"
    own = "The minister said that the talks had failed. “It is over,” he added in a statement."
    assert len(_pieces(own, _by_cue(own, nlp)["said"])) == 1


def test_attribution_extent_takes_the_person_asked(nlp: Language) -> None:
    text = "The governor asked the residents to leave the city before the storm."
    rel = _by_cue(text, nlp)["asked"]
    assert rel.content.text.startswith("the residents to leave")


def test_attribution_extent_takes_a_second_clause_hung_on_the_cue(nlp: Language) -> None:
    text = "The commander said the army had withdrawn from the town, the roads were open again."
    rel = _by_cue(text, nlp)["said"]
    assert rel.content.text == "the army had withdrawn from the town, the roads were open again"


def test_attribution_extent_leaves_out_the_time_of_the_saying(nlp: Language) -> None:
    text = "Activists praised the rescue workers in a statement."
    assert _by_cue(text, nlp)["praised"].content.text == "the rescue workers"
    text = "The opposition criticized the government on Monday."
    assert _by_cue(text, nlp)["criticized"].content.text == "the government"


def test_attribution_extent_takes_the_quotation_before_the_aside(nlp: Language) -> None:
    text = "“The town is calm,” the governor said, “and the roads are open again.”"
    rel = _by_cue(text, nlp)["said"]
    assert _pieces(text, rel) == ["“The town is calm,”", "“and the roads are open again.”"]
