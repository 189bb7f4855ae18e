"""World cities over their small namesakes.

"Geneva" in a report on Syria is the Swiss city, not Geneva, Ohio, even where
"Medina" beside it has an Ohio reading too: namesakes of world cities must not
vouch for each other by lying in one state. A reading that is a large city,
named so as its own name and many times larger than every other reading, is
what a bare name means unless the text says otherwise:

* a container ("Geneva, Ill.", "Belgrade, Montana") or a cue word;
* a division the report names that holds another reading ("Illinois");
* another reading lying among the report's other places: local news names
  its neighbourhood ("Paris" beside Texas towns is Paris, Texas; "Edmonton"
  near London is the London suburb). Places that are themselves small
  namesakes of world cities do not count as such neighbours.

Local US news is full of namesakes (LGL), and there the last two hold.
That the report names a namesake's country is no such cue: a report that
names the United States and says "Belgrade" means Serbia's capital, not one of
the small US towns of that name. A large first-level division counts as such a
world place over small readings abroad ("Texas" beside "Mexican" is the state,
not a Mexican village); its own towns are left to the division/town rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.geo.folding import bare
from sitrep.geo.gazetteer import EXACT_LEVELS, Candidate
from sitrep.geo.rows import cached_km

if TYPE_CHECKING:
    from sitrep.geo.context import Mention

#: A world city has at least this many people ...
WORLD_CITY_MIN_POPULATION = 100_000
#: ... and this many times the people of the largest other reading of its name.
WORLD_CITY_RATIO = 8.0
#: As much as the document-country and local bonuses a namesake can collect.
WORLD_CITY_BONUS = 6.0
#: A city this large is known by its alternate (English) names too: "Mecca" is
#: Makkah. A smaller one must bear the name as its own: "Twickenham" is an old
#: name of a part of Huntsville, not what a writer means by it.
EXONYM_MIN_POPULATION = 1_000_000
#: Another reading this close to one of the report's places is a local namesake.
NEIGHBOUR_KM = 300.0
#: A division this populous is known abroad by its name (a US state, a Canadian
#: province); GeoNames-on-PyPI counts the people of its listed towns.
WORLD_DIVISION_MIN_POPULATION = 1_000_000


def _own_name(cand: Candidate, mention: Mention) -> bool:
    """The text names ``cand`` by its own name, or (a city of millions) by a
    spelling of it: "Mecca" for Makkah, not "White House" for Casablanca."""
    name, said = bare(cand.name), bare(mention.text)
    return name == said or (
        cand.population >= EXONYM_MIN_POPULATION and name[:1] == said[:1] and " " not in said
    )


def _world_city(cand: Candidate, mention: Mention) -> bool:
    # Cheap tests first: this runs for every reading of every name, each pass.
    if cand.level not in EXACT_LEVELS:
        return False
    if cand.is_admin1:
        if cand.population < WORLD_DIVISION_MIN_POPULATION:
            return False
    elif (
        not cand.is_locality
        or cand.population < WORLD_CITY_MIN_POPULATION
        or not _own_name(cand, mention)
    ):
        return False
    others = [c for c in mention.candidates if c.id != cand.id and c.level in EXACT_LEVELS]
    if not others or (cand.is_admin1 and not _world_division(cand, mention, others)):
        return False
    # A town that bears the name only as an alternate one ("Medina" for Al Madinah,
    # Iraq, or the old town of Fez) is no reading a writer means by it: it does not
    # make the name ambiguous. A city of millions is known by its alternate names
    # ("St. Petersburg" for Saint Petersburg) and stays a rival.
    said = bare(mention.text)
    rivals = [
        c
        for c in others
        if not c.is_locality or c.population >= EXONYM_MIN_POPULATION or bare(c.name) == said
    ]
    if not rivals:
        return True
    return cand.population >= WORLD_CITY_RATIO * max(c.population for c in rivals)


def _world_division(cand: Candidate, mention: Mention, others: list[Candidate]) -> bool:
    """A large first-level division whose other readings all lie abroad.

    "Texas" beside "Mexican" is the state, not a Mexican village of that name.
    Readings in the division's own country (its seat town, "Idlib") are left to
    the division/town rules of :mod:`sitrep.geo.resolve`; a country of the same
    name ("Georgia") to the country rules.
    """
    return bare(cand.name) == bare(mention.text) and not any(
        c.country_code == cand.country_code or c.is_country for c in others
    )


def namesakes(mentions: list[Mention]) -> set[int]:
    """Ids of the other readings of names that have a world-city reading."""
    out: set[int] = set()
    for m in mentions:
        world = {c.id for c in m.candidates if _world_city(c, m)}
        if world:
            out.update(c.id for c in m.candidates if c.id not in world)
    return out


def world_city_bonus(
    cand: Candidate,
    mention: Mention,
    has_container: bool,
    divisions: set[tuple[str, str]],
    anchors: list[Candidate],
    small_namesakes: set[int],
) -> float:
    """The edge ``cand`` gets as the world city a bare name means; 0 otherwise."""
    if has_container or mention.cue is not None or not _world_city(cand, mention):
        return 0.0
    neighbours = [a for a in anchors if a.id not in small_namesakes and not a.is_admin1]
    for other in mention.candidates:
        if other.id == cand.id or other.level not in EXACT_LEVELS:
            continue
        if (other.country_code, other.admin1) in divisions:
            # The report names the division of another reading: the text gives the state.
            return 0.0
        if any(cached_km(other.lat, other.lon, a.lat, a.lon) <= NEIGHBOUR_KM for a in neighbours):
            return 0.0
    return WORLD_CITY_BONUS
