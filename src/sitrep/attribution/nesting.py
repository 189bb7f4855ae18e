"""How relations found one by one fit together: longer cues win, a trailing cue's
content stops at an earlier relation, and which relations are outermost.

PolNeAR annotates hardly any attribution inside another's content, so the scored
relations are the outermost ones; event chains keep the nested ones too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import content as cs

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sitrep.attribution.types import AttributionRelation, TextSpan


def outermost(found: list[AttributionRelation]) -> list[AttributionRelation]:
    """The relations whose cue lies in no other relation's content, except where that
    content is an attitude's ("X wants what Y said ...": Y's words are no part of X's
    wish) or the relation is a bare question ("... she said when asked whether ...").
    On PolNeAR's train split both exceptions raise relation F1, as do those of
    :func:`swallows`."""
    return [r for r in found if not any(o is not r and swallows(o, r) for o in found)]


def longest_cues(found: list[AttributionRelation]) -> list[AttributionRelation]:
    """Drop a relation whose cue lies within a longer cue of another: "wants" when
    "wants to see" was read (the infinitive's relation names the same speaker)."""
    longer = [r for r in found if r.cue.end - r.cue.start > 0]
    return [
        r
        for r in found
        if not any(
            o is not r
            and o.cue.start <= r.cue.start
            and r.cue.end <= o.cue.end
            and o.cue.end - o.cue.start > r.cue.end - r.cue.start
            for o in longer
        )
    ]


#: Relations whose cue is a speech verb: a trailing cue stops at their content.
_SPEECH = frozenset({"direct", "indirect"})


def after_earlier(doc: Doc, found: list[AttributionRelation]) -> None:
    """ "A said B, but C, they said.": a content before its cue starts after the last
    relation it holds (the parser hangs the whole sentence on the final cue, which would
    swallow A's relation as nested)."""
    for rel in found:
        content = rel.content
        if rel.kind not in _SPEECH or content.parts or content.end > rel.cue.start:
            continue
        inner_ends = [
            max(o.cue.end, o.content.end)
            for o in found
            if o is not rel
            and o.kind in _SPEECH
            and content.start <= o.cue.start
            and o.content.end < content.end
            and o.content.start >= o.cue.end
        ]
        if not inner_ends:
            continue
        span = doc.char_span(max(inner_ends), content.end, alignment_mode="expand")
        if span is None:
            continue
        lead = next((t for t in span if not t.is_punct), None)
        cut = cs.clip(doc, span.start, span.end, span)
        if cut is not None and lead is not None and lead.pos_ == "CCONJ":
            rel.content = cs.as_text(cut)


#: Bare question cues of an agentless relation ("when asked whether ...").
_QUESTION_CUES = frozenset({"asked", "asked about", "was asked", "was asked about"})


def swallows(outer: AttributionRelation, inner: AttributionRelation) -> bool:
    """Whether ``inner`` is nested in ``outer``'s content (and so not scored)."""
    if outer.kind == "attitude" and inner.kind in ("direct", "indirect"):
        return False
    before = outer.content.start < outer.cue.start
    if outer.kind == "attitude" and before and inner.cue.start < outer.cue.start:
        # "The legislature passed a measure ..., which the governor vetoed": the
        # attitude's content before its cue holds a stance of its own (PolNeAR annotates
        # both; its train split: 17 of 20 such inner relations are gold).
        return False
    if inner.kind == "direct" and outer.kind in ("indirect", "agentless"):
        # A quotation with its own speaker inside a reported clause is annotated on its
        # own (train split: 6 in 10 of these inner relations are gold).
        return False
    if inner.source is None and inner.cue.text.lower() in _QUESTION_CUES:
        # "“Maybe later,” she said when asked whether ...": the question is no part of
        # her reply, though the parser hangs it inside her words.
        return False
    return _inside(inner.cue, outer)


def _inside(cue: TextSpan, other: AttributionRelation) -> bool:
    return any(a <= cue.start and cue.end <= b for a, b in other.content.fragments())
