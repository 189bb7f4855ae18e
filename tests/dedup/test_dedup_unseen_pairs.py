"""Rules for reports of one incident that share little wording (sitrep.dedup, round 4).

Concepts and spelled numbers, copied sentences, provinces, restatements within
one article, vague headline dates, unnamed victims, and rebuilding a store's
clusters. Texts are invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

from dedup_samples import SHELLING, filled_store

from sitrep import dedup
from sitrep.dedup.cluster import JOIN_THRESHOLD, assign
from sitrep.dedup.compat import (
    TARGET_CONFLICT_PENALTY,
    Report,
    compatible,
    retold,
    score,
)
from sitrep.dedup.dates import headline_window
from sitrep.dedup.figures import numbers_differ
from sitrep.dedup.places import places_compatible, places_far, same_province
from sitrep.dedup.text import Idf, content_stems, copied, similarity, spelled_numbers
from sitrep.model import ActorRef, Event, EventDate, EventLocation, Offsets, Span
from sitrep.store.rows import StoredEvent

# Two towns of Deir ez-Zor province about 120 km apart, and the province's centroid.
MAYADIN = ("Al Mayadin", 35.02, 40.45, "Dayr az Zawr", "locality")
ABU_KAMAL = ("Abu Kamal", 34.45, 40.92, "Dayr az Zawr", "locality")
DEIR_PROVINCE = ("Deir ez-Zor", 35.40, 39.90, "Dayr az Zawr", "admin1")
ALEPPO = ("Aleppo", 36.20, 37.16, "Halab", "locality")
DAMASCUS = ("Damascus", 33.51, 36.29, "Dimashq", "locality")


def report(doc: str, text: str, trigger: str, *, day: str = "2016-10-06",
           precision: str = "day", day_text: str | None = "on Thursday",
           published: str = "2016-10-06", place: tuple[str, float, float, str, str] | None = None,
           target: tuple[str, str] | None = None, at: int = 500, type_: str = "ASSAULT",
           source: tuple[str, str] | None = None) -> Report:  # fmt: skip
    """A report of ``text`` (ASSAULT by default), its sentence starting at offset ``at``."""
    start = at + text.index(trigger)
    where = None
    if place is not None:
        name, lat, lon, admin1, level = place
        where = EventLocation(
            name=name, lat=lat, lon=lon, country_code="SY", admin1=admin1, precision=level
        )
    event = Event(
        id=Event.make_id(doc, start, type_),
        type=type_,
        trigger=Span(text=trigger, start=start, end=start + len(trigger)),
        sentence=Offsets(start=at, end=at + len(text)),
        location=where,
        date=EventDate(value=day, precision=precision, text=day_text),
        target_actor=ActorRef(actor_id=target[0], name=target[0], text=target[1])
        if target
        else None,
        source_actor=ActorRef(actor_id=source[0], name=source[0], text=source[1])
        if source
        else None,
    )
    row = StoredEvent.model_validate(
        {
            **event.model_dump(),
            "document_id": doc,
            "outlet": f"outlet-{doc}",
            "published": published,
        }
    )
    return Report(row, text)


def test_words_for_one_kind_of_incident_share_a_concept() -> None:
    sarin = content_stems("Rockets filled with sarin hit the suburbs.")
    gas = content_stems("A poison gas attack hit the suburbs.")
    assert "~chemical-weapon" in sarin & gas
    # Generic words have no concept: they would make every report alike.
    assert not {s for s in content_stems("Strikes killed people.") if s.startswith("~")}


def test_numbers_in_words_count_as_digits() -> None:
    assert spelled_numbers("Sixteen civilians and twenty-three fighters") == {"16", "23"}
    assert spelled_numbers("one man") == frozenset()  # "one" is a pronoun as often
    texts = ["16 killed in Idlib", "Sixteen killed in Idlib", "Seventeen killed in Idlib"]
    idf = Idf.of([*texts, "5 killed in Homs"])
    assert similarity(texts[0], texts[1], idf) > similarity(texts[0], texts[2], idf) + 0.1


def test_years_and_counts_are_compared_apart() -> None:
    # One past attack named with and without its toll: not two claims.
    assert not numbers_differ(
        "the August 2013 attack on Ghouta, which killed 1400", "the 2013 attack on Ghouta"
    )
    assert numbers_differ("killed 280000 since 2011", "killed 300000 since 2011")
    assert numbers_differ("the 2013 attack on Ghouta", "the 2017 attack on Khan Sheikhun")


def test_a_copied_sentence_is_one_report_wherever_each_copy_was_placed() -> None:
    sentence = (
        "Eleven men of the brigade were killed while trying to win back the supply route "
        "north of the city, which army units had cut on Thursday, a monitoring group said."
    )
    copy = report("a", "Read also: Aleppo road battle. " + sentence, "killed", place=ALEPPO)
    original = report("b", sentence, "killed", place=DAMASCUS)
    assert copied(copy.sentence, original.sentence)
    assert not places_compatible(copy.event, original.event)
    assert compatible(copy, original)
    # A short stock sentence recurs in reports of unrelated strikes: not a copy. As
    # two articles' leads, each at its own article's town, the towns part them.
    stock = "Nine civilians were killed on Thursday when shells fell on a besieged suburb."
    here = report("c", stock, "killed", place=ALEPPO, at=0)
    there = report("d", stock, "killed", place=DAMASCUS, at=0)
    assert not copied(here.sentence, there.sentence) and not compatible(here, there)


def test_towns_of_one_named_province_fit_the_province_and_each_other() -> None:
    text = "Air strikes killed 12 people on Thursday."
    town = report("a", text, "killed", place=MAYADIN)
    other_town = report("b", text, "killed", place=ABU_KAMAL)
    province = report("c", text, "killed", place=DEIR_PROVINCE)
    assert same_province(town.event, other_town.event)
    assert places_compatible(town.event, other_town.event)
    # Two towns are still a place dispute; a town is no dispute with its province.
    assert places_far(town.event, other_town.event)
    assert not places_far(town.event, province.event)


def test_a_restated_sentence_of_one_article_may_share_a_cluster() -> None:
    lead = report("a", "Soldiers executed 36 residents of a southern hamlet, 8 of them "
                  "women, a monitor reported.", "executed", at=400)  # fmt: skip
    again = report("a", "A monitor reported that 8 women were among the 36 residents executed "
                   "by soldiers in the southern hamlet.", "executed", at=1400)  # fmt: skip
    other = report("a", "Rebels shelled a market in the city, killing three.", "shelled", at=900)
    idf = Idf.of([lead.sentence, again.sentence, other.sentence, "Clashes went on."])
    assert retold(lead, again, idf) and compatible(lead, again, idf)
    assert not retold(lead, other, idf) and not compatible(lead, other, idf)
    # A second outlet's report joins both restatements in one cluster.
    elsewhere = report("b", "Army soldiers executed 36 residents, 8 of them women, in a "
                       "southern hamlet.", "executed")  # fmt: skip
    found = assign([lead, again, other, elsewhere], [], {})
    assert found[lead.event.id] == found[again.event.id] == found[elsewhere.event.id]
    assert found[other.event.id] != found[lead.event.id]


def test_a_vague_date_in_a_headline_is_read_as_the_news_of_those_days() -> None:
    headline = report("a", "9 dead as insurgents attack a village the army took from them "
                      "last month", "attack", day="2014-04-01",
                      precision="month", day_text="last month", published="2014-05-10",
                      at=0)  # fmt: skip
    news = report("b", "9 killed as insurgents attack a village.", "attack",
                  day="2014-05-10", day_text="Saturday", published="2014-05-10")  # fmt: skip
    assert headline_window(headline.event) is not None and not headline.vague
    assert compatible(headline, news)
    # Background that ended long before publication keeps its own reading.
    since = report("c", "The war has killed 300000 people since it began in 2011.", "killed",
                   day="2011-01-01", precision="year", day_text="in 2011",
                   published="2016-10-06", at=0)  # fmt: skip
    assert headline_window(since.event) is None and since.vague
    # Further down the article, a vague date is the article's background.
    deep = report("d", headline.sentence, "attack", day="2014-04-01", precision="month",
                  day_text="last month", published="2014-05-10", at=900)  # fmt: skip
    assert headline_window(deep.event) is None


def test_unnamed_victims_neither_agree_nor_conflict() -> None:
    text_a = "At least 15 fighters were killed when a bomb went off at a frontier post on Thursday."
    text_b = "At least 22 people were killed as a suicide attacker hit a frontier post on Thursday."
    rebels = report("a", text_a, "killed", target=("SYR_OPPOSITION", "fighters"))
    people = report("b", text_b, "killed", target=("CIVILIANS", "people"))
    civilians = report("c", text_b, "killed", target=("CIVILIANS", "civilians"))
    bare = report("d", text_b, "killed")
    assert score(rebels, people) == score(rebels, bare)
    assert score(rebels, civilians) == score(rebels, bare) - TARGET_CONFLICT_PENALTY
    assert score(rebels, people) >= JOIN_THRESHOLD


def test_statements_of_two_speakers_never_share_a_cluster() -> None:
    def accusation(doc: str, who: tuple[str, str] | None) -> Report:
        text = "accuses the government of killing 1400 people with chemical weapons near Damascus."
        speaker = who[1] if who else "It"
        return report(doc, f"{speaker} {text}", "accuses", type_="ACCUSE", source=who)

    washington = accusation("a", ("USA_GOV", "Washington"))
    unnamed = accusation("b", None)
    opposition = accusation("c", ("SYR_OPPOSITION", "The opposition"))
    found = assign([washington, unnamed, opposition], [], {})
    # The unnamed speaker may be either; the two named ones stay apart, even
    # though each is compatible with the unnamed one (no chaining through it).
    assert found[washington.event.id] != found[opposition.event.id]


def test_rebuilding_clusters_gives_what_a_fresh_ingest_gives(tmp_path: Path) -> None:
    fresh = filled_store(tmp_path / "fresh.db")
    dedup.update_clusters(fresh)
    old = filled_store(tmp_path / "old.db")
    # An older sitrep left every report in a cluster of its own.
    events = old.events_of_documents(make().document.id for make in SHELLING)
    old.set_clusters({e.id: e.id for e in events})
    dedup.update_clusters(old)
    assert len({c.id for c in dedup.clusters(old)}) > len({c.id for c in dedup.clusters(fresh)})
    assert dedup.rebuild_clusters(old) == len(old.events())
    every = [e.id for e in fresh.events()]
    assert old.cluster_ids(every) == fresh.cluster_ids(every)


def test_ages_are_no_figures() -> None:
    # A witness's age or a victim's is no count of the dead.
    assert not numbers_differ(
        "A 34-year-old baker near the station said he heard two blasts at noon.",
        "Two bombers killed 17 people at a police station at noon.",
    )
    assert not numbers_differ("a boy aged 9 was among the dead", "a strike killed 12")
    assert numbers_differ("a strike killed 9 people", "a strike killed 12 people")
