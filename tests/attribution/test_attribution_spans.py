"""Span conventions (PolNeAR's): cue verb groups, broken quotes, full source phrases, agentless."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import attribute, find_attributions
from sitrep.model import Event, Offsets, Span

if TYPE_CHECKING:
    from spacy.language import Language


def _pieces(text: str, fragments: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[a:b] for a, b in fragments]


def test_attribution_cue_takes_auxiliaries_and_adverb(nlp: Language) -> None:
    rel = find_attributions(nlp("The minister has also said that the road is open."))[0]
    assert rel.cue.text == "has also said"
    assert rel.content.text == "that the road is open"


def test_attribution_cue_takes_preposition_of_its_object(nlp: Language) -> None:
    rels = find_attributions(nlp("The senator called for a ceasefire in the north."))
    assert [(r.cue.text, r.content.text, r.kind) for r in rels] == [
        ("called for", "a ceasefire in the north", "attitude")
    ]


def test_attribution_quote_continues_after_the_cue(nlp: Language) -> None:
    text = "“We will respond,” the minister said. “We are ready. Nobody should doubt it.”"
    rel = find_attributions(nlp(text))[0]
    assert _pieces(text, rel.content.fragments()) == [
        "“We will respond,”",
        "“We are ready. Nobody should doubt it.”",
    ]
    assert rel.content.contains(text.index("ready")) and not rel.content.contains(
        text.index("said")
    )


def test_attribution_parenthetical_cue_splits_the_content(nlp: Language) -> None:
    text = "In a takeover, she said, the label would survive."
    rel = find_attributions(nlp(text))[0]
    assert rel.source is not None and rel.source.text == "she"
    assert _pieces(text, rel.content.fragments()) == ["In a takeover", "the label would survive"]


def test_attribution_source_keeps_apposition_but_name_is_short(nlp: Language) -> None:
    text = "Steve Grubbs, an operative working for the campaign, said the race was tight."
    rel = find_attributions(nlp(text))[0]
    assert rel.source is not None
    assert rel.source.text == "Steve Grubbs, an operative working for the campaign"
    assert rel.source_text == "Steve Grubbs"


def test_attribution_inverted_speaker_after_the_cue(nlp: Language) -> None:
    rel = find_attributions(nlp("“No,” replied Jeff Zucker, the head of the network."))[0]
    assert rel.source_text == "Jeff Zucker" and rel.content.text == "“No,”"


def test_attribution_raising_verb_is_agentless(nlp: Language) -> None:
    text = "The rebels appeared to withdraw from the town."
    rel = find_attributions(nlp(text))[0]
    assert rel.source is None and rel.kind == "agentless" and rel.hedged
    assert _pieces(text, rel.content.fragments()) == ["The rebels", "to withdraw from the town"]


def test_attribution_reportedly_is_agentless_but_not_a_chain_link(nlp: Language) -> None:
    text = "Government forces reportedly shelled the town."
    doc = nlp(text)
    rel = find_attributions(doc)[0]
    assert rel.cue.text == "reportedly" and rel.source is None and rel.kind == "adverb"
    start = text.index("shelled")
    event = Event(
        id="e1",
        type="ASSAULT",
        trigger=Span(text="shelled", start=start, end=start + 7),
        sentence=Offsets(start=0, end=len(text)),
    )
    attribute(doc, [event])
    assert event.attribution.chain == [] and event.attribution.hedged


def test_attribution_attitude_is_not_a_chain_link(nlp: Language) -> None:
    text = "The minister criticized the shelling of the town."
    doc = nlp(text)
    assert [r.kind for r in find_attributions(doc)] == ["attitude"]
    start = text.index("shelling")
    event = Event(
        id="e1",
        type="ASSAULT",
        trigger=Span(text="shelling", start=start, end=start + 8),
        sentence=Offsets(start=0, end=len(text)),
    )
    attribute(doc, [event])
    assert event.attribution.chain == []


def test_attribution_outermost_only_on_request(nlp: Language) -> None:
    doc = nlp("The minister said that witnesses claimed that militants burned the market.")
    assert [r.cue.text for r in find_attributions(doc)] == ["said", "claimed"]
    assert [r.cue.text for r in find_attributions(doc, nested=False)] == ["said"]
