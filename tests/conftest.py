"""Fixtures shared by the whole suite.

``../shared`` (evaluation data, the seed report) is read by path and every test
that needs it is skipped when it is absent, as in a user's fresh clone.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

from _paths import SEED, SHARED


@pytest.fixture(scope="session")
def nlp() -> Language:
    from sitrep.nlp import load

    return load()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/examples is absent (a user's clone has none)")
    return SEED


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    """The seed's article text, without its `date YYYY-MM-DD` header."""
    raw = seed_path.read_text("utf-8").lstrip("\ufeff ")
    first, _, rest = raw.partition(" ")
    assert first == "date"
    return rest.split(" ", 1)[1]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is absent (a user's clone has none)")
    return SHARED
