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
    "Army says 48 men dead after raids AFP Monday 10 Apr 2017 At least 45 troops "
    "were killed Sunday when jets raided a garrison in the north."
)
SUNDAY = "Warplanes hit troops at the northern garrison on Sunday, killing 48."
PUBLISHED = "2017-04-10"


def test_a_dateline_day_also_matches_the_day_before() -> None:
    dispatch = report("a", STAMPED, "raids", day="2017-04-10", day_text="Monday 10 Apr 2017",
                      published=PUBLISHED)  # fmt: skip
    other = report("b", SUNDAY, "hit", day="2017-04-09", day_text="Sunday", published=PUBLISHED)
    assert stamped(dispatch.event) and not stamped(other.event)
    assert one_day(dispatch, other) and one_day(other, dispatch)
    # Written as prose, the same day is the event's own: Monday is not Sunday.
    prose = report("c", STAMPED, "raids", day="2017-04-10", day_text="on Monday",
                   published=PUBLISHED)  # fmt: skip
    assert not stamped(prose.event) and not one_day(prose, other)
    assert score(dispatch, other) > score(prose, other)
    # A stamp whose weekday the sentence names again dates the event itself.
    monday = STAMPED.replace("were killed Sunday", "were killed Monday")
    again = report("d", monday, "raids", day="2017-04-10", day_text="Monday 10 Apr 2017",
                   published=PUBLISHED)  # fmt: skip
    assert not one_day(again, other)
    # Numeric and squashed stamps count; a prose date with a year does not.
    for text in ("30-04-2016", "16.04.2017", "Jul 282016"):
        stamp = report("e", STAMPED, "raids", day="2017-04-10", day_text=text,
                       published=PUBLISHED)  # fmt: skip
        assert stamped(stamp.event)
    prose_year = report("f", STAMPED, "raids", day="2017-04-10", day_text="August 21 2013",
                        published=PUBLISHED)  # fmt: skip
    assert not stamped(prose_year.event)


HEADLINE = "23 dead as militants overrun a frontier village"
BODY = (
    "Gunmen from the faction stormed the village before sunrise, setting off fighting in "
    "which 23 people died, three of them medics, a monitor said."
)


def test_one_toll_told_twice_in_one_article_is_one_incident() -> None:
    head = report("a", HEADLINE, "dead", day="2014-03-02", day_text="Sunday", at=0,
                  killed=[(23, "23")])  # fmt: skip
    body = report("a", BODY, "stormed", day="2014-03-02", day_text="Sunday", at=400,
                  killed=[(23, "23 people")])  # fmt: skip
    # Words of many other reports ("village", "23", "fighting") weigh little.
    common = [
        "Fighting in the village killed 23.",
        "The village saw fighting.",
        "23 died in a village.",
    ]
    idf = Idf.of([HEADLINE, BODY, *common, "Jets struck a market."])
    assert same_toll(head.figures, body.figures, HEADLINE, BODY)
    assert retold(head, body, idf) and compatible(head, body, idf)
    # The two are one cluster even though their words score below the join threshold.
    assert score(head, body, idf) < JOIN_THRESHOLD
    found = assign([head, body], [], {})
    assert found[head.event.id] == found[body.event.id]
    # A figure the events stage copied from another sentence proves nothing.
    borrowed = report("a", BODY.replace("23 people", "many people"), "stormed",
                      day="2014-03-02", day_text="Sunday", at=400,
                      killed=[(23, "23 people")])  # fmt: skip
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
    text = "Gunmen attack a village after troops expelled them, killing 9."
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
