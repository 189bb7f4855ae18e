"""A reported clause the parser read as the cue's object and what follows.

"Staff say the more seats she wins ..., the more sway she will hold": the
parser takes the reported clause's subject for the cue's object (see
:func:`run_on`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Finite verb tags: a clause of its own.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def run_on(cue: Token, sent: Span, lemma: str, addressed: bool) -> tuple[int, int] | None:
    """ "Staff say the more seats she wins ..., the more sway she will hold":
    the parser took the reported clause's subject for the cue's object. When an object
    follows the cue and a finite verb follows in the cue's phrase (not in an adverbial
    clause: "told a radio station as shells fell ..."), the rest of that phrase is what
    was said: (start, end) token indices. Not for verbs whose object is the person
    addressed (``addressed``: "told reporters")."""
    if addressed and lemma != "say":
        return None
    doc = cue.doc
    if not any(c.dep_ == "dobj" and cue.i < c.i <= cue.i + 3 for c in cue.children):
        return None
    end = min(cue.right_edge.i + 1, sent.end)
    finite = next((doc[k] for k in range(cue.i + 2, end) if doc[k].tag_ in _FINITE), None)
    if finite is None or any(t.dep_ == "advcl" for t in _path_up(finite, cue)):
        return None
    return cue.i + 1, end


def _path_up(tok: Token, top: Token) -> list[Token]:
    """``tok`` and its heads below ``top``."""
    path = []
    while tok.i != top.i and tok.head.i != tok.i:
        path.append(tok)
        tok = tok.head
    return path
