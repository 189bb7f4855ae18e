"""A content stops before a trailing clause with its own attribution; which inner
relations are kept beside the relation whose content holds them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import find_attributions
from sitrep.attribution.nesting import outermost, swallows
from sitrep.attribution.types import AttributionRelation, TextSpan

if TYPE_CHECKING:
    from spacy.language import Language


def _by_cue(nlp: Language, text: str) -> dict[str, AttributionRelation]:
    return {r.cue.text: r for r in find_attributions(nlp(text), nested=False)}


def test_content_stops_before_a_trailing_while_clause(nlp: Language) -> None:
    found = _by_cue(
        nlp,
        "The governor said the bill would pass easily, while many lawmakers believe "
        "it will fail in the Senate.",
    )
    assert found["said"].content.text == "the bill would pass easily"
    believe = found["believe"]
    assert believe.source is not None and believe.source.text == "many lawmakers"
    assert believe.content.text == "it will fail in the Senate"


def test_content_stops_before_a_trailing_relative_clause(nlp: Language) -> None:
    found = _by_cue(nlp, "Smith praised the mayor, who has endorsed the challenger in the race.")
    assert found["praised"].content.text == "the mayor"
    assert found["has endorsed"].content.text == "the challenger in the race"


def test_an_aside_in_the_middle_of_a_content_is_not_cut(nlp: Language) -> None:
    text = "The minister said that the envoy, who criticized the plan, would arrive on Monday."
    found = _by_cue(nlp, text)
    assert found["said"].content.text.endswith("would arrive on Monday")
    assert "criticized" not in found  # nested in the minister's words


def _rel(kind: str, cue: tuple[int, int], content: tuple[int, int]) -> AttributionRelation:
    return AttributionRelation(
        source=TextSpan(0, 1, "X"),
        cue=TextSpan(cue[0], cue[1], "cue"),
        content=TextSpan(content[0], content[1], "content"),
        stance="neutral",
        kind=kind,
    )


def test_a_quotation_inside_a_reported_clause_is_kept() -> None:
    outer = _rel("indirect", (2, 6), (7, 80))
    quote = _rel("direct", (60, 64), (20, 58))
    plain = _rel("indirect", (60, 64), (65, 80))
    assert not swallows(outer, quote)
    assert swallows(outer, plain)
    assert outermost([outer, quote, plain]) == [outer, quote]


def test_a_stance_inside_an_attitude_content_before_its_cue_is_kept() -> None:
    # "The council adopted a rule that would ..., [the mayor] vetoed"
    attitude = _rel("attitude", (70, 76), (0, 68))
    inner = _rel("attitude", (15, 21), (22, 68))
    after = _rel("attitude", (2, 8), (9, 90))
    later = _rel("attitude", (40, 46), (47, 90))
    assert not swallows(attitude, inner)
    assert swallows(after, later)
