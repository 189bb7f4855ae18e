"""spaCy's entity labels, corrected: where a mislabelled entity still names a place.

The small English model tags "Aleppo" NORP, "Manbij" PRODUCT, "Tags Aleppo
Syria" PERSON and "Syrias Deir Ezzor Monitor AFP" ORG. The recogniser
(:mod:`sitrep.geo.recognize`) asks here whether such a span is a place anyway:
a division or large town of the country the report names most, placed by the
words around it (a preposition, a direction, a country, a cue word).
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.geo.context import lexicon
from sitrep.geo.folding import ARTICLES, bare
from sitrep.geo.gazetteer import EXACT_LEVELS, Candidate
from sitrep.geo.roles import FACILITY_NOUNS
from sitrep.geo.scan import is_cap
from sitrep.geo.scene import scene_words
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc

LOCATIVE = frozenset(
    {"in", "at", "near", "from", "to", "into", "outside", "inside", "across", "around",
     "toward", "towards", "of", "via", "through", "between", "and", "on"}
)  # fmt: skip

#: A town this large in a country the text names is a "major" place: kept even
#: inside an entity spaCy mislabelled (see ``embedded``).
MAJOR_MIN_POPULATION = 50_000
#: A city this large is a place wherever the text places it, even when the report
#: names no country ("rocket attacks on Aleppo" in a two-line agency report).
CITY_MIN_POPULATION = 100_000

#: Token indices where major places start, and where they end (exclusive).
Listed = tuple[frozenset[int], frozenset[int]]
NOT_LISTED: Listed = (frozenset(), frozenset())


def major(cand: Candidate, focus: Counter[str]) -> bool:
    """A division or a large town of a country the text names: such a name is the
    place even where spaCy also saw it inside a "person" ("Aleppo al-Nusra")."""
    return (
        cand.level in EXACT_LEVELS
        and cand.country_code in focus
        and not cand.is_country
        and (cand.is_admin1 or cand.population >= MAJOR_MIN_POPULATION)
    )


#: A division whose towns add up to fewer people is a municipality-sized unit
#: (GeoNames lists Slovenia's ~200 municipalities as first-level divisions).
DIVISION_MIN_POPULATION = 5_000


def major_division(cand: Candidate) -> bool:
    """A first-level division of some size; 0 is an unknown population, not a small one."""
    return cand.is_admin1 and (cand.population == 0 or cand.population >= DIVISION_MIN_POPULATION)


#: Last words that make a multi-word name a region or landform, never a person's
#: (not "Lake", "Hills", "Rivers": surnames too).
LANDFORM_WORDS = frozenset(
    {"barrens", "mountains", "heights", "valley", "plain", "plains", "desert",
     "countryside", "plateau", "basin", "highlands", "lowlands", "steppe", "oasis",
     "gorge", "peninsula"}
)  # fmt: skip


def person_names(doc: Doc, countries: set[int]) -> set[str]:
    """Words of multi-word PERSON entities ("Hillary Clinton" -> Clinton): a lone
    "Clinton" later in the same document is the person, not the town.

    An "entity" holding a country name or demonym ("Tags Aleppo Syria") is a
    mis-tagged list of places, not a person: its words are not names; nor is
    one that ends in a landform word ("Qalamoun Barrens", "Nuba Mountains"): a
    region's name that spaCy read as a person's.
    """
    demonyms = lexicon().demonyms
    arrays = doc_arrays(doc)
    words = arrays.words
    return {
        words[i]
        for ent in arrays.ents
        if ent.label_ == "PERSON"
        and ent.end - ent.start > 1
        and not any(k in countries or words[k] in demonyms for k in range(ent.start, ent.end))
        and words[ent.end - 1].lower() not in LANDFORM_WORDS
        for i in range(ent.start, ent.end)
    }


def city(cand: Candidate) -> bool:
    """A large town (exact name): a place where the text places it, whatever the
    countries the report names."""
    return (
        cand.level in EXACT_LEVELS and cand.is_locality and cand.population >= CITY_MIN_POPULATION
    )


#: Adjectives of a part of a place, between a preposition and the name ("in
#: western Samarra", "in the northern Aleppo"): the name is placed all the same.
PART_ADJECTIVES = frozenset(
    {"northern", "southern", "eastern", "western", "central", "northeastern",
     "northwestern", "southeastern", "southwestern", "downtown", "rural"}
)  # fmt: skip


#: The compass adjectives of PART_ADJECTIVES: they may stand between a name and
#: its cue word ("Hama northern countryside").
COMPASS_ADJECTIVES = PART_ADJECTIVES - {"downtown", "rural", "central"}


#: Participles of control joined to a holder ("rebel-held Aleppo", "IS-controlled
#: Raqqa", "the regime-besieged Madaya"): the name after them is a territory.
HELD_WORDS = frozenset({"held", "controlled", "besieged", "occupied", "run", "dominated"})


def locative(doc: Doc, i: int) -> bool:
    """A preposition of place just before token ``i`` ("in X", "near the X", "in
    western X"), or a hyphenated word of control ("government-held X")."""
    lower = doc_arrays(doc).lower
    k = i - 1
    if k >= 1 and lower[k] in HELD_WORDS and lower[k - 1] == "-":
        return True
    if k >= 0 and lower[k] in PART_ADJECTIVES:
        k -= 1
    if k >= 0 and lower[k] == "the":
        k -= 1
    if k >= 1 and lower[k] == "to" and lower[k - 1] == "according":
        return False  # "according to Winfield": a source, not a place
    # "the Syrian city Aleppo": a locality word right before the name places it too.
    return k >= 0 and (lower[k] in LOCATIVE or lower[k] in lexicon().locality_words)


#: Prepositions that put something inside a place ("in X", "near X").
INSIDE_WORDS = frozenset({"in", "near", "outside", "inside", "into"})


def inside_preposition(doc: Doc, i: int) -> bool:
    """ "in X", "near X", also past a part adjective ("in downtown X", "in western X")."""
    lower = doc_arrays(doc).lower
    k = i - 1
    if k >= 0 and lower[k] in PART_ADJECTIVES:
        k -= 1
    return k >= 0 and lower[k] in INSIDE_WORDS


def named_locality(doc: Doc, i: int) -> bool:
    """ "the town of X", "the village of X", "the capital, X", "the Sri Lankan
    capital Colombo": the text calls token ``i`` a locality."""
    lower = doc_arrays(doc).lower
    if i >= 1 and lower[i - 1] == "capital":
        return True
    if i >= 2 and lower[i - 1] == "," and lower[i - 2] == "capital":
        return True
    if i >= 2 and lower[i - 1] == "of" and _locality_noun(lower[i - 2]):
        return True
    return _listed_locality(doc, i)


def _locality_noun(word: str) -> bool:
    """ "town", also "towns": "the towns of X and Y" calls both localities."""
    words = lexicon().locality_words
    if word.endswith("ies"):
        return word[:-3] + "y" in words  # "cities"
    return word in words or (word.endswith("s") and word[:-1] in words)


#: How many tokens back a list of names may reach for its "the towns of".
LIST_REACH = 12


def _listed_locality(doc: Doc, i: int) -> bool:
    """A later name of a list the text calls localities: "the towns of Alzara and
    Harbnafsah", "the villages of Gaya, Fa'a, and Zang". The list must go on with
    "and": "the village of X, Ahmed Hassan said" names a person after the comma."""
    arrays = doc_arrays(doc)
    lower, words = arrays.lower, arrays.words
    if i < 1 or not (
        lower[i - 1] == "and" or (lower[i - 1] == "," and "and" in lower[i + 1 : i + LIST_REACH])
    ):
        return False
    named = False
    for k in range(i - 1, max(0, i - LIST_REACH) - 1, -1):
        word = lower[k]
        if word == "of" and k >= 1 and _locality_noun(lower[k - 1]):
            return named
        if word in ("and", ",", "-") or word in ARTICLES or is_cap(words[k]):
            named = named or is_cap(words[k])
            continue
        return False
    return False


#: Times a country is named for the report to be about it (once may be a
#: neighbour or a nickname: "near the border with Lebanon", "'Alaa Bosnia'").
SUBJECT_MENTIONS = 2


def about_one_country(focus: Counter[str]) -> bool:
    """Whether the text names some country :data:`SUBJECT_MENTIONS` times or more."""
    return bool(focus) and focus.most_common(1)[0][1] >= SUBJECT_MENTIONS


#: How alike a name must be to a city's own name to be a spelling of it
#: ("idleb" / "idlib" 0.8), not another of its names ("salem" / "jerusalem").
SPELLING_RATIO = 0.75


def _reads_as(own: str, said: str, focus: Counter[str]) -> bool:
    """``said`` is the city's own name or its first words, or, in a text about no
    one country, a spelling of it (the same first letter and mostly the same
    letters: "Idleb" in a report that names no country); in a report about a
    country, a city abroad read by another of its names is more often a local
    namesake."""
    if own == said or own.startswith(said + " "):
        return True  # the city's name, or its short form ("Ecatepec" de Morelos)
    if about_one_country(focus):
        return False
    return own[:1] == said[:1] and SequenceMatcher(None, own, said).ratio() >= SPELLING_RATIO


def embedded(
    doc: Doc,
    i: int,
    j: int,
    cands: list[Candidate],
    focus: Counter[str],
    home: str | None,
    listed: Listed = NOT_LISTED,
) -> list[Candidate]:
    """A major place of the report's country inside a mis-tagged entity.

    The small model tags "east Aleppo" NORP, "Manbij" PRODUCT, "Syrias Deir
    Ezzor Monitor AFP" ORG and "Tags Aleppo Syria" PERSON. A division or a large
    town of the country the report names most is kept when the text right
    around it places it (a TV channel "al-Mayadeen" is not placed): a preposition or a
    direction word ("in Aleppo", "east Aleppo"), a country before it ("Syrias
    Aleppo", "Syria Raqqa"), or a cue word after it ("Aleppo province"). A
    preposition separated by "the" does not count: "in the Washington Post".
    Next to another major place of that country (``listed``: its token indices)
    it is one of a list of places ("blasts hit Tartous Homs and Hasakeh"):
    ``listed`` holds the token indices where such places start and end.
    """
    # A large town anywhere ("breaches in Aleppo" in a report on what Russia
    # said), unless the name is also a country's or division's own ("Virginia",
    # a town in South Africa too): that reading needs the report's country.
    found = [c for c in cands if home is not None and c.country_code == home and major(c, focus)]
    if not found and _names_an_event(doc, j):
        # "the Ghouta massacre", "the Houla attack": an event named after where it
        # happened; any reading of the name in the report's country is that place.
        # The event word places it: no preposition is needed.
        return [
            c for c in cands if home is not None and c.country_code == home and not c.is_country
        ]
    name = bare(doc_arrays(doc).span_text(i, j))
    # A world city read through another of its names ("Salem" for Jerusalem, not a
    # spelling of it: "Idleb" for Idlib) is no reading of a word inside another
    # name, nor is one abroad that names a building the text places elsewhere, in
    # a report about one country ("the Salem Mosque in Ariha": a mosque is often
    # named for a person; "Hartford Hospital" alone is in Hartford).
    building = (
        j + 2 < len(doc)
        and doc[j].lemma_.lower() in FACILITY_NOUNS
        and doc[j + 1].lower_ in ("in", "at")
        and is_cap(doc[j + 2].text)
        and about_one_country(focus)
    )
    cities = [
        c
        for c in cands
        if city(c)
        and c not in found
        and (c.country_code in focus or (_reads_as(bare(c.name), name, focus) and not building))
    ]
    if cities and not any((c.is_admin1 or c.is_country) and bare(c.name) == name for c in cands):
        found.extend(cities)
    if not found:
        return []
    if j in listed[0] or i in listed[1]:
        return found
    prev = doc[i - 1] if i > 0 else None
    if prev is not None:
        word = prev.lower_
        lex = lexicon()
        if word in LOCATIVE or word in lex.containment_words or word in lex.locality_words:
            return found
        stem = prev.text[:-1] if prev.text.endswith("s") else prev.text
        if home is not None and (prev.text in country_names(home) or stem in country_names(home)):
            return found
    if home is not None and j < len(doc) and doc[j].text in country_names(home):
        return found  # "Tags Aleppo Syria ...": a list of places
    return found if next_is_cue(doc, j) else []


def _names_an_event(doc: Doc, j: int) -> bool:
    """The word after a name is a noun of violence ("massacre", "attack", "siege")."""
    if j >= len(doc) or doc[j].pos_ not in ("NOUN", "PROPN"):
        return False
    return doc[j].lemma_.lower() in scene_words().violence


@lru_cache(maxsize=256)
def country_names(code: str) -> frozenset[str]:
    """Names and demonyms of a country as written in text ("Syria", "Syrian")."""
    import pycountry

    names = {demonym for demonym, cc in lexicon().demonyms.items() if cc == code}
    country = pycountry.countries.get(alpha_2=code)
    if country is not None:
        names.update(
            str(getattr(country, attr))
            for attr in ("name", "common_name")
            if hasattr(country, attr)
        )
    return frozenset(names)


def next_is_cue(doc: Doc, j: int) -> bool:
    """A cue word right after the name ending at token ``j`` ("X province"), or
    after the list of names it begins ("Hama and Idlib provinces", "the Homs,
    Hama and Idlib countryside")."""
    arrays = doc_arrays(doc)
    lower, words, n = arrays.lower, arrays.words, len(arrays.words)
    lex = lexicon()
    k = j
    for _ in range(LIST_NAMES):
        if k >= n:
            return False
        if lower[k] in lex.admin_words or lower[k] in lex.locality_words:
            return True
        # "Hama northern countryside", "Aleppo eastern province": a compass word first.
        if lower[k] in COMPASS_ADJECTIVES and k + 1 < n:
            cue = lower[k + 1]
            if cue in lex.admin_words or cue in lex.locality_words:
                return True
        # The list goes on: ", Y", " and Y", ", and Y"; Y a run of capitalised words.
        if lower[k] not in (",", "and"):
            return False
        k += 2 if lower[k] == "," and k + 1 < n and lower[k + 1] == "and" else 1
        start = k
        while k < n and k - start < LIST_NAME_TOKENS and is_cap(words[k]):
            k += 1
        if k == start:
            return False
    return False


#: Names read on in a list of names before its cue word, and tokens per name.
LIST_NAMES = 5
LIST_NAME_TOKENS = 4


#: Place names that, after another capitalised word, end an armed group's name.
GROUP_NAME_ENDS = frozenset({"sham"})


def ends_group_name(words: list[str], i: int, text: str) -> bool:
    """ "Ahrar al-Sham", "Jabhat Fateh al-Sham", "Faylaq al-Sham": after another name
    word (past an article and hyphen), "al-Sham" ends a group's name; it is no
    reading of Damascus. ``text``: the candidate name starting at token ``i``."""
    if bare(text) not in GROUP_NAME_ENDS:
        return False
    k = i - 1
    while k >= 0 and (words[k] == "-" or words[k].lower() in ARTICLES):
        k -= 1
    return k >= 0 and is_cap(words[k])


#: A town named in a title must be this populous ("the Manbij campaign").
TITLED_TOWN_MIN_POPULATION = 20_000


def titled_place(
    doc: Doc, span: tuple[int, int], text: str, cands: list[Candidate]
) -> list[Candidate]:
    """Readings of a name spaCy tagged PRODUCT or EVENT that the text places ("in the
    Manbij campaign", "the siege on Manbij"): a country, a division, or a town of
    some size by that very name. Unplaced ("the al-Mayadeen channel"), none. A cue
    word after it ("Quneitra northern countryside", "X province") says it is a place:
    then a town of some size by any of its names."""
    i, j = span
    cued = next_is_cue(doc, j)
    if not (cued or locative(doc, i) or named_locality(doc, i)):
        return []
    name = bare(text)
    return [
        c
        for c in cands
        if c.is_country
        or major_division(c)
        or (
            c.is_locality
            and c.level in EXACT_LEVELS
            and c.population >= TITLED_TOWN_MIN_POPULATION
            and (cued or bare(c.name) == name)
        )
    ]
