"""Divisions known only approximately, placed by the towns a report names in them."""

from __future__ import annotations

from dataclasses import replace

from sitrep.geo.gazetteer import Candidate


def place_approximate(chosen: dict[int, tuple[Candidate, str]]) -> None:
    """Move divisions known only approximately to the towns the report names in them.

    A US county without coordinates of its own sits at its state's centre
    (``source == "approximate"``); a local report that names "Laurel County"
    and towns of that state is about the part of the state where those towns
    are, so the county is placed at their median point.
    """
    towns: dict[tuple[str | None, str | None], list[Candidate]] = {}
    for cand, _ in chosen.values():
        if cand.is_locality and cand.source != "approximate" and cand.admin1:
            towns.setdefault((cand.country_code, cand.admin1), []).append(cand)
    for idx, (cand, reason) in list(chosen.items()):
        if cand.source != "approximate" or cand.is_locality or cand.is_admin1:
            continue
        near = towns.get((cand.country_code, cand.admin1))
        if not near:
            continue
        lats = sorted(t.lat for t in near)
        lons = sorted(t.lon for t in near)
        mid = len(near) // 2
        moved = replace(cand, lat=lats[mid], lon=lons[mid])
        chosen[idx] = (moved, f"{reason}; placed by the towns named with it")
