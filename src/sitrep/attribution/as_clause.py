"""Clauses opened by "as": an aside naming a source, or a clause of time or manner.

"as the ministry pointed out, the road is closed": the cue has no object; what it
reports is the clause the aside hangs on. "As the envoy covered familiar ground,
the minister noted ...": the cue has an object of its own, so the "as" clause says
when, and the cue's content is that object (read by :mod:`.content` as usual).
"as she put it" keeps the aside reading: "it" stands for the clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Children that give a cue its own content: "as" then opens a clause of time or manner.
_OWN_CONTENT = frozenset({"dobj", "ccomp", "xcomp"})
#: Objects that stand for the clause the aside hangs on: "as she put it", "as he saw it".
_CLAUSE_PRONOUNS = frozenset({"it", "this", "so"})
#: Prepositions that give a cue what it is about ("called for", "complained about").
_ABOUT = frozenset({"for", "about", "against", "over", "of", "with"})


def _has_object(prep: Token) -> bool:
    return any(c.dep_ in ("pobj", "pcomp") for c in prep.children)


def clause_above(cue: Token) -> tuple[int, int] | None:
    """(start, end) of the clause an "as X said" aside reports, or None."""
    if cue.dep_ != "advcl" or cue.head is cue:
        return None
    kids = list(cue.children)
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in kids):
        return None
    if any(c.dep_ in _OWN_CONTENT and c.lower_ not in _CLAUSE_PRONOUNS for c in kids):
        return None
    if any(c.dep_ == "prep" and c.lower_ in _ABOUT and _has_object(c) for c in kids):
        return None  # "even as rivals called for his dismissal"
    head = cue.head
    return head.left_edge.i, head.right_edge.i + 1
