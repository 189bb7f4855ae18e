"""The place a sentence gives as the reference for a guessed name.

"The Jazal gas field east of the city of Homs": the writer places an
unfamiliar name by a familiar one. A name that the gazetteer knows only through
its transliteration skeleton (a guess, trusted least) is tied to that reference
even across the longer phrases such sentences use ("... east of the central
city of ..."), which the plain containment links of :mod:`sitrep.geo.context`
do not reach. Disambiguation then prefers the guess's readings near the
reference and drops a guess that lies nowhere near it: the text says where the
place is, and a namesake far away is not it. So is a city quarter the text
puts in another city ("al-Midan in Aleppo" is no quarter of Damascus).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.geo.countryside import PART, RURAL, countryside_words
from sitrep.geo.gazetteer import EXACT_LEVELS, Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sitrep.geo.context import Mention

#: Words that say where a place lies relative to the next one the sentence names.
DIRECTION_WORDS = frozenset(
    {
        "near", "outside", "outskirts", "north", "south", "east", "west", "northeast",
        "northwest", "southeast", "southwest", "northern", "southern", "eastern", "western",
    }
)  # fmt: skip
#: ``Mention.extra`` key: the noun that calls the name a part of a city.
CITY_PART = "city_part"
#: Nouns of a part of a city ("the X neighbourhood"): X lies in the city the text
#: names next, whatever namesake the gazetteer knows elsewhere.
CITY_PART_WORDS = frozenset({"neighbourhood", "neighborhood"})
#: Marks (in ``Mention.extra``) a container found as such a reference.
REFERENCE_KEY = "reference"
#: How many tokens after the guessed name the reference may start.
REACH = 10
#: Parts of speech that end the phrase: a verb or a clause break starts another statement.
_STOP_POS = frozenset({"VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON"})


def placed_elsewhere(
    mention: Mention,
    cand: Candidate,
    inside: bool,
    where: Candidate,
    cue: str | None,
    home: str | None = None,
) -> bool:
    """``cand``, the reading chosen for ``mention``, is not the place meant: it is a
    guess lying nowhere near the place the sentence gives as the mention's
    reference, or a namesake outside the province the text puts the mention in
    ("Hader in Quneitra province", "the village of Maan in the Hama countryside").
    ``where``/``cue``: the container's reading and cue; ``inside``: whether ``cand``
    lies in or near it; ``home``: the report's main country."""
    if inside:
        return False
    if REFERENCE_KEY in mention.extra and cand.level not in EXACT_LEVELS:
        return True
    if CITY_PART in mention.extra and where.is_locality and cand.country_code != where.country_code:
        # "the Sulaymaniyah neighbourhood of Aleppo": a quarter of that city, not
        # the Iraqi city of the name.
        return True
    if cand.feature == QUARTER_FEATURE and where.is_locality:
        # "the neighbourhood of al-Midan in Aleppo city": quarter names (Midan,
        # Salihiyeh, Sheikh Maqsoud) recur from city to city, and the text names
        # the city; a quarter of another one is its namesake.
        return True
    if not (where.is_admin1 and cue in DIVISION_CUES) or cand.is_country or cand.is_admin1:
        return False
    # The gazetteer does not know the place meant, only a namesake: in another
    # country than the report's province, or a village elsewhere in the country.
    # (A province of another country than the report's may be a misreading
    # itself; a city may have changed province since: Warangal, Telangana.)
    if cand.country_code != where.country_code:
        return where.country_code == home
    return cand.population < NAMESAKE_MAX_POPULATION and not _same_area(cand, where)


#: GeoNames' feature code of a section of a populated place (a city quarter).
QUARTER_FEATURE = "P.PPLX"
#: Towns this populous outside their named province are kept: boundaries move,
#: and such a town is seldom a namesake's.
NAMESAKE_MAX_POPULATION = 50_000


#: Cues that make a mention a first-level division ("X province", "rural X", "northern X").
DIVISION_CUES = frozenset({"admin", RURAL, PART})


def _same_area(cand: Candidate, division: Candidate) -> bool:
    """``cand`` lies in ``division`` or in the division that is its city's
    countryside (Rif Dimashq around Dimashq: "Douma in Damascus province")."""
    if cand.country_code != division.country_code:
        return False
    if cand.admin1 == division.admin1:
        return True
    pairs = countryside_words().divisions
    country = cand.country_code or ""
    return (
        pairs.get((country, cand.admin1 or "")) == division.admin1
        or pairs.get((country, division.admin1 or "")) == cand.admin1
    )


def is_guess(mention: Mention) -> bool:
    """Every reading of the mention is a transliteration guess."""
    return bool(mention.candidates) and all(c.level not in EXACT_LEVELS for c in mention.candidates)


def link_references(doc: Doc, mentions: list[Mention]) -> None:
    """Tie each guessed name without a container to the place its sentence
    locates it by ("X oilfield east of the city of Y")."""
    starts = {m.token_start: idx for idx, m in enumerate(mentions) if m.source != "demonym"}
    for m in mentions:
        if m.container is not None or m.source == "demonym" or not is_guess(m):
            continue
        sent_end = doc[m.token_start].sent.end
        directed = False
        for k in range(m.token_end, min(sent_end, m.token_end + REACH)):
            if k in starts:
                if directed:
                    m.container = starts[k]
                    m.extra[REFERENCE_KEY] = "1"
                break
            tok = doc[k]
            if tok.lower_ in DIRECTION_WORDS:
                directed = True
            elif tok.pos_ in _STOP_POS and tok.text != "-":
                break
