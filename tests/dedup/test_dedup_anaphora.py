"""Two sentences that only refer back to their articles' attacks are not one attack.

Texts are invented for these tests; offsets are computed, never typed in.
"""

from __future__ import annotations

from dedup_samples import as_report, sentence_event
from pytest import MonkeyPatch

from sitrep.dedup import compat
from sitrep.dedup.anaphora import refers_back
from sitrep.dedup.compat import BACK_REFERENCE_COST, score
from sitrep.dedup.dates import Report
from sitrep.dedup.text import Idf
from sitrep.model import EventDate, EventLocation, Quantity

HAMA = EventLocation(name="Hama", lat=35.13, lon=36.75, country_code="SY", precision="locality")

BACK = "Locals believe the attack was probably the work of Russian planes."
OTHER = "The group could not tell if Russian or government planes had flown the strikes."
DATED = "Locals believe the attack on Sunday was probably the work of Russian planes."
PLACED = "Locals believe the attack in Hama was probably the work of Russian planes."
COUNTED = "Locals say the attack was the work of Russian planes and left 12 people dead."
FRESH = "Russian planes made an attack on a market, locals say."
COMMON = ["Jets flew over.", "Residents fled the market.", "Sources said so.", "A strike hit."]


def report(doc: str, text: str, trigger: str, *, day_text: str = "", killed: int = 0) -> Report:
    event = sentence_event(
        doc,
        text,
        trigger,
        at=500,
        location=HAMA,
        date=EventDate(value="2016-06-12", precision="week", text=day_text),
        quantities=[Quantity(value=killed, unit="killed", text=str(killed))] if killed else [],
    )
    return as_report(event, text, doc, published="2016-06-14")


def test_a_definite_trigger_without_day_place_or_figure_refers_back() -> None:
    assert refers_back(report("d1", BACK, "attack"))
    assert refers_back(report("d2", OTHER, "strikes"))
    assert not refers_back(report("d3", DATED, "attack", day_text="on Sunday"))
    assert not refers_back(report("d4", PLACED, "attack"))
    assert not refers_back(report("d5", COUNTED, "attack", killed=12))
    assert not refers_back(report("d6", FRESH, "attack"))


def test_two_back_references_cost_score_but_copies_do_not(monkeypatch: MonkeyPatch) -> None:
    idf = Idf.of([BACK, OTHER, FRESH, *COMMON])
    back, other = report("d1", BACK, "attack"), report("d2", OTHER, "strikes")
    copy, fresh = report("d7", BACK, "attack"), report("d6", FRESH, "attack")
    scored = [score(back, r, idf) for r in (other, copy, fresh)]
    monkeypatch.setattr(compat, "BACK_REFERENCE_COST", 0.0)
    free = [score(back, r, idf) for r in (other, copy, fresh)]
    # Only the pair of two back-references that are not copies pays.
    assert abs(free[0] - scored[0] - BACK_REFERENCE_COST) < 1e-9
    assert scored[1:] == free[1:]
