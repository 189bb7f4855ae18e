"""Scoring rules of sitrep.dedup.compat on hand-built event pairs."""

from __future__ import annotations

import pytest

from sitrep.dedup.cluster import JOIN_THRESHOLD
from sitrep.dedup.compat import (
    COUNTRY_PENALTY,
    SAME_MONTH_BONUS,
    VAGUE_PENALTY,
    Report,
    compatible,
    score,
    score_terms,
    two_incidents,
)
from sitrep.model import Event, EventDate, EventLocation, Offsets, Quantity, Span
from sitrep.store.rows import StoredEvent


def stored(
    doc: str,
    text: str,
    trigger: str,
    *,
    day: str = "2021-03-01",
    precision: str = "day",
    place: tuple[str, float, float, str, str] | None = None,
    killed: int | None = None,
    sentence_start: int = 0,
    published: str = "2016-07-01",
) -> Report:
    start = text.index(trigger)
    where = None
    if place is not None:
        name, lat, lon, country, level = place
        where = EventLocation(name=name, lat=lat, lon=lon, country_code=country, precision=level)
    event = Event(
        id=Event.make_id(doc, start + sentence_start, "ASSAULT"),
        type="ASSAULT",
        trigger=Span(
            text=trigger, start=start + sentence_start, end=start + sentence_start + len(trigger)
        ),
        sentence=Offsets(start=sentence_start, end=sentence_start + len(text)),
        location=where,
        date=EventDate(value=day, precision=precision, text="in 2011"),
        quantities=[Quantity(value=killed, unit="killed", text=str(killed))] if killed else [],
    )
    row = StoredEvent.model_validate(
        {**event.model_dump(), "document_id": doc, "outlet": doc, "published": published}
    )
    return Report(row, text)


def test_one_background_toll_in_two_wordings_is_one_claim() -> None:
    a = stored(
        "a",
        "Since the fighting started in March 2011, over 335000 people have been killed.",
        "killed",
        day="2011-03-01",
        precision="month",
        killed=335000,
    )
    b = stored(
        "b",
        "Since 2011 the fighting has killed over 335000 people and driven millions from home.",
        "killed",
        day="2011-01-01",
        precision="year",
        killed=335000,
    )
    text = "Since 2011 the fighting has killed over 360000 people and driven millions from home."
    other = stored("c", text, "killed", day="2011-01-01", precision="year", killed=360000)
    assert compatible(a, b)
    assert score(a, b) >= JOIN_THRESHOLD
    # Another toll is another claim, however alike the words.
    assert not compatible(b, other)


def test_vague_reports_without_figures_pay_the_vague_penalty() -> None:
    text = "Rebels have fought the army for control of the old city for years."
    a = stored("a", text, "fought", day="2012-01-01", precision="year")
    b = stored("b", text + " ", "fought", day="2012-01-01", precision="year")
    assert score(a, b) == pytest.approx(1.0 - VAGUE_PENALTY, abs=0.01)


def test_one_month_at_one_place_is_scored_like_an_incident() -> None:
    town = ("Tabqa", 35.84, 38.55, "SY", "locality")
    other_town = ("Manbij", 36.53, 37.95, "SY", "locality")
    a = stored(
        "a",
        "Militia units opened their push to take Tabqa from the group last October.",
        "push",
        day="2016-10-01",
        precision="month",
        place=town,
        sentence_start=400,
    )
    b = stored(
        "b",
        "In October 2016 the militia began a drive to take Tabqa with air cover.",
        "drive",
        day="2016-10-01",
        precision="month",
        place=town,
        sentence_start=400,
    )
    # Not headlines: a headline's vague date is its news (sitrep.dedup.dates).
    terms = dict(score_terms(a, b))
    assert terms["same_month"] == SAME_MONTH_BONUS
    assert "vague" not in terms
    # Another month, or another town, leaves the pair vague background.
    for day, place in (("2016-11-01", town), ("2016-10-01", other_town)):
        c = stored(
            "c", b.sentence, "drive", day=day, precision="month", place=place, sentence_start=400
        )
        assert dict(score_terms(a, c))["vague"] == -VAGUE_PENALTY
    # So does a year: a whole year at one place is no one operation.
    year_a = stored(
        "a", a.sentence, "push", day="2016-01-01", precision="year", place=town, sentence_start=400
    )
    year_b = stored(
        "b", b.sentence, "drive", day="2016-01-01", precision="year", place=town, sentence_start=400
    )
    assert "same_month" not in dict(score_terms(year_a, year_b))


def test_country_level_places_from_nationalities_cost_nothing() -> None:
    us = ("United States", 39.8, -98.6, "US", "country")
    uk = ("United Kingdom", 54.0, -2.0, "GB", "country")
    jordan_town = ("Town", 32.0, 36.0, "JO", "locality")
    syria = ("Syria", 35.0, 38.0, "SY", "country")
    text = "US-led strikes killed 56 civilians near a village on Tuesday, a monitor said."
    bare = score(stored("a", text, "strikes"), stored("b", text + " ", "strikes"))
    both = score(
        stored("a", text, "strikes", place=us), stored("b", text + " ", "strikes", place=uk)
    )
    assert both == pytest.approx(bare)
    # A specific place in one country and a country-level one elsewhere: costs score.
    mixed = score(
        stored("a", text, "strikes", place=jordan_town),
        stored("b", text + " ", "strikes", place=syria),
    )
    assert mixed == pytest.approx(bare - COUNTRY_PENALTY)


def test_headline_and_lead_of_one_article_may_share_a_cluster() -> None:
    head = stored("a", "Suicide bomber kills 4 in town", "kills").event
    lead = stored(
        "a", "A suicide bomber killed four people on Sunday.", "killed", sentence_start=60
    ).event
    body = stored(
        "a", "Another bomb killed two people in the market.", "killed", sentence_start=900
    ).event
    elsewhere = stored("b", "A suicide bomber killed four people on Sunday.", "killed").event
    assert not two_incidents(head, lead)
    assert two_incidents(head, body) and two_incidents(lead, body)
    assert not two_incidents(head, head) and not two_incidents(head, elsewhere)


def test_one_sentence_dated_to_two_days_tells_two_incidents() -> None:
    text = "Jets bombed Saraqib on Friday, a day after gunmen ambushed a patrol there."
    bombed = stored("a", text, "bombed", day="2021-02-26")
    ambushed = stored("a", text, "ambushed", day="2021-02-25")
    same_day = stored("a", text, "ambushed", day="2021-02-26")
    assert two_incidents(bombed.event, ambushed.event)
    assert not compatible(bombed, ambushed)
    # One sentence, one day: mentions of one incident may share a cluster.
    assert not two_incidents(bombed.event, same_day.event)


def test_two_rare_words_on_one_day_add_the_anchor_bonus() -> None:
    from sitrep.dedup.compat import ANCHOR_BONUS
    from sitrep.dedup.text import Idf, anchors

    a = stored(
        "a", "A deadly strike hit an aid convoy near the village of Urum on Monday.", "strike"
    )
    b = stored("b", "Officials blamed Moscow for the attack on the convoy at Urum.", "attack")
    # The same two sentences a day apart, and a report of one day naming neither word.
    later = stored(
        "c", "Officials blamed Moscow for the attack on the convoy at Urum.", "attack",
        day="2021-03-02",
    )  # fmt: skip
    other = stored(
        "d", "Officials blamed Moscow for the shelling of a market on Monday.", "shelling"
    )
    filler = [f"Shelling killed {n} people in the city on Monday." for n in range(80)]
    idf = Idf.of([a.sentence, b.sentence, other.sentence, *filler])
    assert anchors(a.sentence, b.sentence, idf) == 2  # "convoy", "urum"
    assert anchors(a.sentence, other.sentence, idf) == 0
    # Common words are no anchors: "Monday" is a weekday, "officials" too frequent here.
    assert anchors(b.sentence, other.sentence, Idf.of([b.sentence, other.sentence])) == 0
    plain = Idf.of([a.sentence, b.sentence, other.sentence, *filler, *[b.sentence] * 10])
    with_bonus = score(a, b, idf)
    assert with_bonus - score(a, later, idf) >= ANCHOR_BONUS
    assert anchors(a.sentence, b.sentence, plain) < 2


def test_a_source_a_compass_word_or_a_toll_word_is_no_anchor() -> None:
    from sitrep.dedup.text import Idf, anchors, retelling

    # Two incidents of one Wednesday in one region, both told by the state agency:
    # "central", "wounded" and "SANA" tie nothing, though rare among the sentences.
    bombs = "Twin car bombs in the central city of Homs wounded 40 people, SANA reported."
    raid = "The army took a village in the central province of Hama and wounded dozens, SANA said."
    filler = [f"Shelling killed {n} people in the city on Monday." for n in range(80)]
    idf = Idf.of([bombs, raid, *filler])
    assert anchors(bombs, raid, idf) == 0
    # A copied sentence still counts them as its wording ("northern Syria").
    copy_a = "Kurdish Democratic Forces captured wide areas of northern Syria from the militants."
    copy_b = "Kurdish Democratic Forces have captured wide areas of northern Syria from jihadists."
    idf = Idf.of([copy_a, copy_b, *filler])
    assert anchors(copy_a, copy_b, idf, wording=True) == anchors(copy_a, copy_b, idf) + 1
    assert retelling(copy_a, copy_b, idf)


def test_an_incident_named_by_its_month_is_scored_like_undated_with_a_report_of_its_day() -> None:
    from sitrep.dedup.compat import ANCHOR_BONUS
    from sitrep.dedup.text import Idf

    day = stored(
        "a",
        "Jets bombed a Red Crescent relief convoy at Kafr Tal on Tuesday, killing nine drivers.",
        "bombed",
        day="2016-06-14",
        sentence_start=400,
        published="2016-06-15",
    )
    text = "Moscow denied that its pilots bombed the Red Crescent convoy at Kafr Tal last month."
    month = stored("b", text, "bombed", day="2016-06-01", precision="month", sentence_start=400)
    filler = [f"Shelling killed {n} people in the city on Monday." for n in range(80)]
    idf = Idf.of([day.sentence, month.sentence, *filler])
    terms = dict(score_terms(day, month, idf))
    assert terms["anchors"] == ANCHOR_BONUS
    assert "vague" not in terms
    # A day outside the month, a day told a year later, and an offensive's month
    # stay vague.
    other_day = stored(
        "c", day.sentence, "bombed", day="2016-05-20", sentence_start=400, published="2016-05-21"
    )
    assert "vague" in dict(score_terms(other_day, month, idf))
    looked_back = stored("d", day.sentence, "bombed", day="2016-06-14", sentence_start=400)
    assert "vague" in dict(score_terms(looked_back, month, idf))
    push = stored(
        "e",
        "Moscow said its pilots bombed the Red Crescent convoy at Kafr Tal during the offensive "
        "last month.",
        "bombed",
        day="2016-06-01",
        precision="month",
        sentence_start=400,
    )
    assert "vague" in dict(score_terms(day, push, idf))


def test_an_incident_named_by_its_month_with_the_days_toll_at_its_town_is_anchored() -> None:
    from sitrep.dedup.compat import ANCHOR_BONUS
    from sitrep.dedup.text import Idf

    town = ("Qamishli", 37.05, 41.22, "SY", "locality")
    day = stored(
        "a",
        "A car bomb killed at least 14 people near a market in Qamishli city on Sunday.",
        "killed",
        day="2016-05-08",
        place=town,
        killed=14,
        sentence_start=400,
        published="2016-05-08",
    )
    text = "In May a truck bomb killed at least 14 people in Qamishli."
    month = stored(
        "b", text, "killed", day="2016-05-01", precision="month", place=town, killed=14,
        sentence_start=400,
    )  # fmt: skip
    filler = [f"Shelling killed {n} people in the city on Monday." for n in range(80)]
    idf = Idf.of([day.sentence, month.sentence, *filler])
    assert dict(score_terms(day, month, idf)).get("anchors") == ANCHOR_BONUS
    # Another town with that toll stays a background claim: no bonus.
    elsewhere = stored(
        "c", text.replace("Qamishli", "Hasaka"), "killed", day="2016-05-01", precision="month",
        place=("Hasaka", 36.50, 40.75, "SY", "locality"), killed=14, sentence_start=400,
    )  # fmt: skip
    assert "anchors" not in dict(score_terms(day, elsewhere, idf))
