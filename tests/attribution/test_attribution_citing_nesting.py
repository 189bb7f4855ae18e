"""Rules chosen by measuring on PolNeAR's train split: which complement,
which subject, "citing" on its own, raising verbs, nesting and span boundaries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from sitrep.attribution import find_attributions
from sitrep.attribution.nesting import after_earlier, outermost
from sitrep.attribution.sources import full_phrase
from sitrep.attribution.types import AttributionRelation, TextSpan

if TYPE_CHECKING:
    from spacy.language import Language


def _by_cue(relations: list[AttributionRelation]) -> dict[str, AttributionRelation]:
    return {r.cue.text: r for r in relations}


def _source(relation: AttributionRelation) -> str | None:
    return relation.source.text if relation.source is not None else None


def _content(text: str, relation: AttributionRelation) -> list[str]:
    return [text[a:b] for a, b in relation.content.fragments()]


def test_attribution_complement_after_the_cue_wins(nlp: Language) -> None:
    text = "Moreau is not troubled by the setbacks — in fact, he said it “motivates” him."
    said = _by_cue(find_attributions(nlp(text)))["said"]
    assert said.content.text == "it “motivates” him"


def test_attribution_subject_next_to_the_cue_is_the_speaker(nlp: Language) -> None:
    text = "Her verdict on the bridge: “It needs work,” she said."
    said = _by_cue(find_attributions(nlp(text)))["said"]
    assert _source(said) == "she"
    assert said.content.text == "“It needs work,”"


def test_attribution_citing_after_a_verb_that_is_no_cue(nlp: Language) -> None:
    text = "The two banks cancelled the deal, citing shifts in the regulatory climate."
    found = find_attributions(nlp(text))
    assert [(_source(r), r.cue.text, r.content.text) for r in found] == [
        ("The two banks", "citing", "shifts in the regulatory climate")
    ]


def test_attribution_citing_aside_stays_a_cited_source(nlp: Language) -> None:
    text = "The agency, citing local sources, said that helicopters landed in the town."
    found = find_attributions(nlp(text))
    assert [r.cue.text for r in found] == ["said"]
    assert [_source(c) for c in found[0].cited] == ["local sources"]


def test_attribution_cited_object_is_the_content(nlp: Language) -> None:
    text = "Several senior Democrats cited another debate."
    cited = _by_cue(find_attributions(nlp(text)))["cited"]
    assert cited.content.text == "another debate"
    assert _source(cited) == "Several senior Democrats"


def test_attribution_raising_verb_with_it_is_agentless(nlp: Language) -> None:
    text = "It seems that the deal will pass the Senate."
    seems = _by_cue(find_attributions(nlp(text)))["seems"]
    assert seems.source is None and seems.kind == "agentless"


def test_attribution_raising_verb_with_a_subject_is_no_attitude(nlp: Language) -> None:
    for text in (
        "The mayor appeared on television on Monday.",
        "The economy is weak, the senator appeared.",
    ):
        assert not [r for r in find_attributions(nlp(text)) if r.kind == "attitude"], text


def test_attribution_continue_only_with_a_quotation(nlp: Language) -> None:
    assert not find_attributions(nlp("The talks continued about the deal."))
    quoted = find_attributions(nlp("“We will not give up,” he continued."))
    assert [(r.cue.text, _source(r)) for r in quoted] == [("continued", "he")]


def test_attribution_that_and_that_is_one_content(nlp: Language) -> None:
    text = (
        "The minister said that the talks “could be long,” and that the army had "
        "struggled with supplies."
    )
    said = _by_cue(find_attributions(nlp(text)))["said"]
    assert said.content.text.endswith("the army had struggled with supplies")


def test_attribution_inverted_aside_names_the_speaker(nlp: Language) -> None:
    text = (
        "The gap with Hargrove, said Lyons and others, would be plain since Hargrove has "
        "no former ministers at his side."
    )
    said = _by_cue(find_attributions(nlp(text)))["said"]
    assert _source(said) == "Lyons and others"
    assert _content(text, said) == [
        "The gap with Hargrove",
        "would be plain since Hargrove has no former ministers at his side",
    ]


def test_attribution_source_phrase_stops_before_a_participle(nlp: Language) -> None:
    # A fixed parse: the tagger's reading of such asides varies with the words around.
    words = ["The", "director", ",", "eyeing", "the", "vote", ",", "said", "it", "ended", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 7, 1, 1, 5, 3, 1, 7, 9, 7, 7],
        deps=["det", "nsubj", "punct", "acl", "det", "dobj", "punct", "ROOT", "nsubj",
              "ccomp", "punct"],
        tags=["DT", "NN", ",", "VBG", "DT", "NN", ",", "VBD", "PRP", "VBD", "."],
    )  # fmt: skip
    assert full_phrase(doc[0:2], doc[7]) is None  # not "The director, eyeing the vote"


def _span(text: str, part: str) -> TextSpan:
    start = text.index(part)
    return TextSpan(start, start + len(part), part)


def _rel(text: str, source: str | None, cue: str, content: str, kind: str) -> AttributionRelation:
    return AttributionRelation(
        source=_span(text, source) if source is not None else None,
        cue=_span(text, cue),
        content=_span(text, content),
        stance="neutral",
        kind=kind,
    )


def test_attribution_attitude_does_not_swallow_speech() -> None:
    text = "Voters want what the mayor said was a fair deal."
    want = _rel(text, "Voters", "want", "what the mayor said was a fair deal", "attitude")
    said = _rel(text, "the mayor", "said", "was a fair deal", "indirect")
    assert outermost([want, said]) == [want, said]
    # A speech verb's content still holds a nested cue.
    told = _rel(text, "Voters", "want", "what the mayor said was a fair deal", "indirect")
    assert outermost([told, said]) == [told]


def test_attribution_question_is_not_inside_the_answer() -> None:
    text = "“Maybe later,” the mayor said when asked whether she might quit."
    said = _rel(
        text,
        "the mayor",
        "said",
        "Maybe later,” the mayor said when asked whether she might quit",
        "direct",
    )
    asked = _rel(text, None, "asked", "whether she might quit", "agentless")
    assert outermost([said, asked]) == [said, asked]


def test_attribution_trailing_cue_stops_at_an_earlier_relation(nlp: Language) -> None:
    text = "Rivals said they back vouchers, but they would not act, they said."
    doc = nlp(text)
    first = _rel(text, "Rivals", "said", "they back vouchers", "indirect")
    last = _rel(
        text, "they", "said.", "Rivals said they back vouchers, but they would not act", "indirect"
    )
    last.cue = TextSpan(text.rindex("said"), text.rindex("said") + 4, "said")
    after_earlier(doc, [first, last])
    assert last.content.text == "they would not act"
    assert outermost([first, last]) == [first, last]
