"""Event placement past the plain attachment: reference points, a person's origin,
the place that holds another's noun, a passive subject that is a country or region."""

from __future__ import annotations

from typing import TYPE_CHECKING

from events_support import Extract, only, place_in

from sitrep.model import Place

if TYPE_CHECKING:
    from spacy.language import Language


def _place(text: str, whole: str, name: str, feature: str, country: str = "XX") -> Place:
    # Each place its own point, a little east of the one before it in the text.
    start = whole.index(text)
    return place_in(text, whole, name, feature, 10.0, lon=10.0 + start / 100, country=country)


def _where(events: list, type_: str) -> str | None:  # type: ignore[type-arg]
    event = only(events, type_)
    return None if event.location is None else event.location.name


def test_a_reference_point_gives_way_to_the_place_it_locates(extract: Extract) -> None:
    text = (
        "The two policemen were captured March 3 when rebels raided a police post near Pilli, "
        "some 480 kilometers (300 miles) west of the capital, Katmandu."
    )
    places = [
        _place("Pilli", text, "Pilli", "P.PPL", "NP"),
        _place("Katmandu", text, "Kathmandu", "P.PPLC", "NP"),
    ]
    captured = [e for e in extract(text, places=places) if e.trigger.text == "captured"]
    assert captured and captured[0].location is not None
    assert captured[0].location.name == "Pilli"


def test_a_reference_point_of_another_clause_stays(extract: Extract) -> None:
    # "Gdansk" belongs to the clause of "based": the ambush is placed by Karbala.
    text = (
        "Nowak, a sergeant based in the northern city of Gdansk, was shot during an "
        "ambush 40 kilometers (25 miles) southwest of Karbala."
    )
    places = [
        _place("Gdansk", text, "Gdansk", "P.PPL", "PL"),
        _place("Karbala", text, "Karbala", "P.PPL", "IQ"),
    ]
    assert _where(extract(text, places=places), "ASSAULT") == "Karbala"


def test_the_district_not_the_city_that_holds_it(extract: Extract) -> None:
    text = "A shopkeeper was shot dead outside his store in Baghdad's Dora district."
    places = [
        _place("Baghdad", text, "Baghdad", "P.PPLC", "IQ"),
        _place("Dora", text, "Dora", "P.PPL", "IQ"),
    ]
    assert _where(extract(text, places=places), "ASSAULT") == "Dora"


def test_the_village_a_region_names(extract: Extract) -> None:
    # "near" hangs off "settler": nothing is attached to "shot", the nearest name
    # is the region, and the village it names is finer.
    text = (
        "A teenage shepherd was shot dead on Sunday by an armed settler "
        "near the West Bank village of Sinjil."
    )
    places = [
        _place("West Bank", text, "West Bank", "L.RGN", "PS"),
        _place("Sinjil", text, "Sinjil", "P.PPL", "PS"),
    ]
    assert _where(extract(text, places=places), "ASSAULT") == "Sinjil"


def test_a_captured_country_is_the_place_not_where_it_was_taken_from(
    extract: Extract,
) -> None:
    text = "In 1704 Gibraltar was captured from Spain by an Anglo-Dutch fleet."
    places = [
        _place("Gibraltar", text, "Gibraltar", "A.PCLI", "GI"),
        _place("Spain", text, "Spain", "A.PCLI", "ES"),
    ]
    events = [e for e in extract(text, places=places) if e.trigger.text == "captured"]
    assert events and events[0].location is not None
    assert events[0].location.name == "Gibraltar"


def test_a_captured_lone_name_may_be_a_person(extract: Extract) -> None:
    text = "Salcedo was captured on a busy street in Caracas two weeks ago."
    places = [
        _place("Salcedo", text, "Ducor", "P.PPL", "US"),
        _place("Caracas", text, "Caracas", "P.PPLC", "VE"),
    ]
    events = [e for e in extract(text, places=places) if e.trigger.text == "captured"]
    assert events and events[0].location is not None
    assert events[0].location.name == "Caracas"


def test_where_a_person_comes_from_is_not_the_scene(extract: Extract) -> None:
    text = (
        "Lars Hovland, 19, of Norway was shot while a roommate was trying to clean "
        "a rifle in an apartment in Scottsdale."
    )
    places = [
        _place("Norway", text, "Norway", "A.PCLI", "NO"),
        _place("Scottsdale", text, "Scottsdale", "P.PPL", "US"),
    ]
    assert _where(extract(text, places=places), "ASSAULT") == "Scottsdale"


def test_an_actors_nationality_is_not_the_place(nlp: Language) -> None:
    # Through the whole geo stage: the report's only "place" is a demonym.
    from sitrep.actors import ActorDictionary
    from sitrep.events import extract_events
    from sitrep.geo import Gazetteer, find_places, main_location
    from sitrep.model import Document

    gazetteer = Gazetteer.open()

    def where(text: str, trigger: str) -> str | None:
        doc = nlp(text)
        places = find_places(doc, gazetteer)
        document = Document(id=Document.content_id(text), text=text)
        document = document.model_copy(update={"location": main_location(places, doc)})
        events = extract_events(doc, document, places, ActorDictionary.load([]).find(doc))
        hit = [e for e in events if e.trigger.text == trigger]
        assert hit, [e.trigger.text for e in events]
        return None if hit[0].location is None else hit[0].location.name

    assert where("Turkish jets struck Kurdish positions on Tuesday, killing 12.", "struck") is None
    text = "Al-Tamimi was captured by Pakistani troops on the Afghan border last March."
    assert where(text, "captured") == "Afghanistan"
