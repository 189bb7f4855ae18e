"""Places the gazetteer lacks, resolved to the listed place the text puts them in.

A neighbourhood, village or district too small for the gazetteer is most often
named with the town or province it lies in: "Mosul's eastern district of X",
"the X district of southern Basra", "X district of Y province", "X, a village
some 30 km south of Y" (:mod:`sitrep.geo.apposed`). Such a name is
read as a place resolved to that container's entry: its point is the
container's, as a geoparser with no finer entry would place it, and an event
there is placed at the container (the finest place known), not at a country or
at another place of the sentence.

A name qualifies when spaCy tags it a place (GPE, LOC) and the gazetteer
has no entry for it that the recogniser kept, or when the text calls it a
place whatever its tag ("the village of X", "X district"). The container must
hang off the same phrase in the parse (:mod:`sitrep.geo.containment`) or be
named by an apposition after the name (:mod:`sitrep.geo.apposed`). Such places
add no weight to the report's main location: their container counts already.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from sitrep.geo.apposed import APPOSITION_REACH, apposed
from sitrep.geo.containment import container_of
from sitrep.geo.context import lexicon
from sitrep.geo.nonplaces import PLACE_NOUNS
from sitrep.geo.scan import is_cap
from sitrep.geo.scene import group_name_ranges
from sitrep.geo.short_forms import demonym_code
from sitrep.model import Place
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.geo.context import Mention

#: The start of the ``how`` of an unlisted place.
UNLISTED = "unlisted"
#: spaCy tags of a name that may be an unlisted place on its own. Not FAC: a
#: building's or a street's name ("St Mary's Church", "Route 9") is no
#: toponym in the sense of a gazetteer.
_PLACE_TAGS = frozenset({"GPE", "LOC"})
#: Tags that make a name something other than a place, whatever the words say.
_NEVER_TAGS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LANGUAGE",
     "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP"}
)  # fmt: skip
#: Last words of the names of buildings and streets: no toponyms a gazetteer
#: would hold, whatever spaCy tags them.
_SITE_WORDS = frozenset(
    {"street", "avenue", "road", "lane", "drive", "boulevard", "center", "centre",
     "cemetery", "church", "hospital", "school", "university", "college", "store",
     "department", "court", "jail", "prison", "mall", "hotel", "restaurant", "building"}
)  # fmt: skip
#: Lower-case words a place name may hold ("Dayr al-Zawr", "Ras ibn Hani").
_NAME_PARTICLES = frozenset(
    {"al", "el", "ad", "ar", "as", "ash", "at", "az", "ad-", "-", "de", "del", "la", "le",
     "du", "da", "di", "bin", "ibn", "kwa", "of", "'", "’"}
)  # fmt: skip
#: Compass words, as nouns and adjectives.
_COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
     "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
     "northwestern", "southeastern", "southwestern", "upper", "lower"}
)  # fmt: skip
#: Rounds of placing names in names placed in the round before.
_PASSES = 3
#: A name of more tokens than this is no place name.
_MAX_TOKENS = 5
_MIN_LETTERS = 3


def add_unlisted(doc: Doc, mentions: list[Mention], places: list[Place]) -> list[Place]:
    """``places`` with the unlisted places of ``doc`` added, in text order.

    ``mentions``: every mention the recogniser found (resolved or not); their
    tokens are not read again, except a mention resolution dropped (a namesake
    far from where the text puts it: the gazetteer lacks the place meant).
    """
    if not places:
        return places
    arrays = doc_arrays(doc)
    starts = {p.start: p for p in places}
    # Places a name may lie in, by their root token and by their first token.
    containers: dict[int, Place] = {}
    first: dict[int, Place] = {}
    #: Countries, by their root token (also as a nationality: "the Somali town of X").
    countries: dict[int, Place] = {}
    taken: set[int] = set()
    dropped: list[tuple[int, int]] = []
    listed: list[tuple[Mention, Place]] = []
    for m in mentions:
        place = starts.get(m.start)
        if place is None or place.end != m.end:
            if m.source != "demonym":
                dropped.append((m.token_start, m.token_end))
            continue
        taken.update(range(m.token_start, m.token_end))
        listed.append((m, place))
        if place.how != "demonym":
            first[m.token_start] = place
    # Commas an apposition may run from to a listed place.
    commas = {k for s in first for k in range(max(0, s - APPOSITION_REACH), s)}
    names = _names(doc, taken, dropped, commas)
    groups = group_name_ranges(doc)
    if groups:
        # "the Islamic State of Iraq and the Levant": a word of a group's name is
        # no place, listed or not (the recogniser skips them alike).
        names = [n for n in names if not any(s <= arrays.idx[n[0]] < e for s, e in groups)]
    if not names:
        return places
    # The report's country: the one its places name most.
    named = Counter(p.country_code for p in places if p.country_code)
    home = named.most_common(1)[0][0] if named else None
    for m, place in listed:
        last = m.token_end - 1
        root = last if m.token_start == last else doc[m.token_start : m.token_end].root.i
        if (
            place.how == "demonym"
            and place.country_code != home
            and not _nationality_of_place(doc[root])
        ):
            # "Russian strikes in the city of X" in a report on Syria: who struck,
            # not where X is ("Iraqi troops took the town of X" in one on Iraq is).
            continue
        if place.feature.startswith("A.PCL") or place.how == "demonym":
            countries[root] = place
        else:
            containers[root] = place
    added: list[Place] = []
    labels = _labels(doc)
    # A name may lie in another unlisted one: "X village in Y district of Z
    # Local Government Area of Borno State" is read from the state down.
    for _ in range(_PASSES):
        found = _place_names(doc, names, labels, containers, first, countries)
        if not found:
            break
        added.extend(found)
        names = [n for n in names if arrays.idx[n[0]] not in {p.start for p in found}]
    if not added:
        return places
    return sorted(places + added, key=lambda p: p.start)


def _nationality_of_place(token: Token) -> bool:
    """A nationality word that qualifies a place noun ("the Somali town of X", "a
    Syrian border village"), so the place lies in its country."""
    head = token.head
    while head.dep_ == "compound" and head.head.i != head.i and head.lower_ not in PLACE_NOUNS:
        head = head.head
    return head.i != token.i and head.lower_ in PLACE_NOUNS


def _place_names(
    doc: Doc,
    names: list[tuple[int, int, bool]],
    labels: dict[int, str],
    containers: dict[int, Place],
    first: dict[int, Place],
    countries: dict[int, Place],
) -> list[Place]:
    """The names placed in a listed place (one pass); each placed name becomes a
    container too."""
    arrays = doc_arrays(doc)
    found: list[Place] = []
    for i, j, only_apposed in names:
        # "X, a village about 100 km west of Y": the apposition says X is a
        # place, whatever spaCy tagged it.
        container = apposed(doc, j, first, PLACE_NOUNS)
        if (container is None and only_apposed) or not _name_like(doc, i, j, labels):
            continue
        if (
            container is None
            and _called_place(doc, i, j, labels)
            and not _province(arrays.lower, i, j)
        ):
            # A province lies in no town or district ("X District of Y
            # Province" puts X in Y, not Y in X): in a country only.
            container = container_of(doc, i, j, containers)
        if container is None and _called_a_place(arrays.words, arrays.lower, i, j):
            # "the Somali town of X", "Afghanistan's X district": known
            # no finer than its country.
            container = container_of(doc, i, j, countries)
        if container is None:
            continue
        text = arrays.span_text(i, j)
        place = container.model_copy(
            update={
                "text": text,
                "start": arrays.idx[i],
                "end": arrays.idx[i] + len(text),
                "how": f"{UNLISTED}; located by {container.text}",
            }
        )
        found.append(place)
        root = doc[i:j].root.i if j - i > 1 else i
        (countries if place.feature.startswith("A.PCL") else containers)[root] = place
        first[i] = place
    return found


def _names(
    doc: Doc, taken: set[int], dropped: list[tuple[int, int]], commas: set[int]
) -> list[tuple[int, int, bool]]:
    """Token spans of names that may be unlisted places, not overlapping ``taken``,
    each with whether only an apposition after it can make it one ("X, 80 km west
    of Y": a capitalised run before a comma; only the ``commas`` are read)."""
    arrays = doc_arrays(doc)
    lower, words = arrays.lower, arrays.words
    n = len(words)
    spans: list[tuple[int, int, bool]] = [(i, j, False) for i, j in dropped]
    spans.extend((e.start, e.end, False) for e in arrays.ents if e.label_ in _PLACE_TAGS)
    # Capitalised runs next to a word that may make them a place: "X district",
    # "the village of X", "X, a village near Y". Only those words are visited.
    anchors = _noun_positions(lower)
    anchors.extend(k for k in commas if lower[k] == ",")
    for k in anchors:
        if lower[k] != "," and k + 2 < n and lower[k + 1] == "of":
            j = k + 2
            while j < n and j - k - 2 < _MAX_TOKENS and _in_name(words[j], lower[j]):
                j += 1
            if j > k + 2:
                spans.append((k + 2, j, False))
        i = k
        while (
            i > 0
            and k - i < _MAX_TOKENS
            and i - 1 not in taken
            and _in_name(words[i - 1], lower[i - 1])
        ):
            i -= 1
        if i < k:
            spans.append((i, k, lower[k] == ","))
    out: list[tuple[int, int, bool]] = []
    seen: set[int] = set()
    for start, end, only_apposed in spans:
        start, end = _trim(lower, start, end)
        if end <= start or end - start > _MAX_TOKENS or not is_cap(words[start]):
            continue
        if any(k in taken or k in seen for k in range(start, end)):
            continue
        seen.update(range(start, end))
        out.append((start, end, only_apposed))
    return out


def _noun_positions(lower: list[str]) -> list[int]:
    """Token indices of the place nouns (one pass over the lower-case words)."""
    nouns = PLACE_NOUNS
    return [k for k, word in enumerate(lower) if word in nouns]


def _in_name(word: str, low: str) -> bool:
    """A token a place name may hold: a capitalised word, a hyphen, an article."""
    return is_cap(word) or low in ("-", "al")


def _labels(doc: Doc) -> dict[int, str]:
    return {k: ent.label_ for ent in doc_arrays(doc).ents for k in range(ent.start, ent.end)}


def _trim(lower: list[str], start: int, end: int) -> tuple[int, int]:
    """Without a leading "the", a trailing possessive, "of" or "and", punctuation at
    either end and a place noun at the end."""
    if start < end and lower[start] == "the":
        start += 1
    while start < end and not lower[start][:1].isalnum():
        start += 1
    if end - start > 2 and lower[start] == "al" and lower[start + 1] == "-":
        start += 2  # "the al-Qasr area": the name after the article
    while end > start and (
        lower[end - 1] in ("'s", "’s", "of", "and") or not lower[end - 1][:1].isalnum()
    ):
        end -= 1
    if end - start > 1 and lower[end - 1] in PLACE_NOUNS:
        end -= 1  # "Kalla village" tagged whole: the name, its noun after it
    return start, end


def _called_a_place(words: list[str], lower: list[str], i: int, j: int) -> bool:
    """ "the village of X", "X district", "X area": a noun calls tokens i:j a place."""
    if j < len(lower) and lower[j] in PLACE_NOUNS:
        return True
    # The noun in lower case: "the Northern Ohio Area of Adult Education" names
    # an agency.
    return i >= 2 and lower[i - 1] == "of" and words[i - 2] == lower[i - 2] in PLACE_NOUNS


def _name_like(doc: Doc, i: int, j: int, labels: dict[int, str]) -> bool:
    """Tokens i:j read as a proper name (not a number, a title, an acronym or a
    nationality)."""
    arrays = doc_arrays(doc)
    text = arrays.span_text(i, j)
    if not is_cap(text) or sum(ch.isalpha() for ch in text) < _MIN_LETTERS:
        return False
    if text in lexicon().not_places or (j - i == 1 and demonym_code(text) is not None):
        return False
    if text.isupper() and len(text) <= 5:
        return False  # an acronym ("UN", "SANA")
    lower, words = arrays.lower, arrays.words
    if any(words[k] == lower[k] and lower[k] not in _NAME_PARTICLES for k in range(i, j)):
        return False  # a common noun inside ("the Mandvi beach"): no proper name
    if j - i == 1 and (doc[i].pos_ != "PROPN" or lower[i] in PLACE_NOUNS):
        return False  # a common word ("District", "Junior")
    hyphened = i > 1 and words[i - 1] == "-" and is_cap(words[i - 2])
    n = len(words)
    # A capitalised place noun after the name ends it ("Gwoza District"), unless
    # the name goes on ("Pine Valley Retirement Home").
    noun_after = j < n and lower[j] in PLACE_NOUNS and not (j + 1 < n and is_cap(words[j + 1]))
    if (i > 0 and (is_cap(words[i - 1]) or hyphened) and not doc[i].is_sent_start) or (
        j < n and ((is_cap(words[j]) and not noun_after) or lower[j] in ("'s", "’s"))
    ):
        # Part of a longer name ("Valley Bakery", "Salem-Keizer"), or a
        # possessor ("outside Chaudhry's home").
        return False
    if i > 0 and words[i - 1][:1].isdigit():
        return False  # "the 3rd Congressional District": a numbered division
    if all(w in PLACE_NOUNS or w in _COMPASS for w in lower[i:j]):
        return False  # a generic name ("Southern District", "North Province")
    if lower[j - 1] in _SITE_WORDS:
        return False  # a building or a street ("the Hill Center", "Oak Street")
    if j < len(words) and doc[j].pos_ == "NOUN" and lower[j] not in PLACE_NOUNS:
        # The name of a thing: "the Harlow department store", "the Junior
        # category", "Ross River virus".
        return False
    return not any(labels.get(k) in _NEVER_TAGS for k in range(i, j))


def _province(lower: list[str], i: int, j: int) -> bool:
    """ "X province", "the governorate of X": the text calls tokens i:j a division."""
    after = lower[j] if j < len(lower) else ""
    before = lower[i - 2] if i >= 2 and lower[i - 1] == "of" else ""
    return after in _DIVISION_NOUNS or before in _DIVISION_NOUNS or lower[j - 1] in _DIVISION_NOUNS


#: Nouns of a first-level division.
_DIVISION_NOUNS = frozenset({"province", "governorate", "state", "region", "oblast", "prefecture"})


def _called_place(doc: Doc, i: int, j: int, labels: dict[int, str]) -> bool:
    """spaCy tags tokens i:j a place, or the text calls them one ("the village of
    X"): a person's or a group's name ("Ahmed Hassan", "Jaysh al-Islam") is a
    place only then."""
    tags = {labels[k] for k in range(i, j) if k in labels}
    # Not the tail of a longer tagged name ("the Northern Ohio Area of Adult
    # Education"): the tag is the whole name's.
    whole = i - 1 not in labels or doc_arrays(doc).lower[i - 1] == "the"
    if tags and tags <= _PLACE_TAGS and whole:
        return True
    arrays = doc_arrays(doc)
    return _called_a_place(arrays.words, arrays.lower, i, j)
