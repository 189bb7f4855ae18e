"""A quotation before the cue outweighs a phrase after it.

"“We will win this state,” she said of the senator", "“...,” he said with a
smile", "“...,” he told Morning Hour on Sunday", "“...,” she said, answering a
question": the words after the cue say about whom, how, to whom or when it was
said; the quotation that ends just before the cue (or before its source) is what
was said. A clause after the cue ("said that ...", "said it would ...") or a
quotation of its own keeps its place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import extent
from sitrep.attribution.quotes import OPENING
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Tags of a finite verb: the content after the cue is a clause of its own.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Verbs of saying proper, whose object after a quotation is no content ("said of X",
#: "told a TV show", "wrote to her"); "discussed", "mocked", "coined" take their object.
_SAYING = frozenset({"say", "tell", "write", "add", "reply", "explain", "joke", "quip",
                     "declare", "insist", "remark", "recall", "answer"})  # fmt: skip


def quotation_instead(cue: Token, sent: Span, content: Span, lemma: str) -> Span | None:
    """The quotation just before a verb of saying when ``content`` (after it) is no clause."""
    if lemma not in _SAYING or content.start <= cue.i or content[0].lower_ == "that":
        return None
    arrays = doc_arrays(cue.doc)  # (cached words and tags: no Token per word)
    words, tags = arrays.words, arrays.tag
    if any(words[k] in OPENING or tags[k] in _FINITE for k in range(content.start, content.end)):
        return None
    # A participle ("..., saying X") hangs on another verb, whose quotation that is; an
    # object other than the one told ("wrote a blog post against X", "said little
    # about X") is what was said.
    if cue.tag_ == "VBG" or (lemma != "tell" and any(c.dep_ == "dobj" for c in cue.rights)):
        return None
    return extent.quote_before(cue, sent)
