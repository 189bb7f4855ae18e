"""Choosing one gazetteer entry per toponym mention (disambiguation).

Evidence, strongest first (the weights below are hand-set on general principles,
not fitted to any corpus; an evaluation gate will pin them later):

1. a country name is the country, never a town of that name elsewhere (the
   "Lebanon, Pennsylvania" error);
2. a division cue ("Hasakah province", "the province of Dayr al-Zawr") makes a
   name the first-level division; without one a town is preferred to the
   division of the same name, being the more specific reading, where the two
   lie close (Idlib) -- not where they are far apart (New York City and the
   state); a town elsewhere in the country that shares a division's name
   ("California", Pennsylvania) or a world region's ("Levant", Maine), or has
   a country's or division's name only as an alternate name, is read as the
   larger feature unless a container or "the town of" says otherwise;
3. containment ("al-Shadadi, a suburb of Hasakah", "Syria's Hasakah", "X, Y"):
   candidates near or inside the container;
4. the document's countries (named outright or by demonym, and those of places
   already resolved), the first-level division most of its other names can lie
   in (local news: :meth:`Evidence.division_share`) and nearness to the other
   places of the document;
5. population, then the curated supplement, and exact spelling over a
   transliteration-skeleton match; a world city over its small namesakes
   unless the text ties the name to the namesake's state or neighbourhood
   (:mod:`sitrep.geo.worldcity`). A guessed (skeleton) name the text places by
   another place ("X oilfield east of Homs") with no reading near it, or any
   name read outside the province the text puts it in ("Hader in Quneitra
   province"), is left unresolved (:mod:`sitrep.geo.reference`), and so are
   the name's other mentions read alike (:mod:`sitrep.geo.one_referent`).

All mentions of one name with the same cue resolve to the same entry.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING

from sitrep.geo.approximate import place_approximate
from sitrep.geo.context import HOLDS_TOWN, Mention
from sitrep.geo.countryside import (
    PART,
    RURAL,
    RURAL_REASON,
    countryside_division,
    rural_division,
)
from sitrep.geo.evidence import Evidence, country_votes
from sitrep.geo.folding import bare
from sitrep.geo.gazetteer import EXACT_LEVELS, Candidate, Gazetteer
from sitrep.geo.holds import held_readings, holds_bonus
from sitrep.geo.one_referent import follow_ruled_out, rule_out
from sitrep.geo.one_referent import inside as _inside
from sitrep.geo.recognize import find_mentions
from sitrep.geo.reference import placed_elsewhere
from sitrep.geo.rows import cached_km
from sitrep.geo.unlisted import add_unlisted
from sitrep.geo.worldcity import namesakes, world_city_bonus
from sitrep.geodesy import haversine_km
from sitrep.model import Place

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Per order of magnitude of population.
POPULATION_WEIGHT = 0.5
COUNTRY_BONUS = 8.0
ADMIN_CUE_BONUS = 4.0
#: A division named without a cue: a small edge on top of its population (the sum
#: of its towns', so "Virginia" the state beats Virginia, Minnesota anyway).
ADMIN_NO_CUE_BONUS = 0.5
PRIMARY_NAME_BONUS = 1.0
LOCALITY_CUE_BONUS = 1.0
CONTAINER_BONUS = 5.0
FOCUS_BONUS = 3.0
NEAR_BONUS = 1.5
NEAR_KM = 300.0
SUPPLEMENT_BONUS = 1.0
#: Weak coherence: countries that many of the document's names could be in
#: ("Virginia" and "Ohio" both have US readings) get up to this much.
COHERENCE_BONUS = 2.0
#: The same within first-level divisions (see ``Evidence.division_share``).
DIVISION_COHERENCE_BONUS = 2.0
#: Continents, seas and regions spanning countries never get the document-country
#: bonus; without this "Africa" would lose to a town called África in Mexico.
SUPRANATIONAL_BONUS = FOCUS_BONUS + 1.0
SKELETON_PENALTY = -2.0
#: A division's namesake town must be a real town, not a hamlet, to stand for it.
NAMESAKE_MIN_POPULATION = 5_000
NAMESAKE_RULE = True
#: Division words that name the area around one town ("the Sermin district",
#: "the region of Al-Quriyah"), not the first-level division it lies in: the
#: town stays the place. "province", "governorate" name the first-level one.
TOWN_DIVISION_WORDS = frozenset({"district", "region"})
#: A place this far (km) from a city lies outside it: "Manbij in northeastern
#: Aleppo" (80 km) is in the province's north, "Masaken Hanano in eastern Aleppo"
#: (3 km) in a city quarter. Aleppo's built-up area reaches about 10 km from its point.
CITY_PART_KM = 15.0
#: Places in a first-level division the document names ("Springfield" in a report
#: that also says "Illinois"): the division is stronger evidence than the country.
ADMIN_FOCUS_BONUS = 2.5
#: Within this of another (non-division) place of the report a town is "local".
LOCAL_KM = 80.0
LOCAL_BONUS = 3.0
#: A national capital is what a bare name means more often than a namesake
#: ("Washington" the capital, not the state).
CAPITAL_BONUS = 1.5
#: A first-level division of the document's main country beats a foreign country
#: of the same name when nothing else in the text points abroad ("Georgia" in a
#: report whose other places are all in the US).
HOME_DIVISION_BONUS = COUNTRY_BONUS + 2.0
#: A town that bears a country's or division's name only as an alternate name
#: (Bozeman listed as "Missouri", a Mexico in Missouri as "New Mexico"): such
#: alternate names are old or nickname forms, never what the text means by it.
ALTERNATE_TOWN_PENALTY = -COUNTRY_BONUS
#: A town named like a first-level division of its own country ("California",
#: Pennsylvania; "Oregon", Ohio) is not what the bare name means: the division
#: is, unless "the town of X" or a container ("California, Pa.") says otherwise.
#: Larger than the local and named-division bonuses a report's other places give.
DIVISION_NAMESAKE_PENALTY = -(LOCAL_BONUS + ADMIN_FOCUS_BONUS)
#: The namesake rule stands a town for its division only where the two are this
#: close (Idlib, Aleppo: either reading places the report alike). Farther apart
#: (New York City, 280 km from the middle of the state) the bare name stays the
#: division, as GeoNames-based annotation reads it.
NAMESAKE_MAX_KM = 150.0


def _group_key(m: Mention) -> tuple[str, str]:
    return bare(m.text), m.cue if m.cue in ("admin", RURAL, PART) else ""


def _score(
    cand: Candidate,
    mention: Mention,
    focus: Counter[str],
    container: Candidate | None,
    anchors: list[Candidate],
    votes: dict[str, float],
    context: Evidence,
) -> tuple[float, str]:
    score = POPULATION_WEIGHT * math.log10(cand.population + 1)
    if cand.country_code and len(votes) > 1:
        score += COHERENCE_BONUS * votes.get(cand.country_code, 0.0)
    score += DIVISION_COHERENCE_BONUS * context.division_share(cand)
    reason = "population"
    if cand.level not in EXACT_LEVELS:
        score += SKELETON_PENALTY
    elif bare(cand.name) == bare(mention.text):
        # Named so in the first place, not through an old or foreign alternate name.
        score += PRIMARY_NAME_BONUS
    elif cand.feature.startswith("P.") and context.large_primary.get(id(mention), False):
        score += ALTERNATE_TOWN_PENALTY
    if (
        cand.feature.startswith("P.")
        and cand.feature != "P.PPLC"
        and container is None
        and mention.cue != "locality"
        and _namesake_of_larger(cand, context.division_named.get(id(mention), set()))
    ):
        score += DIVISION_NAMESAKE_PENALTY
    if cand.source == "supplement":
        score += SUPPLEMENT_BONUS
        reason = "supplement"
    if cand.country_code is None and cand.source == "supplement":
        score += SUPRANATIONAL_BONUS
    if cand.is_country and cand.level in EXACT_LEVELS:
        score += COUNTRY_BONUS
        reason = "country name"
    home = context.home
    if (
        cand.is_admin1
        and home is not None
        and cand.country_code == home
        and any(
            c.is_country and not context.other_focus.get(c.country_code or "")
            for c in mention.candidates
        )
    ):
        score += HOME_DIVISION_BONUS
        reason = "division of the document's country"
    in_named_division = (cand.country_code, cand.admin1) in context.divisions
    if cand.admin1 and in_named_division and not cand.is_admin1:
        score += ADMIN_FOCUS_BONUS
        if reason == "population":
            reason = f"in {cand.admin1}"
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
    if not cand.is_country:
        near = [cached_km(cand.lat, cand.lon, a.lat, a.lon) for a in anchors]
        if any(d <= NEAR_KM for d in near):
            score += NEAR_BONUS
        # A town among the other towns of the report: local news names its
        # neighbourhood ("Palestine" beside Anderson County and Tyler, Texas).
        # A national capital is no neighbourhood: in a report on Syria that says
        # "Washington", Damascus is not the Maryland town next to it.
        if cand.is_locality and any(
            d <= LOCAL_KM
            for d, a in zip(near, anchors, strict=True)
            if not a.is_admin1 and a.feature != "P.PPLC"
        ):
            score += LOCAL_BONUS
            if _lone_country_name(mention, anchors, context):
                # "Jordan" beside Shakopee and Robbinsdale, and nothing else in
                # the report in or about the country Jordan: the Minnesota town.
                score += COUNTRY_BONUS
    if cand.feature == "P.PPLC":
        score += CAPITAL_BONUS
    score += world_city_bonus(
        cand,
        mention,
        container is not None,
        context.divisions,
        anchors,
        context.namesakes,
    )
    return score, reason


def _namesake_of_larger(cand: Candidate, named: set[str]) -> bool:
    return "*" in named or (cand.country_code is not None and cand.country_code in named)


def _lone_country_name(mention: Mention, anchors: list[Candidate], context: Evidence) -> bool:
    """The mention can name a country that nothing else in the report points to."""
    codes = {c.country_code for c in mention.candidates if c.is_country and c.country_code}
    if not codes:
        return False
    if any(context.other_focus.get(code) for code in codes):
        return False
    return not any(a.country_code in codes for a in anchors)


def _namesake_town(
    division: Candidate,
    cands: list[Candidate],
    max_km: float = NAMESAKE_MAX_KM,
    name: str | None = None,
) -> Candidate | None:
    """The largest town of the division's name in it, within ``max_km`` of its centre.

    With ``name``, a town whose own name has more words ("Oklahoma City" for
    "Oklahoma") does not count: the text would have said "City".
    """
    words = None if name is None else len(bare(name).split())
    towns = [
        c
        for c in cands
        if c.is_locality
        and c.level in EXACT_LEVELS
        and c.country_code == division.country_code
        and c.admin1 == division.admin1
        and c.population >= NAMESAKE_MIN_POPULATION
        and haversine_km(c.lat, c.lon, division.lat, division.lon) <= max_km
        and (words is None or len(bare(c.name).split()) == words)
    ]
    return max(towns, key=lambda c: c.population) if towns else None


def _how(mention: Mention, cand: Candidate, reason: str) -> str:
    match = "exact" if cand.level == 0 else "folded" if cand.level == 1 else "transliteration"
    if mention.source == "demonym":
        return "demonym"
    return f"{match}; {reason}"


def _holds_town(m: Mention, city: Candidate, chosen: dict[int, tuple[Candidate, str]]) -> bool:
    """A town said to lie in this compass part of ``city`` ("Manbij in northeastern
    Aleppo") that lies outside the city: the part is the province's. A quarter of
    the city ("Masaken Hanano in eastern Aleppo") leaves it the city's."""
    held = m.extra.get(HOLDS_TOWN)
    town = chosen.get(int(held)) if held is not None else None
    return (
        town is not None
        and town[0].is_locality
        and haversine_km(town[0].lat, town[0].lon, city.lat, city.lon) > CITY_PART_KM
    )


def resolve(mentions: list[Mention], gaz: Gazetteer) -> list[tuple[Mention, Candidate, str]]:
    """The chosen candidate of each mention, with a short reason."""
    focus: Counter[str] = Counter()
    for m in mentions:
        for cand in m.candidates:
            if (m.source == "demonym" or cand.is_country) and cand.level in EXACT_LEVELS:
                focus[cand.country_code or ""] += 1
    votes = country_votes(mentions)
    main = focus.most_common(1)[0][0] if focus else None
    context = Evidence(mentions, votes)
    context.namesakes = namesakes(mentions)
    held = held_readings(mentions)
    chosen: dict[int, tuple[Candidate, str]] = {}
    by_group: dict[tuple[str, str], tuple[Candidate, str]] = {}
    ruled_out: dict[str, set[int]] = {}  # per name, the readings the text ruled out
    # Three passes: the first settles unambiguous names and countries, the second
    # uses them as anchors (nearness), containers and named divisions, the third
    # redoes every choice with all the others known.
    for pass_ in (0, 1, 2):
        if pass_ == 2:
            by_group, ruled_out = {}, {}
        anchors = [c for c, _ in chosen.values() if not c.is_country]
        # A division named by a bare name that is also a large town's ("New
        # York") may mean the town: it does not pull the report's other names
        # into the division.
        context.divisions = {
            (c.country_code, c.admin1)
            for i, (c, _) in chosen.items()
            if c.is_admin1
            and c.country_code
            and c.admin1
            and (
                mentions[i].cue in ("admin", RURAL, PART)
                or _namesake_town(c, mentions[i].candidates, math.inf) is None
            )
        }
        for idx, m in enumerate(mentions):
            if pass_ == 0 and len(m.candidates) > 1 and not any(c.is_country for c in m.candidates):
                continue
            group = _group_key(m)
            if group in by_group and (pass_ == 2 or idx not in chosen):
                chosen[idx] = by_group[group]
                continue
            container, cue = None, None
            if m.container is not None and m.container in chosen:
                container, cue = chosen[m.container][0], mentions[m.container].cue
            own = {c.id for c in m.candidates}
            others = [a for a in anchors if a.id not in own]
            ctx = context.for_mention(m)
            inner = held.get(idx, [])
            scored = [
                (*_score(c, m, focus, container, others, votes, ctx), c) for c in m.candidates
            ]
            if inner:
                scored = [(s + holds_bonus(c, inner), r, c) for s, r, c in scored]
            _, reason, best = max(scored, key=lambda s: (s[0], -s[2].id))
            if best.is_admin1 and m.cue != "admin" and NAMESAKE_RULE:
                # "Idlib", "Aleppo" without "province": the town the division is named
                # after, the more specific reading.
                seat = _namesake_town(best, m.candidates, name=m.text)
                if seat is not None:
                    best, reason = seat, "town of the division's name"
            if (
                m.cue == "admin"
                and not best.is_admin1
                and best.admin1
                and best.country_code
                and not (best.is_locality and m.extra.get("cue_word") in TOWN_DIVISION_WORDS)
            ):
                # "Aleppo province": the town's name, the division it is the seat of.
                division = gaz.admin1_of(best.country_code, best.admin1)
                if division is not None:
                    best, reason = division, "division of its seat"
                if division is not None and RURAL in m.extra:
                    # "the countryside of Aleppo province"; "... of Damascus
                    # province" is the capital's countryside division (Rif Dimashq).
                    rural = countryside_division(gaz, division)
                    best, reason = rural or division, RURAL_REASON
            rural = rural_division(m, best, gaz, holds_town=_holds_town(m, best, chosen))
            if rural is not None:
                best, reason = rural, RURAL_REASON
            inside = container is not None and _inside(best, container)
            if container is not None and placed_elsewhere(m, best, inside, container, cue, main):
                # A namesake far from the place or outside the province the text
                # gives for it: the gazetteer does not know the place meant.
                chosen.pop(idx, None)
                rule_out(ruled_out, m, best)
                continue
            chosen[idx] = (best, reason)
            by_group.setdefault(group, (best, reason))
    follow_ruled_out(mentions, chosen, ruled_out, main)  # the name's other mentions too
    place_approximate(chosen)
    return [(m, *chosen[idx]) for idx, m in enumerate(mentions) if idx in chosen]


def to_place(mention: Mention, cand: Candidate, reason: str) -> Place:
    """The contract record of a resolved mention."""
    return Place(
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


def find_places(doc: Doc, gazetteer: Gazetteer) -> list[Place]:
    """Every place named in ``doc``, resolved to a gazetteer entry, in text order;
    a place the gazetteer lacks, resolved to the listed place the text puts it in
    (:mod:`sitrep.geo.unlisted`)."""
    mentions = find_mentions(doc, gazetteer)
    places = [to_place(m, c, r) for m, c, r in resolve(mentions, gazetteer)]
    return add_unlisted(doc, mentions, places)
