"""Gold mentions found through the mentions the events stage merged into an event."""

from __future__ import annotations

from pathlib import Path

from sitrep.dedup.evaluate import MATCHES, Mention, evaluate_pairs, match
from sitrep.model import (
    Document,
    Event,
    EventDate,
    EventMention,
    Extraction,
    Offsets,
    Span,
)
from sitrep.store import Store

# Invented: a shelling told in the first sentence and counted in the fourth, with a
# second attack (a car bomb) told in between.
SENTENCES = (
    "Artillery shelled the hamlet of Qarat Lumi on Friday.",
    "Farmers left their fields at dawn.",
    "A car bomb exploded near the bus depot of Tell Varo.",
    "Nine villagers died in the shelling, the clinic said.",
)
TEXT = " ".join(SENTENCES)


def _offsets(n: int) -> Offsets:
    start = TEXT.index(SENTENCES[n])
    return Offsets(start=start, end=start + len(SENTENCES[n]))


def _span(word: str) -> Span:
    start = TEXT.index(word)
    return Span(text=word, start=start, end=start + len(word))


def _story(source_id: str, *, merged: bool) -> Extraction:
    doc = Document(
        id=Document.content_id(f"{source_id}\n{TEXT}"),
        source_id=source_id,
        outlet=f"outlet-{source_id}",
        published="2022-05-07",
        text=TEXT,
    )
    date = EventDate(value="2022-05-06", precision="day", text="Friday")
    # The events stage merged "died" (sentence 4) into the shelling of sentence 1.
    counted = [EventMention(trigger=_span("died"), sentence=_offsets(3))] if merged else []
    shelling = Event(
        id=Event.make_id(doc.id, _span("shelled").start, "ASSAULT"),
        type="ASSAULT",
        trigger=_span("shelled"),
        sentence=_offsets(0),
        date=date,
        mentions=counted,
    )
    bomb = Event(
        id=Event.make_id(doc.id, _span("exploded").start, "ASSAULT"),
        type="ASSAULT",
        trigger=_span("exploded"),
        sentence=_offsets(2),
        date=date,
    )
    return Extraction(document=doc, events=[shelling, bomb])


def test_mention_rule_comes_before_the_guessing_rules() -> None:
    assert MATCHES.index("overlap") < MATCHES.index("mention") < MATCHES.index("sentence")


def test_a_merged_mention_finds_the_event_it_was_merged_into(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "m.db")) as store:
        store.add(_story("a", merged=True))
        events = store.events_of_documents([_story("a", merged=True).document.id])
    died = _span("died")
    mention = Mention(events[0].document_id, died.start, died.end)
    found = match(mention, events, TEXT, "ASSAULT", "mention")
    assert found is not None and found.trigger.text == "shelled"
    # Overlapping a merged trigger is enough ("died" cut to "die").
    cut = Mention(mention.document_id, died.start, died.end - 1)
    again = match(cut, events, TEXT, None, "mention")
    assert again is not None and again.trigger.text == "shelled"
    # A word no event merged is left to the later rules.
    farmers = TEXT.index("Farmers")
    assert match(Mention(mention.document_id, farmers, farmers + 7), events, TEXT, None,
                 "mention") is None  # fmt: skip
    # Coreference alone would have guessed the nearest earlier attack, the car bomb.
    guess = match(mention, events, TEXT, "ASSAULT", "coreference")
    assert guess is not None and guess.trigger.text == "exploded"


def _pairs() -> list[dict[str, object]]:
    died, shelled = _span("died"), _span("shelled")
    return [
        {"a": ["a", died.start, died.end], "b": ["b", shelled.start, shelled.end], "same": True}
    ]


def test_pairs_count_the_mention_rule(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "p.db")) as store:
        store.add(_story("a", merged=True))
        store.add(_story("b", merged=True))
        scores = evaluate_pairs(store, _pairs())
    assert scores.to_dict()["matched"]["mention"] == 1
    assert scores.missing == 0


def test_without_merged_mentions_the_heuristics_still_match(tmp_path: Path) -> None:
    """A store written before events kept their mentions is scored as before."""
    with Store.open(str(tmp_path / "o.db")) as store:
        store.add(_story("a", merged=False))
        store.add(_story("b", merged=False))
        scores = evaluate_pairs(store, _pairs())
    assert scores.to_dict()["matched"]["mention"] == 0
    assert scores.to_dict()["matched"]["coreference"] == 1
