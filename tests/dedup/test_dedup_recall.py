"""Reports of one event that extraction noise used to keep apart (sitrep.dedup.compat)."""

from __future__ import annotations

import pytest

from sitrep.dedup.cluster import JOIN_THRESHOLD
from sitrep.dedup.compat import (
    FAR_PLACE_PENALTY,
    TARGET_CONFLICT_PENALTY,
    Report,
    compatible,
    dates_compatible,
    same_side,
    score,
)
from sitrep.dedup.figures import figures_differ
from sitrep.model import ActorRef, Event, EventDate, EventLocation, Offsets, Span
from sitrep.store.rows import StoredEvent

IDLIB = ("Idlib", 35.93, 36.63)
SARAQIB = ("Saraqib", 35.86, 36.80)  # about 17 km from Idlib
KHAN_SHAYKHUN = ("Khan Shaykhun", 35.44, 36.65)  # about 55 km from Idlib
DEIR = ("Deir ez-Zor", 35.33, 40.14)  # about 320 km from Idlib


def report(
    doc: str,
    text: str,
    *,
    day: str = "2016-10-24",
    precision: str = "day",
    day_text: str = "on Monday",
    published: str = "2016-10-24",
    place: tuple[str, float, float] | None = IDLIB,
    target: str | None = None,
    end: str | None = None,
) -> Report:
    trigger = "killed"
    start = text.index(trigger)
    where = None
    if place is not None:
        name, lat, lon = place
        where = EventLocation(name=name, lat=lat, lon=lon, country_code="SY", precision="locality")
    event = Event(
        id=Event.make_id(doc, start, "ASSAULT"),
        type="ASSAULT",
        trigger=Span(text=trigger, start=start, end=start + len(trigger)),
        sentence=Offsets(start=0, end=len(text)),
        location=where,
        date=EventDate(value=day, precision=precision, text=day_text, end=end),
        target_actor=ActorRef(actor_id=target, name=target, text=target) if target else None,
    )
    row = StoredEvent.model_validate(
        {**event.model_dump(), "document_id": doc, "outlet": doc, "published": published}
    )
    return Report(row, text)


STRIKE = "Nine civilians were killed on Monday when shells fell on a besieged suburb."
RETOLD = "Shells falling on a besieged suburb killed nine civilians on Monday, a monitor said."


def test_a_round_figure_agrees_with_the_precise_one_it_stands_for() -> None:
    def toll(doc: str, text: str) -> Report:
        return report(doc, text, day="2014-01-01", precision="range", day_text="since 2014",
                      end="2017-10-01")  # fmt: skip

    over = toll(
        "a", "The alliance admitted that over 600 civilians were killed in its raids since 2014."
    )
    exact = toll(
        "b", "The alliance admitted that 630 civilians were killed in its raids since 2014."
    )
    other = toll(
        "c", "The alliance admitted that 700 civilians were killed in its raids since 2014."
    )
    assert compatible(over, exact) and score(over, exact) >= JOIN_THRESHOLD
    # 700 is not "over 600" told exactly: another claim.
    assert score(over, other) == 0.0 and score(exact, other) == 0.0


def test_towns_of_one_province_are_a_place_dispute_not_two_events() -> None:
    near = report("a", STRIKE, place=SARAQIB)
    here = report("b", RETOLD, place=IDLIB)
    apart = report("c", STRIKE, place=KHAN_SHAYKHUN)
    far = report("d", RETOLD, place=DEIR)
    assert compatible(near, here) and compatible(here, apart)
    assert not compatible(here, far)
    # Same words, same day: only the place differs, beyond a town's radius.
    assert score(here, apart) == pytest.approx(score(here, near) - FAR_PLACE_PENALTY, abs=0.01)


def test_a_date_after_publication_also_reads_as_before_publication() -> None:
    # The article states 25 June but carries a 5 June publication date: one of
    # the two is wrong, so a report of the days before 5 June may be the event.
    stated = report("a", STRIKE, day="2016-06-25", day_text="Saturday 25 Jun 2016",
                    published="2016-06-05")  # fmt: skip
    undated = report("b", RETOLD, day="2016-06-05", precision="week", day_text="",
                     published="2016-06-05")  # fmt: skip
    later = report("c", STRIKE, day="2016-06-25", day_text="Saturday", published="2016-06-26")
    assert dates_compatible(stated, undated)
    assert dates_compatible(stated, later)
    # Dated before its own publication: the stated date is the only reading.
    assert not dates_compatible(later, undated)


def test_conflicting_targets_cost_score_instead_of_splitting() -> None:
    civilians = report("a", STRIKE, target="CIVILIANS")
    rebels = report("b", RETOLD, target="SYR_OPPOSITION")
    also_civilians = report("c", RETOLD, target="CIVILIANS")
    assert compatible(civilians, rebels)
    agree = score(civilians, also_civilians)
    assert score(civilians, rebels) == pytest.approx(agree - 0.05 - TARGET_CONFLICT_PENALTY)


def test_a_state_and_its_forces_are_one_side() -> None:
    assert same_side("SYR_GOV", "SYR_GOV_FORCES") and same_side("RUS_MIL", "RUS_GOV")
    assert not same_side("SYR_GOV", "RUS_GOV") and not same_side("ISIS", "HTS")


def test_a_group_and_the_group_it_became_are_one_side() -> None:
    assert same_side("NUSRA", "HTS") and same_side("HTS", "NUSRA")
    assert not same_side("NUSRA", "ISIS")


def test_background_claims_are_not_held_to_the_article_place() -> None:
    text = "Syria has been locked in civil war since early 2011, with 280000 killed."
    a = report("a", text, day="2011-01-01", precision="year", place=IDLIB)
    b = report("b", text, day="2011-01-01", precision="year", place=DEIR)
    assert compatible(a, b) and score(a, b) >= JOIN_THRESHOLD
    # An incident is still held to its place.
    assert not compatible(report("c", STRIKE, place=IDLIB), report("d", STRIKE, place=DEIR))


def test_extracted_tolls_agree_like_the_sentence_figures() -> None:
    over = frozenset({("killed", 700)})
    assert not figures_differ(over, frozenset({("killed", 735)}))
    assert figures_differ(over, frozenset({("killed", 800)}))
    assert figures_differ(frozenset({("killed", 280000)}), frozenset({("killed", 300000)}))


def test_another_speaker_makes_another_statement() -> None:
    def accusation(doc: str, text: str, speaker: str, type_: str = "ACCUSE") -> Report:
        base = report(doc, text, target="SYR_GOV")
        event = base.event.model_copy(
            update={
                "type": type_,
                "source_actor": ActorRef(actor_id=speaker, name=speaker, text=speaker),
            }
        )
        return Report(event, text)

    text = "The opposition accused the government of gassing hundreds, saying hundreds were killed."
    opposition = accusation("a", text, "SYR_OPPOSITION")
    washington = accusation("b", text, "USA_GOV")
    again = accusation("c", text, "SYR_OPPOSITION")
    assert compatible(opposition, again)
    assert not compatible(opposition, washington)
    # In an attack the source is the attacker: outlets blaming different sides
    # disagree about one event.
    by_rebels = accusation("d", STRIKE, "SYR_OPPOSITION", "ASSAULT")
    by_russia = accusation("e", RETOLD, "RUS_MIL", "ASSAULT")
    assert compatible(by_rebels, by_russia)
