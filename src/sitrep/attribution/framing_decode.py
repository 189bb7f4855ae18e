"""Decoding the framing model's token scores into spans, and the token flags it reads.

A span is a run of tokens scoring at least a threshold whose best token
scores a higher peak, cut so that it neither begins nor ends on an article,
a preposition, a conjunction or punctuation (nor begins on a possessive).
The per-token flags come from one ``to_array`` per document and are kept
while it is the current one. (Moved out of :mod:`.framing_model`, which
re-exports these names.)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from spacy.tokens import Doc


def runs(on: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of every run of true flags."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for i, flag in enumerate([*on, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            out.append((start, i))
            start = None
    return out


def decode(
    doc: Doc, probs: NDArray[Any], threshold: float, peak: float
) -> list[tuple[int, int, str]]:
    """Runs of tokens scoring at least ``threshold`` whose best token scores ``peak``.

    Two thresholds (hysteresis): a confident token starts a span and its
    less confident neighbours extend it, as PTC's annotators mark the whole
    phrase ("a [corrupt, lying] regime") and not just its strongest word.
    """
    import numpy

    if len(doc) == 0:
        return []
    # float64 as the thresholds are: a float32 comparison could round a score across one.
    p = numpy.asarray(probs, dtype=numpy.float64)
    # Whitespace tokens break a run (``flags``: no ``Token`` object per word).
    on = (p >= threshold) & flags(doc).word
    edges = numpy.diff(on.astype(numpy.int8), prepend=0, append=0)
    starts, ends = numpy.flatnonzero(edges == 1), numpy.flatnonzero(edges == -1)
    if len(starts) == 0:
        return []
    # Each run's best score at once: the segments from one run's start to the next
    # run's start hold only that run's tokens switched on.
    tops = numpy.maximum.reduceat(numpy.where(on, p, -1.0), starts)
    out: list[tuple[int, int, str]] = []
    # Trimming only shortens a run: one whose best token misses ``peak`` is out as it
    # stands (most runs are), without trimming it first.
    for start, end in zip(starts[tops >= peak].tolist(), ends[tops >= peak].tolist(), strict=True):
        span = trimmed(doc, start, end)
        if span is not None and float(p[span[0] : span[1]].max()) >= peak:
            out.append((*span, kind_of(doc, *span)))
    return out


#: Parts of speech a span neither begins nor ends on: PTC's annotators mark
#: "corrupt" in "the corrupt regime of" and leave out the article, the
#: preposition and a dangling "and". Measured on the cross-validation folds
#: (ids % 5 in 1..4), of 1,196 model spans overlapping one gold span, 320 began
#: before it, 131 of them on an article; dropping these words from the model's
#: spans raised pooled span F1 0.3415 -> 0.3449 (weights fixed, all four folds up).
_EDGE_POS = ("CCONJ", "DET", "ADP")
#: Fine tags a span does not begin on: possessives ("their [evil] cronies", "Assad['s] thugs").
_LEAD_TAGS = ("PRP$", "POS")


@dataclass(frozen=True)
class Flags:
    """Per token of one document, what decoding reads."""

    #: Whether a span may not begin on the token (see ``_EDGE_POS``, ``_LEAD_TAGS``).
    lead: list[bool]
    #: Whether a span may not end on it.
    tail: list[bool]
    noun: list[bool]
    #: Whether the token is a stop word (spaCy's ``is_stop``).
    stop: list[bool]
    #: Whether the token is not whitespace (``is_space`` false), as an array.
    word: NDArray[Any]
    #: spaCy's POS, DEP and HEAD (relative offset, as int64) columns, read only by
    #: ``modified`` for the few words that end a model span.
    pos: NDArray[Any]
    dep: NDArray[Any]
    head: NDArray[Any]


#: The last document's token flags (see :func:`flags`), kept while it is the current one.
_last_flags: list[tuple[Doc, Flags] | None] = [None]


def flags(doc: Doc) -> Flags:
    """``doc``'s token ``Flags``, read from one ``to_array`` and kept for the document.

    Decoding asks about every run's ends and words, and a ``Token`` object per
    question cost more than the rest.
    """
    cached = _last_flags[0]
    if cached is not None and cached[0] is doc:
        return cached[1]
    import numpy
    from spacy.attrs import DEP, HEAD, IS_PUNCT, IS_SPACE, IS_STOP, POS, TAG

    arr = doc.to_array([IS_PUNCT, POS, TAG, IS_STOP, IS_SPACE, DEP, HEAD])
    return flags_from(doc, arr.astype(numpy.uint64, copy=False))


def flags_from(doc: Doc, arr: NDArray[Any]) -> Flags:
    """``doc``'s ``Flags`` from its IS_PUNCT, POS, TAG, IS_STOP, IS_SPACE, DEP, HEAD columns.

    Kept for the document. The framing model reads these columns with its
    own, in one ``to_array`` (as uint64).
    """
    import numpy
    from spacy.strings import get_string_id
    from spacy.symbols import IDS as SYMBOLS
    from spacy.symbols import NOUN, PROPN

    arr = arr.reshape(len(doc), 7)
    pos, tag = arr[:, 1], arr[:, 2]
    # One comparison per value: ``numpy.isin`` sorts, which costs more for so few.
    tail = arr[:, 0] == 1
    for name in _EDGE_POS:
        tail |= pos == SYMBOLS[name]
    lead = tail.copy()
    for name in _LEAD_TAGS:
        lead |= tag == get_string_id(name)
    noun: list[bool] = ((pos == NOUN) | (pos == PROPN)).tolist()
    found = Flags(
        lead.tolist(),
        tail.tolist(),
        noun,
        (arr[:, 3] == 1).tolist(),
        arr[:, 4] == 0,
        pos,
        arr[:, 5],
        arr[:, 6].view(numpy.int64),
    )
    _last_flags[0] = (doc, found)
    return found


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The token run without the words a span may not begin or end on (see ``_EDGE_POS``).

    Punctuation, articles, prepositions and a dangling "and"/"or" at either
    end; possessives at the start.
    """
    found = flags(doc)
    lead, tail = found.lead, found.tail
    while start < end and lead[start]:
        start += 1
    while end > start and tail[end - 1]:
        end -= 1
    return (start, end) if start < end else None


#: Dependencies by which a word modifies a noun phrase's head. PTC's annotators
#: mark a label as the whole phrase ("a [corrupt puppet regime]"), the model's
#: scores often only its modifier: a model span whose last word modifies a noun
#: to its right reaches to that noun (``to_head``). Measured on the
#: cross-validation folds (ids % 5 in 1..4), weights fixed: pooled span F1
#: +0.0012 to +0.0021 at each of five decoding settings (recall up ~0.007,
#: precision down ~0.003). Retrained with it (same weights, threshold re-chosen
#: 0.04 -> 0.05): CV 0.3643 -> 0.3655; the held-out ids, measured once at the
#: end, stayed level (0.3291 -> 0.3286, session 11).
_MODIFIER_DEPS = ("amod", "compound", "nmod", "advmod", "npadvmod", "poss", "nummod", "conj", "cc")


@lru_cache(maxsize=1)
def _phrase_ids() -> tuple[frozenset[int], frozenset[int]]:
    """(ids of ``_MODIFIER_DEPS``, ids of the parts of speech a modified word may have)."""
    from spacy.strings import get_string_id
    from spacy.symbols import IDS as SYMBOLS

    deps = frozenset(get_string_id(name) for name in _MODIFIER_DEPS)
    return deps, frozenset(SYMBOLS[name] for name in ("NOUN", "PROPN", "ADJ"))


def modified(doc: Doc, i: int) -> int:
    """The word to the right of token ``i`` that it modifies in a noun phrase, else -1.

    A noun, proper noun or adjective that is the token's syntactic head by one
    of ``_MODIFIER_DEPS``. Asked only of the few words ending a model span,
    from the columns ``flags`` has read.
    """
    found = flags(doc)
    head = i + int(found.head[i])
    deps, heads = _phrase_ids()
    if head > i and int(found.dep[i]) in deps and int(found.pos[head]) in heads:
        return head
    return -1


def to_head(doc: Doc, start: int, end: int, taken: list[bool]) -> int:
    """``end`` moved to the noun the span's last word modifies (see ``_MODIFIER_DEPS``).

    Through chains of modifiers ("deeply" -> "corrupt" -> "officials"); not
    across whitespace tokens nor into words another span has ``taken``, and
    only when the chain ends on a noun.
    """
    found = flags(doc)
    last = end - 1
    while (up := modified(doc, last)) > last:
        last = up
    if last < end or not found.noun[last]:
        return end
    word = found.word
    if any(taken[i] or not word[i] for i in range(end, last + 1)):
        return end
    return last + 1


def kind_of(doc: Doc, start: int, end: int) -> str:
    """ "label" for a run that names someone or something, else "loaded"."""
    # "traitor", "radical Islamists" are labels; "brutal", "slaughtered" loaded language.
    return "label" if flags(doc).noun[end - 1] else "loaded"
