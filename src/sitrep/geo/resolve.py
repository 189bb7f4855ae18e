"""Choosing one gazetteer entry per toponym mention (disambiguation).

Evidence, strongest first (the weights below are hand-set on general principles,
not fitted to any corpus; an evaluation gate will pin them later):

1. a country name is the country, never a town of that name elsewhere (the
   "Lebanon, Pennsylvania" error);
2. a division cue ("Hasakah province", "the province of Dayr al-Zawr") makes a
   name the first-level division; without one a town is preferred to the
   division of the same name, being the more specific reading;
3. containment ("al-Shadadi, a suburb of Hasakah", "Syria's Hasakah", "X, Y"):
   candidates near or inside the container;
4. the document's countries (named outright or by demonym, and those of places
   already resolved) and nearness to the other places of the document;
5. population, then the curated supplement, and exact spelling over a
   transliteration-skeleton match.

All mentions of one name with the same cue resolve to the same entry.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING

from sitrep.geo.build import haversine_km
from sitrep.geo.context import Mention
from sitrep.geo.folding import bare
from sitrep.geo.gazetteer import EXACT_LEVELS, Candidate, Gazetteer
from sitrep.geo.recognize import find_mentions
from sitrep.model import Place

if TYPE_CHECKING:
    from spacy.tokens import Doc

COUNTRY_BONUS = 8.0
ADMIN_CUE_BONUS = 4.0
#: A division named without a cue still beats a same-named town of < ~25,000 people
#: ("Virginia" the state, not Virginia, Minnesota), but not a larger one ("Idlib").
ADMIN_NO_CUE_BONUS = 2.2
PRIMARY_NAME_BONUS = 1.0
LOCALITY_CUE_BONUS = 1.0
CONTAINER_BONUS = 5.0
CONTAINER_KM = 150.0
FOCUS_BONUS = 3.0
NEAR_BONUS = 1.5
NEAR_KM = 300.0
SUPPLEMENT_BONUS = 1.0
#: Weak coherence: countries that many of the document's names could be in
#: ("Virginia" and "Ohio" both have US readings) get up to this much.
COHERENCE_BONUS = 2.0
#: Continents, seas and regions spanning countries never get the document-country
#: bonus; without this "Africa" would lose to a town called África in Mexico.
SUPRANATIONAL_BONUS = FOCUS_BONUS + 1.0
SKELETON_PENALTY = -2.0


def _group_key(m: Mention) -> tuple[str, bool]:
    return bare(m.text), m.cue == "admin"


def _country_votes(mentions: list[Mention]) -> dict[str, float]:
    """Share of the document's distinct names that have a reading in each country."""
    names: dict[str, set[str]] = {}
    for m in mentions:
        if m.source == "demonym":
            continue
        names.setdefault(bare(m.text), set()).update(
            c.country_code for c in m.candidates if c.country_code and c.level in EXACT_LEVELS
        )
    votes: Counter[str] = Counter()
    for countries in names.values():
        votes.update(countries)
    total = max(1, len(names))
    return {cc: n / total for cc, n in votes.items()}


def _score(
    cand: Candidate,
    mention: Mention,
    focus: Counter[str],
    container: Candidate | None,
    anchors: list[Candidate],
    votes: dict[str, float],
) -> tuple[float, str]:
    score = math.log10(cand.population + 1) / 2
    if cand.country_code and len(votes) > 1:
        score += COHERENCE_BONUS * votes.get(cand.country_code, 0.0)
    reason = "population"
    if cand.level not in EXACT_LEVELS:
        score += SKELETON_PENALTY
    elif bare(cand.name) == bare(mention.text):
        # Named so in the first place, not through an old or foreign alternate name.
        score += PRIMARY_NAME_BONUS
    if cand.source == "supplement":
        score += SUPPLEMENT_BONUS
        reason = "supplement"
    if cand.country_code is None and cand.source == "supplement":
        score += SUPRANATIONAL_BONUS
    if cand.is_country and cand.level in EXACT_LEVELS:
        score += COUNTRY_BONUS
        reason = "country name"
    if cand.is_admin1:
        if mention.cue == "admin":
            score += ADMIN_CUE_BONUS
            reason = "division cue"
        else:
            score += ADMIN_NO_CUE_BONUS
    elif mention.cue == "locality" and cand.is_locality:
        score += LOCALITY_CUE_BONUS
    if container is not None and _inside(cand, container):
        score += CONTAINER_BONUS
        reason = f"in {container.name}"
    elif cand.country_code and focus.get(cand.country_code):
        score += FOCUS_BONUS
        if reason == "population":
            reason = "document country"
    if not cand.is_country and any(
        haversine_km(cand.lat, cand.lon, a.lat, a.lon) <= NEAR_KM for a in anchors
    ):
        score += NEAR_BONUS
    return score, reason


def _inside(cand: Candidate, container: Candidate) -> bool:
    if cand.id == container.id:
        return False
    if container.is_country:
        return cand.country_code == container.country_code
    if container.is_admin1:
        return cand.country_code == container.country_code and cand.admin1 == container.admin1
    return haversine_km(cand.lat, cand.lon, container.lat, container.lon) <= CONTAINER_KM


def _how(mention: Mention, cand: Candidate, reason: str) -> str:
    match = "exact" if cand.level == 0 else "folded" if cand.level == 1 else "transliteration"
    if mention.source == "demonym":
        return "demonym"
    return f"{match}; {reason}"


def resolve(mentions: list[Mention], gaz: Gazetteer) -> list[tuple[Mention, Candidate, str]]:
    """The chosen candidate of each mention, with a short reason."""
    focus: Counter[str] = Counter()
    for m in mentions:
        for cand in m.candidates:
            if (m.source == "demonym" or cand.is_country) and cand.level in EXACT_LEVELS:
                focus[cand.country_code or ""] += 1
    votes = _country_votes(mentions)
    chosen: dict[int, tuple[Candidate, str]] = {}
    by_group: dict[tuple[str, bool], tuple[Candidate, str]] = {}
    # Two passes: the first settles unambiguous names and countries, the second
    # uses them as anchors (nearness) and containers.
    for pass_ in (0, 1):
        anchors = [c for c, _ in chosen.values() if not c.is_country]
        for idx, m in enumerate(mentions):
            if pass_ == 0 and len(m.candidates) > 1 and not any(c.is_country for c in m.candidates):
                continue
            group = _group_key(m)
            if pass_ == 1 and group in by_group and idx not in chosen:
                chosen[idx] = by_group[group]
                continue
            container = None
            if m.container is not None and m.container in chosen:
                container = chosen[m.container][0]
            others = [a for a in anchors if a.id not in {c.id for c in m.candidates}]
            scored = [(*_score(c, m, focus, container, others, votes), c) for c in m.candidates]
            _, reason, best = max(scored, key=lambda s: (s[0], -s[2].id))
            if m.cue == "admin" and not best.is_admin1 and best.admin1 and best.country_code:
                # "Aleppo province": the town's name, the division it is the seat of.
                division = gaz.admin1_of(best.country_code, best.admin1)
                if division is not None:
                    best, reason = division, "division of its seat"
            chosen[idx] = (best, reason)
            by_group.setdefault(group, (best, reason))
    return [(m, *chosen[idx]) for idx, m in enumerate(mentions) if idx in chosen]


def find_places(doc: Doc, gazetteer: Gazetteer) -> list[Place]:
    """Every place named in ``doc``, resolved to a gazetteer entry, in text order."""
    out: list[Place] = []
    for mention, cand, reason in resolve(find_mentions(doc, gazetteer), gazetteer):
        out.append(
            Place(
                text=mention.text,
                start=mention.start,
                end=mention.end,
                geonameid=cand.geonameid,
                name=cand.name,
                lat=cand.lat,
                lon=cand.lon,
                country_code=cand.country_code,
                admin1=cand.admin1,
                feature=cand.feature,
                how=_how(mention, cand, reason),
            )
        )
    return out
