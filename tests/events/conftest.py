"""The events tests' shared fixture: the extraction of a text's events."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from events_support import Extract, make_extract

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="module")
def extract(nlp: Language) -> Extract:
    return make_extract(nlp)
