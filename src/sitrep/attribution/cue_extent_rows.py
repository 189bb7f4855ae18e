"""Training rows of the cue extent model (:mod:`.cue_extent`), built from a gold-annotated
document; used by ``training/train_attribution.py`` only (nothing here runs in the
pipeline)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from sitrep.attribution import cue_extent as ce
from sitrep.attribution import cue_model as cm
from sitrep.attribution.learned import reading
from sitrep.attribution.lexicon import cues
from sitrep.attribution.relations import _verbal
from sitrep.evaluation import polnear as pn
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from collections.abc import Iterable


class Annotated(Protocol):
    """A parsed training document: its gold relations and the rules' cue tokens."""

    doc: Any
    gold: list[pn.Relation]
    #: Token indices of the cues the rules found (no candidates of the cue model).
    taken: set[int]


def extent_rows(items: Iterable[Annotated]) -> tuple[list[list[int]], list[float]]:
    """Feature buckets and labels: the longer cues of every candidate verb that touches a
    gold cue and has a relation (accepted by the cue model or not: the extent is a
    question of the span alone), positive when the longer cue is exactly the gold cue."""
    lex = cues()
    rows: list[list[int]] = []
    labels: list[float] = []
    for it in items:
        doc = it.doc
        starts, ends = pn.token_starts(doc.text)
        gold_cues = [g.cue for g in it.gold if g.cue]
        parse = cm.parse(doc)
        arrays = doc_arrays(doc)
        for i in cm.candidates(parse, lex, it.taken):
            if parse.pos[i] != "VERB" or arrays.sentence_of[i] < 0:
                continue
            tok = doc[i]
            words = pn.tokens_of([(tok.idx, tok.idx + len(tok))], starts, ends)
            gold = next((g for g in gold_cues if g & words), None)
            longer = ce.options(tok)
            if gold is None or not longer:
                continue
            sent = arrays.sentences[arrays.sentence_of[i]]
            built = _verbal(tok, sent, lex, {}, reading(tok))
            if built is None or built.cue.parts:
                continue
            for option, end in longer.items():
                stop = doc[end].idx + len(doc[end])
                if stop <= built.cue.end:
                    continue
                rows.append([ce.bucket(f) for f in ce.features(tok, option, end)])
                exact = pn.tokens_of([(built.cue.start, stop)], starts, ends) == gold
                labels.append(1.0 if exact else 0.0)
    return rows, labels
