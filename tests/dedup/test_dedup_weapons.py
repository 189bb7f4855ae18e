"""Two reports of one day and place naming weapons delivered in different ways.

"Barrel bombs" (dropped from the air) and "rocket fire" (fired from afar) on one
city on one day are one side's air raid and the other side's shelling far more
often than one incident; the two reports otherwise read alike ("on Friday a
... attack on the district killed eleven residents"), so the weapons cost score.

Texts are invented for these tests; offsets are computed, never typed in.
"""

from __future__ import annotations

from dedup_samples import as_report, sentence_event

from sitrep.dedup.compat import WEAPON_CONFLICT_PENALTY, compatible, score, score_terms
from sitrep.dedup.concepts import deliveries, phrase_concepts, weapons_differ
from sitrep.dedup.dates import Report
from sitrep.dedup.text import Idf, profile, words_of
from sitrep.model import EventDate, EventLocation, Quantity

ALEPPO = EventLocation(name="Aleppo", lat=36.20, lon=37.16, country_code="SY", admin1="Aleppo")

BARREL = "On Friday a barrel bomb attack on the Ansari district killed eleven residents."
ROCKETS = "On Friday a rocket attack on the Ansari district killed eleven residents."
MISSILES = "On Friday a missile attack on the Ansari district killed eleven residents."
PLAIN = "On Friday an attack on the Ansari district killed eleven residents."


def _stems(text: str) -> frozenset[str]:
    return profile(text).stems


def _report(doc: str, text: str) -> Report:
    event = sentence_event(
        doc,
        text,
        "killed",
        at=0,
        location=ALEPPO,
        date=EventDate(value="2016-08-26", precision="day", text="Friday"),
        quantities=[Quantity(value=11, unit="killed", text="eleven")],
    )
    return as_report(event, text, doc, published="2016-08-26")


def test_weapons_are_compared_by_how_they_are_delivered() -> None:
    assert deliveries(_stems(BARREL)) == {"dropped"}
    assert deliveries(_stems(ROCKETS)) == deliveries(_stems(MISSILES)) == {"fired"}
    assert weapons_differ(_stems(BARREL), _stems(ROCKETS))
    # Rockets and missiles are one way; a report naming no weapon conflicts with none.
    assert not weapons_differ(_stems(ROCKETS), _stems(MISSILES))
    assert not weapons_differ(_stems(BARREL), _stems(PLAIN))
    # A payload says nothing of delivery: chlorine comes in barrels and in rockets.
    assert not deliveries(_stems("A chlorine gas attack on the district."))


def test_different_weapons_cost_score() -> None:
    idf = Idf.of([BARREL, ROCKETS, MISSILES, PLAIN])
    barrel, rockets, missiles = _report("a", BARREL), _report("b", ROCKETS), _report("c", MISSILES)
    assert compatible(barrel, rockets, idf) and compatible(rockets, missiles, idf)
    apart, alike = score(barrel, rockets, idf), score(rockets, missiles, idf)
    # The two pairs differ in one weapon word each; only the delivery conflict
    # makes the difference much larger than that.
    assert alike - apart > WEAPON_CONFLICT_PENALTY - 0.05


def test_aircraft_drop_what_they_carry() -> None:
    jets = _stems("Regime jets pounded the eastern districts before dawn.")
    car = _stems("A car bomb went off near the crossing before dawn.")
    assert deliveries(jets) == deliveries(_stems("An airstrike hit the bakery.")) == {"dropped"}
    assert weapons_differ(jets, car)
    # Aircraft that fire rockets deliver both ways: no conflict with rocket fire.
    assert not weapons_differ(_stems("Warplanes fired rockets at the town."), _stems(ROCKETS))


def test_air_strikes_written_apart_are_dropped_but_a_bare_air_is_nothing() -> None:
    apart = "Air strikes and surface-to-surface missiles killed eleven residents on Friday."
    barrels = "Barrel bombs dropped by regime warplanes killed eleven residents on Friday."
    assert phrase_concepts(words_of(apart)) == {"~air-raid"}
    assert not phrase_concepts(words_of("The air force and an air base were hit."))
    # Dropped and fired against dropped: no conflict once "air strikes" is read.
    assert not score_terms_weapons(apart, barrels)
    assert score_terms_weapons(ROCKETS, barrels)
    # Only for delivery: as a word of likeness it is not counted.
    assert "~air-raid" not in _stems(apart)


def score_terms_weapons(a: str, b: str) -> bool:
    """Whether scoring two reports of these sentences costs them a weapons conflict."""
    idf = Idf.of([a, b])
    terms = dict(score_terms(_report("a", a), _report("b", b), idf))
    return "weapons" in terms
