"""Events whose stopping is told or asked for: they were going on; events whose
doer is denied or asked about: they happened.

"Halt the offensive", "stopped shelling the town", "demanded an end to the
bombardment", "did not stop the raids", "urged Russia to cease its strikes": a verb
or noun of stopping presupposes that what it stops was under way. The stopped
event is neither negated (as "prevented an attack" or "stopped them from
attacking" are) nor only requested (as "called for strikes" is): it is told as
happening, and a request or refusal around the stopping does not absorb it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Types of event one halts while it goes on; a movement that is stopped ("stopped
#: the convoy") is blocked, which is an event of its own.
STOPPABLE = frozenset({"ASSAULT", "COERCE", "PROTEST", "SANCTION"})
#: Prepositions joining a stopping noun to what it stops ("an end *to* the siege",
#: "a cessation *of* hostilities").
_STOPPING_PREPS = frozenset({"to", "of", "on"})


def stopped(tok: Token, light: Token | None, words: dict[str, frozenset[str]]) -> bool:
    """Whether the trigger (or its light verb) is what a stopping verb or noun stops:
    the verb's direct object or gerund complement ("stop *shelling*"), or the object
    of "to"/"of" after a stopping noun ("an end to the *offensive*"). ``words``: the
    lexicon's modality words (``stopping_heads``, ``stopping_nouns``)."""
    for node in (tok,) if light is None else (tok, light):
        dep = node.dep_
        if dep == "dobj" or dep == "xcomp":
            head = node.head
            if (
                head.i != node.i
                and head.lemma_.lower() in words.get("stopping_heads", ())
                and (head.pos_ in ("VERB", "AUX") if dep == "dobj" else node.tag_ == "VBG")
            ):
                return True
        elif dep == "pobj":
            noun = node.head.head
            if (
                node.head.lower_ in _STOPPING_PREPS
                and noun.pos_ == "NOUN"
                and noun.lemma_.lower() in words.get("stopping_nouns", ())
            ):
                return True
    return False


def presupposed(node: Token, heads: frozenset[str]) -> bool:
    """``node`` is a preposition asking who was behind a happening or for an inquiry
    into it ("denied that its jets were behind the bombing", "denied involvement in
    the attack", "called for an investigation into the strike"): the denial or the
    request is about the doer, and the happening is told as fact. ``heads``: the
    trigger lexicon's ``presupposing_heads`` (the preposition itself or its head)."""
    if node.dep_ != "prep":
        return False
    return node.lemma_.lower() in heads or node.head.lemma_.lower() in heads
