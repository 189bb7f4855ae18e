from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sitrep.errors import ResourceError
from sitrep.geo import Gazetteer, import_geonames


def _line(*fields: object) -> str:
    assert len(fields) == 19
    return "\t".join(str(f) for f in fields) + "\n"


DUMP = (
    _line(
        99000001,
        "Tall Zzyxqa",
        "Tall Zzyxqa",
        "Tel Zzyxqa,Til Zzyxqa,تل",
        36.9,
        41.9,
        "P",
        "PPL",
        "SY",
        "",
        "01",
        "",
        "",
        "",
        120,
        "",
        300,
        "Asia/Damascus",
        "2020-01-01",
    )
    + _line(
        99000002,
        "Jabal Qrzzv",
        "Jabal Qrzzv",
        "",
        35.1,
        38.2,
        "T",
        "MT",
        "SY",
        "",
        "11",
        "",
        "",
        "",
        0,
        "",
        900,
        "Asia/Damascus",
        "2020-01-01",
    )
    + _line(
        99000003,
        "Road 7",
        "Road 7",
        "",
        35.0,
        38.0,
        "R",
        "RD",
        "SY",
        "",
        "",
        "",
        "",
        "",
        0,
        "",
        0,
        "",
        "2020-01-01",
    )
    # Already in the bundled index (Damascus): only adds a name.
    + _line(
        170654,
        "Damascus",
        "Damascus",
        "Dimashq Qxz",
        33.51,
        36.29,
        "P",
        "PPLC",
        "SY",
        "",
        "13",
        "",
        "",
        "",
        1569394,
        "",
        0,
        "",
        "2020-01-01",
    )
)


@pytest.fixture()
def index_copy(gazetteer: Gazetteer, tmp_path: Path) -> Path:
    target = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(gazetteer.path, target)
    return target


def test_import_tiny_dump(index_copy: Path, tmp_path: Path) -> None:
    dump = tmp_path / "SY.txt"
    dump.write_text(DUMP, encoding="utf-8")
    assert import_geonames(str(dump), str(index_copy)) == 2
    gaz = Gazetteer.open(index_copy)
    (village,) = gaz.lookup("Til Zzyxqa")
    assert village.source == "geonames-dump"
    assert village.feature == "P.PPL" and village.admin1 == "Al Hasakah"
    assert village.geonameid == 99000001
    (mountain,) = gaz.lookup("Jabal Qrzzv")
    assert mountain.feature == "T.MT"
    assert gaz.lookup("Road 7") == []  # roads are not kept
    assert [c.geonameid for c in gaz.lookup("Dimashq Qxz")] == [170654]
    gaz.close()


def test_bad_dump_is_a_clear_error(index_copy: Path, tmp_path: Path) -> None:
    dump = tmp_path / "bad.txt"
    dump.write_text("1\tonly\tthree\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="19"):
        import_geonames(str(dump), str(index_copy))


def test_missing_dump(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="not a file"):
        import_geonames(str(tmp_path / "nope.txt"), str(tmp_path / "g.sqlite"))
