"""Quotations: which quote marks pair up, and how a content takes in a whole quote.

Quotations run across sentences ("“We will respond. We are ready,” he said."),
so pairs are found per paragraph, not per sentence: spaCy's sentence splitter
cuts inside quotes. A line break closes any quotation left open (wire copy
leaves a quote open at the end of a paragraph when it goes on in the next).
Typographic (“ ”), straight (") and doubled-apostrophe ('' or ``) quotes are
read; single quotes are not, since ’ is mostly an apostrophe.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

OPENING = {"“": "”", '"': '"', "«": "»", "''": "''", "``": "''"}
CLOSING = frozenset(OPENING.values())
_KEY = "sitrep.quote_pairs"


def quote_pairs(doc: Doc) -> list[tuple[int, int]]:
    """(opening token, closing token) of every quotation, in text order (cached on the doc)."""
    cached = doc.user_data.get(_KEY)
    if cached is not None:
        return list(cached)
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    for tok in doc:
        text = tok.text
        if tok.is_space and "\n" in text:
            opened = None
        elif opened is not None and text in (OPENING[doc[opened].text], "”"):
            pairs.append((opened, tok.i))
            opened = None
        elif text in OPENING and text != "”":
            opened = tok.i
    doc.user_data[_KEY] = tuple(pairs)
    return pairs


def widen(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Tokens start..end grown to cover every quotation they start or end inside."""
    for opened, closed in quote_pairs(doc):
        if opened >= end:
            break
        if closed >= start:
            start, end = min(start, opened), max(end, closed + 1)
    return start, end


def continuation(doc: Doc, cue_sent: Span) -> tuple[int, int] | None:
    """The quotation that opens the sentence after ``cue_sent`` in the same paragraph.

    "“A,” she said. “B. C.”": B and C are still her words.
    """
    pairs = quote_pairs(doc)
    i = cue_sent.end
    # The splitter may leave the opening mark at the end of the cue's sentence.
    first = cue_sent.end - 1 if cue_sent.end - 1 > cue_sent.start else cue_sent.end
    k = bisect_left(pairs, (first, -1))
    while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    for opened, closed in pairs[k : k + 2]:
        if opened in (first, i) and doc[opened].text in OPENING:
            return opened, closed + 1
    return None
