"""Writing: idempotency, per-document transactions, round trip, failures."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from store_samples import ALL, airlift, protest, threat

from sitrep.errors import StageError
from sitrep.model import Event, Extraction, Failure
from sitrep.store import Store, rows

EMPTY = {"documents": 0, "places": 0, "actors": 0, "events": 0, "attributions": 0, "failures": 0}


def test_counts_after_adding(filled: Store) -> None:
    assert filled.counts() == {
        "documents": 4,
        "places": 2,
        "actors": 2,
        "events": 6,
        "attributions": 2,
        "failures": 0,
    }


def test_adding_again_changes_nothing(filled: Store) -> None:
    before = filled.counts()
    for make in ALL:
        assert filled.add(make()) is False
    assert filled.counts() == before
    assert filled.has_document(airlift().document.id)
    assert not filled.has_document("0" * 16)


def test_same_document_id_with_other_content_is_not_replaced(store: Store) -> None:
    original = airlift()
    store.add(original)
    changed = original.model_copy(update={"events": original.events[:1]})
    assert store.add(changed) is False
    assert store.extraction(original.document.id) == original


def test_reopening_keeps_everything(db_path: Path) -> None:
    with Store.open(str(db_path)) as store:
        store.add(airlift())
    with Store.open(str(db_path), create=False) as store:
        assert store.counts()["events"] == 2
        assert store.add(airlift()) is False


@pytest.mark.parametrize("make", ALL)
def test_round_trip(store: Store, make: object) -> None:
    assert callable(make)
    extraction: Extraction = make()
    store.add(extraction)
    back = store.extraction(extraction.document.id)
    assert back == extraction
    assert back is not None and back.to_json() == extraction.to_json()


def test_unknown_document_is_none(store: Store) -> None:
    assert store.extraction("nope") is None


def test_crash_mid_document_leaves_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(event: Event) -> list[rows.Row]:
        raise RuntimeError("power cut")

    monkeypatch.setattr(rows, "attribution_rows", boom)
    with pytest.raises(RuntimeError, match="power cut"):
        store.add(airlift())
    assert store.counts() == EMPTY
    monkeypatch.undo()
    assert store.add(airlift()) is True


def test_duplicate_event_ids_fail_the_document_only(store: Store) -> None:
    bad = airlift()
    bad = bad.model_copy(update={"events": [bad.events[0], bad.events[0]]})
    with pytest.raises(StageError) as info:
        store.add(bad)
    assert info.value.stage == "store"
    assert store.counts() == EMPTY  # document, places and actors rolled back too
    assert store.add(protest()) is True


def test_sentence_text_is_denormalised(filled: Store) -> None:
    with filled._read() as conn:
        sentences = conn.execute(
            text("SELECT sentence_text FROM events WHERE type = 'THREATEN'")
        ).scalars()
        assert list(sentences) == [threat().document.text]


def test_attribution_rows_keep_chain_order(filled: Store) -> None:
    with filled._read() as conn:
        got = conn.execute(
            text("SELECT position, source, cue, anonymous FROM attributions ORDER BY position")
        ).all()
    assert [tuple(row) for row in got] == [
        (0, "SANA", "said", 0),
        (1, "local sources", "citing", 1),
    ]


def test_sqlite_pragmas(store: Store) -> None:
    with store._read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_failures_are_recorded_once(store: Store) -> None:
    first = Failure(document="a.txt", stage="ingest", message="file is binary", document_id=None)
    other_stage = Failure(document="a.txt", stage="nlp", message="file is binary")
    store.add_failure(first)
    store.add_failure(first)
    store.add_failure(other_stage)
    store.add_failure(Failure(document="a.txt", stage="ingest", message="file is binary"))
    assert store.failures() == [first, other_stage]
    assert store.counts()["failures"] == 2


def test_long_failure_messages(store: Store) -> None:
    long = Failure(document="b.txt", stage="events", message="x" * 100_000, document_id="ab")
    store.add_failure(long)
    store.add_failure(long)
    assert store.failures() == [long]


def test_reported_on_prefers_the_texts_own_stamp() -> None:
    from sitrep.model import EventDate, Offsets, Span

    base = {
        "id": "e1",
        "type": "ASSAULT",
        "trigger": Span(text="shelled", start=0, end=7),
        "sentence": Offsets(start=0, end=20),
        "document_id": "d1",
        "published": "2016-09-05",
    }
    # Metadata says 5 September; the text's stamp (the time stage's reference) 20th.
    stamped = rows.StoredEvent(
        **base,
        date=EventDate(value="2016-09-19", precision="day", text="Monday", reference="2016-09-20"),
    )
    assert stamped.reported_on == "2016-09-20"
    plain = rows.StoredEvent(**base, date=EventDate(value="2016-09-04", precision="day", text="x"))
    assert plain.reported_on == "2016-09-05"
    assert rows.StoredEvent(**base).reported_on == "2016-09-05"
