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

Some readings of a place name are not about where things happened, and are
discounted when the ``Doc`` is given (:mod:`sitrep.geo.scene`): a place that
speaks or acts as a government ("Damascus said", "the Damascus government"), a
dateline ("MOSCOW - ...", "Beirut (AFP)"), a place inside a group's name ("the
Islamic State of Iraq and the Levant"), a place someone visits ("on a visit to
Ramallah"). A dateline naming a town of the report's main country other than
its capital ("Hama, SANA -", "QAMISHLI, Syria") is where the reporter went for
the news: it counts as an early mention, and the lead's own places outweigh it.

A headline that names no town ("Syria attack kills 30"), or names one only in a
side clause without violence ("death toll rises while SDF make gains in
Manbij"), leaves the place to the body: the first sentence after it that
reports violence at a town or division counts almost like the lead, unless it
adds an event beside the main one ("A mosque was also destroyed north of Hama",
"Elsewhere, ..."). A place in such a side clause of the lead gets no early
bonus. After a round-up lead naming several provinces ("Terrorist attacks kill
five in Aleppo, Hama and Damascus"), which ranks none of them, the first such
sentence naming one province counts so too -- or, before it, the sentence that
repeats the lead's number of dead at one of them (:mod:`sitrep.geo.lead_toll`).
A lead joining deaths in one province and ground taken in another ("28 killed
in Idleb, army regains towns in Hamah") leads with the deaths: the place of the
gain gets no lead bonus (:mod:`sitrep.geo.lead_clauses`).

A sentence about the past ("in August 2013", "last year") is background, and
so are one that turns to another story ("Elsewhere, jets struck ...",
"Meanwhile ...", "In a related context ...") and what a sentence recalls as the
news's antecedent ("This follows a video from Palmyra", "The raids came a day
after strikes on Hama"): their places count half. A news page's footer after
the report ("Related ..." headlines of other reports, tags) counts next to
nothing.

The capital's division and the division around it (Dimashq and Rif Dimashq)
pool their weight: reports on the capital region name the city and its suburbs
together, and those are one theatre.

A place outside the report's main country keeps only a fraction of its weight:
the main country is the one whose towns and divisions the report names most
(capitals aside, which are mostly governments), else the one it names most.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from sitrep.geo.countryside import RURAL_REASON
from sitrep.geo.lead_clauses import gain_places
from sitrep.geo.lead_toll import toll_sentence
from sitrep.geo.scene import group_name_ranges, is_country, is_finer, provincial, scene_reason
from sitrep.geo.sentences import (
    aside_sentences,
    background_sentences,
    earlier_event_sentences,
    event_sentence,
    quiet_places,
)
from sitrep.geo.unlisted import UNLISTED
from sitrep.model import GeoPoint, Place
from sitrep.nlp import lead_end
from sitrep.nlp.page import page_links

if TYPE_CHECKING:
    from spacy.tokens import Doc

EARLY_MENTIONS = 5
EARLY_FACTOR = 2.0
#: The headline / first sentence states the main event.
LEAD_FACTOR = 3.0
#: Without a Doc, the first sentence is taken to end by this character.
LEAD_CHARS = 200
CAPITAL_SPECIFICITY = 1.5
#: A division named as a town's countryside ("the Hama countryside").
RURAL_SPECIFICITY = 3.0
#: A transliteration-skeleton match is a guess: it weighs less.
GUESS_FACTOR = 0.5
#: A place used as a government ("Damascus said"), a dateline or in a group's name.
METONYMY_FACTOR = 0.1
#: The first sentence after a headline without towns that reports violence at one.
EVENT_FACTOR = 2.5
#: How many sentences from the top that sentence is looked for in.
EVENT_REACH = 4
#: A mention after the lead in a sentence about the past ("in August 2013", "last year").
BACKGROUND_FACTOR = 0.5
#: A lead place in a side clause without violence ("... while SDF fighters make
#: gains in Manbij"): the lead says it is not where its event happened.
QUIET_FACTOR = 1.0
#: A mention in a sentence that turns to another story ("Elsewhere, ...").
ASIDE_FACTOR = 0.5
#: A mention in a news page's footer ("Related News ..." headlines, tags).
LINKS_FACTOR = 0.1
#: Weight a place borrows from the other mentions of its first-level division.
DIVISION_SHARE = 1.0
COUNTRY_SHARE = 0.5
#: Weight kept by a place outside the report's main country.
FOREIGN_SHARE = 0.3
#: In the main-country vote a town or division counts this many country mentions.
FINER_VOTE = 2.0

#: Divisions pooled with another one: (country, admin1) -> the pool's key.
_POOLED: dict[tuple[str | None, str | None], tuple[str | None, str | None]] = {
    ("SY", "Rif Dimashq"): ("SY", "Dimashq")
}


def _specificity(place: Place) -> float:
    if place.how == "demonym":
        return 0.5
    if is_country(place):
        return 1.0
    if place.feature.startswith("A.") and RURAL_REASON in (place.how or ""):
        # "the Hama countryside", "rural Idlib": somewhere outside the main town,
        # as definite a scene as a town's name.
        value = RURAL_SPECIFICITY
    elif place.feature.startswith("A.") or place.feature == "L.RGN":
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
    """Where the first sentence ends; where a headline glued to the lead was parsed
    apart (:func:`sitrep.nlp.prepare`), where the lead after it ends: both state
    the main event."""
    if doc is None:
        return LEAD_CHARS
    end = lead_end(doc)
    return LEAD_CHARS if end is None else end


def _pool_of(division: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    return _POOLED.get(division, division)


def _pool(place: Place) -> tuple[str | None, str | None]:
    if is_country(place):
        # A country is a pool of its own, apart from any division.
        return (place.country_code, "")
    return _pool_of((place.country_code, place.admin1))


def _main_country(places: list[Place], weight_of: list[float]) -> str | None:
    finer: dict[str, float] = defaultdict(float)
    named: dict[str, float] = defaultdict(float)
    for place, w in zip(places, weight_of, strict=True):
        if not place.country_code:
            continue
        if is_country(place):
            named[place.country_code] += 1.0
        elif place.feature != "P.PPLC" and w > 0:
            finer[place.country_code] += FINER_VOTE
    votes = {cc: finer.get(cc, 0.0) + named.get(cc, 0.0) for cc in set(finer) | set(named)}
    if not votes:
        return None
    return max(sorted(votes), key=lambda cc: votes[cc])


def _repeated_toll(
    doc: Doc | None,
    ordered: list[Place],
    off_scene: list[bool],
    lead_end: int,
    lead_pools: set[tuple[str | None, str | None]],
) -> tuple[int, int] | None:
    """After a round-up lead, the sentence that repeats its death toll at one of its
    provinces ("Four people killed in Damascus, Aleppo, Homs ..." -> "Four people
    including a child were killed ... in Aleppo city") tells its main event."""
    if len(lead_pools) < 2:
        return None
    found = toll_sentence(doc, lead_end)
    if found is None:
        return None
    told = {
        _pool(p)
        for p, off in zip(ordered, off_scene, strict=True)
        if found[0] <= p.start < found[1] and not off and is_finer(p)
    }
    return found if len(told & lead_pools) == 1 else None


def main_location(
    places: list[Place], doc: Doc | None = None, title: str | None = None
) -> GeoPoint | None:
    """Where the report's main event happened; None when it names no place.

    ``doc`` (the parsed report) lets mentions used as governments, datelines,
    in groups' names or in sentences about the past count less, and marks the
    first sentence and the first report of violence; ``title`` (a headline given
    apart from the text) makes the places it names count as lead mentions.
    """
    # A place the gazetteer lacks stands at the place the text puts it in, which
    # the report names too and which already counts (sitrep.geo.unlisted).
    ordered = sorted(
        (p for p in places if not (p.how or "").startswith(UNLISTED)), key=lambda p: p.start
    )
    if not ordered:
        return None
    lead_end = _lead_end(doc)
    titled = title.lower() if title else ""
    groups = group_name_ranges(doc) if doc is not None else []
    reasons = [scene_reason(doc, p, groups) for p in ordered]
    # The main country does not depend on the weights below (any positive weight
    # votes alike); a dateline, where the report was filed, has no vote.
    home = _main_country(ordered, [float(r != "dateline") for r in reasons])
    # A provincial dateline of the main country ("Hama, SANA -") counts as an early
    # mention, not a lead one: the reporter went there, but the lead's own places
    # say more. It does place a lead that names no other ("ALEPPO (Reuters) -
    # Rebels shelled districts ..."): no later sentence is looked for.
    dated = [
        reason == "dateline" and provincial(place, home)
        for place, reason in zip(ordered, reasons, strict=True)
    ]
    discounted = [r is not None and not d for r, d in zip(reasons, dated, strict=True)]
    # A lead place in a side clause without violence ("... raids leave 12 dead
    # as Kurdish units push on towards Manbij") does not place the lead's event.
    quiet = quiet_places(doc, ordered, lead_end)
    # A lead joining deaths in one province and ground taken in another ("28 killed
    # in Idleb, army regains towns in Hamah") leads with the deaths.
    gained = gain_places(doc, ordered, lead_end, [_pool(p) for p in ordered])
    quiet = [q or g for q, g in zip(quiet, gained, strict=True)]
    off_scene = [d or q for d, q in zip(discounted, quiet, strict=True)]
    # A lead naming towns or divisions of several provinces ("attacks in Hasaka and
    # Aleppo", "shells on Aleppo, Hama, Damascus and its countryside") is a
    # round-up: it ranks none of them, and the body's first report of violence
    # tells which one the report leads with.
    lead_pools = {
        _pool(p)
        for p, off in zip(ordered, off_scene, strict=True)
        if p.start < lead_end and not off and is_finer(p)
    }
    roundup = _pool if len(lead_pools) > 1 else None
    event_start, event_end = _repeated_toll(doc, ordered, off_scene, lead_end, lead_pools) or (
        event_sentence(doc, ordered, off_scene, lead_end, EVENT_REACH, roundup=roundup)
    )
    past = background_sentences(doc) + earlier_event_sentences(doc)
    asides = aside_sentences(doc)
    links = page_links(doc, lead_end)
    weights: list[float] = []
    for rank, place in enumerate(ordered):
        w = _specificity(place)
        if dated[rank]:
            w *= EARLY_FACTOR
        elif quiet[rank]:
            w *= QUIET_FACTOR
        elif place.start < lead_end or (titled and place.text.lower() in titled):
            w *= LEAD_FACTOR
        elif event_start <= place.start < event_end:
            w *= EVENT_FACTOR
        elif rank < EARLY_MENTIONS:
            w *= EARLY_FACTOR
        if discounted[rank]:
            w *= METONYMY_FACTOR
        if place.start >= lead_end and any(s <= place.start < e for s, e in past):
            w *= BACKGROUND_FACTOR
        if any(s <= place.start < e for s, e in asides):
            w *= ASIDE_FACTOR
        if any(s <= place.start < e for s, e in links):
            w *= LINKS_FACTOR
        weights.append(w)

    weight: dict[tuple[object, ...], float] = defaultdict(float)
    first: dict[tuple[object, ...], Place] = {}
    division_weight: dict[tuple[str | None, str | None], float] = defaultdict(float)
    country_weight: dict[str | None, float] = defaultdict(float)
    for place, w in zip(ordered, weights, strict=True):
        key = _identity(place)
        weight[key] += w
        first.setdefault(key, place)
        if is_country(place):
            country_weight[place.country_code] += w
        elif place.admin1:
            division_weight[(place.country_code, place.admin1)] += w

    def total(key: tuple[object, ...], pooled: bool = False) -> float:
        place = first[key]
        score = weight[key]
        if not is_country(place):
            if place.admin1:
                own = (place.country_code, place.admin1)
                shared = division_weight.get(own, 0.0) - weight[key]
                partner = _pool(place)
                if pooled:
                    shared += sum(
                        w for d, w in division_weight.items() if d != own and _pool_of(d) == partner
                    )
                score += DIVISION_SHARE * shared
            score += COUNTRY_SHARE * country_weight.get(place.country_code, 0.0)
        if home is not None and place.country_code not in (home, None):
            score *= FOREIGN_SHARE
        return score

    # A region spanning countries ("the Levant", "the Middle East") is coarser
    # than a country: it is the answer only when nothing else is named.
    finer = [k for k, p in first.items() if not is_country(p) and p.country_code is not None]
    keys = finer or list(weight)
    # Pooled divisions compete as one; within the winner, each place keeps the
    # weight of its own division (Jayrud, not Damascus, for a strike on Jayrud).
    winner = max(keys, key=lambda k: (total(k, pooled=True), -first[k].start))
    pool = _pool(first[winner])
    keys = [k for k in keys if _pool(first[k]) == pool] or [winner]
    best = max(keys, key=lambda k: (total(k), -first[k].start))
    place = first[best]
    return GeoPoint(
        name=place.name,
        lat=place.lat,
        lon=place.lon,
        country_code=place.country_code,
        admin1=place.admin1,
    )
