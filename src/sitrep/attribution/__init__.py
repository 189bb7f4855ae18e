"""The attribution stage: who says so, how firmly, in whose words.

* :func:`find_attributions` lists the document's attribution relations
  (source, cue, content, stance, cited sources), see :mod:`.relations`.
* :func:`attribute` gives each event the chain of sources whose content holds
  its trigger, outermost first (``[SANA, local sources]`` for "SANA, citing
  local sources, said that US helicopters carried out ..."); an event the
  outlet asserts in its own voice gets an empty chain. ``hedged`` is true when
  the event's sentence carries a hedge (reportedly, may, is believed to ...)
  or a link is hedged ("reports show", "sources said", agentless); and
  ``anonymous`` when a link's source is unnamed.
* :func:`find_framing` lists loaded-language spans; each event also gets those
  of its own sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution.framing import find_framing
from sitrep.attribution.lexicon import Cues, cues
from sitrep.attribution.relations import find_attributions, sentences
from sitrep.attribution.types import AttributionRelation, TextSpan
from sitrep.model import Attribution, Event, Framing

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["AttributionRelation", "TextSpan", "attribute", "find_attributions", "find_framing"]


def attribute(doc: Doc, events: list[Event], framing: list[Framing] | None = None) -> None:
    """Set ``event.attribution`` and ``event.framing`` in place for every event.

    ``framing`` is the document's :func:`find_framing` result when the caller has
    it already (the pipeline does), so it is not computed twice.
    """
    if not events:
        return
    lex = cues()
    relations = find_attributions(doc)
    if framing is None:
        framing = find_framing(doc)
    sents = sentences(doc)
    starts = [s.start_char for s in sents]
    #: Sentence start -> whether it carries a hedge (events share sentences).
    hedges: dict[int, bool] = {}
    for event in events:
        at = event.trigger.start
        holding = [
            r
            for r in relations
            # Attitudes ("X criticized ...", "X vowed to ...") are not sources of a report;
            # "reportedly" is a hedge of the sentence, not a link of the chain.
            if r.kind not in ("attitude", "adverb", "nominal_object")
            and r.content.contains(at)
            and not _is_own_cue(r, event)
        ]
        holding.sort(key=lambda r: (r.content.start - r.content.end, r.cue.start))
        links = [rel for outer in holding for rel in outer.chain()]
        sent = _sentence_at(sents, starts, at)
        hedged = any(r.hedged for r in links)
        if not hedged and sent is not None:
            if sent.start not in hedges:
                hedges[sent.start] = _has_hedge(sent, lex)
            hedged = hedges[sent.start]
        event.attribution = Attribution(
            chain=[r.link() for r in links],
            hedged=hedged,
            anonymous=any(r.anonymous for r in links),
        )
        if sent is not None:
            lo, hi = sent.start_char, sent.end_char
            event.framing = [f for f in framing if lo <= f.start and f.end <= hi]


def _is_own_cue(relation: AttributionRelation, event: Event) -> bool:
    """An event triggered by the cue itself (an ACCUSE 'claims') is not its own content."""
    return relation.cue.start <= event.trigger.start < relation.cue.end


def _sentence_at(sents: list[Span], starts: list[int], offset: int) -> Span | None:
    from bisect import bisect_right

    i = bisect_right(starts, offset) - 1
    if i < 0 or offset >= sents[i].end_char:
        return None
    return sents[i]


def _has_hedge(sent: Span, lex: Cues) -> bool:
    """Hedging words in the sentence: adverbs, epistemic modals, "is believed to"."""
    from sitrep.nlp.cache import doc_arrays

    # Read from the cached arrays: a Token only for a raising verb's lemma.
    arrays = doc_arrays(sent.doc)
    lowers, tags, lemmas = arrays.lower, arrays.tag, arrays.lemma
    for i in range(sent.start, sent.end):
        lower = lowers[i]
        if lower in lex.hedge_adverbs:
            return True
        if lower in lex.modals and tags[i] == "MD":
            return True
        # "is believed to have", "appears to be": raising verbs with an infinitive.
        if lemmas[i].lower() in lex.raising_verbs and _raising(sent.doc[i], lex):
            return True
    return False


def _raising(tok: Token, lex: Cues) -> bool:
    lemma = tok.lemma_.lower()
    if lemma not in lex.raising_verbs or not any(c.dep_ == "xcomp" for c in tok.children):
        return False
    return lemma in ("seem", "appear") or any(c.dep_ == "auxpass" for c in tok.children)
