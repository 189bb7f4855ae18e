"""Surface forms: headline colons, chained cues, "when asked", "calling for X to"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import find_attributions

if TYPE_CHECKING:
    from spacy.language import Language


def test_attribution_headline_colon(nlp: Language) -> None:
    found = find_attributions(nlp("Keller: Ortiz's budget is wrecking the city's finances."))
    colon = [r for r in found if r.cue.text == ":"]
    assert len(colon) == 1
    assert colon[0].source is not None and colon[0].source.text == "Keller"
    assert colon[0].content.text == "Ortiz's budget is wrecking the city's finances"


def test_attribution_section_label_colon_is_not_a_source(nlp: Language) -> None:
    found = find_attributions(nlp("Exclusive: The minister will resign next week."))
    assert not [r for r in found if r.cue.text == ":"]


def test_attribution_transcript_turn_holds_the_whole_answer(nlp: Language) -> None:
    text = (
        "The interview, in part:\n\n"
        '"HOST: Will the ceasefire hold? Your critics doubt it.\n\n'
        '"OKAFOR: It will hold. The militia withdrew from the bridge on Monday.\n\n'
        "Question: What comes next?\n"
    )
    found = {
        r.source.text: r for r in find_attributions(nlp(text)) if r.source and r.cue.text == ":"
    }
    assert found["HOST"].content.text == "Will the ceasefire hold? Your critics doubt it"
    assert found["OKAFOR"].content.text == (
        "It will hold. The militia withdrew from the bridge on Monday"
    )
    assert "Question" not in found


def test_attribution_interview_turns_in_title_case(nlp: Language) -> None:
    text = (
        "Question: Minister, who shelled the market?\n\n"
        "Minister Okafor: The militia did. Its gunners fired from the hills on Monday.\n\n"
        "Question: Will you respond?\n"
    )
    found = [r for r in find_attributions(nlp(text)) if r.cue.text == ":"]
    assert [(r.source.text if r.source else None, r.content.text) for r in found] == [
        ("Minister Okafor", "The militia did. Its gunners fired from the hills on Monday")
    ]


def test_attribution_topic_labels_are_no_transcript(nlp: Language) -> None:
    text = (
        "Fuel: Prices rose again. Drivers queued for hours.\n\n"
        "Bread: The bakeries closed early. The council blamed the blockade.\n"
    )
    colon = [r for r in find_attributions(nlp(text)) if r.cue.text == ":"]
    # A label may still read as a headline's speaker, but only for its sentence.
    assert all(". " not in r.content.text for r in colon)


def test_attribution_name_colon_mid_paragraph_keeps_its_sentence(nlp: Language) -> None:
    text = "Keller: The budget is sound. Ortiz: The budget is a disaster for the city.\n"
    found = [r for r in find_attributions(nlp(text)) if r.cue.text == ":"]
    assert found and found[0].content.text == "The budget is sound"


def test_attribution_chained_cue_splits_content(nlp: Language) -> None:
    text = (
        "Ortiz insisted that she has grown the economy, "
        "claiming that she deserves credit for the new jobs."
    )
    found = {r.cue.text: r for r in find_attributions(nlp(text), nested=False)}
    assert found["insisted"].content.text == "that she has grown the economy"
    claiming = found["claiming"]
    assert claiming.source is not None and claiming.source.text == "Ortiz"
    assert claiming.content.text == "that she deserves credit for the new jobs"


def test_attribution_when_asked_is_agentless(nlp: Language) -> None:
    text = "When asked whether he would run again, the senator said he had not decided."
    found = {r.cue.text: r for r in find_attributions(nlp(text))}
    assert "asked" in found, list(found)
    assert found["asked"].source is None
    assert found["asked"].content.text.startswith("whether he would run again")


def test_attribution_calling_for_takes_the_infinitive_clause(nlp: Language) -> None:
    found = find_attributions(nlp("Okafor is calling for the province to hire more nurses."))
    assert len(found) == 1
    assert found[0].cue.text == "is calling for"
    assert found[0].content.text == "the province to hire more nurses"


def test_attribution_may_open_flags_cue_tokens_only(nlp: Language) -> None:
    from sitrep.attribution.forms import may_open
    from sitrep.attribution.lexicon import cues
    from sitrep.nlp.cache import doc_arrays

    doc = nlp("According to the army, rebels reportedly said the claims were false.")
    flagged = {doc[i].text for i, on in enumerate(may_open(doc_arrays(doc), cues())) if on}
    assert {"According", "reportedly", "said", "claims"} <= flagged
    assert not flagged & {"the", "army", ",", "rebels", "false", "."}
