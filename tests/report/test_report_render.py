"""Situation reports: attributed claims, escaped article text, embedded images."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dedup"))
from dedup_samples import filled_store

from sitrep import dedup, report
from sitrep.errors import UsageError
from sitrep.report import plots
from sitrep.store import Store

JURIN = (35.55, 36.40, "Jurin")
DEIR = (35.33, 40.14, "Deir ez-Zor")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = filled_store(tmp_path / "r.db")
    dedup.update_clusters(opened)
    return opened


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
