"""Context and word-shape templates of the framing model's linear classifier.

Besides the word and its neighbours (:mod:`.framing_model`), a token's score
reads

* whether it stands inside a quotation (an odd number of quotation marks
  before it): a speaker's own words carry loaded language more often than the
  reporter's, alone, with the token's tag and with the word;
* its sentence: one with an exclamation mark, one with a quotation mark, and
  whether the token is on the document's headline line (the text before a
  line break within the first ``HEADLINE_MAX`` tokens), alone and with the tag,
  and the headline flag with the word (headlines are written to provoke);
* the first and the last four letters of the word: most emotive words of a
  new article were never labelled in training, but share a stem or an
  ending ("-ious", "-ized", "barbar-") with words that were.

Every template is a combination of spaCy's 64-bit string hashes folded into
the linear model's buckets; per document a few numpy operations, plus one
dictionary look-up per distinct word for the affixes (memoised across
documents, as :func:`.framing_dense.lemma_keys` memoises lemmas). Adding them
raised the pooled cross-validated span F1 on PTC's training ids (see
``training/train_framing.py``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sitrep.attribution.hashed import pair_hashes, template_salts

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from spacy.tokens import Doc

#: Template names (they go into the weights' meta with the others).
TEMPLATES = ("inq", "inq-tag", "inq-w", "sent", "sent-tag", "head-w", "pre4", "suf4")
#: Letters of the prefix and suffix templates.
AFFIX = 4
#: A headline is a first line no longer than this many tokens.
HEADLINE_MAX = 40
_BASE = 5000
#: Row of ``_table()`` holding a word's affix ids, by LOWER hash: shared by every
#: document (string hashes do not depend on the vocabulary), started over when full.
_AFFIX_ROWS: dict[int, int] = {}
_AFFIXES_MAX = 200_000


def _salts() -> NDArray[Any]:
    """Each template's starting hash (its number times the multiplier), one row."""
    return template_salts(_BASE, len(TEMPLATES))


@lru_cache(maxsize=1)
def _marks() -> tuple[NDArray[Any], Any]:
    """(hashes of the quotation marks, hash of "!")."""
    import numpy
    from spacy.strings import get_string_id

    quotes = ('"', "“", "”", "''", "``")
    marks = numpy.array([get_string_id(q) for q in quotes], dtype=numpy.uint64)
    return marks, numpy.uint64(get_string_id("!"))


def affixes(doc: Doc, lower: NDArray[Any]) -> NDArray[Any]:
    """(tokens x 2) ids of each word's first and last ``AFFIX`` letters, from its LOWER hashes."""
    import numpy
    from spacy.strings import get_string_id

    unique, inverse = numpy.unique(lower, return_inverse=True)
    hashes: list[int] = unique.tolist()
    rows = _AFFIX_ROWS
    get = rows.get
    at = [get(h, -1) for h in hashes]
    if -1 in at:
        if len(rows) + len(hashes) > _AFFIXES_MAX:
            rows.clear()
            at = [-1] * len(hashes)
        strings = doc.vocab.strings
        table = _table()
        for k, h in enumerate(hashes):
            if at[k] < 0:
                word = strings[h] if h else ""
                row = at[k] = rows[h] = len(rows)
                # Marked apart: a short word's prefix "<war" is not its suffix "war>".
                table[row, 0] = get_string_id("<" + word[:AFFIX])
                table[row, 1] = get_string_id(word[-AFFIX:] + ">")
    out: NDArray[Any] = _table()[numpy.array(at, dtype=numpy.int64)[inverse.reshape(-1)]]
    return out


@lru_cache(maxsize=1)
def _table() -> NDArray[Any]:
    """The affix ids of the words in ``_AFFIX_ROWS``, one row each (filled as words come)."""
    import numpy

    return numpy.zeros((_AFFIXES_MAX, 2), dtype=numpy.uint64)


def headline(doc: Doc) -> int:
    """Tokens on the document's first line when it is a short one (a headline), else 0."""
    from sitrep.nlp.cache import doc_arrays

    words = doc_arrays(doc).words
    for i, word in enumerate(words[:HEADLINE_MAX]):
        if "\n" in word:
            return i
    return 0


def feature_ids(
    doc: Doc,
    lower: NDArray[Any],
    tag: NDArray[Any],
    sent_start: NDArray[Any],
    buckets: int,
) -> NDArray[Any]:
    """(tokens x len(TEMPLATES)) weight indices; ``sent_start``: spaCy's SENT_START column."""
    import numpy

    n = len(lower)
    quotes, bang = _marks()
    # One comparison per mark: ``numpy.isin`` sorts, which costs more for so few.
    is_quote = lower == quotes[0]
    for mark in quotes[1:]:
        is_quote |= lower == mark
    sent = numpy.cumsum(sent_start.view(numpy.int64) == 1)
    # Per sentence, whether it holds a "!" (bit 1) or a quotation mark (bit 2): set at
    # the sentences of those tokens, then read back at every token.
    cues = numpy.zeros(int(sent[-1]) + 1 if n else 1, dtype=numpy.uint64)
    cues[sent[lower == bang]] = 1
    cues[sent[is_quote]] |= numpy.uint64(2)
    # Filled in place, one block per template (a ``stack`` of columns cost more).
    first = numpy.empty((n, len(TEMPLATES)), dtype=numpy.uint64)
    # Inside a quotation: an odd number of quotation marks before the token.
    first[:, 0] = ((numpy.cumsum(is_quote) - is_quote) & 1) & ~is_quote
    first[:, 1] = first[:, 2] = first[:, 0]
    first[:, 5] = 0
    first[: headline(doc), 5] = 1
    first[:, 3] = cues[sent] + 4 * first[:, 5]
    first[:, 4] = first[:, 3]
    first[:, 6:] = affixes(doc, lower) if n else 0
    second = numpy.empty((n, 4), dtype=numpy.uint64)
    second[:, 0] = second[:, 2] = tag
    second[:, 1] = second[:, 3] = lower
    # The templates with a second part: quotation with tag and word, sentence with tag,
    # headline with word.
    out = pair_hashes(first, _salts(), second, [1, 2, 4, 5], buckets)
    return out.reshape(n, len(TEMPLATES))
