"""Reports that tell one incident in other terms: datelines, restated tolls, "dozens".

Texts are invented for these tests; offsets are computed, never typed in.
"""

from __future__ import annotations

from dedup_samples import as_report, sentence_event

from sitrep.dedup.cluster import JOIN_THRESHOLD, assign
from sitrep.dedup.compat import compatible, retold, score
from sitrep.dedup.dates import Report, one_day, stamped
from sitrep.dedup.evaluate import Mention, match
from sitrep.dedup.figures import figures_apart, lower_bound, same_toll
from sitrep.dedup.text import Idf
from sitrep.model import Event, EventDate, EventLocation, Offsets, Quantity, Span
from sitrep.store.rows import StoredEvent

BASE = ("Deir ez-Zor", 35.33, 40.14)


def report(doc: str, text: str, trigger: str, *, day: str, day_text: str,
           at: int = 500, killed: list[tuple[int, str]] | None = None,
           type_: str = "ASSAULT", published: str = "2016-09-18") -> Report:  # fmt: skip
    """A report of ``text`` whose sentence starts at ``at``; ``killed`` is (value, text)."""
    event = sentence_event(
        doc,
        text,
        trigger,
        at=at,
        type_=type_,
        location=EventLocation(
            name=BASE[0], lat=BASE[1], lon=BASE[2], country_code="SY", precision="locality"
        ),
        date=EventDate(value=day, precision="day", text=day_text),
        quantities=[Quantity(value=v, unit="killed", text=t) for v, t in killed or []],
    )
    return as_report(event, text, doc, published=published)


STAMPED = (
    "Russia says 62 troops killed in strikes AFP Sunday 18 Sep 2016 More than 60 soldiers "
    "were killed Saturday in air strikes on an air base in the east."
)
SATURDAY = "Coalition jets struck soldiers at the air base in the east on Saturday, killing 62."


def test_a_dateline_day_also_matches_the_day_before() -> None:
    dispatch = report("a", STAMPED, "strikes", day="2016-09-18", day_text="Sunday 18 Sep 2016")
    other = report("b", SATURDAY, "struck", day="2016-09-17", day_text="Saturday")
    assert stamped(dispatch.event) and not stamped(other.event)
    assert one_day(dispatch, other) and one_day(other, dispatch)
    # Written as prose, the same day is the event's own: Sunday is not Saturday.
    prose = report("c", STAMPED, "strikes", day="2016-09-18", day_text="on Sunday")
    assert not stamped(prose.event) and not one_day(prose, other)
    assert score(dispatch, other) > score(prose, other)
    # A stamp whose weekday the sentence names again dates the event itself.
    sunday = STAMPED.replace("were killed Saturday", "were killed Sunday")
    again = report("d", sunday, "strikes", day="2016-09-18", day_text="Sunday 18 Sep 2016")
    assert not one_day(again, other)
    # Numeric and squashed stamps count; a prose date with a year does not.
    for text in ("30-04-2016", "16.04.2017", "Jul 282016"):
        assert stamped(report("e", STAMPED, "strikes", day="2016-09-18", day_text=text).event)
    assert not stamped(
        report("f", STAMPED, "strikes", day="2016-09-18", day_text="August 21 2013").event
    )


HEADLINE = "17 dead as militants storm a Kurdish border town"
BODY = (
    "Fighters loyal to the group attacked the town at dawn, sparking clashes in which 17 "
    "people were killed, two of them ambulance crew, a watchdog said."
)


def test_one_toll_told_twice_in_one_article_is_one_incident() -> None:
    head = report("a", HEADLINE, "dead", day="2013-08-17", day_text="Saturday", at=0,
                  killed=[(17, "17")])  # fmt: skip
    body = report("a", BODY, "attacked", day="2013-08-17", day_text="Saturday", at=400,
                  killed=[(17, "17 people")])  # fmt: skip
    # Words of many other reports ("town", "17", "clashes") weigh little.
    common = ["Clashes in the town killed 17.", "The town saw clashes.", "17 died in a town."]
    idf = Idf.of([HEADLINE, BODY, *common, "Jets struck a market."])
    assert same_toll(head.figures, body.figures, HEADLINE, BODY)
    assert retold(head, body, idf) and compatible(head, body, idf)
    # The two are one cluster even though their words score below the join threshold.
    assert score(head, body, idf) < JOIN_THRESHOLD
    found = assign([head, body], [], {})
    assert found[head.event.id] == found[body.event.id]
    # A figure the events stage copied from another sentence proves nothing.
    borrowed = report("a", BODY.replace("17 people", "many people"), "attacked",
                      day="2013-08-17", day_text="Saturday", at=400,
                      killed=[(17, "17 people")])  # fmt: skip
    assert not same_toll(head.figures, borrowed.figures, HEADLINE, borrowed.sentence)
    assert not retold(head, borrowed, idf)


def test_plural_counting_words_are_lower_bounds() -> None:
    assert lower_bound("dozens of people") and lower_bound("Hundreds of civilians")
    assert not lower_bound("a dozen people") and not lower_bound("at least 24 people")
    dozens, exact = frozenset({("killed", 24)}), frozenset({("killed", 86)})
    # "Dozens killed" and 86 killed tell one toll; 24 and 86 exactly are two.
    assert not figures_apart(dozens, exact, floors_a=dozens)
    assert figures_apart(dozens, exact)
    # A floor is still apart from a count far below it.
    assert figures_apart(dozens, frozenset({("killed", 5)}), floors_a=dozens)


def test_a_mention_without_a_partner_takes_the_event_of_its_own_type() -> None:
    text = "Jihadists attack a town after militia expelled them, killing 17."
    rows = []
    for trigger, type_ in (("attack", "ASSAULT"), ("expelled", "SANCTION")):
        start = text.index(trigger)
        event = Event(
            id=Event.make_id("d", start, type_),
            type=type_,
            trigger=Span(text=trigger, start=start, end=start + len(trigger)),
            sentence=Offsets(start=0, end=len(text)),
        )
        rows.append(StoredEvent.model_validate({**event.model_dump(), "document_id": "d"}))
    start = text.index("killing")
    mention = Mention("d", start, start + len("killing"))
    found = match(mention, rows, text, None, "sentence")
    # "expelled" is nearer, but "killing" is an attack word: the attack stands for it.
    assert found is not None and found.type == "ASSAULT"
