"""Clustering, independence and disagreements over hand-built reports."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from dedup_samples import (
    ALL,
    SHELLING,
    ahram,
    clustered_store,
    deir,
    filled_store,
    protest,
    sana,
    trt,
)

from sitrep import dedup
from sitrep.dedup.clusters import build
from sitrep.dedup.evaluate import evaluate_pairs
from sitrep.dedup.independence import independent_groups, view
from sitrep.dedup.outlets import outlet_key, wire_credit
from sitrep.dedup.text import similarity
from sitrep.model import Document, Event, EventDate, EventLocation, Extraction, Offsets, Span
from sitrep.store import EventFilter, Store
from sitrep.store.rows import StoredEvent


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return clustered_store(tmp_path / "d.db")


def shelling_cluster(store: Store) -> dedup.Cluster:
    found = [c for c in dedup.clusters(store) if len(c.reports) > 1]
    assert len(found) == 1
    return found[0]


def test_four_reports_of_one_shelling_form_one_cluster(store: Store) -> None:
    cluster = shelling_cluster(store)
    assert cluster.type == "ASSAULT"
    assert cluster.outlets == ["Al-Ahram", "Reuters", "SANA", "TRT"]
    assert {r.event.document_id for r in cluster.reports} == {
        make().document.id for make in SHELLING
    }
    # The far-away strike and the protest stay apart.
    assert len(dedup.clusters(store)) == 3


def test_citing_and_credited_copies_are_not_independent(store: Store) -> None:
    cluster = shelling_cluster(store)
    # SANA + Al-Ahram citing SANA; Reuters citing the Observatory; TRT crediting AFP.
    assert cluster.independent_outlets == 3
    data = cluster.to_dict()
    assert ["SANA"] in data["independent_groups"]
    assert {"id", "type", "events", "reports", "outlets", "independent_outlets",
            "disagreements", "first_reported"} <= set(data)  # fmt: skip
    json.dumps(data)


def test_disagreements_list_outlets_on_each_side(store: Store) -> None:
    cluster = shelling_cluster(store)
    kinds = {d.kind: d for d in cluster.disagreements}
    killed = kinds["quantity"]
    assert killed.about == "killed"
    assert [s.value for s in killed.sides] == ["16", "22"]
    assert set(killed.sides[0].outlets) == {"SANA", "Al-Ahram"}
    assert set(killed.sides[1].outlets) == {"Reuters", "TRT"}
    assert "according to Al-Ahram citing SANA" in killed.sides[0].according_to
    blamed = kinds["actor"]
    assert {s.value for s in blamed.sides} == {"Rebels", "Syrian government forces"}
    assert "place" not in kinds


def test_incremental_update_joins_existing_clusters(tmp_path: Path) -> None:
    store = filled_store(tmp_path / "i.db", (sana, deir))
    assert dedup.update_clusters(store) == 2
    first = {c.id for c in dedup.clusters(store)}
    for make in (ahram, trt, protest):
        store.add(make())
    assert dedup.update_clusters(store, [ahram().document.id]) == 1
    assert dedup.update_clusters(store) == 2
    assert dedup.update_clusters(store) == 0
    after = dedup.clusters(store)
    # Cluster ids are the first event's: the SANA cluster kept its id and grew.
    grown = next(c for c in after if len(c.reports) == 3)
    assert grown.id in first


def test_same_input_gives_same_clusters(tmp_path: Path) -> None:
    results = []
    for name in ("one.db", "two.db"):
        store = filled_store(tmp_path / name, tuple(reversed(ALL)))
        dedup.update_clusters(store)
        results.append([c.to_dict() for c in dedup.clusters(store)])
    assert results[0] == results[1]


def test_filter_selects_clusters_with_all_their_reports(store: Store) -> None:
    found = dedup.clusters(store, EventFilter(outlet="trt"))
    assert len(found) == 1 and len(found[0].reports) == 4


def test_outlet_names_fold_to_the_registry() -> None:
    assert outlet_key("manar") == "Al-Manar"
    assert outlet_key("asharqalawsat") == "Asharq Al-Awsat"
    assert outlet_key("Syrian Arab News Agency") == "SANA"
    assert outlet_key("unknownpaper") == "unknownpaper"
    assert wire_credit("Twelve people died in the blast. (AFP)") == "AFP"
    assert wire_credit("BEIRUT (Reuters) - Twelve people died.") == "Reuters"
    assert wire_credit("Reuters reported a blast in the city, then more text follows here " * 3
                       + "and the article ends without a credit.") is None  # fmt: skip


def test_near_identical_sentences_count_once(store: Store) -> None:
    events = store.events()
    copy = "Government forces shelled the village of Jurin on Monday, killing 22 civilians."
    views = [view(events[0], copy, None), view(events[1], copy + " ", None)]
    assert len(independent_groups(views)) == 1
    assert similarity(copy, "A market was hit in Deir ez-Zor.") < 0.3


def test_pair_evaluation(store: Store) -> None:
    def key(make: object) -> list[object]:
        extraction = make()  # type: ignore[operator]
        trigger = extraction.events[0].trigger
        return [extraction.document.source_id, trigger.start, trigger.end]

    pairs = [
        {"a": key(sana), "b": key(ahram), "same": True},
        {"a": key(sana), "b": key(deir), "same": False},
        {"a": key(trt), "b": key(deir), "same": True},  # a deliberately wrong label
        {"a": ["nowhere", 0, 1], "b": key(sana), "same": False},
    ]
    scores = evaluate_pairs(store, pairs)
    assert (scores.true_positive, scores.true_negative, scores.false_negative) == (1, 1, 1)
    assert scores.missing == 1
    assert scores.precision == 1.0 and scores.recall == 0.5


def test_gold_pairs_file_holds_ids_and_offsets_only() -> None:
    path = resources.files("sitrep").joinpath("data/dedup_gold_fakes_dev.json")
    data = json.loads(path.read_text("utf-8"))
    assert len(data["pairs"]) >= 30
    assert {p["same"] for p in data["pairs"]} == {True, False}
    for pair in data["pairs"]:
        assert set(pair) == {"a", "b", "same"}
        for unit_id, start, end in (pair["a"], pair["b"]):
            assert unit_id.isdigit() and 0 <= start < end


def test_held_out_gold_is_apart_from_the_design_gold() -> None:
    root = resources.files("sitrep").joinpath("data")
    design = json.loads(root.joinpath("dedup_gold_fakes_dev.json").read_text("utf-8"))
    held = json.loads(root.joinpath("dedup_gold_fakes_dev_heldout.json").read_text("utf-8"))
    assert len(held["pairs"]) >= 30
    assert sum(p["same"] for p in held["pairs"]) >= 15
    docs = {frozenset((p["a"][0], p["b"][0])) for p in design["pairs"]}
    assert not docs & {frozenset((p["a"][0], p["b"][0])) for p in held["pairs"]}


def test_third_and_fourth_held_out_gold_share_no_document_pair_with_the_others() -> None:
    root = resources.files("sitrep").joinpath("data")

    def doc_pairs(name: str) -> set[frozenset[str]]:
        data = json.loads(root.joinpath(name).read_text("utf-8"))
        return {frozenset((p["a"][0], p["b"][0])) for p in data["pairs"]}

    third = json.loads(root.joinpath("dedup_gold_fakes_dev_heldout3.json").read_text("utf-8"))
    assert len(third["pairs"]) >= 60 and sum(p["same"] for p in third["pairs"]) >= 20
    assert all(set(p) == {"a", "b", "same"} and p["a"][0] != p["b"][0] for p in third["pairs"])
    # One pair per document pair, none shared with the earlier files.
    assert len(doc_pairs("dedup_gold_fakes_dev_heldout3.json")) == len(third["pairs"])
    for earlier in ("", "_heldout", "_heldout2"):
        shared = doc_pairs(f"dedup_gold_fakes_dev{earlier}.json")
        assert not shared & doc_pairs("dedup_gold_fakes_dev_heldout3.json"), earlier
    fourth = json.loads(root.joinpath("dedup_gold_fakes_dev_heldout4.json").read_text("utf-8"))
    assert len(fourth["pairs"]) >= 40 and sum(p["same"] for p in fourth["pairs"]) >= 10
    assert len(doc_pairs("dedup_gold_fakes_dev_heldout4.json")) == len(fourth["pairs"])
    for earlier in ("", "_heldout", "_heldout2", "_heldout3"):
        shared = doc_pairs(f"dedup_gold_fakes_dev{earlier}.json")
        assert not shared & doc_pairs("dedup_gold_fakes_dev_heldout4.json"), earlier


@pytest.mark.parametrize(
    ("suffix", "min_pairs", "min_same"),
    [("_heldout5", 40, 15), ("_heldout6", 100, 30), ("_heldout7", 80, 20), ("_nearmiss", 70, 5)],
)
def test_tuning_gold_sets_share_no_document_pair_with_the_others(
    suffix: str, min_pairs: int, min_same: int
) -> None:
    root = resources.files("sitrep").joinpath("data")

    def doc_pairs(name: str) -> set[frozenset[str]]:
        data = json.loads(root.joinpath(name).read_text("utf-8"))
        return {frozenset((p["a"][0], p["b"][0])) for p in data["pairs"]}

    name = f"dedup_gold_fakes_dev{suffix}.json"
    tuning = json.loads(root.joinpath(name).read_text("utf-8"))
    assert "TUNING set" in tuning["_note"]
    assert len(tuning["pairs"]) >= min_pairs
    assert sum(p["same"] for p in tuning["pairs"]) >= min_same
    assert all(set(p) == {"a", "b", "same"} and p["a"][0] != p["b"][0] for p in tuning["pairs"])
    assert len(doc_pairs(name)) == len(tuning["pairs"])
    others = ("", "_heldout", "_heldout2", "_heldout3", "_heldout4", "_heldout5", "_heldout6")
    for earlier in others:
        if earlier != suffix:
            assert not doc_pairs(f"dedup_gold_fakes_dev{earlier}.json") & doc_pairs(name), earlier


def test_the_eighth_blind_set_shares_no_document_pair_with_the_others() -> None:
    root = resources.files("sitrep").joinpath("data")

    def doc_pairs(name: str) -> set[frozenset[str]]:
        data = json.loads(root.joinpath(name).read_text("utf-8"))
        return {frozenset((p["a"][0], p["b"][0])) for p in data["pairs"]}

    name = "dedup_gold_fakes_dev_heldout8.json"
    eighth = json.loads(root.joinpath(name).read_text("utf-8"))
    assert eighth["_note"].startswith("EIGHTH set, blind")
    assert len(eighth["pairs"]) >= 80 and sum(p["same"] for p in eighth["pairs"]) >= 25
    assert all(set(p) == {"a", "b", "same"} and p["a"][0] != p["b"][0] for p in eighth["pairs"])
    assert len(doc_pairs(name)) == len(eighth["pairs"])
    for n in ("", "_heldout", *(f"_heldout{k}" for k in range(2, 8))):
        assert not doc_pairs(f"dedup_gold_fakes_dev{n}.json") & doc_pairs(name), n


def test_best_first_joins_reports_that_arrive_out_of_order(tmp_path: Path) -> None:
    # The TRT report (no blame) alone links SANA's and Reuters' conflicting
    # accounts; whatever order they are clustered in, all four end in one cluster.
    for order in (SHELLING, tuple(reversed(SHELLING))):
        store = filled_store(tmp_path / f"o{len(list(tmp_path.iterdir()))}.db", order)
        dedup.update_clusters(store)
        assert max(len(c.reports) for c in dedup.clusters(store)) == 4


def test_mentions_merged_by_coreference_resolve_to_the_event(store: Store) -> None:
    made = sana()
    trigger = made.events[0].trigger
    later = [made.document.source_id, trigger.end + 10, trigger.end + 15]
    other = ahram()
    pairs = [{"a": later, "b": [other.document.source_id, other.events[0].trigger.start,
                                other.events[0].trigger.end], "same": True}]  # fmt: skip
    scores = evaluate_pairs(store, pairs)
    assert scores.resolved == 1 and scores.true_positive == 1


def _story(source_id: str, outlet: str) -> Extraction:
    """Eight sentences; only the first and the last are events of their own."""
    sentences = [
        "Shelling hit the village of Jurin on Monday.",
        "Twelve people were killed in the bombardment.",
        *(f"Filler sentence number {n} says nothing about {outlet}." for n in range(5)),
        "A market was bombed in the town later.",
    ]
    text = " ".join(sentences)
    doc = Document(
        id=Document.content_id(text),
        source_id=source_id,
        outlet=outlet,
        published="2021-03-02",
        text=text,
    )
    made = []
    for sentence, trigger in ((sentences[0], "Shelling"), (sentences[-1], "bombed")):
        at, start = text.index(sentence), text.index(trigger)
        made.append(
            Event(
                id=Event.make_id(doc.id, start, "ASSAULT"),
                type="ASSAULT",
                trigger=Span(text=trigger, start=start, end=start + len(trigger)),
                sentence=Offsets(start=at, end=at + len(sentence)),
                date=EventDate(value="2021-03-01", precision="day", text="Monday"),
            )
        )
    return Extraction(document=doc, events=made)


def test_gold_mentions_match_the_event_at_their_span_sentence_or_coreference(
    tmp_path: Path,
) -> None:
    store = Store.open(str(tmp_path / "m.db"))
    one, two = _story("x", "sana"), _story("y", "trt")
    store.add(one)
    store.add(two)
    text = one.document.text

    def at(word: str, source: str = "x", cut: int = 0) -> list[object]:
        start = text.index(word)
        return [source, start, start + len(word) - cut]

    shelling_y = at("Shelling", "y")
    pairs = [
        {"a": at("Shelling"), "b": shelling_y, "same": True},  # exact
        {"a": at("Shelling", cut=3), "b": shelling_y, "same": True},  # overlap: re-cut trigger
        {"a": at("Jurin"), "b": shelling_y, "same": True},  # same sentence
        {"a": at("killed"), "b": shelling_y, "same": True},  # coreference, next sentence
        {"a": at("bombed"), "b": shelling_y, "same": False},  # exact, another event
        {"a": at("says"), "b": shelling_y, "same": True},  # filler 1 is 3 sentences on: coref
    ]
    # Filler 4 is six sentences after the shelling, one before the market bombing.
    far = text.index("Filler sentence number 4")
    pairs.append({"a": ["x", far, far + 6], "b": at("Shelling", "y"), "same": False})
    scores = evaluate_pairs(store, pairs)
    assert scores.matched == {"exact": 2, "overlap": 1, "sentence": 1, "coreference": 3}
    assert scores.missing == 0
    # Nothing is clustered in this store: every pair is predicted "different".
    assert (scores.false_negative, scores.true_negative) == (5, 2)
    # More than COREF_SENTENCES sentences from any event of the type: no event.
    lone = _story("z", "ahram")
    text_z = lone.document.text
    store.add(lone.model_copy(update={"events": lone.events[:1]}))
    beyond = text_z.index("A market")
    missing = evaluate_pairs(
        store, [{"a": ["z", beyond, beyond + 6], "b": shelling_y, "same": True}]
    )
    assert missing.missing == 1 and missing.false_negative == 1


def _stored(doc: str, **fields: object) -> StoredEvent:
    """A stored event of document ``doc`` with the given contract fields."""
    return StoredEvent(
        id=f"e-{doc}",
        type="ASSAULT",
        trigger=Span(text="attack", start=0, end=6),
        sentence=Offsets(start=0, end=30),
        document_id=doc,
        **fields,
    )


def _on(day: str) -> EventDate:
    return EventDate(value=day, precision="day", text="on Wednesday")


def test_first_reported_skips_a_report_dated_before_its_event() -> None:
    # A crawled date of the 13th for a report of the attack of the 21st is impossible.
    early = _stored("a", published="2013-08-13", date=_on("2013-08-21"))
    events = [early, _stored("b", published="2013-08-22", date=_on("2013-08-21"))]
    assert build("c1", events, {}, {}).first_reported == "2013-08-22"
    # When every report is so dated, the earliest date is all there is.
    assert build("c2", [early], {}, {}).first_reported == "2013-08-13"


def test_cluster_place_prefers_a_place_finer_than_the_country() -> None:
    def at(doc: str, name: str, precision: str) -> StoredEvent:
        where = EventLocation(name=name, lat=36.2, lon=37.2, precision=precision)
        return _stored(doc, published="2016-06-04", location=where)

    syria = [at("a", "Syria", "country"), at("b", "Syria", "country")]
    events = [*syria, at("c", "Aleppo", "locality")]
    assert build("c1", events, {}, {}).place == "Aleppo"
    assert build("c2", syria, {}, {}).place == "Syria"


def test_cluster_dates_prefer_the_reports_dated_to_a_day() -> None:
    month = EventDate(value="2016-09-01", precision="month", text="last month")
    events = [
        _stored("a", published="2016-10-03", date=month),
        _stored("b", published="2016-09-20", date=_on("2016-09-19")),
        _stored("c", published="2016-09-21", date=_on("2016-09-19")),
    ]
    assert build("c1", events, {}, {}).dates == ("2016-09-19", "2016-09-19")
    assert build("c2", events[:1], {}, {}).dates == ("2016-09-01", "2016-09-01")


def test_word_weights_count_each_sentence_once() -> None:
    from dedup_samples import as_report, sentence_event

    from sitrep.dedup.cluster import sentences_of

    text = "Shells hit the market in Jurin and rockets struck a school on Monday."
    shells = sentence_event("a", text, "hit", at=0)
    rockets = sentence_event("a", text, "struck", at=0)
    other = sentence_event("b", text, "hit", at=0)
    reports = [as_report(e, text, d, published="2016-06-06") for e, d in
               ((shells, "a"), (rockets, "a"), (other, "b"))]  # fmt: skip
    # Two events of one sentence are one sentence; another document's copy is another.
    assert sentences_of(reports) == [text, text]
