from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import ResourceError
from sitrep.evaluation.corpora import anchor, read_corpus

LGL_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="7">
    <text><![CDATA[Shelling struck Aleppo and Idlib. Later Aleppo again.]]></text>
    <toponyms>
      <toponym><start>16</start><end>22</end><phrase>Aleppo</phrase>
        <gaztag geonameid="170063"><name>Aleppo</name><lat>36.2</lat><lon>37.16</lon></gaztag>
      </toponym>
      <toponym><start>27</start><end>32</end><phrase>Idlib</phrase></toponym>
      <toponym><phrase>Aleppo</phrase><start>38</start><end>44</end>
        <gaztag geonameid="170063"><name>Aleppo</name><lat>36.2</lat><lon>37.16</lon></gaztag>
      </toponym>
    </toponyms>
  </article>
  <article docid="8"><text>No places.</text><toponyms count="0"/></article>
</articles>
"""

# GeoVirus style, with offsets one character too far as in the real file.
VIRUS_STYLE = """<articles>
  <article>
    <source>x</source>
    <text>Cases rose in Daraa, said officials.</text>
    <locations>
      <location><name>Daraa</name><start>15</start><end>20</end>
        <lat>32.62</lat><lon>36.1</lon><page>p</page></location>
    </locations>
  </article>
</articles>
"""


def _write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, "utf-8")
    return path


def test_reads_lgl_schema(tmp_path: Path) -> None:
    articles = read_corpus(_write(tmp_path, "lgl.xml", LGL_STYLE))
    assert [a.id for a in articles] == ["7", "8"]
    first = articles[0]
    assert [(t.text, t.start, t.end) for t in first.toponyms] == [
        ("Aleppo", 16, 22),
        ("Idlib", 27, 32),
        ("Aleppo", 40, 46),
    ]
    assert first.toponyms[0].lat == 36.2 and first.toponyms[0].geonameid == 170063
    # No gaztag: a toponym without coordinates, kept for span scores.
    assert not first.toponyms[1].has_coordinates
    # The third one's stated offset (38) was off: re-anchored to the phrase.
    assert first.toponyms[2].shifted and not first.toponyms[0].shifted
    assert articles[1].toponyms == ()


def test_reads_geovirus_schema_and_fixes_offsets(tmp_path: Path) -> None:
    [article] = read_corpus(_write(tmp_path, "gv.xml", VIRUS_STYLE))
    [top] = article.toponyms
    assert article.text[top.start : top.end] == "Daraa"
    assert (top.start, top.lat, top.lon, top.shifted) == (14, 32.62, 36.1, True)


def test_limit_and_errors(tmp_path: Path) -> None:
    assert len(read_corpus(_write(tmp_path, "a.xml", LGL_STYLE), limit=1)) == 1
    with pytest.raises(ResourceError):
        read_corpus(tmp_path / "missing.xml")
    with pytest.raises(ResourceError):
        read_corpus(_write(tmp_path, "bad.xml", "<articles><article>"))


def test_anchor_prefers_nearest_occurrence() -> None:
    text = "Homs x Homs y Homs"
    assert anchor(text, "Homs", 7) == 7
    assert anchor(text, "Homs", 8) == 7
    assert anchor(text, "Homs", 13) == 14
    assert anchor(text, "Hama", 0) is None
