"""Which place mentions of a report name the scene of its events, and where that is told.

:func:`sitrep.geo.main_location` weighs every mention; this module tells it
which ones say little about where things happened (which sentences matter is
:mod:`sitrep.geo.sentences`):

* a place that speaks or acts as a government ("Damascus said", "the Moscow
  government");
* a dateline, where the report was filed: an upper-case place name at the
  start of a sentence or right after the date ("Jul 26 2016 BEIRUT Syrian
  forces ..."), or a place followed by a news agency ("Moscow AFP",
  "Beirut (Reuters)", "Hama, SANA": :mod:`sitrep.geo.datelines`);
* a place inside a group's name ("the Islamic State of Iraq and the Levant"):
  it names a group, not a place;
* a place someone visits ("said on a visit to Ramallah"): where a speaker is,
  not where the news happened; and where a journey was bound ("travelling by
  bus towards the town of Azaz" when the bomb hit elsewhere);
* an end of a route named by its ends ("the Damascus-Aleppo highway"): the
  event is somewhere along it, often at a town the text names next.

A place after a preposition ("in the city of Daraa Sputnik ...") is never a
dateline, whatever follows it: a byline may follow a headline.

The word lists (violence words, news agencies, groups' names) are data in
``data/geo/cues.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.geo.datelines import dateline_name
from sitrep.geo.origins import home_of_person
from sitrep.geo.sources import read_data
from sitrep.nlp.cache import DocArrays, doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.model import Place

#: Verbs whose subject is a government when the subject is a place name.
_GOVERNMENT_VERBS = frozenset(
    {"say", "tell", "deny", "accuse", "claim", "announce", "warn", "insist", "condemn",
     "urge", "demand", "reject", "agree", "refuse", "threaten", "support", "back",
     "oppose", "call", "vow", "pledge", "blame", "respond", "welcome", "want", "seek",
     "plan", "send", "sign", "decide", "state", "add", "believe", "confirm", "argue"}
)  # fmt: skip
#: Nouns that a place name modifies as a government ("the Damascus regime").
_GOVERNMENT_NOUNS = frozenset(
    {"government", "regime", "authorities", "authority", "administration", "official",
     "officials", "ministry", "minister", "ally", "allies", "embassy", "envoy",
     "delegation", "leadership", "talks", "backer", "backers", "spokesman", "forces"}
)  # fmt: skip
#: Punctuation that follows a dateline ("BEIRUT -", "DAMASCUS, Syria (AP) --").
_DATELINE_MARKS = frozenset({"-", "--", "—", "–", ":", "(", ","})


@dataclass(frozen=True)
class SceneWords:
    #: Lemmas of reports of violence ("kill", "strike", "shelling").
    violence: frozenset[str]
    #: Lower-cased names of groups that hold place names ("islamic state of iraq").
    group_names: tuple[str, ...]
    #: The same as one pattern: longest first, and each "the" in a name optional.
    group_pattern: re.Pattern[str] | None


@lru_cache(maxsize=1)
def scene_words() -> SceneWords:
    cues = read_data("cues.json")
    # Longest first: "... of Iraq and the Levant" before "... of Iraq".
    names = tuple(sorted({n.lower() for n in cues.get("group_names", [])}, key=len, reverse=True))
    return SceneWords(
        violence=frozenset(cues.get("violence", [])),
        group_names=names,
        group_pattern=re.compile("|".join(_loose(n) for n in names)) if names else None,
    )


def _loose(name: str) -> str:
    """A group's name as a pattern that lets the article go: English renderings
    of Arabic names drop "the" at will ("Islamic State in Iraq and Levant", "Army
    of Levant"), so listing each name once with its articles covers them all."""
    parts: list[str] = []
    article = False
    for word in name.split():
        if word == "the":
            article = True
            continue
        parts.append(("(?:the\\s+)?" if article else "") + re.escape(word))
        article = False
    return r"\s+".join(parts)


def is_country(place: Place) -> bool:
    return place.feature.startswith("A.PCL")


def provincial(place: Place, home: str | None) -> bool:
    """A town of the report's main country other than its capital: as a dateline
    ("Hama, SANA -", "QAMISHLI, Syria") it is where the reporter went for the news,
    unlike a capital or a foreign city where correspondents sit ("BEIRUT (Reuters)")."""
    return (
        home is not None
        and place.country_code == home
        and place.feature != "P.PPLC"
        and not is_country(place)
    )


def is_finer(place: Place) -> bool:
    """A place below country level in a known country (a town, a division)."""
    return not is_country(place) and place.how != "demonym" and place.country_code is not None


def span_tokens(doc: Doc, place: Place) -> tuple[int, int] | None:
    """The tokens of a mention: from the cached token offsets when it starts and ends
    on token boundaries (nearly always), else the tokens it overlaps."""
    arrays = doc_arrays(doc)
    idx = arrays.idx
    i = bisect_right(idx, place.start) - 1
    j = bisect_left(idx, place.end)
    aligned = i >= 0 and idx[i] == place.start and j > i
    if aligned and idx[j - 1] + len(arrays.words[j - 1]) == place.end:
        return (i, j)
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return None if span is None or not len(span) else (span.start, span.end)


def _after_date(doc: Doc, i: int) -> bool:
    """The token before ``i`` ends a date ("Jul 26 2016 BEIRUT")."""
    if i == 0:
        return False
    before = doc[i - 1]
    return before.like_num or before.ent_type_ in ("DATE", "TIME")


def _is_dateline(doc: Doc, start: int, end: int, text: str) -> bool:
    following = doc[end] if end < len(doc) else None
    # "BEIRUT (Reuters)", "Hama, SANA": a place and a news agency. ("... in Southern
    # City of Daraa Sputnik Michael ...": a place governed by a preposition is part
    # of a sentence, a byline may follow it.)
    if dateline_name(doc, start, end):
        return True
    if not (text.isupper() and len(text) > 3):
        return False
    if doc[start].is_sent_start or _after_date(doc, start):
        return True
    return following is not None and following.text in _DATELINE_MARKS and start < 3


#: The last document's group-name ranges, keyed by its arrays: the recogniser and
#: main_location both need them, and the pipeline calls them one after the other.
_last_groups: list[tuple[DocArrays, list[tuple[int, int]]] | None] = [None]


def group_name_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of groups' names that hold place names ("Islamic State of Iraq").

    Computed once per document (a copy is returned, so callers may change theirs).
    """
    arrays = doc_arrays(doc)
    cached = _last_groups[0]
    if cached is not None and cached[0] is arrays:
        return list(cached[1])
    ranges = _group_name_ranges(arrays.text.lower())  # Doc.text re-joins every token
    _last_groups[0] = (arrays, ranges)
    return list(ranges)


def _group_name_ranges(text: str) -> list[tuple[int, int]]:
    pattern = scene_words().group_pattern
    # Alternatives are tried longest first: "... of Iraq" inside "... of Iraq and
    # the Levant" is covered by the longer name.
    return [] if pattern is None else [found.span() for found in pattern.finditer(text)]


#: Words of a trip: the place someone visits is where they speak, not the scene.
_VISIT_WORDS = frozenset({"visit", "trip", "tour"})


def _visited(token: Token) -> bool:
    """ "on a visit to Ramallah", "during a trip to Moscow", "visiting Ankara"; or
    where a journey goes ("travelling by bus towards the rebel bastion of Azaz",
    "fled to Idlib"): where people are bound for, not where things happened."""
    head = token.head
    if token.dep_ == "dobj" and head.lemma_ == "visit":
        return True
    if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in _VISIT_WORDS:
        return True
    # Up through "the bastion of Azaz", "the town of X" to the preposition of motion.
    for _ in range(_DESTINATION_HOPS):
        if token.dep_ != "pobj":
            return False
        prep = token.head
        if prep.lower_ in _TOWARDS:
            verb = prep.head
            if verb.dep_ == "advmod":  # "travelling back towards Azaz"
                verb = verb.head
            return verb.lemma_ in _JOURNEY_VERBS
        if prep.lower_ != "of" or prep.head.pos_ not in ("NOUN", "PROPN"):
            return False
        token = prep.head
    return False


#: Prepositions of a journey's end, the verbs of journeys they follow, and how many
#: "the N of X" steps may lie between ("towards the rebel bastion of Azaz").
_TOWARDS = frozenset({"to", "towards", "toward", "into"})
_JOURNEY_VERBS = frozenset(
    {"travel", "head", "flee", "evacuate", "relocate", "transport", "transfer", "deport", "bus"}
)
_DESTINATION_HOPS = 3


def _governs(token: Token) -> bool:
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in _GOVERNMENT_VERBS:
        return True
    return token.dep_ in ("compound", "amod", "poss") and head.lower_ in _GOVERNMENT_NOUNS


#: Nouns of a route named by its ends ("the Damascus-Aleppo highway").
_ROUTE_WORDS = frozenset(
    {"road", "highway", "motorway", "expressway", "route", "railway", "pipeline", "corridor"}
)
#: Tokens a route's other end may take ("Deir Ezzor"), and words before its noun
#: ("international", "strategic").
_END_TOKENS = 4


def _route_end(doc: Doc, start: int, end: int) -> bool:
    """The place names an end of a route ("the Homs-Palmyra road", "the Aleppo -
    Damascus international highway"): where the road goes, not where things happen."""
    n = len(doc)
    if end < n and doc[end].text in _DASHES:
        k = end + 1
        while k < n and k - end <= _END_TOKENS and doc[k].text[:1].isupper():
            k += 1
        return k > end + 1 and _route_noun(doc, k)
    if start >= 2 and doc[start - 1].text in _DASHES and doc[start - 2].text[:1].isupper():
        return _route_noun(doc, end)
    return False


def _route_noun(doc: Doc, k: int) -> bool:
    # The route's noun, perhaps after one adjective ("international highway").
    return any(k + d < len(doc) and doc[k + d].lower_ in _ROUTE_WORDS for d in (0, 1))


_DASHES = frozenset({"-", "–", "—"})


def not_the_scene(
    doc: Doc | None, place: Place, groups: list[tuple[int, int]] | None = None
) -> bool:
    """A government ("Damascus said"), a dateline ("BEIRUT -") or part of a group's name.

    ``groups``: :func:`group_name_ranges` of ``doc``, computed once per report.
    """
    return scene_reason(doc, place, groups) is not None


def scene_reason(
    doc: Doc | None, place: Place, groups: list[tuple[int, int]] | None = None
) -> str | None:
    """Why a mention may not name the scene: "group", "dateline", "route" (an end
    of "the Damascus-Aleppo highway"), "government", "visit" or "home" (where
    people came from: "evacuees from Fuaa"); None when nothing says so."""
    if doc is None or place.how == "demonym":
        return None
    if groups and any(s <= place.start and place.end <= e for s, e in groups):
        return "group"
    found = span_tokens(doc, place)
    if found is None or is_country(place):
        return None
    start, end = found
    if _is_dateline(doc, start, end, place.text):
        return "dateline"
    if _route_end(doc, start, end):
        return "route"
    root = doc[start:end].root
    if _governs(root):
        return "government"
    if _visited(root):
        return "visit"
    return "home" if home_of_person(doc[start:end]) else None
