"""A gazetteer shared by the geo tests: the default cached index (built once, ~15 s)."""

from __future__ import annotations

import pytest

from sitrep.geo import Gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()
