"""Places named as people's homes: "a student from Belgium", "evacuees from X".

A report on an attack on people who came from elsewhere names their home
often ("buses carrying evacuees from Fuaa and Kafraya were hit west of
Aleppo"); neither the event's place (:mod:`sitrep.events.place_links`) nor the
report's main place (:mod:`sitrep.geo.scene`) is that home.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Nouns for people that "from X" tells the home of ("a friend from France",
#: "workers from Vilvorde", "two businessmen from Chennai"), kin among them ("a
#: cousin from Belgium", "her husband from Lyon").
_PERSON_NOUNS = frozenset(
    {"friend", "man", "woman", "boy", "girl", "child", "resident", "native", "citizen",
     "national", "worker", "businessman", "businesswoman", "student", "tourist", "visitor",
     "family", "people", "person", "refugee", "migrant", "pilgrim", "volunteer", "teacher",
     "journalist", "doctor", "farmer", "youth", "couple", "relative",
     "cousin", "brother", "sister", "sibling", "son", "daughter", "father", "mother",
     "parent", "wife", "husband", "nephew", "niece", "uncle", "aunt", "grandfather",
     "grandmother", "grandson", "granddaughter", "grandchild", "fiance", "fiancee",
     "neighbour", "neighbor", "colleague", "nurse", "engineer", "priest", "lawyer",
     "evacuee", "villager", "civilian", "martyr", "fighter", "detainee"}
)  # fmt: skip
#: Nouns of a place a person's home phrase may pass through ("of the village of X").
_LOCALITY_NOUNS = frozenset(
    {"village", "town", "city", "district", "area", "neighbourhood", "neighborhood",
     "suburb", "camp", "province", "region", "hamlet"}
)  # fmt: skip
#: Place phrases passed on the way up to the person ("of the village of X near Y").
_ORIGIN_HOPS = 3


def home_of_person(span: Span) -> bool:
    """ "Lars Hovland, 19, of Norway", "a student from Belgium", "evacuees from the
    towns of X and Y", "Haddad, 31, of the village of Beit Ummar near Hebron": the
    place names where people come from, not where a thing happened to them."""
    node = span.root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "from Fuaa and Kafraya": the phrase of the first
    for _ in range(_ORIGIN_HOPS):
        prep = node.head
        if node.dep_ != "pobj" or prep.head.i == prep.i:
            return False
        holder = prep.head
        if prep.lower_ in ("of", "from") and holder.ent_type_ == "PERSON":
            return True
        if prep.lower_ == "from" and holder.pos_ == "NOUN":
            return holder.lemma_.lower() in _PERSON_NOUNS
        # Up through the place phrase this one lies in ("the village of Beit
        # Ummar near Hebron"), never past a verb or a common noun.
        if (
            holder.pos_ != "PROPN"
            and holder.ent_type_ not in ("GPE", "LOC", "FAC")
            and holder.lemma_.lower() not in _LOCALITY_NOUNS  # "the towns of X and Y" too
        ):
            return False
        node = holder
    return False
