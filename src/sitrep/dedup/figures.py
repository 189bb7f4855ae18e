"""Do two reports' figures tell one toll or two?

Extracted quantities (unit, value) and the bare numbers of the sentences are
compared: one toll may be told roughly by one outlet and exactly by another
("over 700" / "735"), while tolls far apart (2 vs 10 killed) or two different
round figures (280000 vs 300000) are different claims.
"""

from __future__ import annotations

from sitrep.dedup.text import content_tokens

#: (unit, value) pairs of an event's quantities.
Figures = frozenset[tuple[str, int]]

#: Figures for one unit further apart than this ratio point to different
#: incidents (2 vs 10 killed) rather than to outlets disagreeing (16 vs 22).
FIGURE_RATIO = 2.0
#: A round figure ("over 700") stands for a precise one ("735") at most this
#: fraction above it: one toll told roughly and exactly, not two tolls.
ROUND_SLACK = 0.1


def _round(value: int) -> bool:
    """A figure that reads as a rounded count: 700, 1300, 280000 (not 735, 56)."""
    return value >= 100 and value % 100 == 0


def _agree(x: int, y: int) -> bool:
    """Two figures for one count: equal, or one rounded down from the other."""
    if x == y:
        return True
    low, high = sorted((x, y))
    # Both round (280000 vs 300000) are two claims; one round is an approximation.
    return _round(low) and not _round(high) and high <= low * (1 + ROUND_SLACK)


def _numbers(text: str) -> set[int]:
    return {int(t) for t in content_tokens(text) if t.isdigit() and len(t) < 10}


def _numbers_match(na: set[int], nb: set[int]) -> bool:
    return all(any(_agree(x, y) for y in nb) for x in na) and all(
        any(_agree(x, y) for x in na) for y in nb
    )


def _year(n: int) -> bool:
    return 1900 <= n < 2100


def numbers_differ(a: str, b: str) -> bool:
    """Both sentences give figures and not the same ones (the event may not hold them:
    "the war, which began with protests in 2011, has killed 280000" is a PROTEST).

    Years and counts are compared apart: "the 2013 attack" and "the August 2013
    attack, which killed 1400" give one year and only one of them a count.
    """
    na, nb = _numbers(a), _numbers(b)
    for keep in (_year, lambda n: not _year(n)):
        xa, xb = {n for n in na if keep(n)}, {n for n in nb if keep(n)}
        if xa and xb and not _numbers_match(xa, xb):
            return True
    return False


def same_numbers(a: str, b: str) -> bool:
    """Both sentences give the same figures (a round one may stand for a precise
    one, see :func:`_agree`), at least one of them not a year."""
    na, nb = _numbers(a), _numbers(b)
    return _numbers_match(na, nb) and any(not _year(n) for n in na)


def figures_differ(a: Figures, b: Figures) -> bool:
    """Some unit counted by both with values that do not agree (see :func:`_agree`)."""
    units = {u for u, _ in a} & {u for u, _ in b}
    return any(
        not _numbers_match({v for u, v in a if u == unit}, {v for u, v in b if u == unit})
        for unit in units
    )


def figures_apart(a: Figures, b: Figures) -> bool:
    """Some unit counted by both with values further apart than :data:`FIGURE_RATIO`."""
    units = {u for u, _ in a} & {u for u, _ in b}
    for unit in units:
        va = max(v for u, v in a if u == unit)
        vb = max(v for u, v in b if u == unit)
        low, high = sorted((va, vb))
        if high > FIGURE_RATIO * max(low, 1):
            return True
    return False
