"""One article's lead and recap of one incident, and running tolls.

Texts are invented for these tests; offsets are computed, never typed in.
"""

from __future__ import annotations

from dedup_samples import as_report, sentence_event

from sitrep.dedup.cluster import assign
from sitrep.dedup.compat import retold
from sitrep.dedup.dates import Report
from sitrep.dedup.figures import figures_apart
from sitrep.dedup.restated import restated
from sitrep.dedup.running import tolls_apart
from sitrep.dedup.text import Idf
from sitrep.events.tolls import risen_toll as running_toll
from sitrep.model import ActorRef, EventDate, EventLocation, Quantity

HAMA = ("Hama", 35.13, 36.75, "locality")
IDLIB = ("Idlib", 35.93, 36.63, "locality")
SYRIA = ("Syria", 35.0, 38.0, "country")


def report(doc: str, text: str, trigger: str, *, at: int, day: str = "2017-03-11",
           precision: str = "day", place: tuple[str, float, float, str] = HAMA,
           killed: int | None = None, published: str = "2017-03-12",
           source: str | None = None, outlet: str | None = None) -> Report:  # fmt: skip
    """A report of ``text`` whose sentence starts at ``at`` in document ``doc``."""
    event = sentence_event(
        doc,
        text,
        trigger,
        at=at,
        location=EventLocation(
            name=place[0], lat=place[1], lon=place[2], country_code="SY", precision=place[3]
        ),
        date=EventDate(value=day, precision=precision, text="Saturday"),
        source_actor=ActorRef(actor_id=source, name=source, text=source) if source else None,
        quantities=[Quantity(value=killed, unit="killed", text=str(killed))] if killed else [],
    )
    return as_report(event, text, doc, published=published, outlet=outlet)


LEAD = (
    "On Saturday a bomber blew up a truck packed with explosives at a checkpoint outside Hama "
    "as a convoy of displaced families drove past."
)
RECAP = "The toll from the truck bombing outside Hama on March 11 has climbed above 90 people."
# Another outlet's report, worded like the recap.
OTHER = "The toll from the truck bombing outside Hama on March 11 has now climbed above 90."
# Words of many other reports weigh little.
COMMON = ["A truck bomb hit a town.", "The toll climbed.", "The convoy left the towns."]


def idf_of(*texts: str) -> Idf:
    return Idf.of([*texts, *COMMON])


def test_a_lead_and_its_recap_are_one_incident_in_other_words() -> None:
    lead = report("a", LEAD, "blew", at=0)
    recap = report("a", RECAP, "bombing", at=600, killed=90)
    idf = idf_of(LEAD, RECAP)
    assert not retold(lead, recap, idf)  # too unlike for the strong reading
    assert restated(lead, recap, idf) and restated(recap, lead, idf)


def test_what_tells_two_incidents_apart_keeps_them_apart() -> None:
    lead = report("a", LEAD, "blew", at=0)
    idf = idf_of(LEAD, RECAP)
    # Another town, another day, a country-level place, another perpetrator.
    assert not restated(lead, report("a", RECAP, "bombing", at=600, place=IDLIB), idf)
    assert not restated(lead, report("a", RECAP, "bombing", at=600, day="2017-03-09"), idf)
    assert not restated(lead, report("a", RECAP, "bombing", at=600, place=SYRIA), idf)
    rebels = report("a", LEAD, "blew", at=0, source="rebels")
    army = report("a", RECAP, "bombing", at=600, source="army")
    assert not restated(rebels, army, idf)
    # Fighting over days, or what keeps happening, is background to the incident.
    fighting = "Fighting outside Hama on Saturday killed many people near the convoy."
    assert not restated(lead, report("a", fighting, "Fighting", at=600), idf)
    habitual = "Militants outside Hama have regularly attacked convoys of displaced families."
    assert not restated(lead, report("a", habitual, "attacked", at=600), idf)
    # Two counts in one article are two incidents.
    five = "Another attack outside Hama on Saturday killed 5 people near the convoy."
    seven = "An attack outside Hama on Saturday killed 7 people near the convoy."
    assert not restated(report("a", five, "attack", at=300), report("a", seven, "attack", at=600))


def test_another_outlet_brings_the_lead_and_its_recap_into_one_cluster() -> None:
    lead = report("a", LEAD, "blew", at=0)
    recap = report("a", RECAP, "bombing", at=600, killed=90)
    other = report("b", OTHER, "bombing", at=300, killed=90)
    found = assign([lead, recap, other], [], {})
    assert found[lead.event.id] == found[recap.event.id] == found[other.event.id]
    # An unrelated strike in another town that day stays out.
    elsewhere = "Jets struck a market in Idlib on Saturday killing 9 people."
    far = report("a", elsewhere, "struck", at=900, place=IDLIB, killed=9)
    found = assign([lead, recap, other, far], [], {})
    assert found[far.event.id] != found[lead.event.id]


HITS = "Toll in truck bomb attack on displaced convoy outside Hama reaches 38."
SURPASSES = "The toll from the truck bomb attack on the convoy outside Hama surpasses 90."


def test_a_running_toll_counted_later_is_not_another_incident() -> None:
    assert running_toll(SURPASSES) and running_toll("the tally has since risen to 95")
    assert running_toll("the shelling brought to 31 the number of dead")
    assert not running_toll("38 people were killed") and not running_toll("the toll was high")
    early = report("a", HITS, "attack", at=0, killed=38, published="2017-03-11")
    later = report("b", SURPASSES, "attack", at=0, killed=90, published="2017-03-16")
    assert figures_apart(early.figures, later.figures)
    assert not tolls_apart(early, later) and not tolls_apart(later, early)
    # The higher count published first is no update of the lower one ...
    before = report("b", SURPASSES, "attack", at=0, killed=90, published="2017-03-10")
    assert tolls_apart(early, before)
    # ... nor is a count a month later, or one not told as a risen toll.
    month = report("b", SURPASSES, "attack", at=0, killed=90, published="2017-04-15")
    assert tolls_apart(early, month)
    plain = report("b", "A truck bomb attack outside Hama killed 90.", "attack", at=0, killed=90,
                   published="2017-03-12")  # fmt: skip
    assert tolls_apart(early, plain)


def test_one_article_reads_its_dates_without_the_outlets_slack() -> None:
    # The lead's blast "last week" (a week's span ending on the 10th) and a recap
    # dated to the 11th: other outlets' datelines may be a day off, one
    # article's own two dates are not.
    idf = idf_of(LEAD, RECAP)
    week = report("a", LEAD, "blew", at=0, day="2017-03-04", precision="week")
    day = report("a", RECAP, "bombing", at=600, day="2017-03-11", killed=90)
    assert not restated(week, day, idf)
    inside = report("a", RECAP, "bombing", at=600, day="2017-03-09", killed=90)
    assert restated(week, inside, idf)


FIRST = "Coalition jets killed dozens of regime fighters near Hama on Saturday."
LATER = (
    "Moscow asked for a Security Council session and said that the raids on Saturday "
    "killed more than 60 soldiers."
)


def test_one_armed_partys_victims_on_one_day_are_one_incident_told_twice() -> None:
    def told(text: str, place: tuple[str, float, float, str], victims: str | None) -> Report:
        event = sentence_event(
            "a",
            text,
            "killed",
            at=0 if text == FIRST else 900,
            location=EventLocation(
                name=place[0], lat=place[1], lon=place[2], country_code="SY", precision=place[3]
            ),
            date=EventDate(value="2017-03-11", precision="day", text="Saturday"),
            target_actor=ActorRef(actor_id=victims, name="regime", text="regime")
            if victims
            else None,
        )
        return as_report(event, text, "a", published="2017-03-12")

    idf = idf_of(FIRST, LATER)
    first = told(FIRST, HAMA, "SYR_GOV_FORCES")
    # The later sentence names no town: it was placed at the article's other town.
    later = told(LATER, IDLIB, "SYR_GOV")
    assert restated(first, later, idf)
    # Civilians are the victims of most attacks an article tells: no tie.
    assert not restated(told(FIRST, HAMA, "CIVILIANS"), told(LATER, IDLIB, "CIVILIANS"), idf)
    # A town the later sentence names is another place.
    named = LATER.replace("the raids on Saturday", "the raids near Idlib on Saturday")
    assert not restated(first, told(named, IDLIB, "SYR_GOV"), idf)
