"""Cue nouns outside the lexicon that the learned model scores ("Trump's attacks on
the press", "questions about her candidacy", "his vow to expand ...", "a harsh
critic of her budget").

PolNeAR annotates a long tail of nouns of saying, judging and intending as cues.
A noun is a candidate only when the parse gives it something to be about: a
preposition with an object right after it ("attacks on X", "support for X") or a
clause it governs ("efforts to dispel X", "the hope that X"). The cue is the
noun (and that preposition), the content what it is about, the source its owner
("Trump's", "his"), or the subject of "be" when the noun is its attribute ("X
has been a critic of Y"); with neither the relation is agentless.

Only lemmas that were cues in PolNeAR's train split are scored at all (their
hashes ship with the model, see :mod:`.cue_model`): most nouns with an "of" are
no cue, and scoring every one would cost time for nothing.
"""

from __future__ import annotations

import zlib
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.attribution import content as cs
from sitrep.attribution import sources as src
from sitrep.attribution.cue_span import cue_start
from sitrep.attribution.types import AttributionRelation

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from sitrep.attribution.cue_model import Parse

#: Prepositions that introduce what a cue noun is about (measured on the train split's
#: noun cues: "attacks on", "support for", "questions about", "criticism of").
PREPOSITIONS = frozenset(
    {"of", "on", "about", "for", "over", "against", "to", "toward", "towards", "with", "in"}
)
#: Clauses a cue noun governs: "efforts to dispel", "the claim that", "his vow to".
_CLAUSES = frozenset({"acl", "ccomp"})


@lru_cache(maxsize=20_000)
def lemma_key(lemma: str) -> int:
    """The hash under which a noun lemma is listed in the model (no text is shipped)."""
    return zlib.crc32(("noun=" + lemma.lower()).encode("utf-8"))


def about(p: Parse, i: int, kids: list[int]) -> int | None:
    """The child of noun ``i`` that holds what it is about (a preposition with an object,
    or a governed clause to its right), or None."""
    for c in kids:
        if c < i:
            continue
        dep = p.dep[c]
        if dep == "prep":
            if p.lower[c] in PREPOSITIONS and c <= i + 2:
                return c
            continue
        if dep in _CLAUSES:
            return c
    return None


def relation(noun: Token, sent: Span) -> AttributionRelation | None:
    """The relation of a cue noun the model accepted (kind ``attitude``)."""
    doc = noun.doc
    target = None
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in PREPOSITIONS and child.i <= noun.i + 2:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                target = child
            break
        if child.dep_ in _CLAUSES:
            target = child
            break
    if target is None:
        return None
    if target.dep_ == "prep":
        cue_end = target.i + 1
        content = cs.clip(doc, target.i + 1, target.right_edge.i + 1, sent)
    elif _participle(noun, target):
        # "issued a statement describing X", "released statements deploring X": PolNeAR's
        # cue takes the participle, its content what follows (train split, four fifths:
        # 16 cues made exact, none broken).
        cue_end = target.i + 1
        content = cs.clip(doc, target.i + 1, target.right_edge.i + 1, sent)
    else:
        cue_end = noun.i + 1
        content = cs.clip(doc, target.left_edge.i, target.right_edge.i + 1, sent)
    if content is None or content.start < cue_end:
        return None
    cue_from = _modifiers_start(noun)
    source = None
    owner = [c for c in noun.children if c.dep_ == "poss"]
    head = noun.head
    if noun.dep_ == "pobj" and head.i == noun.i - 1 and head.head.i < head.i:
        # "voted in favor of X", "spoke in support of X": the verb the preposition
        # hangs on heads the cue.
        head = head.head
    verb = head.i < noun.i and (
        (noun.dep_ == "attr" and head.lemma_ == "be")
        or (noun.dep_ in ("dobj", "pobj") and head.pos_ == "VERB")
    )
    if verb:
        # "X has been a harsh critic of Y", "X had a favorable opinion of Y", "X stiffened
        # their denunciation of Y": the verb's subject speaks and the cue runs from the
        # verb group (PolNeAR's train split marks these so).
        subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i]
        if subjects and sent.start <= subjects[0].i:
            source = src.trimmed(subjects[0])
            cue_from = cue_start(head, sent)
    if source is None and owner:
        source = src.trimmed(owner[0])
    if source is not None and (source.end > cue_from or cs.overlaps(source, content)):
        source = None
    if source is not None and verb:
        wide = src.full_phrase(source, noun)
        if wide is not None and wide.end <= cue_from and not cs.overlaps(wide, content):
            source = wide  # PolNeAR's sources take appositions and relative clauses
    return AttributionRelation(
        source=cs.as_text(source) if source is not None else None,
        cue=cs.as_text(doc[cue_from:cue_end]),
        content=cs.as_text(content),
        stance="neutral",
        kind="attitude",
        hedged=source is None,
    )


def _participle(noun: Token, clause: Token) -> bool:
    """Whether ``clause`` is a participle right after the noun ("a statement describing")."""
    return clause.dep_ == "acl" and clause.tag_ in ("VBG", "VBN") and clause.i == noun.i + 1


#: Left dependents of a cue noun that belong to its cue ("deep reluctance", "renewed
#: endorsement", "two starkly disparate views").
_MODIFIERS = frozenset({"amod", "nummod"})


def _modifiers_start(noun: Token) -> int:
    """The first token of the modifiers right before ``noun`` (``noun.i`` when none)."""
    start = noun.i
    for child in reversed(list(noun.lefts)):
        if child.dep_ not in _MODIFIERS or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    return start
