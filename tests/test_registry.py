"""The outlets registry is read once, by sitrep.registry, for every stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep import registry
from sitrep.attribution.lexicon import outlets
from sitrep.errors import ResourceError
from sitrep.geo.nonplaces import outlet_names


def test_every_stage_reads_the_same_registry() -> None:
    data = registry.outlet_registry()
    names = {entry["name"] for entry in data["outlets"]}
    assert "SANA" in names
    assert names <= outlet_names()
    assert names <= set(outlets())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", r"outlets\.json"),
        ('{"outlets": []}', r"no 'descriptors' list"),
        ('{"descriptors": []}', r"no 'outlets' list"),
    ],
)
def test_a_broken_registry_is_a_resource_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: str, message: str
) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "outlets.json").write_text(content, encoding="utf-8")
    monkeypatch.setattr(registry.resources, "files", lambda _package: tmp_path)
    registry.outlet_registry.cache_clear()
    try:
        with pytest.raises(ResourceError, match=message):
            registry.outlet_registry()
    finally:
        monkeypatch.undo()
        registry.outlet_registry.cache_clear()
