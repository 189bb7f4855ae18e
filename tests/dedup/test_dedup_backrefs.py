"""Two sentences of one article: a later one naming its incident by the day
("Wednesdays explosion") refers back; a statement of the day before does not
retell the next day's strike; a restatement vouches for no other outlet's report;
two events of one sentence are not copies of each other.

Texts are invented for these tests; offsets are computed, never typed in.
"""

from __future__ import annotations

from dedup_samples import as_report, sentence_event

from sitrep.dedup.cluster import _mergeable
from sitrep.dedup.compat import compatible
from sitrep.dedup.dates import Report
from sitrep.dedup.restated import referred_back, restated, told_before
from sitrep.dedup.text import Idf
from sitrep.model import EventDate, EventLocation

QAMISHLI = EventLocation(
    name="Qamishli", lat=37.05, lon=41.22, country_code="SY", admin1="Hasakah",
    precision="locality",
)  # fmt: skip
SYRIA = EventLocation(name="Syria", lat=35.0, lon=38.0, country_code="SY", precision="country")
ALEPPO = EventLocation(
    name="Aleppo", lat=36.2, lon=37.16, country_code="SY", admin1="Aleppo", precision="locality"
)
HOMS = EventLocation(
    name="Homs", lat=34.73, lon=36.71, country_code="SY", admin1="Homs", precision="locality"
)


def report(doc: str, text: str, trigger: str, *, at: int, day: str, day_text: str,
           where: EventLocation, precision: str = "day",
           published: str = "2016-07-27") -> Report:  # fmt: skip
    """A report of ``text`` whose sentence starts at ``at`` in document ``doc``."""
    event = sentence_event(
        doc,
        text,
        trigger,
        at=at,
        location=where,
        date=EventDate(value=day, precision=precision, text=day_text),
    )
    return as_report(event, text, doc, published=published)


LEAD = "A double bombing tore through a busy street of a Kurdish-held town in Syria on Wednesday."
LATER = "Wednesdays explosion happened while the allied fighters kept up their drive to the east."


def test_a_day_named_as_owner_refers_back_to_that_days_incident() -> None:
    lead = report("a", LEAD, "bombing", at=200, day="2016-07-27", day_text="on Wednesday",
                  where=SYRIA)  # fmt: skip
    later = report("a", LATER, "explosion", at=1900, day="2016-07-27", day_text="Wednesdays",
                   where=QAMISHLI)  # fmt: skip
    assert referred_back(lead, later) and referred_back(later, lead)
    assert restated(lead, later)
    # The same sentence dated by a plain weekday shares too few words to retell it.
    plain = report("a", LATER.replace("Wednesdays explosion", "The explosion on Wednesday"),
                   "explosion", at=1900, day="2016-07-27", day_text="on Wednesday",
                   where=QAMISHLI)  # fmt: skip
    assert not referred_back(lead, plain) and not restated(lead, plain)
    # Another day, or another province where both name one, is another incident.
    before = report("a", LEAD, "bombing", at=200, day="2016-07-25", day_text="on Monday",
                    where=SYRIA)  # fmt: skip
    assert not referred_back(before, later)
    elsewhere = report("a", LEAD, "bombing", at=200, day="2016-07-27", day_text="on Wednesday",
                       where=HOMS)  # fmt: skip
    assert not referred_back(elsewhere, later)


CONVOY = "An airstrike hit a relief convoy Monday in a rebel-held area west of the city."
TOLL = "Fresh airstrikes on the city killed no fewer than 19 civilians, activists said Sunday."


def test_a_statement_of_the_day_before_does_not_retell_the_next_days_strike() -> None:
    convoy = report("a", CONVOY, "airstrike", at=200, day="2016-09-19", day_text="Monday",
                    where=ALEPPO, published="2016-09-20")  # fmt: skip
    toll = report("a", TOLL, "killed", at=900, day="2016-09-20", day_text="", where=ALEPPO,
                  precision="week", published="2016-09-20")  # fmt: skip
    assert told_before(convoy, toll) and told_before(toll, convoy)
    assert not restated(convoy, toll)
    # Said on Tuesday, the toll may be Monday's strike.
    tuesday = report("a", TOLL.replace("Sunday", "Tuesday"), "killed", at=900, day="2016-09-20",
                     day_text="", where=ALEPPO, precision="week",
                     published="2016-09-20")  # fmt: skip
    assert not told_before(convoy, tuesday)


def test_two_events_of_one_sentence_are_not_copies_of_each_other() -> None:
    text = (
        "Wednesdays explosion in Qamishli happened while the army and allied militias kept up "
        "their offensive on the east of Aleppo for a fourth week running."
    )
    blast = report("a", text, "explosion", at=900, day="2016-07-27", day_text="Wednesdays",
                   where=QAMISHLI)  # fmt: skip
    push = report("a", text, "offensive", at=900, day="2016-07-27", day_text="Wednesdays",
                  where=ALEPPO)  # fmt: skip
    assert not compatible(blast, push)
    # The same sentence in two outlets is one claim wherever each copy was placed.
    copy = report("b", text, "explosion", at=300, day="2016-07-27", day_text="Wednesdays",
                  where=ALEPPO)  # fmt: skip
    assert compatible(blast, copy)


def test_a_restatement_does_not_carry_its_sentence_into_another_incidents_cluster() -> None:
    idf = Idf.of([CONVOY, TOLL])
    toll = report("a", TOLL.replace("Sunday", "Monday"), "killed", at=900, day="2016-09-19",
                  day_text="", where=ALEPPO, precision="week",
                  published="2016-09-20")  # fmt: skip
    convoy = report("a", CONVOY, "airstrike", at=200, day="2016-09-19", day_text="Monday",
                    where=ALEPPO, published="2016-09-20")  # fmt: skip
    assert restated(convoy, toll, idf)
    # Another outlet's report of a strike a week later (no rule ties it to the convoy).
    later = report("b", "New strikes killed 25 civilians across the east of the city on Monday.",
                   "strikes", at=0, day="2016-09-26", day_text="Monday", where=ALEPPO,
                   published="2016-09-26")  # fmt: skip
    assert not compatible(convoy, later, idf)
    # The toll joined the later report's group; the convoy may not follow it there on
    # the strength of the restatement alone.
    assert not _mergeable([convoy], [toll, later], idf)
    # Alone, the two sentences of one article may share a cluster.
    assert _mergeable([convoy], [toll], idf)
