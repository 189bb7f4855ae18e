"""The miss explainer (sitrep.dedup.explain), the named hard constraints it reports,
and reports that doubt only a detail of a past happening (sitrep.dedup.hedges)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from dedup_samples import (
    ALL,
    JURIN,
    ahram,
    clustered_store,
    deir,
    protest,
    report,
    reuters,
    sana,
    trt,
)

from sitrep import dedup
from sitrep.dedup.cluster import refusal
from sitrep.dedup.compat import Report, compatible, conflict, score, score_terms
from sitrep.dedup.explain import CONSTRAINTS, Explanation, explain_pairs, main, totals
from sitrep.dedup.hedges import hedged_past, purpose_of
from sitrep.dedup.text import Idf
from sitrep.model import Event, EventDate, EventLocation, Extraction, Offsets, Span
from sitrep.store import Store
from sitrep.store.rows import StoredEvent


def rally() -> Extraction:
    text = (
        "Demonstrators gathered at the main square of Jurin on Monday, demanding the "
        "release of detainees."
    )
    return report("g", "trt", text, "gathered", "PROTEST", where=JURIN, day="2021-03-01",
                  target=None)  # fmt: skip


def key(make: object) -> list[object]:
    extraction = make()  # type: ignore[operator]
    trigger = extraction.events[0].trigger
    return [extraction.document.source_id, trigger.start, trigger.end]


PAIRS = [
    {"a": key(sana), "b": key(ahram), "same": True},
    {"a": key(sana), "b": key(deir), "same": False},
    {"a": key(trt), "b": key(deir), "same": True},  # two places, two tolls: kept apart
    {"a": key(protest), "b": key(sana), "same": True},  # a protest is no shelling
    {"a": ["nowhere", 0, 1], "b": key(sana), "same": True},
    {"a": key(sana), "b": key(reuters), "same": False},  # labelled wrong on purpose
    {"a": key(protest), "b": key(rally), "same": True},  # alike in little but day and place
]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return clustered_store(tmp_path / "d.db", (*ALL, rally))


def test_every_pair_gets_an_outcome_and_every_miss_its_first_reason(store: Store) -> None:
    found = explain_pairs(store, PAIRS)
    assert [f.outcome for f in found] == ["TP", "TN", "FN", "FN", "unmatched", "FP", "FN"]
    assert [f.category for f in found[:5]] == [None, None, "tolls_elsewhere", "type", "no_event"]
    assert found[5].category == "direct"  # the two reports' own pair joined them
    missed = found[6]
    assert missed.category == "score" and missed.score is not None
    assert missed.key == "score[0.30,0.45)" and 0.30 <= missed.score < dedup.JOIN_THRESHOLD
    assert {"same_day", "same_place"} <= {name for name, _ in missed.terms}
    assert set(CONSTRAINTS) >= {"tolls_elsewhere", "type", "modality", "dates", "places"}


def test_totals_count_categories_without_naming_a_pair(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    counts = totals(explain_pairs(store, PAIRS))
    assert counts["FN"] == 3 and counts["FN type"] == 1 and counts["unmatched no_event"] == 1
    assert counts["FN score, largest cost: none"] == 1
    assert counts["FN score, agrees on: day+place"] == 1
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"pairs": PAIRS}), encoding="utf-8")
    store.close()
    assert main(["--db", str(tmp_path / "d.db"), "--totals-only", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "FN tolls_elsewhere" in out and "FP direct" in out
    assert "nowhere" not in out and "'a'" not in out and "0.41" not in out
    assert main(["--db", str(tmp_path / "d.db"), str(gold)]) == 0
    assert "Demonstrators gathered" in capsys.readouterr().out  # the full view shows texts
    assert main(["--db", str(tmp_path / "missing.db"), str(gold)]) == 2


def test_totals_count_misses_kept_out_by_a_sibling_and_by_stated_days() -> None:
    pair = {"a": ["x", 0, 1], "b": ["y", 0, 1], "same": True}
    misses = [
        Explanation(pair, "FN", "score", sibling=True, days_apart=1),
        Explanation(pair, "FN", "dates", days_apart=4),
        Explanation(pair, "FN", "score", days_apart=0),
        Explanation(pair, "TP"),
    ]
    counts = totals(misses)
    assert counts["FN sibling in the other's cluster"] == 1
    assert counts["FN stated days apart: 1"] == 1
    assert counts["FN stated days apart: 3+"] == 1
    assert not [k for k in counts if k.startswith("FN stated days apart: 0")]
    assert not [k for k in counts if k.startswith("TP ")]


def test_a_miss_of_two_stated_days_records_the_days_between(store: Store) -> None:
    found = explain_pairs(store, PAIRS)
    for miss in (f for f in found if f.outcome == "FN"):
        assert miss.days_apart is None or miss.days_apart >= 0
    assert found[6].days_apart == 0  # a protest and a rally of one Monday
    assert found[0].days_apart is None and not found[0].sibling  # a merged pair


def test_the_score_is_the_sum_of_its_terms_in_order(store: Store) -> None:
    found = explain_pairs(store, PAIRS)[6]
    total = found.terms[0][1]
    for _, delta in found.terms[1:]:
        total += delta
    assert total == found.score


LOCATION = EventLocation(name="Raqqa", lat=35.95, lon=39.01, country_code="SY",
                         precision="locality")  # fmt: skip


def told(doc: str, text: str, trigger: str, *, modality: str = "asserted",
         day: str = "2017-04-08", type_: str = "ASSAULT") -> Report:  # fmt: skip
    start = 300 + text.index(trigger)
    event = Event(
        id=Event.make_id(doc, start, type_),
        type=type_,
        modality=modality,
        trigger=Span(text=trigger, start=start, end=start + len(trigger)),
        sentence=Offsets(start=300, end=300 + len(text)),
        location=LOCATION,
        date=EventDate(value=day, precision="day", text="Saturday"),
    )
    row = StoredEvent.model_validate(
        {**event.model_dump(), "document_id": doc, "outlet": f"o-{doc}", "published": day}
    )
    return Report(row, text)


ASSERTED = "The coalition air strike on a school in Raqqa on Saturday killed 20 civilians."


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Residents said as many as 14 people may have died in the strike on Saturday.",
         "died"),
        ("Witnesses said it was unclear whether the strike was flown by government or "
         "allied aircraft.", "strike"),
        ("It was not known who carried out the strike on the school.", "strike"),
        ("The strike on the school was probably launched from coalition jets.", "strike"),
        ("Police said the blast near the bus depot may be a deliberate attack.", "attack"),
    ],
)  # fmt: skip
def test_doubt_about_a_detail_of_a_past_happening_is_still_a_report_of_it(
    text: str, trigger: str
) -> None:
    hedged = told("b", text, trigger, modality="hypothetical")
    assert hedged_past(hedged)
    assert conflict(told("a", ASSERTED, "strike"), hedged) != "modality"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The coalition said it would intensify its strikes on Raqqa.", "strikes"),
        ("An inquiry will determine whether its strikes on Saturday killed civilians.", "killed"),
        ("It was still not clear if the aid convoys had set off again.", "convoys"),
        ("The rebels may have to strike back at the army positions.", "strike"),
    ],
)
def test_a_happening_not_told_as_past_stays_apart(text: str, trigger: str) -> None:
    doubtful = told("b", text, trigger, modality="hypothetical")
    assert not hedged_past(doubtful)
    assert conflict(told("a", ASSERTED, "strike"), doubtful) == "modality"
    assert not compatible(told("a", ASSERTED, "strike"), doubtful)


def test_constraints_are_named_in_order_and_groups_say_why_they_stay_apart() -> None:
    strike = told("a", ASSERTED, "strike")
    rally = told("b", "Crowds rallied in Raqqa on Saturday.", "rallied", type_="PROTEST")
    assert conflict(strike, rally) == "type"
    week_later = told("c", ASSERTED + " ", "strike", day="2017-04-18")
    assert conflict(strike, week_later) == "dates"
    same = told("d", ASSERTED + "  ", "strike")
    assert conflict(strike, same) is None and compatible(strike, same)
    assert score(strike, same) == sum(delta for _, delta in score_terms(strike, same))
    idf = Idf.of(r.sentence for r in (strike, week_later, same))
    assert refusal([strike, same], [week_later], idf) == "days_apart"
    assert refusal([strike], [same], idf) is None


def test_totals_split_modality_misses_and_neighbour_matches() -> None:
    pair = {"a": ["1", 0, 4], "b": ["2", 0, 4], "same": True}
    found = [
        Explanation(pair, "FN", "modality", match="coreference", detail="asserted/negated"),
        Explanation(pair, "FN", "modality", match="exact", detail="asserted/hypothetical"),
    ]
    counts = totals(found)
    assert counts["FN modality"] == 2 and counts["FN modality: asserted/negated"] == 1
    assert counts["FN matched by coreference"] == 1
    assert counts["FN modality (matched by coreference)"] == 1


def test_an_act_with_a_purpose_took_place_and_its_goal_did_not() -> None:
    act = told(
        "b",
        "The ministry said the strike went wrong and was meant to hit a weapons depot.",
        "strike",
        modality="planned",
    )
    assert purpose_of(act) and conflict(told("a", ASSERTED, "strike"), act) != "modality"
    goal = told(
        "c", "The alliance opened a campaign aimed to recapture the dam.", "recapture",
        modality="planned",
    )  # fmt: skip
    assert not purpose_of(goal) and conflict(told("a", ASSERTED, "strike"), goal) == "modality"
