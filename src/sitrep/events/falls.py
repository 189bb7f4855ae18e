"""A place that falls to a party: "the base had fallen to the Islamists", "Palmyra
fell to IS", "the town fell into the hands of the rebels".

Taking a place is coded as an armed assault (``territorial_verbs`` in
``data/triggers.json``: "the SDF captured Baghuz"), and so is its fall told from the
place's side: the party it fell to is the doer and the place is where it happened.
The verb is an event only when its subject is a place (a place name, a proper noun
the tagger gives no person or group label, or a noun of
``munition_subjects.struck_places``: "the town", "the air base") and what it fell to
names a party (a group or nationality name, any other proper noun but a date or a
number, or a noun of ``force_arrivals.forces``: "the army", "regime forces"); "the
toll fell to 20" and "shells fell on the town" are no capture.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.nlp.clauses import PLACE_ENTITIES, antecedent

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.events.lexicon import Lexicon

_PARTY_LABELS = frozenset({"ORG", "NORP"})
#: Names that are no place (a tagged person or group is a party, not where).
_NOT_PLACE_LABELS = frozenset({"PERSON", "ORG", "NORP", "DATE", "TIME"})
_NOT_PARTY_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
#: Nouns through which the party is reached: "into the hands of", "under the control of".
_HOLDING = frozenset({"hand", "hands", "control", "grip"})


def fallen_to(verb: Token, lex: Lexicon) -> Token | None:
    """The party a place fell to, for a "fall" that tells a place taken; else None."""
    if verb.lemma_.lower() != "fall" or not _place_subject(verb, lex):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "into", "under"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if prep.lower_ == "to":
                return obj if _party(obj, lex) else None
            if obj.lemma_.lower() in _HOLDING:
                for of in obj.children:
                    if of.dep_ == "prep" and of.lower_ == "of":
                        party = next((o for o in of.children if o.dep_ == "pobj"), None)
                        if party is not None and _party(party, lex):
                            return party
    return None


def _place_subject(verb: Token, lex: Lexicon) -> bool:
    for child in verb.children:
        if child.dep_ == "nsubj":
            subject = antecedent(child, verb)  # "Daraya, which fell to regime forces"
            return (
                subject.ent_type_ in PLACE_ENTITIES
                or (subject.pos_ == "PROPN" and subject.ent_type_ not in _NOT_PLACE_LABELS)
                or subject.lemma_.lower() in lex.struck_places
            )
    return False


def _party(tok: Token, lex: Lexicon) -> bool:
    return (
        tok.ent_type_ in _PARTY_LABELS
        # The small model tags "IS" a place: a name a place fell to is a party's.
        or (tok.pos_ == "PROPN" and tok.ent_type_ not in _NOT_PARTY_LABELS)
        or tok.lemma_.lower() in lex.forces
        or any(c.dep_ == "compound" and c.ent_type_ in _PARTY_LABELS for c in tok.children)
    )
