"""One name, one referent per report, where the text has ruled a reading out.

A name a report repeats means the same place each time ("one sense per
discourse"). When the text puts one mention of a name in a province and the
gazetteer's reading of it lies elsewhere ("Hader in Quneitra province", read as
a namesake in another province), :func:`sitrep.geo.reference.placed_elsewhere`
drops that mention; its other mentions ("fighting around Hader went on") must
not keep the very reading the text ruled out. They are dropped too, unless the
text ties such a mention itself to a place that holds the reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.geo.folding import bare
from sitrep.geo.reference import placed_elsewhere
from sitrep.geodesy import haversine_km

if TYPE_CHECKING:
    from sitrep.geo.context import Mention
    from sitrep.geo.gazetteer import Candidate

#: A town within this of a container that is a town lies "in" it.
CONTAINER_KM = 150.0


def inside(cand: Candidate, container: Candidate) -> bool:
    """``cand`` lies in ``container``: its country, its first-level division, or
    near its town."""
    if cand.id == container.id:
        return False
    if container.is_country:
        return cand.country_code == container.country_code
    if container.is_admin1:
        return cand.country_code == container.country_code and cand.admin1 == container.admin1
    return haversine_km(cand.lat, cand.lon, container.lat, container.lon) <= CONTAINER_KM


def rule_out(ruled_out: dict[str, set[int]], mention: Mention, cand: Candidate) -> None:
    """Note that the text rules ``cand`` out as the referent of ``mention``'s name."""
    ruled_out.setdefault(bare(mention.text), set()).add(cand.id)


def follow_ruled_out(
    mentions: list[Mention],
    chosen: dict[int, tuple[Candidate, str]],
    ruled_out: dict[str, set[int]],
    home: str | None,
) -> None:
    """Drop from ``chosen`` every mention whose reading was ruled out for a
    mention of the same name, unless its own container holds that reading.

    A mention that took its reading from an earlier one of its name ("Hader ...
    Hader in Quneitra province") was not checked against its own container when
    chosen: every mention is checked here, against its container's final
    reading. ``home``: the report's main country.
    """
    for idx, (cand, _) in chosen.items():
        m = mentions[idx]
        where = _container(m, chosen)
        if where is not None and placed_elsewhere(
            m, cand, inside(cand, where), where, mentions[m.container or 0].cue, home
        ):
            rule_out(ruled_out, m, cand)
    if not ruled_out:
        return
    for idx in [i for i in chosen if bare(mentions[i].text) in ruled_out]:
        cand = chosen[idx][0]
        m = mentions[idx]
        if cand.id not in ruled_out[bare(m.text)]:
            continue
        where = _container(m, chosen)
        if where is not None and inside(cand, where):
            continue
        del chosen[idx]


def _container(m: Mention, chosen: dict[int, tuple[Candidate, str]]) -> Candidate | None:
    """The reading chosen for the place the text puts ``m`` in, if any."""
    if m.container is None or m.container not in chosen:
        return None
    return chosen[m.container][0]
