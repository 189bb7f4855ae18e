"""The place of a report's main event, from the places it names.

Places below country level are preferred whenever the report names any (a
country is the answer only for reports that name nothing finer). Every mention
counts its specificity (a town 3, a region or division 2, a capital 1.5, a
country 1, a demonym 0.5), and more when it comes early: news puts the main
event in the headline and the lead, so a mention in the first sentence counts
triple and one among the first few mentions double.

Mentions are pooled by first-level division: the division whose towns (and
the division itself) the report keeps coming back to wins, and within it the
place with the most weight is the answer. A report on Idlib that names
Saraqib, Maarat al-Numan and Idlib twice is about Idlib governorate even if it
names Aleppo three times in passing.

Two readings of a place name are not about where things happened, and are
discounted when the ``Doc`` is given:

* metonymy: a capital (or any place) that speaks or acts as a government
  ("Damascus said", "Moscow denied", "the Damascus government");
* a dateline ("MOSCOW - ..."): where the report was filed.

A place outside the report's main country keeps only a fraction of its weight:
the main country is the one whose towns and divisions the report names most
(capitals aside, which are mostly governments), else the one it names most.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from sitrep.model import GeoPoint, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

EARLY_MENTIONS = 5
EARLY_FACTOR = 2.0
#: The headline / first sentence states the main event.
LEAD_FACTOR = 3.0
#: Without a Doc, the first sentence is taken to end by this character.
LEAD_CHARS = 200
CAPITAL_SPECIFICITY = 1.5
#: A transliteration-skeleton match is a guess: it weighs less.
GUESS_FACTOR = 0.5
#: A place used as a government ("Damascus said") or a dateline.
METONYMY_FACTOR = 0.1
#: Weight a place borrows from the other mentions of its first-level division.
DIVISION_SHARE = 1.0
COUNTRY_SHARE = 0.5
#: Weight kept by a place outside the report's main country.
FOREIGN_SHARE = 0.3
#: In the main-country vote a town or division counts this many country mentions.
FINER_VOTE = 2.0

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


def _is_country(place: Place) -> bool:
    return place.feature.startswith("A.PCL")


def _specificity(place: Place) -> float:
    if place.how == "demonym":
        return 0.5
    if _is_country(place):
        return 1.0
    if place.feature.startswith("A.") or place.feature == "L.RGN":
        value = 2.0
    elif place.feature == "P.PPLC":
        # A capital is as often its government as a place ("Damascus said",
        # "Moscow denied"): it counts like a division.
        value = CAPITAL_SPECIFICITY
    else:
        value = 3.0
    if "transliteration" in (place.how or ""):
        value *= GUESS_FACTOR
    return value


def _identity(place: Place) -> tuple[object, ...]:
    return (place.geonameid, place.name, round(place.lat, 4), round(place.lon, 4))


def _lead_end(doc: Doc | None) -> int:
    if doc is None:
        return LEAD_CHARS
    for sent in doc.sents:
        return sent.end_char
    return LEAD_CHARS


def _head_token(doc: Doc, place: Place) -> Token | None:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return None if span is None or not len(span) else span.root


def _as_government(doc: Doc | None, place: Place) -> bool:
    """ "Damascus said", "the Moscow government", "MOSCOW -": not where it happened."""
    if doc is None or _is_country(place) or place.how == "demonym":
        return False
    token = _head_token(doc, place)
    if token is None:
        return False
    if place.text.isupper() and len(place.text) > 3 and token.is_sent_start:
        return True
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in _GOVERNMENT_VERBS:
        return True
    return token.dep_ in ("compound", "amod", "poss") and head.lower_ in _GOVERNMENT_NOUNS


def _main_country(places: list[Place], weight_of: list[float]) -> str | None:
    finer: dict[str, float] = defaultdict(float)
    named: dict[str, float] = defaultdict(float)
    for place, w in zip(places, weight_of, strict=True):
        if not place.country_code:
            continue
        if _is_country(place):
            named[place.country_code] += 1.0
        elif place.feature != "P.PPLC" and w > 0:
            finer[place.country_code] += FINER_VOTE
    votes = {cc: finer.get(cc, 0.0) + named.get(cc, 0.0) for cc in set(finer) | set(named)}
    if not votes:
        return None
    return max(sorted(votes), key=lambda cc: votes[cc])


def main_location(
    places: list[Place], doc: Doc | None = None, title: str | None = None
) -> GeoPoint | None:
    """Where the report's main event happened; None when it names no place.

    ``doc`` (the parsed report) lets mentions used as governments or datelines
    count less and marks the first sentence; ``title`` (a headline given apart
    from the text) makes the places it names count as lead mentions.
    """
    if not places:
        return None
    ordered = sorted(places, key=lambda p: p.start)
    lead_end = _lead_end(doc)
    titled = title.lower() if title else ""
    weights: list[float] = []
    for rank, place in enumerate(ordered):
        w = _specificity(place)
        if place.start < lead_end or (titled and place.text.lower() in titled):
            w *= LEAD_FACTOR
        elif rank < EARLY_MENTIONS:
            w *= EARLY_FACTOR
        if _as_government(doc, place):
            w *= METONYMY_FACTOR
        weights.append(w)
    home = _main_country(ordered, weights)

    weight: dict[tuple[object, ...], float] = defaultdict(float)
    first: dict[tuple[object, ...], Place] = {}
    division_weight: dict[tuple[str | None, str | None], float] = defaultdict(float)
    country_weight: dict[str | None, float] = defaultdict(float)
    for place, w in zip(ordered, weights, strict=True):
        key = _identity(place)
        weight[key] += w
        first.setdefault(key, place)
        if _is_country(place):
            country_weight[place.country_code] += w
        elif place.admin1:
            division_weight[(place.country_code, place.admin1)] += w

    def total(key: tuple[object, ...]) -> float:
        place = first[key]
        score = weight[key]
        if not _is_country(place):
            if place.admin1:
                pooled = division_weight.get((place.country_code, place.admin1), 0.0)
                score += DIVISION_SHARE * (pooled - weight[key])
            score += COUNTRY_SHARE * country_weight.get(place.country_code, 0.0)
        if home is not None and place.country_code not in (home, None):
            score *= FOREIGN_SHARE
        return score

    # A region spanning countries ("the Levant", "the Middle East") is coarser
    # than a country: it is the answer only when nothing else is named.
    finer = [k for k, p in first.items() if not _is_country(p) and p.country_code is not None]
    best = max(finer or list(weight), key=lambda k: (total(k), -first[k].start))
    place = first[best]
    return GeoPoint(
        name=place.name,
        lat=place.lat,
        lon=place.lon,
        country_code=place.country_code,
        admin1=place.admin1,
    )
