"""Names of one local report lie in the state most of its other names can be in."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.geo import Gazetteer, resolve_spans

if TYPE_CHECKING:
    from spacy.language import Language


def _admin1s(text: str, names: list[str], nlp: Language, gazetteer: Gazetteer) -> list[str]:
    spans = [(m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text)]
    places = resolve_spans(nlp(text), spans, gazetteer)
    assert all(p is not None for p in places)
    return [p.admin1 or "" for p in places if p is not None]


def test_counties_follow_the_reports_state(nlp: Language, gazetteer: Gazetteer) -> None:
    # Scott and Jackson counties exist in many states; Le Sueur County, Plainview
    # and Rochester all have a Minnesota reading, so the report is in Minnesota.
    text = (
        "Sheriffs from Scott County, Jackson County and Le Sueur County met in "
        "Montgomery on Monday. A man from Plainview was taken to a hospital in Rochester."
    )
    names = ["Scott County", "Jackson County", "Le Sueur County", "Montgomery"]
    names += ["Plainview", "Rochester"]
    assert set(_admin1s(text, names, nlp, gazetteer)) == {"Minnesota"}


def test_county_follows_its_towns(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Deputies from Walker County took the inmate from Huntsville to a hospital "
        "in Conroe and then to Houston on Tuesday."
    )
    names = ["Walker County", "Huntsville", "Conroe", "Houston"]
    assert set(_admin1s(text, names, nlp, gazetteer)) == {"Texas"}
