"""A content stops before a trailing clause that opens an attribution of its own.

"X said A, while roughly a third prefer B", "X praised Y, who is now supporting Z",
"X insisted A, claiming B": the parser hangs the trailing clause inside X's
content, so its relation would be read as nested in X's and dropped. PolNeAR
ends X's content before such a clause and annotates the clause's relation on
its own. The clause must be set off by a comma and opened by a relative
pronoun, a subordinator of contrast, time or cause, or the inner cue itself as
a participle ("..., claiming"); on PolNeAR's train split (four fifths; the
fifth held out agreed) other openers cut more gold contents than they fixed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import content as cs

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

    from sitrep.attribution.types import AttributionRelation

    _Inside = Callable[[AttributionRelation, AttributionRelation], bool]

#: Words that open a trailing clause the writer adds ("who", "while", "because" ...).
OPENERS = frozenset({"who", "which", "when", "while", "though", "although", "because", "whereas"})
#: Finite verb tags: the outer clause goes on after the inner one.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Punctuation that ends the search for the comma: the clause is not a trailing one.
_STOPS = frozenset({".", ";", ":"})


def cut_trailing(doc: Doc, found: list[AttributionRelation], inside: _Inside) -> None:
    """Cut, in place, each content that swallows a relation opening a trailing clause.

    ``inside(outer, inner)`` says whether ``inner`` counts as nested in ``outer``
    (:func:`.nesting.swallows`). A relation is freed only when every content holding
    it can be cut before it; otherwise it stays nested.
    """
    for inner in found:
        start, end = inner.cue.start, inner.cue.end
        # Plain offsets first: most pairs do not nest, and ``inside`` costs more.
        holders = [
            o
            for o in found
            if o is not inner
            and any(a <= start and end <= b for a, b in o.content.fragments())
            and inside(o, inner)
        ]
        if not holders:
            continue
        cuts: list[tuple[AttributionRelation, int]] = []
        for outer in holders:
            at = _boundary(doc, outer, inner)
            if at is None:
                break
            cuts.append((outer, at))
        if len(cuts) < len(holders):
            continue
        for outer, at in cuts:
            span = doc.char_span(outer.content.start, outer.content.end, alignment_mode="expand")
            if span is None:
                continue
            cut = cs.clip(doc, span.start, at, span)
            if cut is not None:
                outer.content = cs.as_text(cut)


def _boundary(doc: Doc, outer: AttributionRelation, inner: AttributionRelation) -> int | None:
    """The token index of the comma that opens ``inner``'s clause inside ``outer``'s
    content, or None when there is no such comma."""
    content = outer.content
    # Only a content after its cue ("X said A, who ..."): one before it ends at the cue.
    if content.parts or content.start < outer.cue.end or inner.cue.start < outer.cue.end:
        return None
    first = inner.cue.start if inner.source is None else min(inner.cue.start, inner.source.start)
    if first <= content.start:
        return None
    head = doc.char_span(content.start, first, alignment_mode="expand")
    cue = doc.char_span(inner.cue.start, inner.cue.end, alignment_mode="expand")
    if head is None or cue is None or len(head) < 2:
        return None
    if _goes_on(doc, outer, inner):
        return None
    for k in range(head.end - 1, head.start, -1):
        tok = doc[k]
        if tok.text in _STOPS:
            return None
        if tok.text != ",":
            continue
        # The nearest comma decides: a clause opener after it, or the cue as a participle.
        nxt = doc[k + 1]
        opens = nxt.lower_ in OPENERS or (nxt.i == cue.start and nxt.tag_ == "VBG")
        return k if opens else None
    return None


def _goes_on(doc: Doc, outer: AttributionRelation, inner: AttributionRelation) -> bool:
    """Whether the outer content goes on past the inner relation with a verb of its
    own: "said that the envoy, who criticized the plan, would arrive" (an aside in the
    middle, no trailing clause)."""
    parts = [inner.cue, inner.content] + ([inner.source] if inner.source is not None else [])
    reach = max(p.end for p in parts)
    if reach >= outer.content.end:
        return False
    rest = doc.char_span(reach, outer.content.end, alignment_mode="expand")
    return rest is not None and any(t.tag_ in _FINITE for t in rest)


#: Words that join the next report to a content and belong to neither ("A as X said B").
_JOINERS = frozenset({"as", "while", "and", "but", "whereas"})


def cut_before_sources(doc: Doc, found: list[AttributionRelation]) -> None:
    """End, in place, a content that runs into the source of the next relation.

    "SANA said A as a Reuters reporter in Idlib said B": the parser hangs the second
    speaker on A, so SANA's content took it in. When a content after its cue ends
    inside or at the end of another relation's source whose cue lies past it, the
    content stops before that source and the word joining it on ("as", "while").
    """
    for inner in found:
        source = inner.source
        if source is None or source.parts:
            continue
        for outer in found:
            content = outer.content
            if (
                outer is inner
                or content.parts
                or content.start < outer.cue.end
                or not content.start < source.start < content.end <= source.end
                or inner.cue.start < content.end
            ):
                continue
            span = doc.char_span(content.start, source.start, alignment_mode="expand")
            if span is None or len(span) < 2 or doc[span.end - 1].lower_ not in _JOINERS:
                continue  # only a report joined on: "..., as X said", "... while X said"
            end = span.end
            while end > span.start and (doc[end - 1].lower_ in _JOINERS or doc[end - 1].is_punct):
                end -= 1
            cut = cs.clip(doc, span.start, end, span)
            if cut is not None:
                outer.content = cs.as_text(cut)
