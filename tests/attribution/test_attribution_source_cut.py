"""Where a source ends: before a relative clause set off by a comma that carries a cue of
its own (:mod:`sitrep.attribution.source_cut`; a restrictive clause, or one without a
cue, stays), and before a phrase whose object is a time (not one with a date deeper in)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from relation_lookup import by_cue

from sitrep.attribution import find_attributions

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Dana Pike, who said last month that the bridge would close, told reporters"
            " on Friday that the road is open.",
            "told",
            "Dana Pike",
        ),
        (
            "Lena Orvik, who argued in March that the levy was too high, said the council"
            " would vote again.",
            "said",
            "Lena Orvik",
        ),
        # No cue in the clause: the source keeps it.
        (
            "Marta Quill, who runs a bakery in the old town, said the rent had doubled.",
            "said",
            "Marta Quill, who runs a bakery in the old town",
        ),
        # A restrictive clause picks out the speakers: it stays.
        (
            "The inspectors who said the dam was sound told the council that repairs could wait.",
            "told",
            "The inspectors who said the dam was sound",
        ),
    ],
)
def test_source_stops_before_a_clause_with_its_own_cue(
    nlp: Language, text: str, cue: str, source: str
) -> None:
    relation = by_cue(nlp, text, cue)
    assert relation.source is not None
    assert relation.source.text == source


def test_the_clause_keeps_its_own_relation(nlp: Language) -> None:
    text = (
        "Dana Pike, who said last month that the bridge would close, told reporters"
        " on Friday that the road is open."
    )
    inner = by_cue(nlp, text, "said")
    assert inner.source is not None and inner.source.text == "who"
    outer = by_cue(nlp, text, "told")
    assert outer.speaker is not None and outer.speaker.text == "Dana Pike"
    assert outer.name is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A date deeper in a phrase of the source does not make it a time phrase.
        (
            "A new batch of letters released this week showed that the mayor knew about the leak.",
            "A new batch of letters released this week",
        ),
        # A phrase whose object is a time stays out ("at the time", ", on Monday,").
        ("Officials at the time said the dam was safe.", "Officials"),
        ("Pavel Runk, on Monday, said the port would reopen.", "Pavel Runk"),
    ],
)
def test_only_a_phrase_whose_object_is_a_time_leaves_the_source(
    nlp: Language, text: str, source: str
) -> None:
    relation = next(r for r in find_attributions(nlp(text)) if r.source is not None)
    assert relation.source is not None
    assert relation.source.text == source
