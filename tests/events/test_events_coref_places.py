"""Coreference place compatibility: a neighbourhood and the city that contains it."""

from __future__ import annotations

from dataclasses import dataclass, field

from sitrep.events.coref import compatible, part_of_roundup
from sitrep.model import ActorRef, EventLocation, Modality, Quantity


@dataclass
class _Trig:
    index: int
    nominal: bool = False


@dataclass
class _Roles:
    source: ActorRef | None = None
    target: ActorRef | None = None


@dataclass
class _Draft:
    location: EventLocation | None
    type: str = "ASSAULT"
    merged: bool = False
    modality: Modality = "asserted"
    location_rank: tuple[int, ...] = (0,)
    dates: list[str] = field(default_factory=list)
    sentence_dates: list[str] = field(default_factory=list)
    own_dates: list[str] = field(default_factory=list)
    anaphoric_date: bool = False
    trig: _Trig = field(default_factory=lambda: _Trig(0))
    roles: _Roles = field(default_factory=_Roles)
    quantities: list[Quantity] = field(default_factory=list)


def _place(name: str, lat: float, lon: float, admin1: str = "Halab") -> EventLocation:
    return EventLocation(
        name=name, lat=lat, lon=lon, country_code="SY", admin1=admin1, precision="locality"
    )


ALEPPO = _place("Aleppo", 36.2021, 37.1343)
SHEIKH_MAQSOUD = _place("Sheikh Maqsoud", 36.23, 37.15)
AZAZ = _place("Azaz", 36.5866, 37.0463)


def test_neighbourhood_and_its_city_are_one_place() -> None:
    assert compatible(_Draft(ALEPPO), _Draft(SHEIKH_MAQSOUD))
    assert compatible(_Draft(SHEIKH_MAQSOUD), _Draft(ALEPPO))


def test_two_towns_of_one_province_stay_apart() -> None:
    # Azaz lies in Aleppo province, 40 km north of the city: another place.
    assert not compatible(_Draft(ALEPPO), _Draft(AZAZ))


def test_a_nearby_point_in_another_division_is_another_place() -> None:
    other = _place("Somewhere", 36.23, 37.15, admin1="Idlib")
    assert not compatible(_Draft(ALEPPO), _Draft(other))


def _province(name: str, admin1: str) -> EventLocation:
    return EventLocation(
        name=name, lat=35.9, lon=38.9, country_code="SY", admin1=admin1, precision="admin1"
    )


RAQQA_PROVINCE = _province("Raqqa Governorate", "Ar Raqqah")
HALAB_PROVINCE = _province("Aleppo Governorate", "Halab")


def test_a_province_and_a_town_of_another_province_are_two_places() -> None:
    # "jets struck a town in Aleppo province, and artillery shelled the area
    # around Tal Abyad in Raqqa province" (Tal Abyad read only as its province).
    assert not compatible(_Draft(AZAZ), _Draft(RAQQA_PROVINCE))
    assert not compatible(_Draft(RAQQA_PROVINCE), _Draft(AZAZ))


def test_a_province_holds_its_own_towns_and_a_guess_says_nothing() -> None:
    assert compatible(_Draft(AZAZ), _Draft(HALAB_PROVINCE))
    # The province is only the nearest name, or the article's: no evidence.
    assert compatible(_Draft(AZAZ), _Draft(RAQQA_PROVINCE, location_rank=(1, 4)))
    country = EventLocation(
        name="Syria", lat=35.0, lon=38.0, country_code="SY", admin1=None, precision="country"
    )
    assert compatible(_Draft(AZAZ), _Draft(country))


IRAQ = EventLocation(
    name="Iraq", lat=33.0, lon=44.0, country_code="IQ", admin1=None, precision="country"
)
TURKEY = EventLocation(
    name="Turkey", lat=39.0, lon=35.0, country_code="TR", admin1=None, precision="country"
)


def test_a_later_mention_placed_in_another_country_is_another_happening() -> None:
    # "An airstrike killed eight in the city of Tabqa" (the nearest name) and, below,
    # "the coalition carries out strikes in Iraq" (attached).
    tabqa = _Draft(AZAZ, location_rank=(1, 2), trig=_Trig(3))
    assert not compatible(tabqa, _Draft(IRAQ, trig=_Trig(30)))
    # A first mention's country is often a nationality or the doer ("aggression by
    # the United States"), and a later nearest name a speaker's venue: no evidence.
    assert compatible(_Draft(TURKEY, trig=_Trig(3)), _Draft(AZAZ, trig=_Trig(30)))
    assert compatible(tabqa, _Draft(IRAQ, location_rank=(1, 2), trig=_Trig(30)))


def _killed(value: int) -> list[Quantity]:
    return [Quantity(value=value, unit="killed", text=str(value))]


IDLIB = EventLocation(
    name="Idlib", lat=35.8, lon=36.6, country_code="SY", admin1="Idlib", precision="admin1"
)
KHAN_SHEIKHUN = EventLocation(
    name="Khan Sheikhun",
    lat=35.44,
    lon=36.65,
    country_code="SY",
    admin1="Idlib",
    precision="locality",
)


def test_one_towns_share_of_a_provinces_toll_is_apart() -> None:
    # The province's 16 dead of the day, then a strike on one town that killed 7
    # of them: the province's day and one of its strikes.
    whole = _Draft(IDLIB, quantities=_killed(16))
    assert part_of_roundup(whole, _Draft(KHAN_SHEIKHUN, quantities=_killed(7)))


def test_a_town_with_the_whole_toll_or_none_is_no_share() -> None:
    whole = _Draft(IDLIB, quantities=_killed(16))
    assert not part_of_roundup(whole, _Draft(KHAN_SHEIKHUN, quantities=_killed(16)))
    assert not part_of_roundup(whole, _Draft(KHAN_SHEIKHUN))
    # The town only the sentence's nearest name, not attached to the trigger.
    guessed = _Draft(KHAN_SHEIKHUN, location_rank=(1,), quantities=_killed(7))
    assert not part_of_roundup(whole, guessed)
    # Two towns: coreference's place rule decides, not this one.
    town = _Draft(_place("Saraqib", 35.86, 36.8, "Idlib"), quantities=_killed(16))
    assert not part_of_roundup(town, _Draft(KHAN_SHEIKHUN, quantities=_killed(7)))


def test_a_target_that_is_its_own_doer_does_not_split_a_happening() -> None:
    # "Air strikes by the coalition killed 21 civilians" can carry the coalition in
    # both roles until relations drops the self-target (after coreference).
    coalition = ActorRef(actor_id="USA_MIL", name="Coalition", text="the coalition")
    civilians = ActorRef(actor_id="CIVILIANS", name="Civilians", text="civilians")
    lead = _Draft(None, roles=_Roles(source=coalition, target=coalition))
    headline = _Draft(None, roles=_Roles(target=civilians))
    assert compatible(headline, lead)
    other = ActorRef(actor_id="SYR_GOV", name="Government", text="the government")
    assert not compatible(headline, _Draft(None, roles=_Roles(source=coalition, target=other)))


def test_a_doer_parsed_as_its_own_target_does_not_cross_a_later_mention() -> None:
    # "A US-led coalition air strike killed 11 farmers ..." can carry the coalition as
    # its target too until that is dropped after coreference; the next sentence's
    # coalition jets are then no victim turned attacker.
    coalition = ActorRef(actor_id="USA_MIL", name="United States military", text="coalition")
    farmers = ActorRef(actor_id="CIVILIANS", name="Civilians", text="farmers")
    first = _Draft(ALEPPO, trig=_Trig(3), roles=_Roles(source=coalition, target=coalition))
    later = _Draft(ALEPPO, trig=_Trig(30), roles=_Roles(source=coalition, target=farmers))
    assert compatible(first, later)
    # A real victim that attacks later is still two happenings.
    rebels = ActorRef(actor_id="SYR_OPPOSITION", name="Syrian armed opposition", text="rebels")
    struck = _Draft(ALEPPO, trig=_Trig(3), roles=_Roles(source=coalition, target=rebels))
    answer = _Draft(ALEPPO, trig=_Trig(30), roles=_Roles(source=rebels, target=farmers))
    assert not compatible(struck, answer)
