"""A place conflict the sentences themselves settle, and wounded counts beside one toll.

Two sentences of one article retell one incident (:func:`retold`) unless their
places or tolls tell two apart. The geoparser may put the lead at one town the
sentence names ("exploded in Qamishli, Hasaka" placed at Hasakah) and a
later sentence at the other: when a sentence names the other's place, the two
do not disagree about where. And a wounded count ("over 85 hurt" against
"dozens more wounded") differing beside one death toll is no second incident.

Texts are invented for these tests; offsets are computed, never typed in.
"""

from __future__ import annotations

from dedup_samples import as_report, sentence_event

from sitrep.dedup.compat import retold
from sitrep.dedup.dates import Report
from sitrep.dedup.named_places import names_place_of, places_disputed, sentence_keys
from sitrep.dedup.places import places_far
from sitrep.dedup.running import deaths_agree, tolls_apart
from sitrep.dedup.text import Idf
from sitrep.model import EventDate, EventLocation, Quantity

QAMISHLI = EventLocation(
    name="Al Qāmishlī", lat=37.05, lon=41.23, country_code="SY", admin1="Al Hasakah"
)
HASAKAH = EventLocation(
    name="Al Ḩasakah", lat=36.50, lon=40.75, country_code="SY", admin1="Al Hasakah"
)
PROVINCE = EventLocation(
    name="Hasakah", lat=36.6, lon=40.9, country_code="SY", admin1="Al Hasakah", precision="admin1"
)

LEAD = (
    "No fewer than 37 people lost their lives and over 85 were hurt when a tanker rigged "
    "with explosives exploded in Qamishli, Hasaka."
)
BELOW = (
    "The Wednesday blast in the Kurdish-held city killed 37 people and left dozens more wounded."
)
ELSEWHERE = (
    "No fewer than 37 people lost their lives and over 85 were hurt when a tanker rigged "
    "with explosives exploded in Hasaka."
)


def _report(text: str, trigger: str, where: EventLocation, *, at: int, killed: int,
            injured: int, injured_text: str = "85", doc: str = "one") -> Report:  # fmt: skip
    event = sentence_event(
        doc,
        text,
        trigger,
        at=at,
        location=where,
        date=EventDate(value="2016-07-27", precision="week", text=""),
        quantities=[
            Quantity(value=killed, unit="killed", text=str(killed)),
            Quantity(value=injured, unit="injured", text=injured_text),
        ],
    )
    return as_report(event, text, doc, published="2016-07-27", outlet="outlet")


def test_a_sentence_names_a_place_in_any_spelling() -> None:
    keys = sentence_keys(LEAD)
    assert "b:qamishli" in keys and "b:hasaka" in keys
    lead = _report(LEAD, "exploded", HASAKAH, at=0, killed=37, injured=85)
    below = _report(BELOW, "killed", QAMISHLI, at=400, killed=37, injured=24)
    # The lead names Qamishli (the gazetteer's "Al Qāmishlī"); the sentence below
    # names neither town.
    assert names_place_of(lead, below.event)
    assert not names_place_of(below, lead.event)
    # A province is named in most sentences of an article: it settles nothing.
    province = below.event.model_copy(update={"location": PROVINCE})
    assert not names_place_of(lead, province)


def test_a_named_place_settles_the_conflict() -> None:
    lead = _report(LEAD, "exploded", HASAKAH, at=0, killed=37, injured=85)
    below = _report(BELOW, "killed", QAMISHLI, at=400, killed=37, injured=24)
    assert places_far(lead.event, below.event)
    assert not places_disputed(lead, below)
    assert retold(lead, below, Idf.of([LEAD, BELOW]))
    # The same lead naming only Hasaka is placed 70 km from the other sentence's
    # town, and nothing in either sentence says they are one place.
    other = _report(ELSEWHERE, "exploded", HASAKAH, at=0, killed=37, injured=85)
    assert places_disputed(other, below)
    assert not retold(other, below, Idf.of([ELSEWHERE, BELOW]))


def test_wounded_counts_do_not_part_one_death_toll() -> None:
    lead = _report(LEAD, "exploded", QAMISHLI, at=0, killed=37, injured=85)
    below = _report(BELOW, "killed", QAMISHLI, at=400, killed=37, injured=24)
    assert deaths_agree(lead, below)
    assert not tolls_apart(lead, below)
    # Different death tolls leave the wounded counts to speak: 85 injured is more
    # than twice 24.
    fewer = _report(BELOW, "killed", QAMISHLI, at=400, killed=30, injured=24)
    assert not deaths_agree(lead, fewer)
    assert tolls_apart(lead, fewer)


def test_two_guessed_towns_are_no_conflict_a_named_one_is() -> None:
    from sitrep.dedup.compat import conflict

    idlib = EventLocation(name="Idlib", lat=35.93, lon=36.63, country_code="SY", admin1="Idlib")
    said = "Rockets hit a market on Wednesday, killing 12 people, the monitor said."
    told = "A rocket attack on a crowded market on Wednesday left 9 people dead."
    # Neither sentence names a town: each is placed at its article's own, a fair
    # guess for an article's lead, a poor one further down.
    a = _report(said, "hit", QAMISHLI, at=0, killed=12, injured=0, doc="one")
    b = _report(told, "attack", idlib, at=0, killed=9, injured=0, doc="two")
    assert conflict(a, b) == "places"
    later = _report(told, "attack", idlib, at=700, killed=9, injured=0, doc="two")
    assert conflict(a, later) is None
    # A sentence that names its town against a guess: two places.
    named = told.replace("a crowded market", "a crowded market in Idlib")
    c = _report(named, "attack", idlib, at=700, killed=9, injured=0, doc="two")
    assert conflict(a, c) == "places"
