"""The object of a verb that mostly takes the person addressed, when it is a thing.

Verbs such as *answer*, *post*, *publish*, *thank*, *urge* or *say* take as their
object the person addressed ("thanked the volunteers") or what is said or put out
("answered a question", "posted a photo of the rally", "urged restraint", "says
unkind things"); :mod:`.content` reads them as addressee verbs first. When nothing
else gives the cue a content, its object is the content unless it is a personal
pronoun. *tell*, *ask*, *inform*, *remind* and *warn* keep their object as the one
addressed ("told reporters"), and "continue the offensive" is aspect.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_ADDRESSED_ONLY = frozenset(
    {"tell", "ask", "inform", "brief", "assure", "convince", "remind", "warn", "continue"}
)
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_PERSONAL = frozenset({"me", "you", "him", "her", "us", "them", "it", "himself", "herself"})


def object_content(cue: Token, lemma: str) -> tuple[int, int] | None:
    """(start, end) of the cue's object after it, or None (see the module docstring)."""
    if lemma in _ADDRESSED_ONLY:
        return None
    for child in cue.rights:
        if child.dep_ != "dobj":
            continue
        if child.lower_ in _PERSONAL or child.ent_type_ in ("DATE", "TIME"):
            return None
        # "said [the tests] concluded that ...": after "say" a finite verb past the object
        # makes it the subject of a reported clause the parser split (:mod:`.run_on`).
        tail = cue.doc[child.right_edge.i + 1 : cue.right_edge.i + 1]
        if lemma == "say" and any(t.tag_ in _FINITE for t in tail):
            return None
        return child.left_edge.i, child.right_edge.i + 1
    return None


#: Prepositions after the person addressed that say what about: "reminded voters of
#: the stakes", "asked the minister about the budget", "warned the bank against ...".
_TOPIC_PREPOSITIONS = frozenset({"of", "about", "on", "against", "over"})


def addressee_topic(cue: Token, lemma: str) -> tuple[int, int] | None:
    """(start, end) of "of / about ..." that the parser hung on the person addressed
    ("reminded [voters of the stakes]"), for a verb whose object is that person."""
    if lemma not in _ADDRESSED_ONLY or lemma == "continue":
        return None
    for child in cue.rights:
        if child.dep_ != "dobj":
            continue
        for prep in child.rights:
            has_object = any(c.dep_ in ("pobj", "pcomp") for c in prep.children)
            if prep.dep_ == "prep" and prep.lower_ in _TOPIC_PREPOSITIONS and has_object:
                return prep.i, prep.right_edge.i + 1
        return None
    return None
