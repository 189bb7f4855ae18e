"""Divisions below the first level, former divisions and ISO groupings in the index."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sitrep.geo import Gazetteer
from sitrep.geo.lower import FORMER_FEATURE, LOWER_FEATURE, former_rows, lower_rows
from sitrep.geo.rows import Row, haversine_km
from sitrep.geo.sources import Subdivision, _clean_name, lower_subdivisions, subdivisions

if TYPE_CHECKING:
    from spacy.language import Language


def _town(name: str, lat: float, lon: float, population: int) -> Row:
    return Row(None, name, lat, lon, "GB", None, "P.PPL", population, "test", names={name})


@dataclass
class _Towns:
    rows: list[Row] = field(default_factory=list)

    def city_named(self, country: str, name: str) -> Row | None:
        found = [r for r in self.rows if r.name == name and r.country == country]
        return max(found, key=lambda r: r.population) if found else None


def test_iso_notes_and_inverted_forms_are_cleaned() -> None:
    assert _clean_name("Ilocos (Region I)") == "Ilocos"
    assert _clean_name("Bristol, City of") == "Bristol"
    assert _clean_name("Vale of Glamorgan, The") == "Vale of Glamorgan"


def test_geographical_groupings_give_way_to_their_children() -> None:
    codes = {s.code for s in subdivisions()}
    # Jawa is an ISO grouping of provinces; GeoNames' first level is the provinces.
    assert "ID-JW" not in codes
    assert {"ID-JB", "ID-JT", "ID-AC"} <= codes
    assert "GB-ENG" in codes and "GB-SFK" not in codes


def test_second_level_subdivisions_only_for_listed_countries() -> None:
    lower = {s.code for s in lower_subdivisions({"GB"})}
    assert {"GB-SFK", "GB-FIF", "GB-NFK"} <= lower
    assert not any(code.startswith("PH-") for code in lower)


def test_lower_division_is_placed_at_its_seat() -> None:
    towns = _Towns([_town("Ipswich", 52.06, 1.16, 140_000), _town("Bedford", 52.13, -0.46, 80_000)])
    subs = [
        Subdivision("GB-SFK", "GB", "Suffolk", ["Suffolk"]),
        Subdivision("GB-BDF", "GB", "Bedford", ["Bedford"]),
        Subdivision("GB-XXX", "GB", "Nowhere", ["Nowhere"]),
    ]
    rows, unplaced = lower_rows(towns, subs, {"GB-SFK": {"seat": "Ipswich", "alt": ["Suff."]}})
    # Bedford is already a town of that name: no second entry; Nowhere has no seat.
    assert [r.name for r in rows] == ["Suffolk"] and unplaced == 1
    (suffolk,) = rows
    assert (suffolk.lat, suffolk.lon, suffolk.population) == (52.06, 1.16, 140_000)
    assert suffolk.feature == LOWER_FEATURE and "Suff." in suffolk.names


def test_former_division_without_its_seat_is_counted() -> None:
    towns = _Towns([_town("Hamar", 60.79, 11.07, 30_000)])
    rows, unplaced = former_rows(
        towns,
        [
            {"name": "Hedmark", "country": "GB", "seat": "Hamar"},
            {"name": "Oppland", "country": "GB", "seat": "Lillehammer"},
        ],
    )
    assert [(r.name, r.feature) for r in rows] == [("Hedmark", FORMER_FEATURE)]
    assert unplaced == 1


def _best(gaz: Gazetteer, name: str, feature: str, country: str) -> tuple[float, float]:
    found = [c for c in gaz.lookup(name) if c.feature == feature and c.country_code == country]
    assert found, f"{name}: no {feature} in {country}"
    return found[0].lat, found[0].lon


def test_index_has_counties_provinces_and_former_divisions(gazetteer: Gazetteer) -> None:
    # Within a county's width of the county towns (Ipswich, Glenrothes, Hamar, Kisumu).
    assert haversine_km(*_best(gazetteer, "Suffolk", LOWER_FEATURE, "GB"), 52.06, 1.16) < 50
    assert haversine_km(*_best(gazetteer, "Fife", LOWER_FEATURE, "GB"), 56.2, -3.17) < 50
    assert haversine_km(*_best(gazetteer, "Hedmark", FORMER_FEATURE, "NO"), 60.79, 11.07) < 50
    assert (
        haversine_km(*_best(gazetteer, "Nyanza Province", FORMER_FEATURE, "KE"), -0.1, 34.76) < 50
    )
    # An Indonesian province is a first-level division, found by its English name.
    lat, lon = _best(gazetteer, "West Java", "A.ADM1", "ID")
    assert -8.0 < lat < -6.0 and 106.0 < lon < 109.0


def test_english_county_beats_the_us_city_in_an_english_report(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    from sitrep.geo import find_places

    doc = nlp("Flooding hit farms across Norfolk and Suffolk in eastern England on Monday.")
    places = {p.text: p for p in find_places(doc, gazetteer)}
    assert places["Norfolk"].country_code == "GB", places
    assert places["Suffolk"].country_code == "GB", places


def test_iso_grouping_is_a_region_placed_from_its_provinces(gazetteer: Gazetteer) -> None:
    # Jawa groups the Javanese provinces: "Java" is the island, not Java, Georgia.
    lat, lon = _best(gazetteer, "Java", "L.RGN", "ID")
    assert -8.5 < lat < -6.0 and 106.0 < lon < 114.5
    # A grouping named by a common word (Uganda's "Central") is left out.
    assert not [c for c in gazetteer.lookup("Central Region") if c.country_code == "UG"]


def test_grouping_named_like_its_province_gets_no_region_row(gazetteer: Gazetteer) -> None:
    papua = [c for c in gazetteer.lookup("Papua") if c.country_code == "ID"]
    assert papua and all(c.feature != "L.RGN" for c in papua)


def test_landform_names_tagged_person_lend_no_person_words(nlp: Language) -> None:
    from spacy.tokens import Span

    from sitrep.geo.entities import person_names

    doc = nlp.make_doc("Hillary Clinton met rebels on Qalamoun Barrens near Qalamoun .")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 5, 7, label="PERSON")]
    names = person_names(doc, set())
    # "Clinton" alone later is the person; "Qalamoun" alone is still the region.
    assert "Clinton" in names
    assert "Qalamoun" not in names and "Barrens" not in names
