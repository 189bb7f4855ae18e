"""A speaker the parser took into the content of a direct quotation.

Two shapes of direct quotation defeat the small English model's parse:

* "“...,” Omar Haddad, a senior adviser to the governor, said at ...": the quotation
  and the speaker's phrase come out as one complement of the cue, so the content
  swallows its own source;
* "“...,” said retired surgeon Paul Grant, asked about ...": the speaker after
  the cue is read as the subject of the participle that follows, which becomes the
  content, and the quotation is left out;
* "“...,” said Priestly, explaining ...": the tagger takes the surname for an adverb,
  and the cue has no subject at all (:func:`speaker_after`).

In each the quotation is what was said and the noun phrase between it and the cue
(or right after the cue) is who said it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import extent, quotes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NOMINAL = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})
#: Inside a speaker's phrase: names, appositions and their function words.
_INSIDE = frozenset({*_NOMINAL, "ADP", "CCONJ", "PART", "PUNCT", "ADV"})


def split(cue: Token, sent: Span, pieces: list[Span]) -> tuple[Span, Span] | None:
    """(speaker, quotation) when the content ``pieces`` of ``cue`` hold the speaker of a
    quotation next to the cue; None otherwise."""
    if len(pieces) != 1:
        return None
    content = pieces[0]
    doc = cue.doc
    if content.end <= cue.i:
        for opened, closed in quotes.quote_pairs(doc):
            if opened <= content.start <= closed and closed + 1 < content.end:
                speaker = _phrase(doc[closed + 1 : content.end])
                if speaker is not None:
                    return speaker, doc[opened : closed + 1]
        return None
    if content.start <= cue.i or doc[content.start].text in quotes.OPENING:
        return None  # ("“A,” said X, “B.”": the quotation after the cue is read as it is)
    quotation = extent.quote_before(cue, sent)
    speaker = speaker_after(cue, sent)
    return (speaker, quotation) if quotation is not None and speaker is not None else None


def speaker_after(cue: Token, sent: Span) -> Span | None:
    """ "“...,” said Priestly, explaining ...": the name right after a cue that a quotation
    ends just before, up to a comma or the sentence's end (the tagger takes some
    surnames for adverbs, so a capitalised word counts as a name there)."""
    doc = cue.doc
    close = cue.i - 1 if cue.i - 1 > sent.start and doc[cue.i - 1].text != "," else cue.i - 2
    if close < sent.start or doc[close].text not in quotes.CLOSING:
        return None
    end = cue.i + 1
    while end < sent.end and doc[end].text != "," and _nominal(doc[end]):
        end += 1
    if end < sent.end and not (doc[end].is_punct or doc[end].is_space):
        return None  # the phrase goes on: not a speaker's name and an aside
    return _phrase(doc[cue.i + 1 : end])


def _phrase(span: Span) -> Span | None:
    """``span`` without edge punctuation when it reads as a speaker's noun phrase: a
    name or noun first, no verb (appositions may follow after a comma)."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None
    words = doc[start:end]
    if not _nominal(words[0]) or any(t.pos_ not in _INSIDE and not _nominal(t) for t in words):
        return None
    if words[-1].pos_ in ("ADP", "CCONJ", "DET", "PART"):
        return None  # cut off mid-phrase ("Fight for $15 ...")
    if not any(t.pos_ in ("PROPN", "NOUN") or t.is_title for t in words):
        return None
    if any(t.ent_type_ in ("DATE", "TIME") for t in words):
        return None  # "“...,” said Tuesday": a time, not a speaker
    return words


def _nominal(tok: Token) -> bool:
    """A word of a noun phrase; a participle the tagger calls a verb counts where it
    modifies a noun ("retired surgeon Paul Grant")."""
    return (
        tok.pos_ in _NOMINAL
        or (tok.dep_ in ("amod", "compound") and tok.head.i > tok.i)
        or (tok.is_title and tok.i > tok.sent.start)
    )
