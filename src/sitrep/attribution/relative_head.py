"""The content of a cue verb in a relative clause: what the clause is about.

"a tax which he favors" (the relative pronoun, :func:`.misparse.relative_object`)
and, in a contact clause with no pronoun, "the plan Democrats opposed",
"everything she says", "a fact the ministry later confirmed": the noun phrase
the clause modifies is the object of the cue, and the clause's own subject is
its source (PolNeAR marks the noun phrase without the clause).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution.misparse import relative_object

if TYPE_CHECKING:
    from spacy.tokens import Token

_RELATIVES = frozenset({"which", "that", "who", "whom", "what", "whose"})
#: What the clause modifies: a noun or an indefinite pronoun ("everything", "something").
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
#: Children that give the cue an object or complement of its own: the noun above is
#: then no object of it ("the day she said that ...").
_OWN_OBJECT = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "dative"})
#: A clause on a time or place says when or where, not what: "the day they voted",
#: "the room where she spoke", "the first time he campaigned there".
_SETTING_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
_SETTING_NOUNS = frozenset(
    {"time", "day", "week", "month", "year", "moment", "night",
     "place", "way", "room", "state", "city", "country", "stage"}
)  # fmt: skip


def relative_content(cue: Token, attitude: bool) -> tuple[int, int] | None:
    """(start, end) token indices of the content of a relative-clause cue, or None;
    ``attitude``: the cue is a verb of stance or intention ("opposed", "proposed")."""
    if cue.dep_ == "relcl":
        pronoun = relative_object(cue)
        if pronoun is not None:
            return pronoun.start, pronoun.end
    if cue.dep_ not in ("relcl", "acl"):
        return None
    head = cue.head
    if head.i >= cue.i or head.pos_ not in _NOMINAL:
        return None
    if head.ent_type_ in _SETTING_ENTS or head.lemma_.lower() in _SETTING_NOUNS:
        return None
    kids = list(cue.children)
    if any(c.dep_ in _OWN_OBJECT for c in kids):
        return None
    # The clause needs a subject of its own that is no relative pronoun ("who says"
    # is the noun speaking, not spoken of); the noun phrase ends where the clause begins.
    subjects = [c for c in kids if c.dep_ == "nsubj" and c.i < cue.i]
    if not subjects or any(c.lower_ in _RELATIVES for c in cue.lefts):
        return None
    if cue.right_edge.i == cue.i and not attitude:
        # "hit by these attacks he added": in copy without punctuation a bare "he
        # said / he added" after a noun is mostly a trailing speech tag, no relative.
        return None
    start, end = head.left_edge.i, cue.left_edge.i
    return (start, end) if start < end else None
