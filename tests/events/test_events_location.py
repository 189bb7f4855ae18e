"""Event location: attached place first, then nearest in the sentence, then the document's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from events_support import Extract, only, place_in

from sitrep.events.location import precision_of
from sitrep.events.place_links import filed_from
from sitrep.model import Event, Place

if TYPE_CHECKING:
    from spacy.language import Language


def test_precision_from_feature() -> None:
    assert precision_of("P.PPL") == "locality"
    assert precision_of("A.ADM1") == "admin1"
    assert precision_of("A.ADM2") == "admin2"
    assert precision_of("A.PCLI") == "country"
    assert precision_of("L.RGN") == "region"


def test_attached_place_wins_over_nearer_one(extract: Extract) -> None:
    text = "In Hasakah province, Turkish drones struck a car in Qamishli."
    places = [
        place_in("Hasakah", text, "Al-Hasakah", "A.ADM1"),
        place_in("Qamishli", text, "Qamishli", "P.PPLA2"),
    ]
    event = only(extract(text, places=places), "ASSAULT")
    assert event.location is not None and event.location.name == "Qamishli"
    assert event.location.precision == "locality"
    assert event.mode == "drone"


def test_near_a_place(extract: Extract) -> None:
    text = "Russian jets bombed villages north of Idlib."
    event = only(extract(text, places=[place_in("Idlib", text, "Idlib", "P.PPLA")]), "ASSAULT")
    assert event.location is not None and event.location.precision == "near"


def test_a_sides_patron_is_not_the_event_place(extract: Extract) -> None:
    # "rebel backer Qatar" and "its ally Iran" say who backs whom, not where.
    text = "The bombing threatens the swap brokered by rebel backer Qatar and its ally Iran."
    places = [
        place_in("Qatar", text, "Qatar", "A.PCLI", lat=25.5, country="QA"),
        place_in("Iran", text, "Iran", "A.PCLI", lat=32.0, country="IR"),
    ]
    event = only(extract(text, places=places), "ASSAULT")
    assert event.location is None


def test_an_organisations_seat_is_not_the_event_place(extract: Extract) -> None:
    # The parse hangs the monitor off "people", so its "Britain-based" is fewer
    # hops from the trigger than the town the strike hit.
    text = (
        "Air raids killed nine people in the town of Atareb, a Britain-based monitoring group said."
    )
    places = [
        place_in("Atareb", text, "Al Atarib", "P.PPL"),
        place_in("Britain", text, "United Kingdom", "A.PCLI", lat=54.0),
    ]
    event = only(extract(text, places=places), "ASSAULT")
    assert event.location is not None and event.location.name == "Al Atarib"


def test_no_place_in_sentence(extract: Extract) -> None:
    text = "Syrian troops shelled rebel positions."
    assert only(extract(text), "ASSAULT").location is None


def test_finer_place_in_apposition_refines_the_country(extract: Extract) -> None:
    text = "A US military convoy entered Syria, Hasakah, on Monday."
    places = [
        place_in("Syria", text, "Syria", "A.PCLI"),
        place_in("Hasakah", text, "Al Hasakah", "P.PPLA"),
    ]
    event = only(extract(text, places=places), "MOBILIZE")
    assert event.location is not None and event.location.name == "Al Hasakah"


def test_a_movement_through_two_places_is_one_event(extract: Extract) -> None:
    text = (
        "A convoy of US trucks was deployed at al-Walid. "
        "US forces then deployed the trucks in Qamishli."
    )
    places = [
        place_in("al-Walid", text, "al-Walid", "P.PPL"),
        place_in("Qamishli", text, "Qamishli", "P.PPLA2"),
    ]
    moves = [e for e in extract(text, places=places) if e.type == "MOBILIZE"]
    assert len(moves) == 1, [e.trigger.text for e in moves]


def _at(text: str, whole: str, name: str, feature: str, country: str | None) -> Place:
    """An Iraqi-looking place (one division for every place with a country)."""
    admin1 = "Kirkuk" if country else None
    return place_in(text, whole, name, feature, 33.0, lon=44.0, country=country, admin1=admin1)


def _located(events: list[Event], trigger: str) -> str | None:
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in events]
    where = found[0].location
    return None if where is None else where.name


def test_the_town_named_by_the_countrys_noun_refines_it(extract: Extract) -> None:
    # "Iraq's" hangs off "city", fewer hops from the verb than "Kirkuk" under it.
    text = "A car bomb exploded on Thursday in Iraq's northern city of Kirkuk."
    places = [
        _at("Iraq", text, "Iraq", "A.PCLI", "IQ"),
        _at("Kirkuk", text, "Kirkuk", "P.PPLA", "IQ"),
    ]
    assert _located(extract(text, places=places), "exploded") == "Kirkuk"


def test_a_reference_point_is_not_the_place(extract: Extract) -> None:
    text = "A roadside bomb exploded near the town of Baiji, 50 km north of Mosul."
    places = [
        _at("Baiji", text, "Bayji", "P.PPL", "IQ"),
        _at("Mosul", text, "Mosul", "P.PPLA", "IQ"),
    ]
    assert _located(extract(text, places=places), "exploded") == "Bayji"


def test_a_continent_says_less_than_its_country(extract: Extract) -> None:
    text = "By mid-1999, rebel fighters had captured most of Liberia, Africa's first republic."
    places = [
        _at("Liberia", text, "Liberia", "A.PCLI", "LR"),
        _at("Africa", text, "Africa", "L.CONT", None),
    ]
    assert _located(extract(text, places=places), "captured") == "Liberia"


def test_who_leads_or_backs_the_forces_is_not_where(extract: Extract) -> None:
    text = "Gunmen killed two soldiers near US-backed positions."
    places = [_at("US", text, "United States", "A.PCLI", "US")]
    assert _located(extract(text, places=places), "killed") is None


def test_the_province_refines_the_nearest_country(extract: Extract) -> None:
    text = (
        "Fourteen militants were killed in a combined raid by Afghan and US-led troops "
        "in the eastern province of Khost."
    )
    places = [
        _at("Afghan", text, "Afghanistan", "A.PCLI", "AF"),
        _at("US", text, "United States", "A.PCLI", "US"),
        _at("Khost", text, "Khost", "A.ADM1", "AF"),
    ]
    assert _located(extract(text, places=places), "killed") == "Khost"


def test_a_finer_place_of_the_clause_refines_the_country(extract: Extract) -> None:
    text = (
        "In separate violence around Iraq, gunmen shot dead a traffic policeman walking "
        "near his house in the city of Mosul."
    )
    places = [
        _at("Iraq", text, "Iraq", "A.PCLI", "IQ"),
        _at("Mosul", text, "Mosul", "P.PPLA", "IQ"),
    ]
    assert _located(extract(text, places=places), "shot") == "Mosul"


def test_a_place_of_another_clause_does_not_refine(extract: Extract) -> None:
    text = (
        "Activists demonstrated across Turkey on Thursday as leaders of six nations "
        "gathered in Istanbul."
    )
    places = [
        _at("Turkey", text, "Turkey", "A.PCLI", "TR"),
        _at("Istanbul", text, "Istanbul", "P.PPLA", "TR"),
    ]
    assert _located(extract(text, places=places), "demonstrated") == "Turkey"


def test_a_town_given_as_a_reference_is_near_and_offset(extract: Extract) -> None:
    text = "Rebels shelled a checkpoint 20 km north of Homs on Monday."
    places = [place_in("Homs", text, "Homs", "P.PPLA", 34.72, lon=36.72)]
    event = only(extract(text, places=places), "ASSAULT")
    assert event.location is not None and event.location.name == "Homs"
    assert event.location.precision == "near"
    # 20 km due north: about 0.18 degree of latitude, same longitude.
    assert 34.88 < event.location.lat < 34.92 and abs(event.location.lon - 36.72) < 0.01


def test_the_countryside_of_a_province_keeps_its_precision(extract: Extract) -> None:
    text = "Regime jets struck several villages in the Idlib countryside on Sunday."
    places = [place_in("Idlib", text, "Idlib Governorate", "A.ADM1", admin1="Idlib")]
    event = only(extract(text, places=places), "ASSAULT")
    assert event.location is not None and event.location.precision == "admin1"


def test_a_dateline_where_correspondents_sit_is_not_the_event_place(extract: Extract) -> None:
    text = "BEIRUT (AFP) - Shells killed four farmers on Monday, rescuers said."
    beirut = place_in("BEIRUT", text, "Beirut", "P.PPLC", country="LB")
    assert only(extract(text, places=[beirut]), "ASSAULT").location is None
    # The same city in the sentence itself is where it happened.
    text = "Shells killed four farmers in Beirut on Monday, rescuers said."
    beirut = place_in("Beirut", text, "Beirut", "P.PPLC", country="LB")
    location = only(extract(text, places=[beirut]), "ASSAULT").location
    assert location is not None and location.name == "Beirut"


def test_a_provincial_dateline_of_the_reports_country_still_places(nlp: Language) -> None:
    text = "Tarsina, SANA - Shells killed four farmers on Monday."
    doc = nlp(text)
    span = doc[0:1]
    town = place_in("Tarsina", text, "Tarsina", "P.PPL")
    capital = place_in("Tarsina", text, "Tarsina", "P.PPLC")
    assert not filed_from(doc, span, town, "SY")
    assert filed_from(doc, span, town, "LB")  # a foreign town: where it was filed
    assert filed_from(doc, span, capital, "SY")
    assert not filed_from(doc, doc[3:4], town, "SY")  # "killed": no dateline


def test_a_guess_from_another_sentence_keeps_the_articles_place(nlp: Language) -> None:
    # The later sentence names Iraq only as where the jets had been (in a clause of
    # its own): the raid's place stays the article's, Deir ez-Zor.
    from sitrep import geo
    from sitrep.actors import ActorDictionary
    from sitrep.events import extract_events
    from sitrep.model import Document

    text = (
        "Twenty conscripts died on Saturday when warplanes raided a barracks outside the "
        "town, the ministry said. The barracks lies near Deir Ezzor, and the garrison of "
        "Deir Ezzor has been cut off for months. The pilots had refuelled in Iraq before "
        "the coalition bombed the barracks, the ministry added."
    )
    doc = nlp(text)
    places = geo.find_places(doc, geo.Gazetteer.open(None))
    document = Document(id=Document.content_id(text), text=text, published="2016-09-18")
    document = document.model_copy(update={"location": geo.main_location(places, doc)})
    events = extract_events(doc, document, places, ActorDictionary.load([]).find(doc))
    raid = next(e for e in events if "bombed" in [m.trigger.text for m in e.mentions])
    assert raid.location is not None and raid.location.name == "Deir ez-Zor"


def test_a_nationality_of_the_attacker_is_not_where() -> None:
    from sitrep.model import Document, Failure
    from sitrep.pipeline import Pipeline

    text = (
        "Fighting went on across Syria, Syrian activists said. A cameraman of the channel "
        "was killed in a Russian air raid on the village of Kafr Batikh."
    )
    document = Document(id=Document.content_id(text), text=text, published="2016-06-27")
    (result,) = Pipeline().process([("t", document)])
    assert not isinstance(result, Failure)
    (event,) = [e for e in result.events if e.trigger.text == "killed"]
    # "Russian" says who struck; the town is one the gazetteer lacks.
    assert event.location is None or event.location.country_code != "RU", event.location


def test_the_city_of_a_named_town_is_no_back_reference(extract: Extract) -> None:
    text = (
        "Rebels took the grain silos of Manbij on Sunday. On Monday jets bombed the city "
        "of Kafr Batikh, killing six."
    )
    manbij = _at("Manbij", text, "Manbij", "P.PPL", "SY")
    assert _located(extract(text, places=[manbij]), "bombed") != "Manbij"
    text = "Rebels took the grain silos of Manbij on Sunday. On Monday jets bombed the city."
    manbij = _at("Manbij", text, "Manbij", "P.PPL", "SY")
    assert _located(extract(text, places=[manbij]), "bombed") == "Manbij"
