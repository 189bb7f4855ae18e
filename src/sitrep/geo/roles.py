"""Names placed by their role in the sentence: "rebels captured Lubumbashi",
"troops patrol Karachi", "Vukovar was captured", "the Tororo railway yard".

The small English model tags many lone town names ORG, PRODUCT or PERSON, or
leaves one at the start of a sentence untagged; with no preposition before it
and no country named in the report, the recogniser has nothing that says the
name is a place. Its role in the parse can:

* the object of a verb that takes territory ("one shells, besieges or overruns
  a place"). "Capture", "seize", "raid" and "bomb" take people or buildings as
  often: after them a name spaCy tagged PERSON stays a person;
* the modifier of a noun for a facility or a part of a town ("the Shinjuku
  station", "Grozny's streets"): what such a noun is named for is where it is.
  Never for a PERSON ("the Jackson home", "Clinton's house").

Either way only a country, or a town of that very name and some size, is read:
GeoNames holds a village for most surnames and common words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.geo.folding import bare
from sitrep.geo.gazetteer import EXACT_LEVELS, Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: A town named only by its role must be this populous.
ROLE_TOWN_MIN_POPULATION = 20_000

#: Verbs whose object is territory, never a person.
TERRITORY_VERBS = frozenset(
    {"shell", "bombard", "besiege", "patrol", "overrun", "invade", "occupy", "liberate",
     "retake", "recapture", "encircle", "storm", "annex", "enter"}
)  # fmt: skip
#: Verbs whose object is a place or a person (or a building) alike.
PLACE_OR_PERSON_VERBS = frozenset({"capture", "seize", "raid", "bomb"})
#: Nouns of a facility or a part of a town, named for the place they are in.
FACILITY_NOUNS = frozenset(
    {"airport", "station", "prison", "jail", "yard", "stadium", "university", "hospital",
     "market", "bridge", "road", "highway", "street", "square", "mosque", "church",
     "checkpoint", "port", "harbour", "harbor", "suburb", "outskirts", "home", "hotel",
     "embassy", "consulate", "campus", "courthouse", "barracks", "refinery", "airbase"}
)  # fmt: skip


def governing_verb(doc: Doc, i: int, j: int) -> str | None:
    """The lemma of the place-taking verb whose object (or passive subject) the name
    at tokens ``i:j`` is ("captured X", "X was captured", "captured Y and X"); None
    when there is none."""
    token = _list_head(doc[i:j].root)
    if token.dep_ not in ("dobj", "nsubjpass"):
        return None
    head = token.head
    if head.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    if lemma in TERRITORY_VERBS or lemma in PLACE_OR_PERSON_VERBS:
        return lemma
    return None


def names_facility(doc: Doc, i: int, j: int) -> bool:
    """The name at tokens ``i:j`` modifies a facility noun ("the Shinjuku station",
    "Grozny's streets")."""
    token = _list_head(doc[i:j].root)
    if token.dep_ not in ("compound", "poss") or token.head.i < j:
        return False
    return token.head.lemma_.lower() in FACILITY_NOUNS


def _list_head(token: Token) -> Token:
    # One list step: "captured Grahovo and Glamoc" -> Glamoc's head is Grahovo.
    if token.dep_ == "conj" and token.head.i != token.i:
        return token.head
    return token


def role_placed(
    doc: Doc, i: int, j: int, text: str, cands: list[Candidate], label: str | None
) -> list[Candidate]:
    """The readings the name at tokens ``i:j`` has by its role in the sentence
    (``label``: spaCy's tag of the name, if any); empty when its role says nothing."""
    name = bare(text)
    # The readings first: most rejected names have none that qualifies, and the
    # parse need not be read for them.
    kept = [
        c
        for c in cands
        if c.level in EXACT_LEVELS
        and (
            c.is_country
            or (c.is_locality and c.population >= ROLE_TOWN_MIN_POPULATION and bare(c.name) == name)
        )
    ]
    if not kept:
        # Another spelling of one town of some size, and of no other place
        # ("troops entered Jarablus", GeoNames' Jarabulus): that town, as the
        # object of a verb of territory only (a facility is often named for a
        # person: "the Al-Bassel Hospital" is no Basel).
        towns = [c for c in cands if c.level in EXACT_LEVELS and c.is_locality]
        one = len(towns) == 1 and towns[0].population >= ROLE_TOWN_MIN_POPULATION
        if one and label != "PERSON" and governing_verb(doc, i, j) in TERRITORY_VERBS:
            return towns
        return []
    verb = governing_verb(doc, i, j)
    if verb is not None:
        # "Police captured Jackson": a person, whatever the cities of that name.
        return [] if label == "PERSON" and verb in PLACE_OR_PERSON_VERBS else kept
    return kept if label != "PERSON" and names_facility(doc, i, j) else []
