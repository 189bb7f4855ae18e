"""Every EventFilter field, alone and combined, on SQLite (FTS5) and the LIKE fallback."""

from __future__ import annotations

import pytest
from store_samples import airlift, protest, threat

from sitrep.errors import UsageError
from sitrep.geodesy import haversine_km
from sitrep.store import EventFilter, Store, StoredEvent
from sitrep.store.query import Term, fts_query, parse_terms


def types(found: list[StoredEvent]) -> list[str]:
    return [event.type for event in found]


@pytest.fixture(params=["fts", "like"])
def searchable(request: pytest.FixtureRequest, filled: Store) -> Store:
    """The filled store, searched through FTS5 and through the LIKE fallback."""
    assert filled.full_text
    if request.param == "like":
        filled.full_text = False
    return filled


def test_no_filter_returns_everything_dated_first(filled: Store) -> None:
    found = filled.events(EventFilter())
    assert len(found) == 6
    dates = [e.date.value if e.date else None for e in found]
    assert dates == ["2021-02-28", "2021-02-28", "2021-05-07", "2021-05-10", "2022-01-05", None]


def test_stored_event_carries_its_document(filled: Store) -> None:
    (mobilize,) = filled.events(EventFilter(type="MOBILIZE"))
    row = mobilize.to_dict()
    original = airlift()
    assert row["document_id"] == original.document.id
    assert (row["outlet"], row["published"], row["title"]) == (
        "SANA",
        "2021-03-01",
        "Airlift from al-Shadadi",
    )
    assert {
        k: v for k, v in row.items() if k not in {"document_id", "outlet", "published", "title"}
    } == (original.events[0].model_dump(mode="json"))
    assert mobilize.event == original.events[0]


def test_type_is_case_insensitive(filled: Store) -> None:
    assert types(filled.events(EventFilter(type="protest"))) == ["PROTEST", "PROTEST"]
    assert filled.events(EventFilter(type="AID")) == []


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("usamil", ["MOBILIZE"]),  # actor id
        ("united states MILITARY", ["MOBILIZE"]),  # canonical name
        ("Three civilians", ["ASSAULT"]),  # surface text, as target
        ("civ", ["ASSAULT"]),
        ("police", ["COERCE"]),
        ("Hundreds", ["PROTEST"]),
        ("nobody", []),
    ],
)
def test_actor(filled: Store, actor: str, expected: list[str]) -> None:
    assert types(filled.events(EventFilter(actor=actor))) == expected


def test_outlet_is_case_insensitive(filled: Store) -> None:
    assert types(filled.events(EventFilter(outlet="reuters"))) == ["PROTEST", "COERCE"]
    assert filled.events(EventFilter(outlet="Reuter")) == []


def test_since_until_inclusive_and_undated_excluded(filled: Store) -> None:
    assert types(filled.events(EventFilter(since="2021-05-07"))) == ["PROTEST", "COERCE", "PROTEST"]
    assert types(filled.events(EventFilter(until="2021-05-07"))) == [
        "MOBILIZE",
        "ASSAULT",
        "PROTEST",
    ]
    assert types(filled.events(EventFilter(since="2021-05-08", until="2021-05-10"))) == ["COERCE"]
    # Month and year stand for their first / last day.
    assert len(filled.events(EventFilter(since="2021-05", until="2021-05"))) == 2
    assert len(filled.events(EventFilter(until="2021"))) == 4
    with pytest.raises(UsageError, match="since"):
        filled.events(EventFilter(since="last week"))


def test_radius(filled: Store) -> None:
    aleppo = (36.2021, 37.1343)
    assert types(filled.events(EventFilter(place=aleppo, radius_km=20))) == ["PROTEST", "COERCE"]
    # Ash Shaddadah is 323.4 km from Aleppo, Hasakah 325.5 km: the circle decides.
    assert types(filled.events(EventFilter(place=aleppo, radius_km=324.5))) == [
        "MOBILIZE",
        "PROTEST",
        "COERCE",
    ]
    assert len(filled.events(EventFilter(place=aleppo, radius_km=1))) == 0
    # Default radius (50 km) when none is given.
    assert len(filled.events(EventFilter(place=aleppo))) == 2


def test_radius_drops_the_corners_of_the_box(filled: Store) -> None:
    # The event at (36.2, 37.16) is inside the box around this centre but
    # about 14.1 km away on the diagonal: a 12 km circle excludes it.
    centre = (36.2 + 0.09, 37.16 + 0.11)
    assert haversine_km(*centre, 36.2, 37.16) > 12
    assert filled.events(EventFilter(place=centre, radius_km=12)) == []
    assert len(filled.events(EventFilter(place=centre, radius_km=15))) == 2


def test_radius_across_the_antimeridian(filled: Store) -> None:
    found = filled.events(EventFilter(place=(-16.5, 179.9), radius_km=30))
    assert [e.location.name for e in found if e.location] == ["Test Islet"]


def test_radius_paging_happens_after_the_distance_check(filled: Store) -> None:
    aleppo = (36.2021, 37.1343)
    flt = EventFilter(place=aleppo, radius_km=324.5, limit=1, offset=1)
    assert types(filled.events(flt)) == ["PROTEST"]


def test_radius_without_place_is_a_usage_error(filled: Store) -> None:
    with pytest.raises(UsageError, match="place"):
        filled.events(EventFilter(radius_km=10))


def test_limit_and_offset(filled: Store) -> None:
    everything = filled.events(EventFilter())
    assert filled.events(EventFilter(limit=2)) == everything[:2]
    assert filled.events(EventFilter(limit=2, offset=3)) == everything[3:5]
    assert filled.events(EventFilter(offset=5)) == everything[5:]
    assert filled.events(EventFilter(limit=0)) == []
    with pytest.raises(UsageError):
        filled.events(EventFilter(limit=-1))


def test_filters_combine(filled: Store) -> None:
    flt = EventFilter(type="protest", since="2021-01-01", until="2021-12-31", outlet="REUTERS")
    assert types(filled.events(flt)) == ["PROTEST"]
    assert filled.events(EventFilter(type="PROTEST", actor="police")) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("airlifted", ["MOBILIZE"]),
        ("AIRLIFTED detainees", ["MOBILIZE"]),
        ("al-Shadadi", ["MOBILIZE", "ASSAULT"]),  # the title holds it for both events
        ("Hasakah", ["ASSAULT"]),
        ("protested OR arrested", ["PROTEST", "COERCE", "PROTEST"]),
        ("Aleppo", ["PROTEST", "COERCE"]),  # title
        ("airlifte*", ["MOBILIZE"]),  # prefix (the title has "Airlift")
        ("quotas", ["PROTEST"]),
        ("nothing-here", []),
    ],
)
def test_text(searchable: Store, query: str, expected: list[str]) -> None:
    assert types(searchable.events(EventFilter(text=query))) == expected


@pytest.mark.parametrize(
    "query",
    ['"', '"Taliban', 'Taliban"', "Taliban's", "Taliban OR", "OR Taliban", "Taliban AND",
     "NOT Taliban", "Taliban*", "(Taliban", "Taliban)", "Taliban:", "col:Taliban", "^Taliban",
     "Taliban -- ;DROP TABLE events", "taliban NEAR/2", "'Taliban'", "\\Taliban", "Taliban %",
     "{Taliban}"],
)  # fmt: skip
def test_text_awkward_input_never_breaks_the_query(searchable: Store, query: str) -> None:
    found = searchable.events(EventFilter(text=query))
    assert all(e.type == "THREATEN" for e in found)
    assert searchable.counts()["events"] == 6


def test_text_operators_are_words_unless_between_words(searchable: Store) -> None:
    # "AND" and "NOT" are literal words, so they must occur in the text.
    assert searchable.events(EventFilter(text="Taliban NOT")) == []
    assert types(searchable.events(EventFilter(text="Taliban"))) == ["THREATEN"]
    assert types(searchable.events(EventFilter(text="Taliban OR"))) == []  # "or" is a word here


def test_text_with_only_punctuation_matches_nothing(searchable: Store) -> None:
    assert searchable.events(EventFilter(text=' " * - ')) == []


def test_text_folds_diacritics(filled: Store) -> None:
    assert types(filled.events(EventFilter(text="Ḥasakah"))) == ["ASSAULT"]


def test_parse_terms() -> None:
    assert parse_terms('a-b OR "c" d* ** OR') == [
        [Term("a-b"), Term('"c"')],
        [Term("d", prefix=True)],
        [Term("OR")],
    ]
    assert fts_query(parse_terms('say "hi" OR x*')) == '"say" AND ("""hi""" OR "x"*)'


def test_search_after_more_documents(store: Store) -> None:
    store.add(protest())
    store.add(threat())
    assert types(store.events(EventFilter(text="threatened"))) == ["THREATEN"]


@pytest.mark.parametrize(
    "query", ['"Taliban', 'Taliban"', "Taliban*", "(Taliban", "Taliban:", "{Taliban}", "^Taliban"]
)
def test_fts_punctuation_around_a_word_still_finds_it(filled: Store, query: str) -> None:
    assert types(filled.events(EventFilter(text=query))) == ["THREATEN"]


@pytest.mark.parametrize("query", ["_", "%", "a_b", "100%", "_%_"])
def test_like_wildcards_are_literal(searchable: Store, query: str) -> None:
    # No sample text holds "_" or "%": a wildcard leaking into LIKE would match everything.
    assert searchable.events(EventFilter(text=query)) == []


def test_text_with_control_characters_is_plain_words() -> None:
    assert parse_terms("0\x00") == [[Term("0")]]
    assert parse_terms("al-Shadadi\x07 convoy") == [[Term("al-Shadadi")], [Term("convoy")]]
