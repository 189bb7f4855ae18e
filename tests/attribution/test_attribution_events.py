"""attribute(): per-event chains, hedging, anonymity and framing, on the seed and invented text."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitrep.attribution import attribute, find_framing
from sitrep.model import Event, Offsets, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def _event(doc: Doc, text: str, trigger: str) -> Event:
    """A hand-made event at the first occurrence of ``trigger``."""
    start = text.index(trigger)
    end = start + len(trigger)
    sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    return Event(
        id=f"e{start}",
        type="ASSAULT",
        trigger=Span(text=trigger, start=start, end=end),
        sentence=Offsets(start=sent.start_char, end=sent.end_char),
    )


def _sources(event: Event) -> list[tuple[str | None, str, str]]:
    return [(link.outlet, link.cue, link.stance) for link in event.attribution.chain]


def test_attribution_seed_chains(nlp: Language, seed_text: str) -> None:
    doc = nlp(seed_text)
    triggers = {
        "airlift": "airlifted",
        "heli": "carried out the operation",
        "transfer": "transferred",
        "convoy": "crossed",
        "move": "aimed",
        "base": "building",
        "loot": "looting",
        "stopped": "stopped",
    }
    ev = {name: _event(doc, seed_text, trigger) for name, trigger in triggers.items()}
    attribute(doc, list(ev.values()))

    heli = ev["heli"].attribution
    assert [link.source for link in heli.chain][1] == "local sources"
    assert _sources(ev["heli"]) == [("SANA", "mentionned", "neutral"), (None, "citing", "neutral")]
    assert "SANA" in heli.chain[0].source
    assert heli.anonymous and heli.chain[1].anonymous and not heli.chain[0].anonymous

    airlift = ev["airlift"].attribution
    assert [(link.source, link.cue) for link in airlift.chain] == [("reports", "show")]
    assert airlift.hedged and airlift.anonymous

    assert _sources(ev["convoy"]) == [("Syrian media", "mentionned", "neutral")]
    assert _sources(ev["base"]) == [("al-Mayadeen", "reported", "neutral")]
    assert ev["move"].attribution.chain[0].source == "The Pentagon"
    assert ev["move"].attribution.chain[0].stance == "distancing"
    assert ev["loot"].attribution.chain[0].source == "Syria"
    assert ev["loot"].attribution.chain[0].stance == "distancing"

    # Sentences the outlet asserts in its own voice.
    for name in ("transfer", "stopped"):
        assert ev[name].attribution.chain == []
        assert not ev[name].attribution.anonymous


def test_attribution_seed_framing(nlp: Language, seed_text: str) -> None:
    doc = nlp(seed_text)
    spans = find_framing(doc)
    texts = {(f.text, f.kind) for f in spans}
    assert ("Takfiri", "label") in texts
    assert ("illegally occupied", "loaded") in texts
    assert ("so-called", "distancing") in texts
    assert ("what they claim to be", "distancing") in texts
    for f in spans:
        assert seed_text[f.start : f.end] == f.text
    event = _event(doc, seed_text, "airlifted")
    attribute(doc, [event])
    assert {f.text for f in event.framing} >= {"Takfiri", "illegally occupied", "terrorist group"}
    assert all(f.end <= seed_text.index("\n") for f in event.framing)


def test_attribution_hedge_in_sentence(nlp: Language) -> None:
    text = "Government forces reportedly shelled the town. Rebels may have attacked the base."
    doc = nlp(text)
    shelled, attacked = _event(doc, text, "shelled"), _event(doc, text, "attacked")
    attribute(doc, [shelled, attacked])
    assert shelled.attribution.chain == [] and shelled.attribution.hedged
    assert attacked.attribution.hedged


def test_attribution_own_voice_is_not_hedged(nlp: Language) -> None:
    text = "Government forces shelled the town on Sunday."
    doc = nlp(text)
    event = _event(doc, text, "shelled")
    attribute(doc, [event])
    assert event.attribution.chain == []
    assert not event.attribution.hedged and not event.attribution.anonymous


def test_attribution_nested_says_outermost_first(nlp: Language) -> None:
    text = "The minister said that witnesses claimed that militants burned the market."
    doc = nlp(text)
    event = _event(doc, text, "burned")
    attribute(doc, [event])
    chain = event.attribution.chain
    assert [(link.source, link.stance) for link in chain] == [
        ("The minister", "neutral"),
        ("witnesses", "distancing"),
    ]
    assert event.attribution.anonymous


def test_attribution_framing_every_side(nlp: Language) -> None:
    text = (
        "The regime's shabiha attacked the rebels, while state media hailed the martyrs "
        "who liberated the town from Takfiri terrorists and the Zionist entity's mercenaries."
    )
    found = {f.text.lower(): f.kind for f in find_framing(nlp(text))}
    for term in ("regime", "shabiha", "rebels", "martyrs", "liberated", "takfiri", "terrorists"):
        assert term in found, term
    assert found["zionist entity"] == "label"
    assert found["martyrs"] == "loaded"


def test_attribution_scare_quote(nlp: Language) -> None:
    text = 'The so-called "moderate" rebels withdrew from the town.'
    kinds = {f.text: f.kind for f in find_framing(nlp(text))}
    assert kinds.get('"moderate"') == "scare_quote"
    assert kinds.get("so-called") == "distancing"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a capitals label the parser splits off as a sentence of its own
            "NADIM: The convoy reached the camp on Friday. "
            "Gunmen then shelled the road behind it.\n\nThe army denied the account.\n",
            "NADIM",
        ),
        (  # an interview's title-case speaker between the questions
            "Question: Minister, who is to blame?\n\n"
            "Minister Okafor: The militia is. Its gunners shelled the market on Monday.\n\n"
            "Question: Will you respond?\n",
            "Minister Okafor",
        ),
    ],
)
def test_attribution_transcript_turn_sources_every_sentence(
    nlp: Language, text: str, speaker: str
) -> None:
    doc = nlp(text)
    shelled = _event(doc, text, "shelled")
    attribute(doc, [shelled])
    assert [link.source for link in shelled.attribution.chain] == [speaker]
