"""Armed action "in support of" a party, or done "to support" it, is military aid to
it, not approval.

"the air force flew raids in support of the government" tells no
statement of approval (PLOVER SUPPORT) but the material help an armed action
gives a party: AID, mode military, as the events gold codes air support. On
FA-KES dev 13 SUPPORT events are such "in support of" nouns, hung on strikes,
raids, an air war or an intervention; 7 hang on an armed action the events stage
found, and are recoded (both coding hand checks marked them wrong as SUPPORT).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.events.draft import Draft

#: Types of the armed action whose "in support of" phrase is military aid.
_ARMED = frozenset({"ASSAULT", "MOBILIZE"})


def military_backing(doc: Doc, drafts: list[Draft]) -> None:
    """Recode a SUPPORT noun in an "in support of" phrase of an armed action as AID
    (military), in place."""
    by_index = {d.trig.index: d for d in drafts}
    for draft in drafts:
        if draft.merged or draft.type != "SUPPORT":
            continue
        tok = doc[draft.trig.index]
        head = _backed_action(tok, draft.trig.nominal)
        if head is None:
            continue
        # The armed action is the phrase's head ("an air war in support of"), or the
        # object of the verb it hangs on ("launched air strikes in support of").
        heads = [head, *(c for c in head.children if c.dep_ == "dobj")]
        armed = [
            a for a in (by_index.get(h.i) for h in heads) if a is not None and a.type in _ARMED
        ]
        if armed:
            draft.type, draft.mode = "AID", "military"
            if draft.roles.source is None:
                # The helper is whoever carries out the armed action.
                draft.roles.source = armed[0].roles.source
                draft.roles.source_token = armed[0].roles.source_token


def _backed_action(tok: Token, nominal: bool) -> Token | None:
    """The word an "in support of" noun (``nominal``) or a purpose infinitive "to
    support" ("the coalition conducts strikes to support the SDF") hangs on, or None."""
    if nominal:
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
            return None
        return prep.head
    if tok.dep_ not in ("advcl", "xcomp"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    return tok.head
