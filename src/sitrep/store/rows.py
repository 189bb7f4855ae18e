"""Records <-> rows: what :class:`Store` writes for an Extraction and how it reads it back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sitrep.model import (
    ActorMention,
    Document,
    Event,
    Extraction,
    Framing,
    GeoPoint,
    Place,
)

Row = dict[str, Any]


class StoredEvent(Event):
    """A stored event: the contract :class:`Event` plus where it was reported."""

    document_id: str
    outlet: str | None = None
    published: str | None = None
    title: str | None = None

    @property
    def reported_on(self) -> str | None:
        """The day the report came out: the text's own stamp where it disagrees with the
        document's metadata date (``date.reference``, as the time stage read it), else
        ``published``. Crawled corpora's metadata dates are often weeks off."""
        if self.date is not None and self.date.reference:
            return self.date.reference
        return self.published

    @property
    def event(self) -> Event:
        """The event alone, as it was added."""
        return Event.model_validate(self.model_dump(exclude=_STORED_KEYS))

    def to_dict(self) -> dict[str, Any]:
        """JSON-able: every Event key plus document_id, outlet, published, title."""
        return self.model_dump(mode="json")


_STORED_KEYS = {"document_id", "outlet", "published", "title"}


def _sentence_text(text: str, event: Event) -> str:
    return text[event.sentence.start : event.sentence.end]


def document_row(extraction: Extraction, now: dt.datetime) -> Row:
    doc = extraction.document
    loc = doc.location
    return {
        "id": doc.id,
        "source_id": doc.source_id,
        "title": doc.title,
        "published": doc.published,
        "dateline": doc.dateline,
        "outlet": doc.outlet,
        "url": doc.url,
        "text": doc.text,
        "location_name": loc.name if loc else None,
        "location_lat": loc.lat if loc else None,
        "location_lon": loc.lon if loc else None,
        "location_country_code": loc.country_code if loc else None,
        "location_admin1": loc.admin1 if loc else None,
        "framing": [f.model_dump(mode="json") for f in extraction.framing],
        "ingested_at": now,
    }


def place_rows(extraction: Extraction) -> list[Row]:
    doc_id = extraction.document.id
    return [
        {"document_id": doc_id, "position": i, **place.model_dump()}
        for i, place in enumerate(extraction.places)
    ]


def actor_rows(extraction: Extraction) -> list[Row]:
    doc_id = extraction.document.id
    return [
        {"document_id": doc_id, "position": i, **actor.model_dump()}
        for i, actor in enumerate(extraction.actors)
    ]


def event_row(extraction: Extraction, position: int, event: Event) -> Row:
    src, tgt, loc, date = event.source_actor, event.target_actor, event.location, event.date
    return {
        "id": event.id,
        "document_id": extraction.document.id,
        "position": position,
        "type": event.type.upper(),
        "mode": event.mode,
        "modality": event.modality,
        "trigger_text": event.trigger.text,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "sentence_start": event.sentence.start,
        "sentence_end": event.sentence.end,
        "sentence_text": _sentence_text(extraction.document.text, event),
        "source_actor_id": src.actor_id if src else None,
        "source_actor_name": src.name if src else None,
        "source_actor_text": src.text if src else None,
        "target_actor_id": tgt.actor_id if tgt else None,
        "target_actor_name": tgt.name if tgt else None,
        "target_actor_text": tgt.text if tgt else None,
        "location_name": loc.name if loc else None,
        "location_lat": loc.lat if loc else None,
        "location_lon": loc.lon if loc else None,
        "location_country_code": loc.country_code if loc else None,
        "location_admin1": loc.admin1 if loc else None,
        "location_precision": loc.precision if loc else None,
        "location_geonameid": loc.geonameid if loc else None,
        "date_value": date.value if date else None,
        "date_precision": date.precision if date else None,
        "date_text": date.text if date else None,
        "date_end": date.end if date else None,
        "quantities": [q.model_dump(mode="json") for q in event.quantities],
        "framing": [f.model_dump(mode="json") for f in event.framing],
        "mentions": [m.model_dump(mode="json") for m in event.mentions],
        "hedged": event.attribution.hedged,
        "anonymous": event.attribution.anonymous,
        "data": event.model_dump(mode="json"),
    }


def attribution_rows(event: Event) -> list[Row]:
    return [
        {"event_id": event.id, "position": i, **link.model_dump()}
        for i, link in enumerate(event.attribution.chain)
    ]


# --- reading back -------------------------------------------------------------------


def document_from_row(row: Mapping[str, Any]) -> Document:
    location = None
    if row["location_name"] is not None:
        location = GeoPoint(
            name=row["location_name"],
            lat=row["location_lat"],
            lon=row["location_lon"],
            country_code=row["location_country_code"],
            admin1=row["location_admin1"],
        )
    return Document(
        id=row["id"],
        source_id=row["source_id"],
        title=row["title"],
        published=row["published"],
        dateline=row["dateline"],
        outlet=row["outlet"],
        url=row["url"],
        text=row["text"],
        location=location,
    )


_PLACE_KEYS = tuple(Place.model_fields)
_ACTOR_KEYS = tuple(ActorMention.model_fields)


def extraction_from_rows(
    document: Mapping[str, Any],
    places: Sequence[Mapping[str, Any]],
    actors: Sequence[Mapping[str, Any]],
    events: Sequence[Any],
) -> Extraction:
    """``events`` are the stored ``data`` JSON values, in position order."""
    return Extraction(
        document=document_from_row(document),
        places=[Place(**{k: row[k] for k in _PLACE_KEYS}) for row in places],
        actors=[ActorMention(**{k: row[k] for k in _ACTOR_KEYS}) for row in actors],
        events=[Event.model_validate(data) for data in events],
        framing=[Framing.model_validate(f) for f in document["framing"]],
    )


def stored_event(row: Sequence[Any]) -> StoredEvent:
    """A row of :func:`sitrep.store.query.select_events` as a StoredEvent."""
    data, document_id, outlet, published, title = row[:5]
    return StoredEvent.model_validate(
        {**data, "document_id": document_id, "outlet": outlet, "published": published,
         "title": title}
    )  # fmt: skip
