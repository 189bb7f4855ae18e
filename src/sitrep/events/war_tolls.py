"""A war's toll as a whole: no mention of an incident.

Reports of one strike often end with the war's count: "a conflict that has
killed 90,000 villagers", "since then 81,500 residents have died", "herders
killed in the war". Such a casualty verb looks like a later
mention of the strike the report opened with (same type, no date or place of
its own), and coreference would hand the strike the war's figure: a car bomb
with 300,000 dead in the ACLED export. It is the war's toll: its doer is the
war (``war_nouns`` in ``data/triggers.json``), or it counts its dead in the war
or since it (or "then") began.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.events.lexicon import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs that report only a toll: in a sentence with another attack trigger they are
#: its toll (:mod:`sitrep.events.coref`), and only their toll can be a war's.
CASUALTY_LEMMAS = frozenset({"kill", "wound", "injure", "die", "hurt", "claim", "martyr"})
#: Relative pronouns standing for the noun a relative clause hangs from.
_RELATIVE = frozenset({"that", "which", "who"})
#: The start of a war one counts from: "since the start of the conflict".
_STARTS = frozenset({"start", "beginning", "outbreak", "onset", "then"})
#: Prepositions a count runs over: "killed in the war", "during the conflict".
_OVER = frozenset({"in", "during", "throughout"})


def war_toll(tok: Token) -> bool:
    """Whether the casualty verb ``tok`` tells the toll of a war as a whole."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in CASUALTY_LEMMAS:
        return False
    wars = load_lexicon().war_nouns
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.dep_ == "relcl" and (subject is None or subject.lower_ in _RELATIVE):
        subject = tok.head  # "a war that has killed"
    elif tok.dep_ == "conj" and subject is None and tok.head.dep_ == "relcl":
        subject = tok.head.head  # "the war that began in 2011 and has killed"
    if subject is not None and subject.lemma_.lower() in wars:
        return True
    return any(_over_the_war(child, wars) for child in tok.children)


def _over_the_war(child: Token, wars: frozenset[str]) -> bool:
    """A dependent of a casualty verb that counts its dead over a war: "since then",
    "since the start of the war", "since the conflict began", "in the war"."""
    word, dep = child.lower_, child.dep_
    if word == "since" and dep in ("prep", "advmod"):
        objects = [c for c in child.children if c.dep_ == "pobj"]
        clauses = [c for c in child.children if c.dep_ == "pcomp"]
        return any(_war_start(o, wars) for o in objects) or any(
            c.lower_ == "then" or _war_began(c, wars) for c in clauses
        )
    if dep == "prep" and word in _OVER:
        return any(o.lemma_.lower() in wars for o in child.children if o.dep_ == "pobj")
    if dep == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in child.children):
        return _war_began(child, wars)
    return False


def _war_start(obj: Token, wars: frozenset[str]) -> bool:
    """ "then", "the start of the war", "the war" after "since"."""
    lemma = obj.lemma_.lower()
    if lemma in wars or obj.lower_ == "then":
        return True
    return lemma in _STARTS and any(
        o.lemma_.lower() in wars for p in obj.children if p.lower_ == "of" for o in p.children
    )


def _war_began(verb: Token, wars: frozenset[str]) -> bool:
    """ "since the conflict began": a clause whose subject is a war."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in wars for c in verb.children)
