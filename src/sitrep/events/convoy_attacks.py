"""A convoy that is attacked is part of the attack, not news of its own.

"Jets bombed the aid convoy" already tells one happening: the verb's object is a
mention of the attack (:func:`sitrep.events.merging.merge_clauses`). The same
convoy told through another word kept its own event:

* under a preposition of the attack noun: "an attack on an aid convoy", "the
  bombing of a UN convoy";
* as the object of a verb that is no trigger, whose subject is the attack or
  whose clause hangs on it: "airstrikes hit a UN convoy", "the strike that hit
  the convoy";
* as a passive's subject with the attack as its agent: "the convoy was hit by an
  airstrike".

With its owner named ("a UN convoy") such a convoy was an AID event sent by the
UN, without one it was no event, so two outlets' reports of one convoy's bombing
had an aid event or not by whether they named the owner. Here the convoy joins
the attack: its owner is the attack's target when the attack names none (never
its doer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.events.draft import Draft, absorb
from sitrep.events.relations import keeper

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Types a convoy noun is coded as (its load decides: sitrep.events.convoys).
CONVOY_TYPES = frozenset({"AID", "MOBILIZE"})
#: Prepositions by which an attack noun names what it hit ("an attack on a convoy").
_AIMED = frozenset({"on", "against", "upon"})


def convoy_attacks(doc: Doc, drafts: list[Draft], convoy_nouns: frozenset[str]) -> None:
    """Merge each convoy draft into the attack that hit it (in place; see the module doc)."""
    by_index = {d.trig.index: d for d in drafts}
    for draft in drafts:
        tok = doc[draft.trig.index]
        if (
            draft.merged
            or draft.type not in CONVOY_TYPES
            or not draft.trig.nominal
            or tok.lemma_.lower() not in convoy_nouns
        ):
            continue
        attack = _attack_on(tok, by_index)
        if attack is None:
            continue
        keep = keeper(attack)
        hit = keep.roles.target_token
        if keep.roles.target is None or (hit is not None and hit.i == tok.i):
            # absorb() reads a convoy named as the target as the owner's being hit.
            keep.roles.target_token = tok
        elif keep.roles.source is None:
            # absorb() fills an empty doer from the merged draft: not with the owner.
            draft.roles.source, draft.roles.source_token = None, None
        absorb(keep, draft, same_clause=False)


def _object_of(prep: Token) -> bool:
    """An "of" that names what a verbal noun acted on ("the bombing of a UN convoy");
    not the "of" of other attack nouns ("an attack of militants" names the doers)."""
    return prep.lower_ == "of" and prep.head.lower_.endswith("ing")


def _attack_on(convoy: Token, by_index: dict[int, Draft]) -> Draft | None:
    """The assault draft the convoy is the object of (see the module doc), or None."""
    head = convoy.head
    candidates: list[Token] = []
    if convoy.dep_ == "pobj" and (head.lower_ in _AIMED or _object_of(head)):
        candidates.append(head.head)  # "an attack on an aid convoy", "the bombing of"
    elif convoy.dep_ in ("dobj", "nsubjpass"):
        candidates.append(head)  # "bombed the convoy" (usually merged already)
        if head.dep_ in ("relcl", "acl"):
            candidates.append(head.head)  # "the strike that hit the convoy"
        # "airstrikes hit a UN convoy", "the convoy was hit by an airstrike"
        for child in head.children:
            if child.dep_ == "nsubj" and convoy.dep_ == "dobj":
                candidates.append(child)
            elif child.dep_ == "agent":
                candidates += [o for o in child.children if o.dep_ == "pobj"]
    for token in candidates:
        found = by_index.get(token.i)
        if found is not None and found.type == "ASSAULT":
            return found
    return None
