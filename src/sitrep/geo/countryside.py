"""Names of a province's rural area: "rural Idlib", "the Hama countryside", "northern Hama".

Conflict news names the rural part of a first-level division by its main town:
"the Idlib countryside", "the countryside of Hama", "Hama's northern
countryside", "Hama northern countryside", "rural Damascus", "northern Hama".
The place meant is the division (the governorate), not the town: an event "in
the Idlib countryside" happened somewhere in the province, away from the city.
Where a city is a division of its own, its countryside is another one ("rural
Damascus" is the Rif Dimashq governorate, not Dimashq).

Only a division's main town is read so: "the countryside of Saraqib" is the
area around that town, which stays the place. A compass adjective ("northern
Hama") names the province's part only for a provincial town: before a national
capital or a city of a million it names city quarters ("southern Damascus",
"eastern Aleppo", "west Mosul"). The words are data (``data/geo/cues.json``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.geo.sources import read_data

if TYPE_CHECKING:
    from sitrep.geo.context import Mention
    from sitrep.geo.gazetteer import Candidate, Gazetteer

#: Cues of :class:`~sitrep.geo.context.Mention` set here.
RURAL = "rural"
PART = "part"
#: How a division read from "rural X", "the X countryside" is explained (``Place.how``).
RURAL_REASON = "division of its main town"
#: A city this large has quarters that news names by compass ("eastern Aleppo").
CITY_QUARTERS_POPULATION = 1_000_000


@dataclass(frozen=True)
class CountrysideWords:
    #: After a name or before "of" ("the Idlib countryside", "the countryside of Hama").
    countryside: frozenset[str]
    #: Before a name ("rural Idlib").
    rural: frozenset[str]
    #: Compass adjectives before a name ("northern Hama").
    parts: frozenset[str]
    #: (country, city's division) -> the division that is its countryside.
    divisions: dict[tuple[str, str], str]


@lru_cache(maxsize=1)
def countryside_words() -> CountrysideWords:
    cues = read_data("cues.json")
    divisions = {
        (country, city): rural
        for country, table in cues.get("countryside_divisions", {}).items()
        for city, rural in table.items()
    }
    return CountrysideWords(
        countryside=frozenset(cues.get("countryside", [])),
        rural=frozenset(cues.get("rural", [])),
        parts=frozenset(cues.get("part_adjectives", [])),
        divisions=divisions,
    )


def countryside_cue(lower: list[str], start: int, end: int) -> tuple[str, str] | None:
    """(cue, cue word) when the name at tokens ``start:end`` names a rural area:
    "rural X", "X countryside", "X's countryside", "X northern countryside",
    "countryside of X" (RURAL) or "northern X" (PART); None otherwise. ``lower``:
    the document's lower-cased tokens."""
    words = countryside_words()
    n = len(lower)
    after = lower[end] if end < n else ""
    if after in words.countryside:
        return RURAL, after
    if after in ("'s", "’s") and end + 1 < n:
        # "X's countryside", "X's northern countryside".
        after = lower[end + 1]
        end += 1
    if after in words.countryside:
        return RURAL, after
    if after in words.parts and end + 1 < n and lower[end + 1] in words.countryside:
        # "Hama northern countryside": the province's northern part.
        return RURAL, lower[end + 1]
    before = lower[start - 1] if start >= 1 else ""
    if before in words.rural:
        return RURAL, before
    if before == "of" and start >= 2 and lower[start - 2] in words.countryside:
        return RURAL, lower[start - 2]
    if before in words.parts:
        return PART, before
    return None


def is_rural_cue(cue: str | None) -> bool:
    return cue in (RURAL, PART)


def rural_division(
    mention: Mention, best: Candidate, gaz: Gazetteer, holds_town: bool = False
) -> Candidate | None:
    """The division a rural-area name means, or None when ``best`` (the town the name
    was resolved to) is no division's main town or the cue names city quarters.

    ``holds_town``: another place is said to lie in this part ("Manbij in
    northeastern Aleppo"): a town in the north of a city of a million is in the
    north of its province, not one of its quarters (a capital's parts stay its
    quarters)."""
    if not is_rural_cue(mention.cue) or not best.is_locality:
        return None
    if best.country_code is None or best.admin1 is None:
        return None
    if mention.cue == PART and (
        best.feature == "P.PPLC" or (best.population >= CITY_QUARTERS_POPULATION and not holds_town)
    ):
        return None
    main = gaz.largest_town(best.country_code, best.admin1)
    if main is None or main.id != best.id:
        return None
    admin1 = best.admin1
    if mention.cue == RURAL:
        admin1 = countryside_words().divisions.get((best.country_code, admin1), admin1)
    return gaz.admin1_of(best.country_code, admin1)


def countryside_division(gaz: Gazetteer, division: Candidate) -> Candidate | None:
    """The division that is ``division``'s countryside where a city is a division of
    its own (Rif Dimashq for Dimashq); None for any other division."""
    if division.country_code is None or division.admin1 is None:
        return None
    rural = countryside_words().divisions.get((division.country_code, division.admin1))
    return gaz.admin1_of(division.country_code, rural) if rural else None
