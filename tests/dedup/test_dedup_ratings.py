"""Users' outlet ratings: files, the store, clusters and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from dedup_samples import filled_store
from typer.testing import CliRunner

from sitrep import dedup
from sitrep.cli import app
from sitrep.dedup.ratings import parse_ratings, read_ratings
from sitrep.errors import UsageError
from sitrep.store import Store

RATINGS = {
    "ratings": [
        {"outlet": "sana", "rater": "Analyst A", "date": "2026-11-20", "reliability": "C"},
        {
            "outlet": "Reuters",
            "rater": "Analyst A",
            "date": "2026-11-20T09:00:00Z",
            "reliability": "B",
            "note": "wire copy",
        },
    ]
}


def test_json_and_csv_files_give_the_same_ratings(tmp_path: Path) -> None:
    as_json = tmp_path / "r.json"
    as_json.write_text(json.dumps(RATINGS), encoding="utf-8")
    as_csv = tmp_path / "r.csv"
    as_csv.write_text(
        "outlet,rater,date,reliability,note\n"
        "sana,Analyst A,2026-11-20,C,\n"
        'Reuters,Analyst A,2026-11-20,B,"wire copy"\n',
        encoding="utf-8",
    )
    from_json, from_csv = read_ratings(as_json), read_ratings(as_csv)
    assert from_json == from_csv
    # Outlet names fold to the registry's; the day is kept from a timestamp.
    assert [(r.outlet, r.date) for r in from_json] == [
        ("SANA", "2026-11-20"),
        ("Reuters", "2026-11-20"),
    ]
    assert from_json[1].fields == {"reliability": "B", "note": "wire copy"}


@pytest.mark.parametrize(
    "record",
    [
        {"outlet": "SANA", "date": "2026-11-20", "reliability": "C"},  # no rater
        {"outlet": "SANA", "rater": "A", "date": "20/11/2026", "reliability": "C"},
        {"outlet": "SANA", "rater": "A", "date": "2026-11-20"},  # nothing rated
        {"outlet": "SANA", "rater": "A", "date": "2026-11-20", "scores": [1, 2]},
    ],
)
def test_bad_ratings_are_refused_with_their_number(record: dict[str, object]) -> None:
    with pytest.raises(UsageError, match="rating 2"):
        parse_ratings(json.dumps([RATINGS["ratings"][0], record]), "json")


def test_store_keeps_rater_and_date_and_replaces_on_reimport(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "r.db"))
    assert store.ratings() == []  # no table yet: no ratings, no error
    ratings = parse_ratings(json.dumps(RATINGS), "json")
    assert store.add_ratings(ratings) == 2
    store.add_ratings(ratings)
    changed = parse_ratings(json.dumps([{**RATINGS["ratings"][0], "reliability": "D"}]), "json")
    store.add_ratings(changed)
    found = store.ratings()
    assert [(r.outlet, r.rater, r.date) for r in found] == [
        ("Reuters", "Analyst A", "2026-11-20"),
        ("SANA", "Analyst A", "2026-11-20"),
    ]
    assert found[1].fields == {"reliability": "D"}
    assert [r.outlet for r in store.ratings(["SANA"])] == ["SANA"]


def test_clusters_show_the_ratings_of_their_outlets_only(tmp_path: Path) -> None:
    store = filled_store(tmp_path / "c.db")
    dedup.update_clusters(store)
    store.add_ratings(parse_ratings(json.dumps(RATINGS), "json"))
    by_size = {len(c.reports): c for c in dedup.clusters(store)}
    shelling = by_size[4].to_dict()
    assert [(r["outlet"], r["rater"], r["date"]) for r in shelling["user_ratings"]] == [
        ("Reuters", "Analyst A", "2026-11-20"),
        ("SANA", "Analyst A", "2026-11-20"),
    ]
    protest = next(c for c in dedup.clusters(store) if c.type == "PROTEST")
    assert [r.outlet for r in protest.user_ratings] == ["SANA"]


def test_cli_imports_and_lists_ratings(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    filled_store(db)
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(RATINGS), encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(app, ["outlets", "ratings", "import", str(path), "--db", str(db)])
    assert done.exit_code == 0, done.output
    listed = runner.invoke(app, ["outlets", "list", "--db", str(db), "--format", "json"])
    assert listed.exit_code == 0, listed.output
    rows = {r["outlet"]: r for r in map(json.loads, listed.stdout.splitlines())}
    assert rows["SANA"]["documents"] == 2 and rows["SANA"]["ownership"] == "state"
    assert rows["SANA"]["user_ratings"][0]["reliability"] == "C"
    assert rows["TRT"]["user_ratings"] == []
