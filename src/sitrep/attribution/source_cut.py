"""A source stops before a relative clause set off by a comma that holds another cue.

"Ada Brill, who said last week that the plan would fail, told reporters ...": the
source's noun phrase takes in its relative clause (PolNeAR's sources usually do), but
when that clause carries an attribution of its own ("who said ...", "who called him a
liar") PolNeAR annotates the clause as a relation of its own, with "who" as its source,
and ends the outer source before it. PolNeAR's train split: of the predicted sources
whose relative clause holds a gold cue, none keeps the clause in the gold span (91 end
before it). Only a non-restrictive clause (after a comma): a restrictive one picks out
who is speaking ("those who said ...", "the judges who ruled ...") and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import content as cs
from sitrep.nlp import token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from sitrep.attribution.types import AttributionRelation


def cut_at_inner_cues(doc: Doc, found: list[AttributionRelation]) -> None:
    """End, in place, each source before a relative clause of its noun, set off by a
    comma, that holds another relation's cue."""
    starts = [r.cue.start for r in found if r.cue.end > r.cue.start]
    for relation in found:
        source = relation.source
        if source is None or source.parts:
            continue
        inner = [a for a in starts if source.start < a < source.end]
        if not inner:
            continue
        span = doc.char_span(source.start, source.end, alignment_mode="expand")
        if span is None:
            continue
        cut = _clause_start(doc, span, inner)
        if cut is None:
            continue
        end = cut
        while end > span.start and (doc[end - 1].is_punct or doc[end - 1].pos_ == "CCONJ"):
            end -= 1
        if end <= span.start:
            continue
        relation.source = cs.as_text(doc[span.start : end])
        name = relation.name
        if name is not None and (name.start, name.end) == (
            relation.source.start,
            relation.source.end,
        ):
            relation.name = None


def _clause_start(doc: Doc, span: Span, starts: list[int]) -> int | None:
    """The first token of the earliest relative clause in ``span`` that hangs on a noun
    of the span after a comma and holds a cue starting at one of ``starts``
    (character offsets)."""
    best: int | None = None
    for offset in starts:
        tok = token_at(doc, offset)
        clause = _clause_of(tok, span) if tok is not None else None
        if clause is None:
            continue
        first = int(clause.left_edge.i)
        if span.start < first and doc[first - 1].text == "," and (best is None or first < best):
            best = first
    return best


def _clause_of(tok: Token, span: Span) -> Token | None:
    """The relative clause above ``tok`` whose noun lies in ``span``."""
    node = tok
    while node.head.i != node.i:
        head = node.head
        if node.dep_ == "relcl" and span.start <= head.i < min(node.i, span.end):
            return node
        node = head
        if not span.start <= node.i < span.end:
            return None
    return None
