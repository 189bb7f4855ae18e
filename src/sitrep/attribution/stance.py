"""Stance adjectives after "be": "was adamant that ...", "are not convinced that ...",
"are worried about ...".

English marks a holder's certainty, belief or feeling about a proposition with an
adjective (or adjectival participle) after "be" that takes a that/whether-clause or
a prepositional complement. The holder is the subject (the source); the clause or
the prepositional object is the content. An extraposed "it" ("it is unclear
whether ...") is left out: that is mostly the writer's own stance. The adjectives
are a closed lexicon (``cues.json`` ``stance_adjectives``); every other adjective
after "be" is left to the learned cue model (:mod:`.cue_model`), which takes these
relations' cues as the rules' own and does not score them again.

On PolNeAR's train split 104 of the 192 relations read here touch a gold cue (with
"it": 11 of 40, hence left out).

Relations here have kind ``attitude``: they are scored as attributions but never
enter an event's chain of sources.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import content as cs
from sitrep.attribution import sources as src
from sitrep.attribution.cue_span import cue_start
from sitrep.attribution.types import AttributionRelation
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from sitrep.attribution.lexicon import Cues

#: Prepositions that introduce what the stance is about ("worried about", "critical of",
#: "confident in", "opposed to").
_PREPOSITIONS = frozenset({"about", "of", "for", "with", "on", "over", "to", "toward", "in"})
#: Marks of a clause that holds a proposition or a question (not "because", "when").
#: First words of an adverbial clause that is really the adjective's complement: the
#: parser hangs "whether ..." and "who ..." on "be" as an adverbial ("if" and "when"
#: open conditions and times more often).
_OPENERS = frozenset({"that", "whether", "who", "what", "why", "how", "which"})


def relations(doc: Doc, lex: Cues) -> list[AttributionRelation]:
    """The relations of ``doc``'s stance adjectives, in text order."""
    words = lex.stance_adjectives
    if not words:
        return []
    arrays = doc_arrays(doc)
    lower = arrays.lower
    # Most documents hold none of the words: one set test in C, then a Token only for
    # the lexicon's words.
    if words.isdisjoint(lower):
        return []
    sents, sentence_of, dep, tag = arrays.sentences, arrays.sentence_of, arrays.dep, arrays.tag
    out = []
    for i in [i for i, low in enumerate(lower) if low in words]:
        # Only an adjective complement or a participle can follow "be" (see _be).
        if sentence_of[i] < 0 or (dep[i] != "acomp" and tag[i] != "VBN"):
            continue
        relation = _relation(doc[i], sents[sentence_of[i]])
        if relation is not None:
            out.append(relation)
    return out


def _be(adj: Token) -> Token | None:
    """The "be" the adjective follows: its head (an adjective complement) or its own
    passive auxiliary (an adjectival participle: "are worried about")."""
    if adj.dep_ == "acomp" and adj.head.lemma_ == "be" and adj.head.i < adj.i:
        return adj.head
    if adj.tag_ == "VBN":
        return next((c for c in adj.children if c.dep_ == "auxpass" and c.lemma_ == "be"), None)
    return None


def _subject(adj: Token, be: Token) -> Token | None:
    verb = be if be.i == adj.head.i else adj
    return next(
        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < be.i),
        None,
    )


def _clause(adj: Token, be: Token) -> Token | None:
    """A clausal complement after the adjective: of the adjective, or of "be" when the
    parser hung it there ("they were not sure whether ...")."""
    for head in (adj, be):
        for child in head.children:
            if child.i <= adj.i:
                continue
            first = child.doc[child.left_edge.i].lower_
            if child.dep_ == "ccomp" or (child.dep_ == "advcl" and first in _OPENERS):
                return child
    return None


def _relation(adj: Token, sent: Span) -> AttributionRelation | None:
    be = _be(adj)
    if be is None or not sent.start <= be.i:
        return None
    subject = _subject(adj, be)
    if subject is None or subject.i < sent.start:
        return None
    if subject.dep_ == "expl" or subject.lower_ == "it":
        # "it is clear that ...", "it is unclear whether ...": mostly the writer's own
        # stance; on PolNeAR's train split about one in four of these is annotated.
        return None
    doc = adj.doc
    end, content = adj.i + 1, None
    clause = _clause(adj, be)
    if clause is not None:
        content = cs.clip(doc, clause.left_edge.i, clause.right_edge.i + 1, sent)
    else:
        for child in adj.children:
            if child.i > adj.i and child.dep_ == "prep" and child.lower_ in _PREPOSITIONS:
                if any(c.dep_ in ("pobj", "pcomp") for c in child.children):
                    end = child.i + 1
                    content = cs.clip(doc, child.i + 1, child.right_edge.i + 1, sent)
                break
    if content is None or content.start < end:
        return None
    return AttributionRelation(
        source=cs.as_text(src.trimmed(subject)),
        cue=cs.as_text(doc[cue_start(be, sent) : end]),
        content=cs.as_text(content),
        stance="neutral",
        kind="attitude",
    )
