"""Relations of the cues the learned model (:mod:`.cue_model`) accepts: verbs outside
the lexicon, stance adjectives after "be" and cue nouns (:mod:`.cue_nouns`).

Candidates are read from the document's arrays and scored together, once per
document; ``Token`` objects are built only for the accepted ones. An accepted verb's
cue may then reach over its object (:mod:`.cue_extent`: "took issue with").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.attribution import cue_extent, cue_model, cue_nouns, phrases
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from sitrep.attribution.lexicon import Cues
    from sitrep.attribution.types import AttributionRelation

#: How a verb is read (relations._verbal): cue, sentence, lexicon, inherited sources,
#: the learned lemma.
Verbal = Callable[
    ["Token", "Span", "Cues", "dict[int, Span]", "str | None"], "AttributionRelation | None"
]


def relations(
    doc: Doc,
    found: list[AttributionRelation],
    lex: Cues,
    detector: cue_model.CueModel,
    verbal: Verbal,
) -> list[AttributionRelation]:
    """Relations of the candidates ``detector`` takes for cues (kind ``attitude``);
    tokens inside the cues of ``found`` (the rules' relations) are not scored."""
    taken: set[int] = set()
    for rel in found:
        span = doc.char_span(rel.cue.start, rel.cue.end, alignment_mode="expand")
        if span is not None:
            taken.update(range(span.start, span.end))
    parse = cue_model.parse(doc)
    arrays = doc_arrays(doc)
    sents, sentence_of = arrays.sentences, arrays.sentence_of
    indices = cue_model.candidates(parse, lex, taken, detector.nouns)
    indices = [i for i in indices if sentence_of[i] >= 0]
    kids = cue_model.children(parse, indices)
    indices = cue_model.with_content(parse, indices, kids)
    if not indices:
        return []
    ctx = cue_model.context(doc, found)
    rows = [cue_model.features(parse, i, kids[i], lex, ctx) for i in indices]
    out = []
    for i, score in zip(indices, detector.probabilities(rows), strict=True):
        noun = parse.pos[i] == "NOUN"
        if score < (detector.noun_threshold if noun else detector.threshold):
            continue
        tok = doc[i]
        sent = sents[sentence_of[i]]
        if noun:
            relation = cue_nouns.relation(tok, sent)
        elif tok.pos_ == "ADJ":
            relation = phrases.copular(tok, sent)
        else:
            relation = verbal(tok, sent, lex, {}, reading(tok))
            if relation is not None and detector.extent is not None:
                cue_extent.extend(relation, tok, detector.extent)
        if relation is not None:
            relation.kind = "attitude"
            out.append(relation)
    return _one_per_cue(out) if len(out) > 1 else out


#: Verbs a to-infinitive that is no "be" or "have" makes a verb of intention: "Ms. Quill
#: is looking to win back rural voters", "he looks to ease tensions" (a cue, its subject
#: the source). With "be" or "have" they stay raising verbs, no speaker ("looks to be
#: over", "looks to have won"). On PolNeAR's train split "look" with an infinitive of
#: another verb was a gold cue 14 times (its subject the source 11 times, another
#: source 3, agentless never) and no cue 11 times.
_INTENT_INFINITIVE = frozenset({"look"})
#: The key such a verb is read under: none of the raising rules name it.
INTENT_SUFFIX = " to"


def reading(tok: Token) -> str:
    """The lemma under which an accepted verb ``tok`` is read (see :data:`_INTENT_INFINITIVE`)."""
    lemma = tok.lemma_.lower()
    if lemma in _INTENT_INFINITIVE and any(_intended(c, tok) for c in tok.children):
        return lemma + INTENT_SUFFIX
    return lemma


def _intended(child: Token, verb: Token) -> bool:
    """Whether ``child`` is a to-infinitive after ``verb`` of a verb other than "be"/"have"."""
    return (
        child.dep_ == "xcomp"
        and child.i > verb.i
        and child.lemma_.lower() not in ("be", "have")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
    )


def _one_per_cue(relations: list[AttributionRelation]) -> list[AttributionRelation]:
    """``relations`` without those whose cue overlaps a longer one's.

    A verb and the noun of its object are scored apart, and both may be taken: "made"
    and "made no mention of" (the noun's cue reaches back over its verb; see
    :mod:`.cue_nouns`), or the same "made the case" twice once the verb's cue is
    extended (:mod:`.cue_extent`). One cue is one relation: the longer one, the first
    of equals.
    """
    ranked = sorted(relations, key=lambda r: (r.cue.start - r.cue.end, r.cue.start))
    kept: list[AttributionRelation] = []
    for rel in ranked:
        if not any(rel.cue.start < k.cue.end and k.cue.start < rel.cue.end for k in kept):
            kept.append(rel)
    return sorted(kept, key=lambda r: r.cue.start)
