"""Attribution relations on short invented sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitrep.attribution import AttributionRelation, find_attributions

if TYPE_CHECKING:
    from spacy.language import Language


def _one(nlp: Language, text: str) -> AttributionRelation:
    found = find_attributions(nlp(text))
    assert len(found) == 1, [(r.source, r.cue) for r in found]
    return found[0]


def test_attribution_said_that(nlp: Language) -> None:
    rel = _one(nlp, "The governor said that the attack killed five people.")
    assert rel.source is not None and rel.source.text == "The governor"
    assert rel.cue.text == "said"
    # PolNeAR's convention: the complementiser belongs to the content.
    assert rel.content.text == "that the attack killed five people"
    assert rel.stance == "neutral" and not rel.anonymous and not rel.hedged


def test_attribution_offsets_are_character_offsets(nlp: Language) -> None:
    text = "Witnesses told reporters the convoy was hit."
    rel = _one(nlp, text)
    assert text[rel.content.start : rel.content.end] == rel.content.text
    assert rel.source is not None and text[rel.source.start : rel.source.end] == "Witnesses"
    assert rel.anonymous


def test_attribution_nested_citing_chain(nlp: Language) -> None:
    rel = _one(nlp, "Reuters, citing two security officials, said the talks had collapsed.")
    assert rel.outlet == "Reuters"
    assert [r.source_text for r in rel.chain()] == ["Reuters", "two security officials"]
    inner = rel.cited[0]
    assert inner.cue.text == "citing" and inner.anonymous and inner.content == rel.content


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "According to the Syrian Observatory for Human Rights, 12 civilians were killed.",
            "the Syrian Observatory for Human Rights",
            "12 civilians were killed",
        ),
        (
            "Five soldiers were killed in the ambush, according to local sources.",
            "local sources",
            "Five soldiers were killed in the ambush",
        ),
    ],
)
def test_attribution_according_to(nlp: Language, text: str, source: str, content: str) -> None:
    rel = _one(nlp, text)
    assert rel.kind == "according_to"
    assert rel.source is not None and rel.source.text == source
    assert rel.content.text == content


def test_attribution_according_to_outlet_and_anonymity(nlp: Language) -> None:
    rel = _one(nlp, "According to SOHR, the strike hit a bakery.")
    assert rel.outlet == "Syrian Observatory for Human Rights" and not rel.anonymous
    rel = _one(nlp, "Five soldiers were killed, according to local sources.")
    assert rel.anonymous and rel.outlet is None


@pytest.mark.parametrize(
    ("text", "cue", "stance"),
    [
        ("The ministry said the base was hit.", "said", "neutral"),
        ("The agency reported that the base was hit.", "reported", "neutral"),
        ("The rebels claimed that the base was hit.", "claimed", "distancing"),
        ("Damascus alleged that Israeli jets hit the base.", "alleged", "distancing"),
        ("The army confirmed that the base was hit.", "confirmed", "endorsing"),
        ("Officials acknowledged that the base was hit.", "acknowledged", "endorsing"),
        ("The army denied that it had shelled the market.", "denied", "denying"),
        ("Moscow rejected claims that its jets hit the hospital.", "rejected", "denying"),
        ("The channel mentionned that a convoy entered the town.", "mentionned", "neutral"),
    ],
)
def test_attribution_stance_of_each_cue_class(
    nlp: Language, text: str, cue: str, stance: str
) -> None:
    rels = [r for r in find_attributions(nlp(text)) if r.cue.text == cue]
    assert len(rels) == 1
    assert rels[0].stance == stance


def test_attribution_parenthetical_and_direct_quote(nlp: Language) -> None:
    rel = _one(nlp, "“We will respond to any attack,” the minister said.")
    assert rel.source is not None and rel.source.text == "the minister"
    assert rel.kind == "direct" and rel.content.text.startswith("“We will respond")


def test_attribution_agentless_is_hedged_and_anonymous(nlp: Language) -> None:
    rel = _one(nlp, "It is alleged that the militia burned the village.")
    assert rel.source is None and rel.kind == "agentless"
    assert rel.hedged and rel.anonymous and rel.stance == "distancing"
    assert rel.content.text == "that the militia burned the village"


def test_attribution_reports_show_is_hedged(nlp: Language) -> None:
    rel = _one(nlp, "The army shelled the village overnight, reports show.")
    assert rel.source is not None and rel.source.text == "reports"
    assert rel.hedged and rel.anonymous
    assert rel.content.text == "The army shelled the village overnight"


def test_attribution_pronoun_takes_previous_named_source(nlp: Language) -> None:
    text = "Barazi told reporters the strike hit a school. He added that dozens were wounded."
    rels = find_attributions(nlp(text))
    assert [r.source_text for r in rels] == ["Barazi", "Barazi"]
    assert rels[1].source is not None and rels[1].source.text == "He"


def test_attribution_the_agency_takes_previous_outlet(nlp: Language) -> None:
    text = (
        "Governor Ali Hassan said the road was closed. Anadolu reported that troops crossed "
        "the border. The agency said three villages were taken."
    )
    rels = find_attributions(nlp(text))
    last = rels[-1]
    assert last.source is not None and last.source.text == "The agency"
    assert last.resolved == "Anadolu" and last.outlet == "Anadolu"


def test_attribution_no_relation_without_content(nlp: Language) -> None:
    assert find_attributions(nlp("The reported attack killed four people.")) == []
    assert find_attributions(nlp("Troops shelled the town on Sunday.")) == []
