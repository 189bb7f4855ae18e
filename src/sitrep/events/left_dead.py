"""Tolls a sentence tells beside its attack: "shot dead", "left 11 people dead".

The parse hangs these people off words that are no trigger ("left", "dead"),
so the attack's own phrases hold no count of them; the events stage asks here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: What a report says an attack left people ("left 11 people dead"), as the lemma
#: of the casualty verb that counts them.
_LEFT_STATES = {"dead": "kill", "wounded": "wound", "injured": "injure"}


def shot_dead(doc: Doc, index: int) -> bool:
    """ "shot dead two civilians", "were shot dead": the people counted are dead."""
    trigger = doc[index]
    after = doc[index + 1] if index + 1 < len(doc) else None
    return (after is not None and after.lower_ == "dead") or any(
        c.lower_ == "dead" for c in trigger.children
    )


def left_toll(doc: Doc, index: int) -> tuple[Token, str] | None:
    """The people an attack leaves dead or wounded, and the lemma counting them:
    "Shelling left 11 people dead", "the raids killed 5, leaving 43 civilians
    dead". The parse puts them under "leave", not under the attack."""
    trigger = doc[index]
    verbs = [c for c in trigger.children if c.dep_ in ("advcl", "conj") and c.lemma_ == "leave"]
    if trigger.dep_ in ("nsubj", "csubj") and trigger.head.lemma_ == "leave":
        verbs.append(trigger.head)
    for verb in verbs:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        # "left nine people dead": the state hangs on the verb or on the people.
        around = [*verb.children, *(obj.children if obj is not None else ())]
        state = next((c for c in around if c.lower_ in _LEFT_STATES), None)
        if obj is not None and state is not None:
            return obj, _LEFT_STATES[state.lower_]
    return None


def stranded_subject(verb: Token) -> Token | None:
    """The count a passive casualty verb's clause opens with when the parse hangs it
    on the verb before: "Shelling killed 12 people and 31 were wounded" makes "31" a
    conjunct of "killed", leaving "were wounded" without a subject. Only a number
    right before the verb's "was"/"were" is taken."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    aux = next((c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i), None)
    if aux is None or aux.i == 0:
        return None
    count = verb.doc[aux.i - 1]
    if count.dep_ != "conj" or count.head.i != verb.head.i or not count.like_num:
        return None
    return count
