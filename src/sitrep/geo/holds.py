"""A container reading that holds a reading of the name placed in it.

"Belgrade, Montana": the text puts Belgrade in Montana, so of Montana's readings
(the US state, a Bulgarian province) the one that holds some Belgrade is meant.
The contained name's readings are all still open when the container is chosen,
so any of them counts; the edge is small, a tie-breaker between divisions or
countries of one name, not a match for a country name or a division cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.geo.gazetteer import EXACT_LEVELS

if TYPE_CHECKING:
    from sitrep.geo.context import Mention
    from sitrep.geo.gazetteer import Candidate

#: Less than a country name's or a division cue's edge, more than population
#: differences between namesake divisions.
HOLDS_BONUS = 2.0


def held_readings(mentions: list[Mention]) -> dict[int, list[Candidate]]:
    """For each container mention (by index), the readings of the names placed in it."""
    held: dict[int, list[Candidate]] = {}
    for m in mentions:
        if m.container is not None:
            held.setdefault(m.container, []).extend(
                c for c in m.candidates if c.level in EXACT_LEVELS
            )
    return held


def holds_bonus(cand: Candidate, held: list[Candidate]) -> float:
    """``HOLDS_BONUS`` where ``cand`` (a country or division) holds one of ``held``."""
    if not held or cand.country_code is None:
        return 0.0
    if cand.is_country:
        inside = any(h.country_code == cand.country_code and h.id != cand.id for h in held)
    elif cand.is_admin1:
        inside = any(
            h.country_code == cand.country_code and h.admin1 == cand.admin1 and h.id != cand.id
            for h in held
        )
    else:
        return 0.0
    return HOLDS_BONUS if inside else 0.0
