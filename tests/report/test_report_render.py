"""Situation reports: attributed claims, escaped article text, embedded images."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dedup"))
from dedup_samples import clustered_store

from sitrep import dedup, report
from sitrep.errors import UsageError
from sitrep.report import plots
from sitrep.store import Store

JURIN = (35.55, 36.40, "Jurin")
DEIR = (35.33, 40.14, "Deir ez-Zor")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return clustered_store(tmp_path / "r.db")


def test_html_report_attributes_and_escapes(store: Store) -> None:
    page = report.render(store, DEIR, 30, "2021-03-01", "2021-03-31", "html")
    assert "<b>today</b>" not in page and "&lt;b&gt;today&lt;/b&gt;" in page
    assert "according to Reuters" in page
    page = report.render(store, JURIN, 30, "2021-03-01", "2021-03-31", "html")
    assert "according to Al-Ahram citing SANA" in page
    assert "Reports disagree" in page and "16" in page and "22" in page
    assert "Deir ez-Zor" not in page  # outside the radius
    if plots.available():
        assert page.count("data:image/png;base64,") == 2


def test_markdown_report_writes_images_next_to_it(store: Store, tmp_path: Path) -> None:
    assets = tmp_path / "jurin_files"
    text = report.render(store, JURIN, 30, None, None, "md", assets)
    assert text.startswith("# Situation report: Jurin")
    assert "| ASSAULT | 4 |" in text and "| PROTEST | 1 |" in text
    assert "4 report(s) from 4 outlet(s)" in text and "3 independent source(s)" in text
    if plots.available():
        assert (assets / "map.png").read_bytes().startswith(b"\x89PNG")
        assert "![Map of events](jurin_files/map.png)" in text


def test_bad_format(store: Store) -> None:
    with pytest.raises(UsageError):
        report.render(store, JURIN, 30, fmt="pdf")


def test_background_claims_and_coarse_dates_stay_out_of_days_and_main_events(
    store: Store,
) -> None:
    from dedup_samples import report as made_report

    from sitrep.model import EventDate

    # Two outlets retell a war-long toll: one claim, dated to a span of years.
    for source_id, outlet in (("bg1", "SANA"), ("bg2", "TRT")):
        extraction = made_report(
            source_id, outlet, f"{outlet}: the war has killed thousands near Jurin since 2011.",
            "killed", where=("Jurin", 35.55, 36.40), day="2011-03-01", killed=5000,
        )  # fmt: skip
        event = extraction.events[0]
        event.date = EventDate(value="2011-03-01", precision="range", text="since 2011",
                               end="2021-03-02")  # fmt: skip
        store.add(extraction)
    dedup.update_clusters(store)
    text = report.render(store, JURIN, 30, None, None, "md")
    assert "since 2011" not in text.split("## Main events")[1]
    assert "| 2011-03-01 |" not in text
    assert "2 more event(s) are dated only to a month, a year or a span" in text


def test_a_background_claim_retold_without_a_date_stays_out_of_main_events(
    store: Store,
) -> None:
    from dedup_samples import report as made_report

    from sitrep.model import EventDate

    # One outlet dates the war-long toll to a span; another tells it undated
    # (dated only by its publication: week precision). Neither is a main event.
    dates = {
        "SANA": EventDate(value="2011-03-01", precision="range", text="since 2011",
                          end="2021-03-02"),
        "TRT": EventDate(value="2021-03-02", precision="week", text=""),
    }  # fmt: skip
    for source_id, outlet in (("bg1", "SANA"), ("bg2", "TRT")):
        extraction = made_report(
            source_id, outlet, f"{outlet}: the war has killed thousands near Jurin since 2011.",
            "killed", where=("Jurin", 35.55, 36.40), day="2011-03-01", killed=5000,
        )  # fmt: skip
        extraction.events[0].date = dates[outlet]
        store.add(extraction)
    dedup.update_clusters(store)
    text = report.render(store, JURIN, 30, None, None, "md")
    assert "war has killed thousands" not in text.split("## Main events")[1]


def test_a_war_toll_is_background_whatever_its_date(store: Store) -> None:
    from dedup_samples import report as made_report

    for source_id, outlet in (("wt1", "SANA"), ("wt2", "TRT")):
        extraction = made_report(
            source_id, outlet, f"{outlet}: the war near Jurin has killed 300000 people.",
            "killed", where=("Jurin", 35.55, 36.40), day="2021-03-01", killed=300000,
        )  # fmt: skip
        store.add(extraction)
    dedup.update_clusters(store)
    text = report.render(store, JURIN, 30, None, None, "md")
    assert "has killed 300000" not in text.split("## Main events")[1]
