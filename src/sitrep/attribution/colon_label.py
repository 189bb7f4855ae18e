"""A label before a quotation: "Her verdict: “...,” she said."

The writer's words before the colon name or introduce the quotation ("Her first
verdict:", "The message from the ministry:"); only the quotation is what the
speaker said. The parser hangs the label on the quoted clause, so the content
read from the cue's complement starts at the label.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution.quotes import OPENING
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def without_label(content: Span, cue: Token) -> int | None:
    """The index where ``content`` (before its cue) starts once a label set off by a
    colon right before an opening quote is dropped, or None when it has no such label."""
    if content.end > cue.i:
        return None
    # Read from the cached words: a Token per word is costly on this path (every cue).
    words = doc_arrays(cue.doc).words
    for k in range(content.start + 1, content.end - 1):
        word = words[k]
        if word in OPENING:
            return None  # the label never holds a quotation of its own
        if word == ":" and words[k + 1] in OPENING:
            return k + 1
    return None
