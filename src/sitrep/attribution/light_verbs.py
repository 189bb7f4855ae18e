"""Light-verb cues: "took a shot at X", "offered his thoughts on X", "is tweeting
support for X", "made the case for X".

The verb says little; the noun it takes and the preposition after that noun
carry the attribution. PolNeAR's cue runs from the verb through the
preposition, and its content is the preposition's object. The parser gives the
noun as the verb's object with the preposition hanging on the noun; reading the
object as the content (as for "criticized the plan") puts the cue's own words
into the content.

Only a common noun with nothing but a determiner, possessive, number or
adjective before it counts (not "accused Republicans of", whose object is the
person the cue is about, nor "posted a message on Twitter", a place), after one
of the light verbs of ``cues.json`` (a full verb, "praised the efforts of",
keeps its own cue: so PolNeAR's train split says).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.attribution.lexicon import Cues

#: Modifiers a light verb's noun may carry before it ("a", "his", "multiple", "early").
_NOUN_MODIFIERS = frozenset({"det", "poss", "amod", "nummod", "compound", "advmod", "quantmod"})
#: Prepositions that introduce what the noun is about.
_ABOUT = frozenset({"at", "on", "about", "for", "against", "to", "over", "toward", "towards"})
#: How many words the noun phrase may take between the verb and the preposition.
MAX_NOUN_WORDS = 4


def light_object(cue: Token, obj: Token, lex: Cues) -> Token | None:
    """The preposition of a light-verb cue ("at" of "took a shot at"), or None.

    ``obj`` is the cue verb's direct object. The preposition must directly follow
    the noun, take an object of its own, and the noun phrase must be short and
    plain (see the module's note).
    """
    if cue.lemma_.lower() not in lex.light_verbs or obj.pos_ != "NOUN" or obj.ent_type_:
        return None  # a full verb ("praised the efforts of") keeps its own cue
    if obj.i <= cue.i or obj.i - cue.i > MAX_NOUN_WORDS:
        return None
    prep = None
    for child in obj.children:
        if child.i < obj.i:
            if child.dep_ not in _NOUN_MODIFIERS:
                return None
        elif child.i == obj.i + 1 and child.dep_ == "prep" and child.lower_ in _ABOUT:
            prep = child
        elif prep is None:
            return None  # (later modifiers, "a shot at X on Monday", are the verb's)
    if prep is None and obj.i + 1 < len(obj.doc):
        # The parser hangs the preposition on the verb about as often as on the noun.
        after = obj.doc[obj.i + 1]
        if after.head.i == cue.i and after.dep_ == "prep" and after.lower_ in _ABOUT:
            prep = after
    if prep is None or (obj.left_edge.i != cue.i + 1 and not _adjacent(cue, obj)):
        return None
    if not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    return prep


def _adjacent(cue: Token, obj: Token) -> bool:
    """Whether only a particle or adverb of the verb stands between it and the noun
    phrase ("sent out a statement", "took multiple swipes")."""
    doc = cue.doc
    between = doc[cue.i + 1 : obj.left_edge.i]
    return all(t.head.i == cue.i and t.dep_ in ("prt", "advmod") for t in between)
