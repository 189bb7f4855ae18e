"""Passive verbs of regarding and naming with "as": "Moreno has been seen as a
reformist hero", "the district, known as Old Town", "His plan, denounced as
impossible, ...".

The construction presents a view of its subject (or of the noun a participle hangs
on) without saying whose it is: the relation has no source (with a "by" phrase
naming one, the verb is read as any passive cue by :mod:`.relations`); the cue is
the verb group up to "as"; the content is the subject and what it is seen as, in
two pieces (PolNeAR's train split marks both in 56 of 74 such relations, the
complement alone in 16). The verbs are a closed class of regarding, naming and
judging (``cues.json`` ``regarding_verbs``): "was used as", "was hired as" state
facts, not views. On the train split 61 of the 107 relations read here touch a
gold cue.

Relations here have kind ``attitude``: scored as attributions, never links of an
event's chain of sources.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import content as cs
from sitrep.attribution import sources as src
from sitrep.attribution.cue_span import cue_start
from sitrep.attribution.types import AttributionRelation, TextSpan
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from sitrep.attribution.lexicon import Cues


def relations(doc: Doc, lex: Cues) -> list[AttributionRelation]:
    """The relations of ``doc``'s passive regarding verbs, in text order."""
    verbs = lex.regarding_verbs
    if not verbs:
        return []
    arrays = doc_arrays(doc)
    lemmas = arrays.lemma
    # One set test in C first (verb lemmas are lower case); a Token only for the past
    # participles of the listed verbs.
    if verbs.isdisjoint(lemmas):
        return []
    tag, dep = arrays.tag, arrays.dep
    sents, sentence_of = arrays.sentences, arrays.sentence_of
    out = []
    for i in [i for i, lemma in enumerate(lemmas) if lemma in verbs]:
        # A participle after its noun is sometimes tagged as a past tense ("His plan,
        # denounced as impossible, ...").
        participle = tag[i] == "VBN" or (tag[i] == "VBD" and dep[i] == "acl")
        if not participle or sentence_of[i] < 0:
            continue
        relation = _relation(doc[i], sents[sentence_of[i]])
        if relation is not None:
            out.append(relation)
    return out


def _complement(verb: Token) -> tuple[int, Token] | None:
    """(end of the cue, head of what the subject is seen as)."""
    for child in verb.children:
        if child.i > verb.i and child.dep_ == "prep" and child.lower_ == "as":
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp", "acomp", "amod")]
            return (child.i + 1, objects[0]) if objects else None
    return None


def _viewed(verb: Token, sent: Span) -> Span | None:
    """What is seen as something: the passive subject, or the noun a participle hangs on
    ("the contests, known as ...": up to the participle)."""
    doc = verb.doc
    if any(c.dep_ == "auxpass" for c in verb.children):
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None or subject.i > verb.i or subject.lower_ in ("it", "that", "which"):
            return None
        return cs.clip(doc, subject.left_edge.i, subject.right_edge.i + 1, sent)
    head = verb.head
    if verb.dep_ != "acl" or head.i >= verb.i or head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    noun = src.trimmed(head)
    return cs.clip(doc, noun.start, min(noun.end, verb.left_edge.i), sent)


def _relation(verb: Token, sent: Span) -> AttributionRelation | None:
    if any(c.dep_ == "agent" for c in verb.children):
        return None  # "was criticized by X as ...": X's relation (relations._verbal)
    found = _complement(verb)
    viewed = _viewed(verb, sent)
    if found is None or viewed is None:
        return None
    doc = verb.doc
    end, target = found
    seen_as = cs.clip(doc, target.left_edge.i, target.right_edge.i + 1, sent)
    if seen_as is None or seen_as.start < end or viewed.end > verb.i:
        return None
    first = cs.as_text(viewed)
    parts = ((viewed.start_char, viewed.end_char), (seen_as.start_char, seen_as.end_char))
    return AttributionRelation(
        source=None,
        cue=cs.as_text(doc[max(cue_start(verb, sent), viewed.end) : end]),
        content=TextSpan(first.start, first.end, first.text, parts),
        stance="neutral",
        kind="attitude",
    )
