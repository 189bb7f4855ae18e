"""Invented reports of one shelling by four outlets, plus two unrelated events.

The texts are written for these tests; offsets are computed, never typed in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sitrep.dedup.dates import Report
from sitrep.model import (
    ActorRef,
    Attribution,
    AttributionLink,
    Document,
    Event,
    EventDate,
    EventLocation,
    Extraction,
    Offsets,
    Quantity,
    Span,
)
from sitrep.store import Store
from sitrep.store.rows import StoredEvent

JURIN = ("Jurin", 35.55, 36.40)
DEIR = ("Deir ez-Zor", 35.33, 40.14)
REBELS = ("REB", "Rebels", "Terrorists")
ARMY = ("SYR_GOV_FORCES", "Syrian government forces", "Government forces")
CIVILIANS = ("CIVILIANS", "Civilians", "civilians")


def _event(doc_id: str, text: str, trigger: str, type_: str, *, where: tuple[str, float, float],
           day: str, killed: int | None = None, source: tuple[str, str, str] | None = None,
           target: tuple[str, str, str] | None = CIVILIANS,
           chain: list[AttributionLink] | None = None) -> Event:  # fmt: skip
    start = text.index(trigger)
    quantities = []
    if killed is not None:
        figure = str(killed)
        quantities = [Quantity(value=killed, unit="killed", text=figure)]
    return Event(
        id=Event.make_id(doc_id, start, type_),
        type=type_,
        trigger=Span(text=trigger, start=start, end=start + len(trigger)),
        sentence=Offsets(start=0, end=len(text)),
        source_actor=ActorRef(actor_id=source[0], name=source[1], text=source[2])
        if source
        else None,
        target_actor=ActorRef(actor_id=target[0], name=target[1], text=target[2])
        if target
        else None,
        location=EventLocation(name=where[0], lat=where[1], lon=where[2], country_code="SY"),
        date=EventDate(value=day, precision="day", text="on Monday"),
        quantities=quantities,
        attribution=Attribution(chain=chain or []),
    )


def report(source_id: str, outlet: str, text: str, trigger: str, type_: str = "ASSAULT",
           **kwargs: object) -> Extraction:  # fmt: skip
    doc = Document(
        id=Document.content_id(text),
        source_id=source_id,
        outlet=outlet,
        published="2021-03-02",
        title=text[:40],
        text=text,
    )
    made = _event(doc.id, text, trigger, type_, **kwargs)  # type: ignore[arg-type]
    return Extraction(document=doc, events=[made])


def link(source: str, outlet: str | None, cue: str = "said") -> AttributionLink:
    return AttributionLink(source=source, cue=cue, stance="neutral", outlet=outlet)


def sana() -> Extraction:
    text = (
        "Terrorists shelled Jurin village in Hama countryside on Monday, "
        "killing 16 civilians, SANA said."
    )
    return report("a", "sana", text, "shelled", where=JURIN, day="2021-03-01", killed=16,
                  source=REBELS, chain=[link("SANA", "SANA")])  # fmt: skip


def reuters() -> Extraction:
    text = ("Government forces shelled the village of Jurin in Hama countryside on Monday, "
            "killing 22 civilians, the Syrian Observatory said.")  # fmt: skip
    observatory = link("the Observatory", "Syrian Observatory for Human Rights")
    return report("b", "reuters", text, "shelled", where=JURIN, day="2021-03-01", killed=22,
                  source=ARMY, chain=[observatory])  # fmt: skip


def ahram() -> Extraction:
    text = ("State news agency SANA reported that terrorists shelled Jurin village in Hama "
            "countryside on Monday, killing 16 civilians.")  # fmt: skip
    cited = link("State news agency SANA", "SANA", "reported")
    return report("c", "ahram", text, "shelled", where=JURIN, day="2021-03-01", killed=16,
                  source=REBELS, chain=[cited])  # fmt: skip


def trt() -> Extraction:
    text = ("Shelling hit the village of Jurin in Hama countryside on Monday, killing 22 "
            "civilians, a monitor said. (AFP)")  # fmt: skip
    return report("d", "trt", text, "Shelling", where=JURIN, day="2021-03-01", killed=22,
                  chain=[link("a monitor", None)])  # fmt: skip


def deir() -> Extraction:
    text = "An airstrike hit a market in Deir ez-Zor on Monday, killing 5 civilians <b>today</b>."
    return report("e", "reuters", text, "airstrike", where=DEIR, day="2021-03-01", killed=5)


def protest() -> Extraction:
    text = "Protesters rallied in Jurin on Monday against rising prices."
    return report("f", "sana", text, "rallied", "PROTEST", where=JURIN, day="2021-03-01",
                  target=None)  # fmt: skip


SHELLING = (sana, reuters, ahram, trt)
ALL = (*SHELLING, deir, protest)


def filled_store(path: Path, makers: tuple[object, ...] = ALL) -> Store:
    store = Store.open(str(path))
    for make in makers:
        store.add(make())  # type: ignore[operator]
    return store


def clustered_store(path: Path, makers: tuple[object, ...] = ALL) -> Store:
    """:func:`filled_store` with its clusters built."""
    from sitrep.dedup import update_clusters

    store = filled_store(path, makers)
    update_clusters(store)
    return store


def sentence_event(
    doc: str, text: str, trigger: str, *, at: int, type_: str = "ASSAULT", **fields: Any
) -> Event:
    """An event of ``type_`` by ``trigger`` in ``text``, a sentence starting at ``at``."""
    start = at + text.index(trigger)
    return Event(
        id=Event.make_id(doc, start, type_),
        type=type_,
        trigger=Span(text=trigger, start=start, end=start + len(trigger)),
        sentence=Offsets(start=at, end=at + len(text)),
        **fields,
    )


def as_report(
    event: Event, text: str, doc: str, *, published: str, outlet: str | None = None
) -> Report:
    """``event`` as stored for document ``doc`` (outlet ``outlet-DOC`` unless given)."""
    row = StoredEvent.model_validate(
        {
            **event.model_dump(),
            "document_id": doc,
            "outlet": outlet or f"outlet-{doc}",
            "published": published,
        }
    )
    return Report(row, text)
