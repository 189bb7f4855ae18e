"""Helpers shared by the events tests (not a test module, and deliberately not a
conftest.py: several conftest modules without packages shadow each other on import).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.actors import ActorDictionary
from sitrep.events import extract_events
from sitrep.model import Document, Event, GeoPoint, Place

if TYPE_CHECKING:
    from spacy.language import Language

Extract = Callable[..., list[Event]]


@lru_cache(maxsize=1)
def _actors() -> ActorDictionary:
    return ActorDictionary.load([])


def make_extract(nlp: Language) -> Extract:
    """``run(text, published=..., places=...)`` -> events, through actors + events."""

    def run(
        text: str, published: str | None = "2021-03-01", places: Sequence[Place] = ()
    ) -> list[Event]:
        doc = nlp(text)
        document = Document(id=Document.content_id(text), text=text, published=published)
        return extract_events(doc, document, list(places), _actors().find(doc))

    return run


def make_country_extract(nlp: Language) -> Callable[[str, str | None], list[Event]]:
    """``run(text, country)`` -> events of a report whose main place lies in
    ``country`` (None: no main place), as the generic state words are read there."""

    def run(text: str, country: str | None) -> list[Event]:
        doc = nlp(text)
        location = (
            GeoPoint(name=country, lat=35.0, lon=38.0, country_code=country) if country else None
        )
        document = Document(
            id=Document.content_id(text), text=text, published="2021-03-01", location=location
        )
        return extract_events(doc, document, [], _actors().find(doc))

    return run


def assaults(extract: Extract, text: str) -> list[tuple[str, str]]:
    """(trigger, modality) of every ASSAULT event of ``text``."""
    return [(e.trigger.text, e.modality) for e in extract(text) if e.type == "ASSAULT"]


def assault_modes(extract: Extract, text: str) -> list[tuple[str, str | None]]:
    """(trigger, mode) of every ASSAULT event of ``text``."""
    return [(e.trigger.text, e.mode) for e in extract(text) if e.type == "ASSAULT"]


def assault_events(extract: Extract, text: str, published: str = "2021-03-01") -> list[Event]:
    """Every ASSAULT event of ``text`` published on ``published``."""
    return [e for e in extract(text, published=published) if e.type == "ASSAULT"]


def doer_id(event: Event) -> str | None:
    """The actor id of the event's doer, None when it has none."""
    return event.source_actor.actor_id if event.source_actor is not None else None


def only(events: list[Event], type_: str) -> Event:
    """The single event of ``type_`` (fails the test when there is not exactly one)."""
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in events]
    return found[0]


def place_in(
    text: str,
    whole: str,
    name: str,
    feature: str,
    lat: float = 36.0,
    *,
    lon: float = 38.0,
    country: str | None = "SY",
    admin1: str | None = None,
) -> Place:
    """A place named ``text`` at its first occurrence in ``whole``."""
    start = whole.index(text)
    return Place(
        text=text,
        start=start,
        end=start + len(text),
        name=name,
        lat=lat,
        lon=lon,
        country_code=country,
        admin1=admin1,
        feature=feature,
    )
