"""What an attack was aimed at: the object of "target" when it is no listed actor,
and the owner of a targeted place when a lost apostrophe broke the parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.events.mentions import GENERIC_TYPES, Mentions, ref, text_ref
from sitrep.model import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Common nouns that say where, not what, was aimed at ("targeted the town"): a place
#: is no participant, so it is never recorded as an unlisted target.
_AREA_NOUNS = frozenset(
    {
        "area",
        "city",
        "town",
        "village",
        "region",
        "province",
        "district",
        "neighbourhood",
        "neighborhood",
        "countryside",
        "outskirts",
        "suburb",
        "part",
        "east",
        "west",
        "north",
        "south",
        "centre",
        "center",
        "country",
        "territory",
    }
)
#: Words that end the object phrase of an aiming verb in a surface reading.
_AIM_STOPS = frozenset({",", ".", ";", ":", "and", "as", "which", "that", "while"})
#: How far (tokens) past the aiming verb its object phrase is read.
_AIM_WINDOW = 8


def named_in_aim(verb: Token, mentions: Mentions) -> ActorRef | None:
    """A listed actor owning what the aiming verb's object names, read on the surface.

    Text that lost its apostrophes ("strikes targeting the Islamic State groups
    stronghold of Raqqa") parses as a clause, so the owner is no child of the
    object; the first named actor before the object phrase ends (a preposition, a
    comma) is who the aim belonged to: the owner of a targeted place is the target.
    """
    doc = verb.doc
    end = min(len(doc), verb.i + 1 + _AIM_WINDOW)
    for i in range(verb.i + 1, end):
        tok = doc[i]
        if tok.tag_ == "IN" or tok.lower_ in _AIM_STOPS or tok.is_sent_start:
            return None
        mention = mentions.at(tok)
        if mention is not None and mention.actor_id is not None:
            if mention.type in GENERIC_TYPES:
                return None  # "targeting civilians" is read from the parse
            return ref(mention)
    return None


def aimed_object(tok: Token | None) -> ActorRef | None:
    """What an attack was aimed at when it is no listed actor ("suicide bombings
    targeted a police station", "forces targeted a funeral"): the text's own words
    are its target. Names and places are left out: a named unlisted object is more
    often a place than a participant, and "targeted the town" says where, not whom.
    """
    if tok is None or tok.pos_ != "NOUN" or tok.ent_type_:
        return None
    if tok.lemma_.lower() in _AREA_NOUNS or tok.lower_ in _AREA_NOUNS:
        return None
    if any(c.dep_ in ("compound", "amod") and c.ent_type_ for c in tok.children):
        return None  # "the Kurdish town": a named place or people
    return text_ref(tok)


def verb_aim(
    verb: Token, obj: Token | None, mentions: Mentions
) -> tuple[ActorRef | None, ActorRef | None]:
    """(target, deferred aim) of a "target" verb whose object named no actor.

    "Suicide bombings targeted a police station": the verb's own object is its
    target even when it is no actor; a participle that only modifies a noun ("a car
    bomb targeting a bus killed 12 civilians") yields to the victims named elsewhere.
    """
    named = named_in_aim(verb, mentions)
    aim = aimed_object(obj)
    participle = verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children)
    if verb.dep_ == "acl" or participle:
        return named, aim
    return named or aim, None


#: Nouns whose "of" complement is the event that hit them ("victims of the attack").
_SUFFERER_NOUNS = frozenset({"victim", "casualty", "survivor", "target"})


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def stacked_target(noun: Token, mentions: Mentions) -> Token | None:
    """A target phrase the parser hung on an earlier phrase ("strikes in Idlib against
    the group", "support through its allies for the group"): a named object of a
    target preposition inside a prepositional phrase that follows the event noun."""
    phrases = [c for c in noun.children if c.dep_ == "prep"]
    if noun.dep_ == "dobj":
        # "showing support through its allies": the phrase went to the verb.
        phrases += [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i]
    for prep in phrases:
        obj = _pobj(prep)
        # "condemned the killing as an aggression against Iraq": a description.
        if obj is None or prep.lower_ in ("as", "like"):
            continue
        for inner in obj.children:
            if inner.dep_ != "prep" or inner.lower_ not in ("against", "for", "targeting"):
                continue
            target = _pobj(inner)
            if target is not None and mentions.resolve(target, allow_text=False) is not None:
                return target
    return None


def sufferer(noun: Token) -> Token | None:
    """ "Victims of a chemical attack", "casualties of the shelling": who suffered."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    head = prep.head
    return head if head.lemma_.lower() in _SUFFERER_NOUNS else None
