"""Attributions read from a phrase rather than a cue verb: "according to X",
"allegations that ...", "Russia's claim that ...", "criticism of the deal"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import content as cs
from sitrep.attribution import sources as src
from sitrep.attribution.cue_span import cue_start
from sitrep.attribution.lexicon import Cues
from sitrep.attribution.types import AttributionRelation

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def according_to(tok: Token, sent: Span, lex: Cues) -> AttributionRelation | None:
    doc = tok.doc
    first = tok.i + 2
    end = first
    while end < sent.end and doc[end].text not in (",", ";", ".", ":") and not doc[end].is_space:
        end += 1
    if end == first:
        return None
    source = doc[first:end]
    for k in range(first + 1, end):
        # "according to a study that finds ...", "... average - despite ...": the source
        # ends before a relative clause or a dash (not a hyphen inside a word: "Harbor-Lowell
        # poll", "a just-released poll").
        dash = doc[k].text in ("—", "–") or (doc[k].text == "-" and doc[k - 1].whitespace_)
        if doc[k].lower_ in ("that", "which", "who") or dash:
            source = doc[first:k]
            break
    if tok.i - sent.start <= 1:
        content = cs.clip(doc, end + 1, sent.end, sent)  # "According to X, CONTENT."
    else:
        content = cs.clip(doc, sent.start, tok.i, sent)  # "CONTENT, according to X."
        if end < sent.end - 2:  # in the middle: the content runs on after the source
            content = cs.clip(doc, sent.start, sent.end, sent)
    if content is None:
        return None
    return AttributionRelation(
        source=cs.as_text(source),
        cue=cs.as_text(doc[tok.i : tok.i + 2]),
        content=cs.as_text(content),
        stance="neutral",
        kind="according_to",
    )


def nominal(noun: Token, sent: Span, lex: Cues) -> AttributionRelation | None:
    """ "allegations that X ...", "Russia's claim that ...", "reports that ..."."""
    doc = noun.doc
    if noun.i + 2 >= sent.end or doc[noun.i + 1].lower_ != "that":
        return _nominal_object(noun, sent, lex)
    nxt = doc[noun.i + 1]
    if nxt.dep_ not in ("mark", "nsubj") and nxt.head.dep_ == "relcl":
        return None  # "the report that he wrote": a relative clause, not content
    content = cs.clip(doc, noun.i + 1, sent.end, sent)
    return _owned(noun, 1, content, lex, "nominal")


def _nominal_object(noun: Token, sent: Span, lex: Cues) -> AttributionRelation | None:
    """ "Trump's criticism of Clinton", "questions about the deal": the noun's object.

    Scored as an attribution (PolNeAR annotates these), kind ``nominal_object``;
    it does not enter an event's chain of sources.
    """
    doc = noun.doc
    if noun.lemma_.lower() not in lex.object_nouns:
        return None
    preps = [
        c
        for c in noun.children
        if c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ in lex.cue_prepositions
    ]
    objects = [c for p in preps for c in p.children if c.dep_ in ("pobj", "pcomp")]
    if not objects:
        return None
    content = cs.clip(doc, objects[0].left_edge.i, objects[0].right_edge.i + 1, sent)
    return _owned(noun, 2, content, lex, "nominal_object")


def _owned(
    noun: Token, cue_width: int, content: Span | None, lex: Cues, kind: str
) -> AttributionRelation | None:
    """The relation of a cue noun whose source, if any, is its owner ("Russia's claim")."""
    if content is None:
        return None
    owner = [c for c in noun.children if c.dep_ == "poss"]
    source = src.trimmed(owner[0]) if owner else None
    if source is None and kind == "nominal":
        kind = "agentless"  # "allegations that ...": nobody named
    return AttributionRelation(
        source=cs.as_text(source) if source is not None else None,
        cue=cs.as_text(noun.doc[noun.i : noun.i + cue_width]),
        content=cs.as_text(content),
        stance=lex.nouns[noun.lemma_.lower()],
        kind=kind,
        hedged=source is None,
    )


#: Prepositions that introduce what a stance adjective is about ("concerned about",
#: "critical of", "hopeful for").
_ADJECTIVE_PREPOSITIONS = frozenset({"about", "of", "for", "with", "on", "over", "to", "toward"})


def copular(adj: Token, sent: Span) -> AttributionRelation | None:
    """ "Republicans have been critical of X", "activists were hopeful that X": a stance
    adjective after "be". The cue runs from the verb group to the adjective (and its
    preposition), the source is the subject, the content what the adjective is about.

    Only read for adjectives the learned cue model accepts (see relations._learned).
    """
    be = adj.head
    if adj.dep_ != "acomp" or be.lemma_ != "be" or not be.i < adj.i:
        return None
    subjects = [c for c in be.children if c.dep_ == "nsubj" and c.i < be.i]
    if not subjects or not sent.start <= subjects[0].i:
        return None
    doc = adj.doc
    end, content = adj.i + 1, None
    for child in adj.children:
        if child.i < adj.i:
            continue
        if child.dep_ == "prep" and child.lower_ in _ADJECTIVE_PREPOSITIONS:
            if any(c.dep_ in ("pobj", "pcomp") for c in child.children):
                end = child.i + 1
                content = cs.clip(doc, child.i + 1, child.right_edge.i + 1, sent)
            break
        if child.dep_ in ("ccomp", "xcomp"):
            content = cs.clip(doc, child.left_edge.i, child.right_edge.i + 1, sent)
            break
    if content is None or content.start < end:
        return None
    source = src.trimmed(subjects[0])
    return AttributionRelation(
        source=cs.as_text(source),
        cue=cs.as_text(doc[cue_start(be, sent) : end]),
        content=cs.as_text(content),
        stance="neutral",
        kind="attitude",
    )
