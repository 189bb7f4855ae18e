"""Exports: ACLED-style CSV, GeoJSON, Parquet and JSON Lines over hand-built reports."""

from __future__ import annotations

import csv
import io
import json
import sys
from importlib import resources
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dedup"))
from dedup_samples import clustered_store

from sitrep import export
from sitrep.errors import UsageError
from sitrep.export.acled import fatalities, time_precision
from sitrep.model import EVENT_TYPES, EventDate
from sitrep.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return clustered_store(tmp_path / "x.db")


def test_acled_csv_columns_and_values(store: Store) -> None:
    out = io.StringIO()
    assert export.write(store, "acled-csv", out) == 6
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == export.COLUMNS
    sana = next(r for r in rows if r["outlet"] == "sana" and r["sitrep_type"] == "ASSAULT")
    assert sana["event_date"] == "2021-03-01" and sana["year"] == "2021"
    assert sana["time_precision"] == "1"
    assert sana["fatalities"] == "16"
    assert sana["country"] == "Syrian Arab Republic" and sana["location"] == "Jurin"
    assert sana["corroboration"] == "3" and sana["cluster_reports"] == "4"
    assert sana["attribution"] == "according to SANA"
    protest = next(r for r in rows if r["sitrep_type"] == "PROTEST")
    assert (protest["event_type"], protest["sub_event_type"]) == ("Protests", "Peaceful protest")


def test_mapping_covers_every_plover_type() -> None:
    text = resources.files("sitrep").joinpath("data/plover_acled.json").read_text("utf-8")
    assert set(json.loads(text)["types"]) == set(EVENT_TYPES)


def test_geojson_is_lon_lat(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "e.geojson"
    export.write(store, "geojson", path)
    data = json.loads(path.read_text("utf-8"))
    assert data["type"] == "FeatureCollection" and "crs" not in data
    deir = next(f for f in data["features"] if f["properties"]["location"] == "Deir ez-Zor")
    assert deir["geometry"] == {"type": "Point", "coordinates": [40.14, 35.33]}


def test_jsonl_one_object_per_event(store: Store) -> None:
    out = io.StringIO()
    export.write(store, "jsonl", out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(lines) == 6 and all(line["cluster_id"] for line in lines)


def test_parquet_types(store: Store, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "e.parquet"
    export.write(store, "parquet", path)
    table = pq.read_table(path)
    types = {f.name: str(f.type) for f in table.schema}
    assert types["event_date"] == "date32[day]" and types["fatalities"] == "int64"
    assert types["latitude"] == "double" and types["hedged"] == "bool"
    assert table.num_rows == 6


def test_parquet_without_pyarrow_says_what_to_install(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(UsageError, match="pyarrow"):
        export.write(store, "parquet", tmp_path / "e.parquet")


def test_unknown_format(store: Store) -> None:
    with pytest.raises(UsageError, match="acled-csv"):
        export.write(store, "xlsx", io.StringIO())


def test_acled_admin1_is_the_english_division_name() -> None:
    from sitrep.export.acled import _admin1

    # ISO transliterations of Syrian and Iraqi governorates read as ACLED users know them.
    assert _admin1("SY", "Halab") == "Aleppo"
    assert _admin1("IQ", "Ninawa") == "Nineveh"
    # Divisions without an English name listed keep their ISO name.
    assert _admin1("US", "Texas") == "Texas"
    assert _admin1("SY", None) is None


def test_a_running_total_has_no_fatalities(store: Store) -> None:
    event = next(e for e in store.events() if e.outlet == "sana" and e.type == "ASSAULT")
    assert event.date is not None and fatalities(event) == 16
    week = event.date.model_copy(update={"precision": "range", "end": "2021-03-07"})
    assert fatalities(event.model_copy(update={"date": week})) == 16
    years = event.date.model_copy(
        update={"value": "2011-03-01", "precision": "range", "end": "2021-03-01"}
    )
    assert fatalities(event.model_copy(update={"date": years})) is None
    # "over the past month": a month's count, not one attack's.
    month = event.date.model_copy(
        update={"value": "2021-01-31", "precision": "range", "end": "2021-02-28"}
    )
    assert fatalities(event.model_copy(update={"date": month})) is None
    # Dated only to a year ("killed in 2014"): a year's count.
    year = event.date.model_copy(update={"value": "2014-01-01", "precision": "year"})
    assert fatalities(event.model_copy(update={"date": year})) is None
    within = event.date.model_copy(update={"value": "2014-08-01", "precision": "month"})
    assert fatalities(event.model_copy(update={"date": within})) == 16
    # A war's toll told without its start ("the feud has cost 40,000 lives") is
    # dated to its report's week: its size alone marks it as a running total.
    toll = event.quantities[0].model_copy(update={"value": 40_000})
    assert fatalities(event.model_copy(update={"date": week, "quantities": [toll]})) is None


def test_time_precision_of_a_range_counts_its_days() -> None:
    def span(end: str) -> EventDate:
        return EventDate(value="2021-02-01", precision="range", text="", end=end)

    assert time_precision(span("2021-02-03")) == 2  # "the past two days"
    assert time_precision(span("2021-02-15")) == 3  # "the past two weeks"
    assert time_precision(EventDate(value="2021-02-01", precision="day", text="")) == 1
    assert time_precision(None) is None
