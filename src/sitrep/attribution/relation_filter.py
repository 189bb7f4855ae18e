"""A learned check of the outermost relations: would PolNeAR annotate this one?

The rules and the cue model find many relations PolNeAR's annotators leave out:
attitudes in passing ("All the candidates seeking the governorship", "when I
saw"), verbs whose reading as a cue depends on who uses them ("want", "see",
"support", "know"), and relations nested in a quotation whose speaker the rules
missed ("I know you can ...", "who refuse to ..."). On PolNeAR's train split
about one outermost relation in six has a cue that touches no gold cue.

This model scores each outermost relation by its kind, its cue's lemma and
parse position, what kind of source it has (none, a pronoun, a relative
pronoun, a name ...), whether it stands in a quotation, and the shape of its
content; relations scoring under the stored threshold are left out of the
outermost list (``find_attributions(nested=False)``, PolNeAR's reading). Event
chains read the nested list, which the check never touches.

Logistic regression over hashed feature strings, trained with the cue model by
``training/train_attribution.py`` and stored in the same ``attribution_cues.npz``
(``filter_weights`` and the ``filter_threshold`` in its meta); numbers only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import hashed
from sitrep.nlp import token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sitrep.attribution.types import AttributionRelation

BUCKETS = 1 << 16
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it", "me", "us", "him", "her"})
_RELATIVES = frozenset({"who", "which", "that", "whom", "what"})
_QUOTES = frozenset({'"', "“", "”", "''", "``"})


def size(n: int) -> str:
    """A coarse length bucket (1, 2, 3-4, 5-8, 9-16, more)."""
    for limit, name in ((1, "1"), (2, "2"), (4, "4"), (8, "8"), (16, "16")):
        if n <= limit:
            return name
    return "long"


def source_kind(doc: Doc, relation: AttributionRelation) -> str:
    span = relation.speaker
    if span is None:
        return "none"
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    if chars is None or not len(chars):
        return "none"
    first = chars[0].lower_
    if len(chars) == 1 and first in _PRONOUNS:
        return "pron:" + ("1" if first in ("i", "we", "me", "us") else "3")
    if len(chars) == 1 and first in _RELATIVES:
        return "rel"
    root = chars.root
    return root.ent_type_ or root.pos_


def features(doc: Doc, relation: AttributionRelation, quoted: frozenset[int]) -> list[str]:
    """The feature strings of one relation (``quoted``: token indices inside quotation
    marks)."""
    cue = doc.char_span(relation.cue.start, relation.cue.end, alignment_mode="expand")
    kind = relation.kind
    out = ["bias", f"k={kind}"]
    if cue is None or not len(cue):
        return [*out, "nocue"]
    root = cue.root
    lemma = root.lemma_.lower()
    content = relation.content
    source = source_kind(doc, relation)
    before = content.end <= relation.cue.start
    sent = root.sent
    head = root.head
    in_quote = root.i in quoted
    out += [
        f"l={lemma}",
        f"lk={lemma}|{kind}",
        f"d={root.dep_}|{kind}",
        f"ld={lemma}|{root.dep_}",
        f"t={root.tag_}|{kind}",
        f"hd={head.pos_}|{root.dep_}",
        f"cl={size(len(cue))}|{kind}",
        f"s={source}|{kind}",
        f"ls={lemma}|{source}",
        f"q={in_quote}|{kind}",
        f"qs={in_quote}|{source}",
        f"b={before}|{kind}",
        f"n={size(len(content.text.split()))}|{kind}",
        f"cq={content.text[:1] in _QUOTES or bool(content.parts)}|{kind}",
        f"ss={sent.start == root.i or root.i - sent.start < 2}|{kind}",
        f"neg={any(c.dep_ == 'neg' for c in root.children)}|{kind}",
        f"w-1={doc[cue.start - 1].lower_ if cue.start > 0 else '<s>'}",
        f"cite={len(relation.cited)}",
        f"w+1={doc[cue.end].lower_ if cue.end < len(doc) else '</s>'}|{kind}",
        f"c0={_first_word(doc, content.start)}|{kind}",
        f"sq={any(t.text in _QUOTES for t in sent)}|{in_quote}|{kind}",
        f"hl={lemma}|{head.lemma_.lower() if head.i != root.i else '-'}",
    ]
    return out


def _first_word(doc: Doc, offset: int) -> str:
    """The content's first word, lower-cased ("that", "to", a quote mark ...)."""
    token = token_at(doc, offset)
    return token.lower_ if token is not None else "?"


def bucket(feature: str) -> int:
    return hashed.bucket(feature, BUCKETS)


class RelationFilter(hashed.HashedCheck):
    """The relation check: weights of :data:`BUCKETS` slots and its threshold."""

    def keep(self, doc: Doc, relations: list[AttributionRelation]) -> list[AttributionRelation]:
        """``relations`` without those scoring under the threshold."""
        if not relations:
            return relations
        quoted = quoted_tokens(doc)
        return [
            r for r in relations if self.probability(features(doc, r, quoted)) >= self.threshold
        ]


def quoted_tokens(doc: Doc) -> frozenset[int]:
    from sitrep.attribution import quotes

    out: set[int] = set()
    for opened, closed in quotes.quote_pairs(doc):
        out.update(range(opened + 1, closed))
    return frozenset(out)
