"""What a convoy is: what it carries, or whose it is, decides how moving it is coded.

A convoy in conflict news is troops on the move (MOBILIZE) unless the text says it
carries help ("an aid convoy", "a Red Crescent convoy", "a convoy of trucks loaded
with food": AID humanitarian) or people being moved out ("a bus convoy", "a convoy
of evacuees": no event of its own, and the people in it are civilians when it is
attacked). A bare later mention ("the convoy", "convoys") is the convoy the article
last described: a raid "on the convoy" two paragraphs after "an aid convoy" hit aid.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Token

CIVILIAN = "civilian"
AID = "aid"
#: Dependencies by which a word describes the convoy it hangs on.
_DESCRIBING = frozenset({"compound", "amod", "nmod", "poss"})


@dataclass(frozen=True)
class ConvoyWords:
    """The ``convoys`` section of ``data/triggers.json``."""

    #: Convoy nouns ("convoy").
    nouns: frozenset[str] = frozenset()
    #: People a convoy moves out ("bus", "evacuee", "civilian").
    civilian: frozenset[str] = frozenset()
    #: Help a convoy carries, or its modifier ("aid", "food", "humanitarian").
    aid: frozenset[str] = frozenset()
    #: Lowercased names of humanitarian bodies whose convoy carries help.
    aid_owners: frozenset[str] = frozenset()
    #: Verbs by which a convoy carries something ("carrying", "loaded with").
    carrying: frozenset[str] = frozenset()
    #: Modifiers that point back to a convoy named before ("the same convoy").
    anaphoric: frozenset[str] = frozenset()
    #: Vehicles, which say what a convoy is made of but not whom it carries
    #: ("the 20-vehicle convoy", "a convoy of 31 trucks").
    vehicles: frozenset[str] = frozenset()


def convoy_reading(tok: Token, words: ConvoyWords) -> str | None:
    """:data:`CIVILIAN`, :data:`AID` or None (troops, or nothing said) for a convoy noun.

    A convoy the phrase does not describe takes the reading of the nearest convoy
    before it in the document that is described; none, or a described one that is
    neither, leaves it a convoy of troops.
    """
    described, reading = _own_reading(tok, words)
    if described:
        return reading
    doc = tok.doc
    # The document's lemmas are read once per document (doc_arrays); a Token is made
    # only for the convoy nouns before this one.
    lemmas = doc_arrays(doc).lemma
    for i in range(tok.i - 1, -1, -1):
        if lemmas[i].lower() not in words.nouns:
            continue
        described, reading = _own_reading(doc[i], words)
        if described:
            return reading
    return None


def is_civilian_convoy(tok: Token, words: ConvoyWords) -> bool:
    """Whether ``tok`` is a convoy moving people out ("a bus convoy", "the convoy"
    after "a convoy of evacuees")."""
    return tok.lemma_.lower() in words.nouns and convoy_reading(tok, words) == CIVILIAN


def _own_reading(convoy: Token, words: ConvoyWords) -> tuple[bool, str | None]:
    """(whether the phrase describes the convoy, its reading if civilian or aid)."""
    described = False
    for child in convoy.children:
        dep = child.dep_
        if dep in _DESCRIBING:
            lemma = child.lemma_.lower()
            if lemma in words.anaphoric or lemma in words.vehicles or child.like_num:
                continue  # "the same convoy", "the 20-vehicle convoy": the one named before
            described = True
            if lemma in words.civilian:
                return True, CIVILIAN
            if lemma in words.aid or _owner_name(child) in words.aid_owners:
                return True, AID
        elif dep == "prep" and child.lower_ in ("of", "with"):
            found = _carried(child, words)
            if found is not None:
                return True, found
            # "a convoy of 31 trucks" says nothing of its load; "of tanks" does.
            described = described or any(
                o.dep_ == "pobj" and o.lemma_.lower() not in words.vehicles for o in child.children
            )
        elif dep in ("acl", "relcl") and child.lemma_.lower() in words.carrying:
            described = True
            found = _carried(child, words)
            if found is not None:
                return True, found
    return described, None


def _carried(head: Token, words: ConvoyWords) -> str | None:
    """What a convoy's "of"/"with" phrase or carrying verb names: people, help or
    vehicles that carry either ("a convoy of 31 trucks loaded with food")."""
    for obj in head.children:
        if obj.dep_ == "prep":
            found = _carried(obj, words)  # "loaded with food", "carrying up to 5,000"
        elif obj.dep_ in ("pobj", "dobj", "conj"):
            found = _noun_reading(obj, words)
        else:
            continue
        if found is not None:
            return found
    return None


def _noun_reading(noun: Token, words: ConvoyWords) -> str | None:
    lemma = noun.lemma_.lower()
    if lemma in words.civilian:
        return CIVILIAN
    if lemma in words.aid:
        return AID
    for child in noun.children:
        dep = child.dep_
        if dep in ("compound", "amod") and child.lemma_.lower() in words.aid:
            return AID  # "a convoy of aid trucks"
        if dep in ("compound", "amod") and child.lemma_.lower() in words.civilian:
            return CIVILIAN
        if dep in ("acl", "relcl") and child.lemma_.lower() in words.carrying:
            found = _carried(child, words)
            if found is not None:
                return found
        if dep == "conj":
            found = _noun_reading(child, words)
            if found is not None:
                return found
    return None


def _owner_name(word: Token) -> str:
    """The name a compound or possessor spells ("United Nations", "Red Crescent")."""
    parts = [t for t in word.subtree if t.dep_ in ("compound", "poss") or t is word]
    return " ".join(t.lower_ for t in parts if t.dep_ != "case")
