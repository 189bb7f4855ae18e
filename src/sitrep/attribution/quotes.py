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


def quote_pairs(doc: Doc) -> tuple[tuple[int, int], ...]:
    """(opening token, closing token) of every quotation, in text order (cached on the doc)."""
    cached: tuple[tuple[int, int], ...] | None = doc.user_data.get(_KEY)
    if cached is not None:
        return cached
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    for tok in doc:
        text = tok.text
        if tok.is_space and "\n" in text:
            opened = None
        elif opened is not None and (
            text in (OPENING[doc[opened].text], "”") or (text == '"' and doc[opened].text == "“")
        ):
            # (Scraped copy mixes marks: “...", closed by a straight quote.)
            pairs.append((opened, tok.i))
            opened = None
        elif text in OPENING and text != "”":
            opened = tok.i
    doc.user_data[_KEY] = found = tuple(pairs)
    return found


def widen(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Tokens start..end grown to cover every quotation they start or end inside."""
    for opened, closed in quote_pairs(doc):
        if opened >= end:
            break
        if closed >= start:
            start, end = min(start, opened), max(end, closed + 1)
    return start, end


def continuation(doc: Doc, cue_sent: Span, bare: bool = False) -> list[tuple[int, int]]:
    """The quotations that go on after ``cue_sent``: the one opening the next sentence
    of the same paragraph, then each following paragraph that is one quotation and
    nothing else (token ranges, in order; empty when there is none).

    "“A,” she said. “B. C.”": B and C are still her words; so is a next paragraph
    "“D.”" with no speaker of its own (a paragraph with its own "he said" is not
    taken, nor is anything after a paragraph that is not a bare quotation). With
    ``bare``, the next sentence's quotation too must be all of its sentence (after
    reported speech, "She said that A. “B.”": no "she added" of its own).
    """
    pairs = quote_pairs(doc)
    out: list[tuple[int, int]] = []
    i = cue_sent.end
    # The splitter may leave the opening mark at the end of the cue's sentence.
    first = cue_sent.end - 1 if cue_sent.end - 1 > cue_sent.start else cue_sent.end
    k = bisect_left(pairs, (first, -1))
    while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    for opened, closed in pairs[k : k + 2]:
        if opened in (first, i) and doc[opened].text in OPENING:
            if not bare or _bare(doc, closed + 1):
                out.append((opened, closed + 1))
            break
    pos = out[-1][1] if out else cue_sent.end
    for _ in range(MAX_PARAGRAPHS):
        nxt = _next_paragraph(doc, pos)
        k = bisect_left(pairs, (nxt, -1)) if nxt is not None else len(pairs)
        if k == len(pairs) or pairs[k][0] != nxt:
            break
        end = pairs[k][1] + 1
        if not _bare(doc, end):
            break  # words after the quotation: "“D,” he said." has a speaker of its own
        out.append((nxt, end))
        pos = end
    return out


#: How many paragraphs of bare quotation a speaker's content may run on over.
MAX_PARAGRAPHS = 3


def _next_paragraph(doc: Doc, pos: int) -> int | None:
    """The first token of the paragraph after ``pos`` when only punctuation and space
    stand between (``pos`` ends its paragraph), else None."""
    crossed = False
    i = pos
    while i < len(doc) and (doc[i].is_space or (doc[i].is_punct and not crossed)):
        if doc[i].text in OPENING and doc[i].text != "”" and i > pos:
            break
        crossed = crossed or (doc[i].is_space and "\n" in doc[i].text)
        i += 1
    return i if crossed and i < len(doc) else None


def _bare(doc: Doc, pos: int) -> bool:
    """Whether nothing but punctuation follows ``pos`` up to a line break, another
    quotation or the end of the text (a quotation that ends at ``pos`` is all of its
    sentence)."""
    for tok in doc[pos:]:
        if tok.is_space and "\n" in tok.text:
            return True
        if tok.text in OPENING and tok.text != "”" and tok.i > pos:
            return True
        if not (tok.is_punct or tok.is_space):
            return False
    return True
