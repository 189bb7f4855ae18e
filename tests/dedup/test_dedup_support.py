"""A new lead that several outlets' leads of one cluster carry joins it.

Each of the new report's likenesses scores below the join threshold; together,
with the leads of two other outlets that are one cluster, they carry it in
(:mod:`sitrep.dedup.support`). Not a sentence further down its article, not on
one outlet's word, and not across a disagreement on who was hit.

Texts are invented for these tests; offsets are computed, never typed in.
"""

from __future__ import annotations

from typing import Any

from dedup_samples import as_report, sentence_event

from sitrep.dedup.cluster import JOIN_THRESHOLD, assign
from sitrep.dedup.compat import score
from sitrep.dedup.dates import Report
from sitrep.dedup.support import SUPPORT_SCORE
from sitrep.dedup.text import Idf
from sitrep.model import ActorRef, EventDate, EventLocation, Quantity

HOMS = EventLocation(name="Homs", lat=34.73, lon=36.71, country_code="SY", admin1="Homs")
FIRST = (
    "At least 14 people were killed on Monday when two bombers struck an army "
    "checkpoint at the northern edge of Homs."
)
SECOND = (
    "Two attackers wearing explosive vests blew themselves up at a Homs army "
    "checkpoint on Monday, killing 14."
)
NEW = "A blast went off at an army checkpoint in Homs, state television reported."


def _report(doc: str, text: str, trigger: str, *, day: str | None = None, at: int = 0,
            killed: int | None = None, **fields: Any) -> Report:  # fmt: skip
    date = EventDate(value=day or "2017-10-02", precision="day" if day else "week",
                     text="Monday" if day else "")  # fmt: skip
    quantities = [Quantity(value=killed, unit="killed", text=str(killed))] if killed else []
    event = sentence_event(doc, text, trigger, at=at, location=HOMS, date=date,
                           quantities=quantities, **fields)  # fmt: skip
    return as_report(event, text, doc, published="2017-10-02")


def _story() -> list[Report]:
    """Two outlets' leads of one bombing, stored as one cluster."""
    return [
        _report("a", FIRST, "killed", day="2017-10-02", killed=14),
        _report("b", SECOND, "killing", day="2017-10-02", killed=14),
    ]


def _cluster_of(new: Report, story: list[Report]) -> str:
    clusters = {r.event.id: "stored" for r in story}
    return assign([new], story, clusters)[new.event.id]


def test_a_lead_carried_by_two_outlets_leads_joins_their_cluster() -> None:
    story, new = _story(), _report("r", NEW, "blast")
    idf = Idf.of([FIRST, SECOND, NEW])
    # Each likeness alone is too weak to join on.
    for member in story:
        assert SUPPORT_SCORE <= score(new, member, idf) < JOIN_THRESHOLD
    assert _cluster_of(new, story) == "stored"


def test_one_outlet_does_not_carry_a_report() -> None:
    story, new = _story(), _report("r", NEW, "blast")
    assert _cluster_of(new, story[:1]) == new.event.id


def test_a_sentence_below_the_lead_is_not_carried() -> None:
    story, new = _story(), _report("r", NEW, "blast", at=900)
    assert _cluster_of(new, story) == new.event.id


def test_support_does_not_cross_a_disagreement_on_the_target() -> None:
    police = ActorRef(actor_id="SYR_GOV_FORCES", name="Syrian government forces", text="army")
    story = [
        _report("a", FIRST, "killed", day="2017-10-02", killed=14,
                target_actor=ActorRef(actor_id="CIVILIANS", name="Civilians", text="civilians")),
        _report("b", SECOND, "killing", day="2017-10-02", killed=14),
    ]  # fmt: skip
    new = _report("r", NEW, "blast", target_actor=police)
    assert _cluster_of(new, story) == new.event.id
