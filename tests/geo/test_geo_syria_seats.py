"""Every seat of a Syrian district (mintaqa) or subdistrict (nahiya) is in the gazetteer.

The list is the Syrian administrative division (governorate -> district -> subdistrict
seats), written in the English spellings news uses; it is the systematic criterion by
which the supplement's Syrian entries were chosen (a seat GeoNames cities500 lacks, or
a spelling its alternate names do not reach, was added to ``data/geo/supplement.json``).
Seats whose name or status the compilers were unsure of are left out of the list.
"""

from __future__ import annotations

import pytest

from sitrep.geo.folding import strip_accents
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.rows import haversine_km

SEATS: dict[str, list[str]] = {
    "Dimashq": ["Damascus"],
    "Rif Dimashq": [
        "Jaramana",
        "al-Kiswah",
        "Babbila",
        "Arbin",
        "Kafr Batna",
        "al-Malihah",
        "Saqba",
        "Harran al-Awamid",
        "al-Nashabiyah",
        "al-Ghizlaniyah",
        "Douma",
        "Harasta",
        "al-Dumayr",
        "al-Sab Biyar",
        "al-Qutayfah",
        "Jayroud",
        "Maaloula",
        "al-Ruhaybah",
        "al-Tall",
        "Saydnaya",
        "Rankous",
        "Yabroud",
        "Assal al-Ward",
        "al-Nabk",
        "Deir Atiyah",
        "Qara",
        "Qatana",
        "Sa'sa'",
        "Kanaker",
        "Darayya",
        "Sahnaya",
        "al-Hajar al-Aswad",
        "Zabadani",
        "Madaya",
        "Serghaya",
        "Qudsaya",
        "al-Dimas",
        "Ain al-Fijah",
    ],
    "Halab": [
        "Aleppo",
        "Tell al-Daman",
        "Haritan",
        "Darat Izza",
        "al-Zirbah",
        "al-Hader",
        "al-Atarib",
        "al-Bab",
        "Tadef",
        "al-Rai",
        "Qabasin",
        "Manbij",
        "Abu Qalqal",
        "al-Khafsah",
        "Maskanah",
        "Jarablus",
        "al-Ghandoura",
        "Kobani",
        "Sarrin",
        "al-Shuyukh",
        "Azaz",
        "Mare'",
        "Marea",
        "Tal Rifaat",
        "Akhtarin",
        "Nubl",
        "Suran",
        "Afrin",
        "Bulbul",
        "Jindires",
        "Rajo",
        "Sheikh al-Hadid",
        "Maabatli",
        "al-Safira",
        "Khanasir",
        "Banan",
        "al-Hajib",
        "Deir Hafer",
        "Rasm Harmal al-Imam",
        "Kuweires Sharqi",
    ],
    "Idlib": [
        "Idlib",
        "Abu al-Duhur",
        "Binnish",
        "Saraqib",
        "Taftanaz",
        "Sarmin",
        "Maarat Misrin",
        "Ariha",
        "Ihsim",
        "Mhambal",
        "Harem",
        "al-Dana",
        "Salqin",
        "Kafr Takharim",
        "Qurqina",
        "Armanaz",
        "Jisr al-Shughur",
        "Bdama",
        "Darkush",
        "al-Janudiyah",
        "Maarat al-Numan",
        "Kafr Nabl",
        "Khan Shaykhun",
        "Sinjar",
        "Hish",
        "al-Tamanah",
    ],
    "Hamah": [
        "Hama",
        "Suran",
        "Hirbnafsah",
        "al-Hamraa",
        "Masyaf",
        "Jubb Ramlah",
        "Ayn Halaqim",
        "Wadi al-Uyun",
        "Mhardeh",
        "Kafr Zita",
        "Karnaz",
        "al-Suqaylabiyah",
        "Tell Salhab",
        "al-Ziyarah",
        "Shathah",
        "Qalaat al-Madiq",
        "Salamiyah",
        "Barri Sharqi",
        "Sabburah",
        "al-Saan",
        "Uqayribat",
    ],
    "Hims": [
        "Homs",
        "Ayn al-Niser",
        "Furqlus",
        "al-Riqama",
        "al-Qaryatayn",
        "Mahin",
        "Hisyah",
        "al-Rastan",
        "Talbiseh",
        "al-Qusayr",
        "al-Mukharram",
        "Jubb al-Jarrah",
        "Palmyra",
        "al-Sukhnah",
        "Tal Kalakh",
        "Hadidah",
        "al-Nasirah",
        "al-Hawash",
        "al-Qabu",
        "Shin",
        "Kafr Laha",
        "Taldou",
        "al-Ghantu",
    ],
    "Al Ladhiqiyah": [
        "Latakia",
        "Ayn al-Bayda",
        "Kessab",
        "al-Bahluliyah",
        "Qastal Maaf",
        "al-Hinadi",
        "al-Haffah",
        "Slinfah",
        "Ayn al-Tinah",
        "Kinsabba",
        "Jableh",
        "Ayn al-Sharqiyah",
        "al-Qutaylibiyah",
        "Ayn Shiqaq",
        "al-Daliyah",
        "Beit Yashout",
        "Qardaha",
        "al-Fakhurah",
        "Harf al-Musaytirah",
        "Jawbat Burghal",
    ],
    "Tartus": [
        "Tartus",
        "Arwad",
        "al-Hamidiyah",
        "al-Karimah",
        "al-Safsafah",
        "Baniyas",
        "al-Annazah",
        "al-Rawdah",
        "Talin",
        "Hammam Wasil",
        "al-Qadmus",
        "al-Tawahin",
        "al-Shaykh Badr",
        "Brummanat al-Mashayikh",
        "al-Qamsiyah",
        "Duraykish",
        "Junaynat Raslan",
        "Himmin",
        "Safita",
        "Mashta al-Hilu",
        "al-Bariqiyah",
        "Sabbah",
        "al-Sisniyah",
        "Ras al-Khashufah",
    ],
    "Dar'a": [
        "Daraa",
        "Busra al-Sham",
        "al-Jizah",
        "al-Musayfirah",
        "al-Muzayrib",
        "Khirbet Ghazaleh",
        "Dael",
        "Tafas",
        "al-Shajara",
        "Izra",
        "Sheikh Miskin",
        "al-Hirak",
        "Nawa",
        "Jasim",
        "Tasil",
        "al-Sanamayn",
        "Ghabaghib",
        "al-Masmiyah",
    ],
    "As Suwayda'": [
        "Suwayda",
        "al-Mazraa",
        "al-Mushannaf",
        "Shahba",
        "Shaqqa",
        "al-Surah al-Saghirah",
        "Salkhad",
        "al-Qurayya",
        "Dhibin",
        "al-Ghariyah",
        "Malah",
        "Arriqa",
        "Qanawat",
    ],
    "Al Qunaytirah": ["Quneitra", "Khan Arnabah"],
    "Dayr az Zawr": [
        "Deir ez-Zor",
        "Khasham",
        "al-Busayrah",
        "al-Tibni",
        "al-Kasrah",
        "al-Mayadin",
        "Diban",
        "al-Asharah",
        "Albu Kamal",
        "Hajin",
        "al-Susah",
        "al-Jalaa",
        "al-Suwar",
        "Muhasan",
    ],
    "Ar Raqqah": [
        "Raqqa",
        "al-Sabkha",
        "al-Karamah",
        "al-Mansurah",
        "Maadan",
        "Tabqa",
        "al-Jurneyyeh",
        "Tal Abyad",
        "Suluk",
        "Ain Issa",
    ],
    "Al Hasakah": [
        "Hasakah",
        "Tell Tamr",
        "al-Shaddadi",
        "Markadah",
        "Bir al-Hulw",
        "al-Arishah",
        "al-Hawl",
        "Qamishli",
        "Amuda",
        "al-Qahtaniyah",
        "Tirbespiye",
        "Tell Hamis",
        "al-Malikiyah",
        "al-Jawadiyah",
        "al-Yarubiyah",
        "Ras al-Ayn",
        "al-Darbasiyah",
        "Abu Rasin",
    ],
}
#: Seats of several governorates at once, for the count below.
N_SEATS = sum(len(names) for names in SEATS.values())


def test_the_list_covers_the_division() -> None:
    """Syria has 14 governorates, about 60 districts and 270 subdistricts; the list
    keeps the seats the compilers were sure of."""
    assert len(SEATS) == 14
    assert N_SEATS >= 250


@pytest.mark.parametrize(
    ("admin1", "name"), [(admin1, name) for admin1, names in SEATS.items() for name in names]
)
def test_seat_is_a_syrian_place_of_its_governorate(
    gazetteer: Gazetteer, admin1: str, name: str
) -> None:
    found = [
        c
        for c in gazetteer.lookup(name)
        if c.country_code == "SY" and c.feature.startswith("P.") and c.level <= 1
    ]
    assert found, name
    assert any(strip_accents(c.admin1 or "") == admin1 for c in found), [
        (c.name, c.admin1) for c in found
    ]


def test_seats_of_one_governorate_are_not_far_apart(gazetteer: Gazetteer) -> None:
    """The seats found for a governorate lie within 400 km of each other (Homs, the
    largest, is about 350 km across): a name resolving to a namesake far away shows."""
    for admin1, names in SEATS.items():
        points = []
        for name in names:
            found = [
                c for c in gazetteer.lookup(name)
                if c.country_code == "SY" and strip_accents(c.admin1 or "") == admin1
            ]  # fmt: skip
            if found:
                points.append((found[0].lat, found[0].lon))
        widest = max(haversine_km(*a, *b) for a in points for b in points)
        assert widest < 400, admin1
