"""A sentence with no place name of its own that says "the town" or "the city":
the town the sentences just before named, the article's own town first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from events_support import only, place_in

from sitrep.actors import ActorDictionary
from sitrep.events import extract_events
from sitrep.model import Document, Event, GeoPoint, Place

if TYPE_CHECKING:
    from spacy.language import Language


def _events(
    nlp: Language, text: str, places: list[Place], main: GeoPoint | None = None
) -> list[Event]:
    doc = nlp(text)
    document = Document(
        id=Document.content_id(text), text=text, published="2016-07-05", location=main
    )
    return extract_events(doc, document, places, ActorDictionary.load([]).find(doc))


def test_the_town_is_the_one_named_just_before(nlp: Language) -> None:
    text = (
        "Rebels have fought for weeks over the stronghold of Jarablus near the border. "
        "The fighters encircled the town on Tuesday."
    )
    places = [place_in("Jarablus", text, "Jarablus", "P.PPL")]
    main = GeoPoint(name="Al-Hasakah", lat=36.5, lon=40.7, country_code="SY")
    event = only(_events(nlp, text, places, main), "COERCE")
    assert event.location is not None and event.location.name == "Jarablus"
    assert event.location.precision == "locality"


_CAPTURED = (
    "Government forces captured Darayya in August. Many residents fled to Damascus, "
    "activists said. On Friday rebels shelled the town."
)


def _shelled_at(nlp: Language, text: str, main: str) -> str | None:
    places = [place_in("Darayya", text, "Darayya", "P.PPL")]
    if "Damascus" in text:
        places.append(place_in("Damascus", text, "Damascus", "P.PPLC", lat=33.5))
    point = GeoPoint(name=main, lat=36.0, lon=38.0, country_code="SY")
    shelled = [e for e in _events(nlp, text, places, point) if e.trigger.text == "shelled"]
    assert len(shelled) == 1
    return shelled[0].location.name if shelled[0].location else None


def test_the_articles_own_town_comes_first(nlp: Language) -> None:
    # Damascus is named last, but the article is about Darayya.
    assert _shelled_at(nlp, _CAPTURED, "Darayya") == "Darayya"


def test_else_the_last_town_named(nlp: Language) -> None:
    assert _shelled_at(nlp, _CAPTURED, "Al-Hasakah") == "Damascus"


def test_without_the_town_the_article_place_stays(nlp: Language) -> None:
    text = (
        "Government forces captured Darayya in August. Many residents fled. "
        "On Friday rebels shelled a checkpoint."
    )
    assert _shelled_at(nlp, text, "Al-Hasakah") == "Al-Hasakah"
