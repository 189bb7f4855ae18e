"""Document-wide evidence for disambiguation: country votes, home country, and
which mentions name a country, a first-level division or a world region.

Read by :mod:`sitrep.geo.resolve`; computed once per document (per mention
where a mention's own name must be left out).
"""

from __future__ import annotations

from collections import Counter

from sitrep.geo.context import Mention
from sitrep.geo.folding import bare
from sitrep.geo.gazetteer import EXACT_LEVELS, Candidate


def country_votes(mentions: list[Mention]) -> dict[str, float]:
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


def home_country(votes: dict[str, float], own: set[str]) -> str | None:
    """The country most of the document's other names can be in, when clear."""
    ranked = sorted(((v, cc) for cc, v in votes.items() if cc not in own), reverse=True)
    if not ranked or ranked[0][0] < 0.5:
        return None
    if len(ranked) > 1 and ranked[1][0] >= ranked[0][0] * 0.8:
        return None
    return ranked[0][1]


def is_region(cand: Candidate) -> bool:
    """A continent, sea, world or conflict region of the supplement (not a point)."""
    return cand.source == "supplement" and cand.feature[:1] in ("L", "H", "T")


class Evidence:
    """Document-wide evidence shared by every mention's scoring."""

    def __init__(self, mentions: list[Mention], votes: dict[str, float]) -> None:
        own_names: dict[str, set[str]] = {}
        focus_by_name: dict[str, Counter[str]] = {}
        for m in mentions:
            name = bare(m.text)
            for cand in m.candidates:
                if (m.source == "demonym" or cand.is_country) and cand.level in EXACT_LEVELS:
                    focus_by_name.setdefault(name, Counter())[cand.country_code or ""] += 1
            own_names.setdefault(name, set())
        self.focus_by_name = focus_by_name
        self.votes = votes
        self.home: str | None = None
        self.other_focus: Counter[str] = Counter()
        self._other_focus: dict[str, Counter[str]] = {}
        #: Ids of readings that are small namesakes of a world city (worldcity.py).
        self.namesakes: set[int] = set()
        #: (country, admin1) of the divisions the document names.
        self.divisions: set[tuple[str, str]] = set()
        #: Per mention (by id): a country, first-level division or large region
        #: bears its name as its own primary name.
        self.large_primary: dict[int, bool] = {}
        #: Per mention: countries with a first-level division bearing its name as
        #: its own primary name ("*" for a world region or other large feature of
        #: the supplement: "Asia", "Middle East", "Kashmir").
        self.division_named: dict[int, set[str]] = {}
        self._divisions_by_name, self._division_names = _division_votes(mentions)
        self._other_names = max(1, len(self._divisions_by_name) - 1)
        self._own_divisions: frozenset[tuple[str, str]] = frozenset()
        for m in mentions:
            name = bare(m.text)
            large = False
            named: set[str] = set()
            for c in m.candidates:
                if c.level not in EXACT_LEVELS:
                    continue
                if is_region(c):
                    # Curated names of regions ("the Pacific") count like primary ones.
                    large = True
                    named.add("*")
                if bare(c.name) != name:
                    continue
                if c.is_country:
                    large = True
                elif c.is_admin1 and c.country_code:
                    large = True
                    named.add(c.country_code)
            self.large_primary[id(m)] = large
            self.division_named[id(m)] = named

    def for_mention(self, m: Mention) -> Evidence:
        """Evidence with this mention's own name left out (it cannot vote for itself)."""
        name = bare(m.text)
        # The same name recurs across mentions and passes; its sum is kept (read only).
        other_focus = self._other_focus.get(name)
        if other_focus is None:
            other_focus = Counter()
            for other, counts in self.focus_by_name.items():
                if other != name:
                    other_focus.update(counts)
            self._other_focus[name] = other_focus
        self.other_focus = other_focus
        self._own_divisions = self._divisions_by_name.get(name, frozenset())
        own = {c.country_code for c in m.candidates if c.is_country and c.country_code}
        self.home = home_country(self.votes, own) if own else None
        return self

    def division_share(self, cand: Candidate) -> float:
        """Share of the report's other names with a reading in ``cand``'s division.

        Local news names several places of one state ("Jackson County",
        "Montgomery", "Plainview" in Minnesota): the state most of the other
        names can lie in is where an ambiguous one lies too. Below two such
        names it says nothing (0).
        """
        # Runs for every reading of every name, each pass: one dict miss for most.
        key = (cand.country_code, cand.admin1)
        n = self._division_names.get(key)
        if n is None or cand.is_country:
            return 0.0
        n -= key in self._own_divisions
        if n < DIVISION_VOTE_MIN_NAMES:
            return 0.0
        return float(n) / self._other_names


#: Other names with a reading in a division before it counts as the report's.
DIVISION_VOTE_MIN_NAMES = 2


def _division_votes(
    mentions: list[Mention],
) -> tuple[dict[str, frozenset[tuple[str, str]]], dict[tuple[str | None, str | None], int]]:
    """Per distinct name, the divisions it has a reading in; per division, how many names."""
    by_name: dict[str, set[tuple[str, str]]] = {}
    for m in mentions:
        if m.source == "demonym":
            continue
        by_name.setdefault(bare(m.text), set()).update(
            (c.country_code, c.admin1)
            for c in m.candidates
            if c.country_code and c.admin1 and not c.is_country and c.level in EXACT_LEVELS
        )
    counts: Counter[tuple[str, str]] = Counter()
    for divisions in by_name.values():
        counts.update(divisions)
    # Only divisions that can reach the minimum once a name's own vote is left out.
    kept: dict[tuple[str | None, str | None], int] = {
        k: n for k, n in counts.items() if n >= DIVISION_VOTE_MIN_NAMES
    }
    return {k: frozenset(v) for k, v in by_name.items()}, kept
