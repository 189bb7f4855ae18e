"""A learned check of the relations nested in another relation's content: would
PolNeAR annotate this one on its own?

PolNeAR annotates hardly any attribution inside another's content, so the outermost
list (``find_attributions(nested=False)``) drops every relation whose cue lies in
another relation's content (:func:`.nesting.outermost`). Some of those are annotated
all the same: a quotation inside a reported clause that names its own speaker, a
second speaker reported in the same breath ("X said that Y had denied ..."), or a
relation under an outer one the parse stretched too far. No single rule group of them
is precise enough to keep (on the train split none is right in more than about half
of its cases), so a logistic regression decides from the inner relation's own
features (those of :mod:`.relation_filter`) and how it sits under the outer one: the
outer cue's lemma and kind, the dependency through which the inner cue hangs under
the outer cue and how deep, a quotation mark between the two cues, both sources'
kinds, and whether the relation check kept the outer relation.

Trained by ``training/train_attribution.py`` on the nested relations of the train
split's four fifths (positive: the relation matches a gold relation as the scorer
counts it), its threshold chosen on the held-out fifth; stored in the same
``attribution_cues.npz`` (``nested_weights`` and ``nested_threshold`` in its meta).
Event chains read the nested list, which this check never touches.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.attribution import hashed, nesting
from sitrep.attribution import relation_filter as rf

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.attribution.types import AttributionRelation

BUCKETS = rf.BUCKETS
_QUOTES = frozenset({'"', "“", "”", "''", "``"})


def _path(inner: Token, outer: Token) -> tuple[str, str]:
    """The dependency by which ``inner`` hangs (through its heads) under ``outer``, and
    how many heads lie between (``none``/``x`` when it does not)."""
    tok, depth = inner, 0
    while tok.head.i != tok.i and tok.head.i != outer.i and depth < 8:
        tok, depth = tok.head, depth + 1
    if tok.head.i == outer.i and tok.i != outer.i:
        return tok.dep_, str(min(depth, 4))
    return "none", "x"


def features(
    doc: Doc,
    inner: AttributionRelation,
    outer: AttributionRelation,
    outer_kept: bool,
    quoted: frozenset[int],
) -> list[str]:
    """The feature strings of ``inner``, nested in ``outer``'s content."""
    out = ["i:" + f for f in rf.features(doc, inner, quoted)]
    inner_cue = doc.char_span(inner.cue.start, inner.cue.end, alignment_mode="expand")
    outer_cue = doc.char_span(outer.cue.start, outer.cue.end, alignment_mode="expand")
    if inner_cue is None or outer_cue is None or not len(inner_cue) or not len(outer_cue):
        return [*out, "nospan"]
    iroot, oroot = inner_cue.root, outer_cue.root
    ilemma, olemma = iroot.lemma_.lower(), oroot.lemma_.lower()
    dep, depth = _path(iroot, oroot)
    lo, hi = sorted((iroot.i, oroot.i))
    between = any(doc[j].text in _QUOTES for j in range(lo + 1, hi))
    kind = inner.kind
    return [
        *out,
        f"ok={outer.kind}|{kind}",
        f"ol={olemma}",
        f"oil={olemma}|{ilemma}",
        f"dep={dep}|{kind}",
        f"depth={depth}",
        f"dd={dep}|{depth}",
        f"qb={between}|{kind}",
        f"src={rf.source_kind(doc, inner)}|{rf.source_kind(doc, outer)}",
        f"ss={iroot.sent.start == oroot.sent.start}",
        f"gap={rf.size(hi - lo)}|{dep}",
        f"kept={outer_kept}",
        f"ib={iroot.i < oroot.i}|{kind}",
        f"ilo={ilemma}|{outer.kind}",
        f"hassrc={inner.source is not None}|{dep}",
    ]


def candidates(
    found: list[AttributionRelation], outer: list[AttributionRelation]
) -> list[tuple[AttributionRelation, AttributionRelation]]:
    """Each relation of ``found`` left out of ``outer`` for lying in another's content,
    with the relation of the narrowest content that holds it."""
    outside = {id(r) for r in outer}
    out = []
    for rel in found:
        if id(rel) in outside:
            continue
        holders = [o for o in found if o is not rel and nesting.swallows(o, rel)]
        if holders:
            out.append((rel, min(holders, key=lambda o: o.content.end - o.content.start)))
    return out


class NestedCheck(hashed.HashedCheck):
    """The nested-relation check: weights of :data:`BUCKETS` slots and its threshold."""

    def restore(
        self,
        doc: Doc,
        found: list[AttributionRelation],
        outer: list[AttributionRelation],
        kept: list[AttributionRelation],
    ) -> list[AttributionRelation]:
        """``kept`` (the outermost relations the relation check kept) with the nested
        relations of ``found`` scoring at least the threshold, in text order."""
        pairs = candidates(found, outer)
        if not pairs:
            return kept
        quoted = rf.quoted_tokens(doc)
        kept_ids = {id(r) for r in kept}
        back = [
            rel
            for rel, holder in pairs
            if self.probability(features(doc, rel, holder, id(holder) in kept_ids, quoted))
            >= self.threshold
        ]
        if not back:
            return kept
        return sorted([*kept, *back], key=lambda r: r.cue.start)


@lru_cache(maxsize=1)
def model() -> NestedCheck | None:
    """The shipped check, or None when the data file has none (the outermost list is
    then the relation check's alone)."""
    from sitrep.attribution.cue_model import stored_check

    found = stored_check("nested_weights", "nested_threshold", BUCKETS, "nested relation check")
    return None if found is None else NestedCheck(*found)


def bucket(feature: str) -> int:
    return hashed.bucket(feature, BUCKETS)
