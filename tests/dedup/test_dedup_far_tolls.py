"""Tolls too far apart for one incident: two incidents, not one disputed toll.

Texts are invented for these tests; offsets are computed, never typed in.
"""

from __future__ import annotations

from dedup_samples import as_report, sentence_event

from sitrep.dedup.compat import compatible
from sitrep.dedup.dates import Report
from sitrep.dedup.figures import figures_far, part_figure
from sitrep.dedup.running import tolls_far
from sitrep.model import EventDate, EventLocation, Quantity

HOMS = EventLocation(
    name="Homs", lat=34.73, lon=36.71, country_code="SY", admin1="Homs", precision="locality"
)

Figure = tuple[int, str, str | None, str]


def report(doc: str, text: str, trigger: str, figures: list[Figure], *,
           published: str = "2016-05-02") -> Report:  # fmt: skip
    """A Monday report of ``text`` whose ``figures`` are (value, text, qualifier, unit)."""
    event = sentence_event(
        doc,
        text,
        trigger,
        at=300,
        location=HOMS,
        date=EventDate(value="2016-05-02", precision="day", text="Monday"),
        quantities=[Quantity(value=v, unit=u, text=t, qualifier=q) for v, t, q, u in figures],
    )
    return as_report(event, text, doc, published=published)


ONE = report(
    "a", "One civilian was killed in rocket attacks on Homs on Monday", "attacks",
    [(1, "One civilian", None, "killed")],
)  # fmt: skip
FIFTY = report(
    "b", "At least 51 civilians were killed in air raids and shelling on Homs on Monday",
    "shelling", [(51, "At least 51 civilians", "at least", "people")],
)  # fmt: skip


def test_exact_tolls_far_apart_are_two_incidents() -> None:
    # "people" counts as the killed where a report gives no killed figure.
    assert tolls_far(ONE, FIFTY) and tolls_far(FIFTY, ONE)
    assert not compatible(ONE, FIFTY)


def test_outlets_disagreeing_on_one_toll_stay_compatible() -> None:
    sixteen = report(
        "c", "Air strikes on Homs killed 16 civilians on Monday", "strikes",
        [(16, "16 civilians", None, "killed")],
    )  # fmt: skip
    twenty_two = report(
        "d", "Regime air strikes on Homs on Monday killed 22 people", "strikes",
        [(22, "22 people", None, "killed")],
    )  # fmt: skip
    assert not tolls_far(sixteen, twenty_two)
    assert compatible(sixteen, twenty_two)


def test_floors_parts_years_and_shared_figures_are_not_far() -> None:
    killed = frozenset({("killed", 2)})
    # "more than 30" with a stray exact 3 beside it is no toll of 3.
    assert not figures_far(
        frozenset({("killed", 30), ("killed", 3)}), frozenset({("killed", 35)}),
        floors_a=frozenset({("killed", 30)}),
    )  # fmt: skip
    # "Two children were killed" counts a group among the dead.
    assert part_figure("Two children") and not part_figure("Two civilians")
    assert not figures_far(killed, frozenset({("killed", 31)}), partial_a=killed)
    assert figures_far(killed, frozenset({("killed", 31)}))
    # A dateline's year read as a toll, and "two medics among 31 killed".
    assert not figures_far(
        frozenset({("killed", 16), ("killed", 2016)}), frozenset({("killed", 7)})
    )
    assert not figures_far(killed, frozenset({("killed", 31), ("medic", 2)}))


def test_a_risen_toll_counted_later_is_one_incident() -> None:
    first = report(
        "e", "A car bomb in Homs killed 8 people on Monday", "bomb",
        [(8, "8 people", None, "killed")],
    )  # fmt: skip
    later = report(
        "f", "The death toll from the car bomb in Homs has risen to 57", "bomb",
        [(57, "57", None, "killed")], published="2016-05-04",
    )  # fmt: skip
    assert not tolls_far(first, later)


def test_two_shared_counts_tell_one_report_whatever_the_quantities() -> None:
    from sitrep.dedup.compat import score_terms
    from sitrep.dedup.figures import shared_counts

    toll = "The toll from strikes on the town has risen to 82 people, 58 of them civilians"
    count = (
        "Airstrikes on the town killed at least 82 people including 58 civilians, a monitor said"
    )
    assert shared_counts(toll, count) == 2
    # Distances and shares say where and how much, not how many.
    assert (
        shared_counts(
            "Shells hit the town 60 kilometres (35 miles) north of the capital",
            "Jets struck the town, 60 km (35 miles) from the capital, killing 4",
        )
        == 0
    )
    a = report("a", toll, "strikes", [(58, "58", None, "killed")])
    b = report("b", count, "Airstrikes", [(82, "at least 82 people", "at least", "killed")])
    assert ("same_figures", 0.1) in score_terms(a, b)
