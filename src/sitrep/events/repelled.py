"""An attack that someone beat back: "army units repelled an attack on their posts",
"the assault was foiled by Kurdish fighters".

The one who repels it is the attack's target, not its doer, and a toll told with the
repelling ("repelled the attack, killing 20 of them") is the repeller's blow against
the attackers, not the attack's toll. Without this, the repelling verb's subject and
its casualties were read into the attack (the events stage had made the defenders
of the Castello Road in July 2016 the doers of the rebels' attack on it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of beating an attack back ("repelled", "thwarted", "foiled").
_REPEL_LEMMAS = frozenset(
    {"repel", "repulse", "foil", "thwart", "frustrate", "rebuff", "abort", "counter"}
)
#: Verbs that beat an attack back with a particle ("beat back", "fought off").
_REPEL_PARTICLES = {"beat": "back", "fight": "off", "fend": "off", "ward": "off", "push": "back"}


def repelling_verb(noun: Token) -> Token | None:
    """The verb that beat back the attack ``noun`` names, when the noun is its object
    (or the passive subject: "the attack was repelled"), else None."""
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma in _REPEL_LEMMAS:
        return verb
    particle = _REPEL_PARTICLES.get(lemma)
    if particle is not None and any(
        c.dep_ == "prt" and c.lower_ == particle for c in verb.children
    ):
        return verb
    return None
