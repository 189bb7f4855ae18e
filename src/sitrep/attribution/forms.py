"""Attribution forms read from the surface rather than from a cue verb.

* headline colons: "Graham: Trump's rhetoric destroying GOP's chance" - a short
  name before a colon that opens the sentence is the source, the colon the cue
  and the rest the content (PolNeAR annotates these; the colon carries no word,
  so the scorer judges such a relation by its source and content);
* chained cues: "X insisted that A, claiming that B" and "X said A and said
  that B" - the parser often hangs the second cue inside the first one's
  content; the first content ends before it and the second cue takes the
  first one's source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import content as cs
from sitrep.attribution.lexicon import Cues
from sitrep.attribution.types import AttributionRelation

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: The longest name a headline colon takes as its source ("Kasich's chief strategist").
MAX_HEADLINE_SOURCE = 6
_NAME_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"})
_NAME_TAGS = frozenset({"POS", "HYPH", "NNP", "NNPS", "NN", "NNS"})
#: Section labels that open headlines without being speakers.
_LABELS = frozenset(
    {"exclusive", "update", "updated", "breaking", "watch", "video", "photos", "live",
     "analysis", "opinion", "editorial", "related", "read", "note", "editor", "correction",
     "wait", "q", "a", "also", "plus", "question", "answer", "here", "today"}
)  # fmt: skip


def headline_colon(sent: Span) -> AttributionRelation | None:
    """ "NAME: CONTENT." at the start of a sentence, with NAME a short noun phrase."""
    doc = sent.doc
    limit = min(sent.end - 3, sent.start + MAX_HEADLINE_SOURCE + 1)
    colon = next((t.i for t in doc[sent.start : limit] if t.text == ":"), None)
    if colon is None or colon == sent.start:
        return None
    name = doc[sent.start : colon]
    if name[0].lower_ in _LABELS or not all(_name_part(t) for t in name):
        return None
    if not any(t.pos_ == "PROPN" or t.tag_ in ("NNP", "NNPS") for t in name) and len(name) > 2:
        return None
    words = [t for t in doc[colon + 1 : sent.end] if not t.is_punct and not t.is_space]
    content = cs.clip(doc, colon + 1, sent.end, sent)
    if content is None or len(words) < 3:
        return None
    return AttributionRelation(
        source=cs.as_text(name),
        cue=cs.as_text(doc[colon : colon + 1]),
        content=cs.as_text(content),
        stance="neutral",
        kind="direct" if cs.quoted(content) else "indirect",
    )


def _name_part(tok: Token) -> bool:
    if tok.is_punct:
        return tok.text in (".", "-", "’s", "'s", "&")
    return tok.pos_ in _NAME_POS or tok.tag_ in _NAME_TAGS or tok.is_title or tok.is_upper


def chained_cue(piece: Span, cue: Token, lex: Cues) -> tuple[int, int] | None:
    """(end of the content, second cue) when a content holds a second cue of its speaker.

    ", claiming that ..." (a participle after a comma) and "and said that ..." (a
    verb with no subject of its own after "and") start a new relation.
    """
    doc = piece.doc
    for tok in piece[2:]:
        if tok.i <= cue.i or lex.verb_lemma(tok) is None or lex.verb_lemma(tok) in lex.attitude:
            continue
        before = doc[tok.i - 1]
        if tok.tag_ == "VBG" and before.text == ",":
            return before.i, tok.i
        subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
        if before.lower_ == "and" and tok.tag_ in ("VBD", "VBZ") and not subject:
            return before.i, tok.i
    return None
