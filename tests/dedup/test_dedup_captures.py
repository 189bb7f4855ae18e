"""Taking ground and striking are two kinds of happening (sitrep.dedup.kinds.captures_differ).

On one day in one town, "fighters took part of the town" and "an air strike
killed nine civilians there" share the town, the day and much wording, but a
capture is not a strike: the pair costs score. Texts are invented for these
tests; offsets are computed, never typed in.
"""

from __future__ import annotations

from dedup_samples import as_report, sentence_event

from sitrep.dedup.compat import CAPTURE_CONFLICT_PENALTY, score_terms
from sitrep.dedup.dates import Report
from sitrep.dedup.kinds import captures_differ
from sitrep.dedup.text import Idf
from sitrep.model import EventDate, EventLocation

TOWN = EventLocation(name="Kobani", lat=36.89, lon=38.35, country_code="SY", admin1="Aleppo")
TOOK = "On Monday allied fighters took part of the town near the river crossing."
KILLED = "On Monday an air strike killed nine civilians in the town near the river crossing."
BATTLE = "On Monday fighting raged in the town near the river crossing."


def _report(doc: str, text: str, trigger: str) -> Report:
    event = sentence_event(
        doc,
        text,
        trigger,
        at=0,
        location=TOWN,
        date=EventDate(value="2016-07-18", precision="day", text="Monday"),
    )
    return as_report(event, text, doc, published="2016-07-18")


def test_taking_ground_differs_from_a_strike_but_not_from_its_fighting() -> None:
    assert captures_differ("took", "killed") and captures_differ("Strikes", "captured")
    assert not captures_differ("took", "captured")
    # The fighting over a town is not another kind than its capture.
    assert not captures_differ("seized", "fighting") and not captures_differ("killed", "strike")


def test_a_capture_and_a_strike_cost_score() -> None:
    idf = Idf.of([TOOK, KILLED, BATTLE])
    took, killed, battle = (
        _report("a", TOOK, "took"),
        _report("b", KILLED, "killed"),
        _report("c", BATTLE, "fighting"),
    )
    assert ("capture", -CAPTURE_CONFLICT_PENALTY) in score_terms(took, killed, idf)
    assert all(name != "capture" for name, _ in score_terms(took, battle, idf))
