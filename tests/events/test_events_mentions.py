"""Every mention merged into an event is kept on it (``Event.mentions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from events_support import Extract, only

from sitrep.events.draft import Draft, merged_under
from sitrep.events.triggers import Trigger
from sitrep.model import Event

if TYPE_CHECKING:
    pass


def _check_offsets(text: str, event: Event) -> None:
    for m in event.mentions:
        assert text[m.trigger.start : m.trigger.end] == m.trigger.text
        assert m.sentence.start <= m.trigger.start < m.trigger.end <= m.sentence.end
        assert text[m.sentence.end - 1] in ".!?"


def test_later_sentences_of_one_attack_are_its_mentions(extract: Extract) -> None:
    text = (
        "Gunmen stormed a police post in Varnik on Tuesday. "
        "The assault left four officers dead, the ministry said. "
        "Witnesses said the attack lasted two hours."
    )
    event = only(extract(text), "ASSAULT")
    assert event.trigger.text == "stormed"
    assert [m.trigger.text for m in event.mentions] == ["assault", "attack"]
    assert [m.sentence.start for m in event.mentions] == [
        text.index("The assault"),
        text.index("Witnesses"),
    ]
    _check_offsets(text, event)


def test_merges_of_merges_are_kept_in_text_order(extract: Extract) -> None:
    """The headline takes in its toll verb, then yields to the body sentence: the
    toll verb, merged into the headline, ends up on the body's event too."""
    text = (
        "Drone strike kills two in Osmar. "
        "Two men died when a drone struck their car near Osmar on Monday, residents said. "
        "The strike set the car on fire."
    )
    event = only(extract(text), "ASSAULT")
    assert event.trigger.text == "struck"
    assert [m.trigger.text for m in event.mentions] == ["strike", "kills", "strike"]
    assert event.trigger.start not in {m.trigger.start for m in event.mentions}
    _check_offsets(text, event)


def test_an_event_nothing_merged_into_has_no_mentions(extract: Extract) -> None:
    text = "Rebels shelled Dorra on Friday. Separately, police arrested three activists in Kemal."
    events = extract(text)
    assert [e.mentions for e in events] == [[], []]
    assert "mentions" in only(events, "COERCE").model_dump(mode="json")


def _draft(index: int) -> Draft:
    # merged_under reads only the trigger index and the merge links.
    empty: Any = None
    return Draft(Trigger(index, "ASSAULT", None, nominal=False), "ASSAULT", None, empty, empty)


def test_merged_under_follows_chains_and_survives_a_loop() -> None:
    a, b, c, d = (_draft(i) for i in (9, 2, 5, 7))
    b.merged, b.into = True, c  # b into c, then c into a: b ends up in a
    c.merged, c.into = True, a
    found = merged_under([a, b, c, d])
    assert [x.trig.index for x in found[id(a)]] == [2, 5]
    assert id(d) not in found
    # A loop (never made by the stage) must not hang.
    d.merged, d.into = True, d
    assert id(d) not in merged_under([d])
