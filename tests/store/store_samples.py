"""Hand-built extractions for the store tests (no spaCy: the store knows records only).

The texts are invented for these tests; offsets are computed, never typed in.
"""

from __future__ import annotations

from typing import Any

from sitrep.model import (
    ActorMention,
    ActorRef,
    Attribution,
    AttributionLink,
    Document,
    Event,
    EventDate,
    EventLocation,
    EventMention,
    Extraction,
    Framing,
    GeoPoint,
    Offsets,
    Place,
    Quantity,
    Span,
)


def span(text: str, needle: str, cls: Any = Span, **extra: Any) -> Any:
    start = text.index(needle)
    return cls(text=needle, start=start, end=start + len(needle), **extra)


def sentence_of(text: str, needle: str) -> Offsets:
    at = text.index(needle)
    start = text.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.find(".", at)
    return Offsets(start=start, end=len(text) if end < 0 else end + 1)


def event(
    doc_id: str,
    text: str,
    trigger: str,
    type_: str,
    *,
    source: tuple[str | None, str, str] | None = None,
    target: tuple[str | None, str, str] | None = None,
    where: tuple[str, float, float] | None = None,
    date: str | None = None,
    chain: list[AttributionLink] | None = None,
    hedged: bool = False,
    **extra: Any,
) -> Event:
    trig = span(text, trigger)
    return Event(
        id=Event.make_id(doc_id, trig.start, type_),
        type=type_,
        trigger=trig,
        sentence=sentence_of(text, trigger),
        source_actor=ActorRef(actor_id=source[0], name=source[1], text=source[2])
        if source
        else None,
        target_actor=ActorRef(actor_id=target[0], name=target[1], text=target[2])
        if target
        else None,
        location=EventLocation(name=where[0], lat=where[1], lon=where[2]) if where else None,
        date=EventDate(value=date, precision="day", text="") if date else None,
        attribution=Attribution(chain=chain or [], hedged=hedged),
        **extra,
    )


def airlift() -> Extraction:
    text = (
        "US forces airlifted detainees from al-Shadadi prison on Sunday, SANA said, "
        "citing local sources. Three civilians were killed in clashes near Hasakah."
    )
    doc = Document(
        id=Document.content_id(text),
        source_id="report-1.txt",
        title="Airlift from al-Shadadi",
        published="2021-03-01",
        outlet="SANA",
        url="https://example.org/1",
        text=text,
        location=GeoPoint(
            name="Ash Shaddadah", lat=36.05, lon=40.73, country_code="SY", admin1="Al-Hasakah"
        ),
    )
    links = [
        AttributionLink(source="SANA", cue="said", stance="neutral", outlet="SANA"),
        AttributionLink(source="local sources", cue="citing", stance="neutral", anonymous=True),
    ]
    return Extraction(
        document=doc,
        places=[
            span(text, "al-Shadadi", Place, geonameid=170000, name="Ash Shaddadah", lat=36.05,
                 lon=40.73, country_code="SY", admin1="Al-Hasakah", feature="P.PPL", how="folded"),
            span(text, "Hasakah", Place, geonameid=170001, name="Al-Hasakah", lat=36.5,
                 lon=40.75, country_code="SY", admin1="Al-Hasakah", feature="P.PPLA"),
        ],
        actors=[
            span(text, "US forces", ActorMention, actor_id="USAMIL", name="United States military",
                 type="state_forces", country_code="US"),
            span(text, "civilians", ActorMention, actor_id="CIV", name="Civilians",
                 type="civilians"),
        ],
        events=[
            event(doc.id, text, "airlifted", "MOBILIZE",
                  source=("USAMIL", "United States military", "US forces"),
                  where=("Ash Shaddadah", 36.05, 40.73), date="2021-02-28", chain=links),
            event(doc.id, text, "killed", "ASSAULT", target=("CIV", "Civilians", "Three civilians"),
                  where=("Al-Hasakah", 36.5, 40.75), date="2021-02-28", hedged=True,
                  quantities=[Quantity(value=3, unit="killed", text="Three", qualifier=None)],
                  framing=[span(text, "clashes", Framing, kind="label")],
                  mentions=[EventMention(trigger=span(text, "clashes"),
                                         sentence=sentence_of(text, "clashes"))]),
        ],
        framing=[span(text, "detainees", Framing, kind="label")],
    )  # fmt: skip


def protest() -> Extraction:
    text = (
        "Hundreds protested in Aleppo on Friday against rising prices. Police arrested 12 people."
    )
    doc = Document(id=Document.content_id(text), title="Protest in Aleppo", published="2021-05-10",
                   outlet="Reuters", text=text)  # fmt: skip
    return Extraction(
        document=doc,
        events=[
            event(doc.id, text, "protested", "PROTEST", source=(None, "protesters", "Hundreds"),
                  where=("Aleppo", 36.2, 37.16), date="2021-05-07"),
            event(doc.id, text, "arrested", "COERCE", source=("POL", "Police", "Police"),
                  where=("Aleppo", 36.2, 37.16), date="2021-05-10"),
        ],
    )  # fmt: skip


def threat() -> Extraction:
    text = 'The "Taliban" threatened to attack Kabul, the group\'s spokesman said.'
    doc = Document(id=Document.content_id(text), title=None, outlet="Al Jazeera", text=text)
    return Extraction(
        document=doc,
        events=[
            event(doc.id, text, "threatened", "THREATEN", source=("TAL", "Taliban", "Taliban"),
                  where=("Kabul", 34.53, 69.17), modality="planned"),
        ],
    )  # fmt: skip


def pacific() -> Extraction:
    """An event just west of the antimeridian (longitude -179.9)."""
    text = "Fishermen protested in Lambasa over new quotas."
    doc = Document(id=Document.content_id(text), published="2022-01-05", outlet="Fiji Times",
                   text=text)  # fmt: skip
    return Extraction(
        document=doc,
        events=[
            event(doc.id, text, "protested", "PROTEST", where=("Test Islet", -16.5, -179.9),
                  date="2022-01-05"),
        ],
    )  # fmt: skip


ALL = (airlift, protest, threat, pacific)
