"""Do two reports' figures tell one toll or two?

Extracted quantities (unit, value) and the bare numbers of the sentences are
compared: one toll may be told roughly by one outlet and exactly by another
("over 700" / "735"), while tolls far apart (2 vs 10 killed) or two different
round figures (280000 vs 300000) are different claims.
"""

from __future__ import annotations

import re
from functools import lru_cache

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


# A person's age ("a 28-year-old teacher", "aged 7") counts no one.
_AGE = re.compile(r"\b\d+(?:[- ]years?)?[- ]old\b|\baged \d+\b", re.IGNORECASE)


def _numbers(text: str) -> set[int]:
    text = _AGE.sub(" ", text)
    return {int(t) for t in content_tokens(text) if t.isdigit() and len(t) < 10}


def _numbers_match(na: set[int], nb: set[int]) -> bool:
    return all(any(_agree(x, y) for y in nb) for x in na) and all(
        any(_agree(x, y) for x in na) for y in nb
    )


def _year(n: int) -> bool:
    return 1900 <= n < 2100


def counts_in(text: str) -> set[int]:
    """The numbers a sentence writes in digits, years left out."""
    return {n for n in _numbers(text) if not _year(n)}


#: Counts two sentences must share to tell one report's figures (a toll and its
#: civilians, "82 ... including 58"), whatever the events stage kept as quantities.
SHARED_COUNTS = 2
#: The smallest count that says something ("two blasts", "3 killed" are common).
_TELLING_COUNT = 5


#: A number of a distance or a share ("60 kilometres (35 miles) from Damascus",
#: "50 percent damaged"): where or how much, not how many; two reports of
#: different happenings in one town give its distance alike.
_MEASURE = re.compile(
    r"\b\d[\d,.]*\s*(?:km|kilometers?|kilometres?|miles?|meters?|metres?|percent|per cent|%)",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def _telling_counts(text: str) -> frozenset[int]:
    """The counts of at least :data:`_TELLING_COUNT` a sentence writes in digits
    (years, distances and shares left out); read once per sentence, not per pair."""
    return frozenset(n for n in counts_in(_MEASURE.sub(" ", text)) if n >= _TELLING_COUNT)


def shared_counts(a: str, b: str) -> int:
    """How many counts of at least :data:`_TELLING_COUNT` (years, distances and
    shares left out) both sentences write in digits."""
    return len(_telling_counts(a) & _telling_counts(b))


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


#: Smallest count that identifies a toll when one article states it twice (a
#: headline's "17 dead" and the lead's "17 people were killed"); 2 or 3 dead
#: recur across an article's incidents.
TOLL_MIN = 5


def same_toll(a: Figures, b: Figures, sentence_a: str, sentence_b: str) -> bool:
    """Both events count one figure for one unit (at least :data:`TOLL_MIN`, not a
    year) and both sentences state it: one toll told twice, not two tolls.

    The sentences must hold the number themselves: the events stage may attach
    a figure from a neighbouring sentence to every mention it merges, and that
    copy proves nothing.
    """
    shared = {v for _, v in a & b if v >= TOLL_MIN and not _year(v)}
    return bool(shared) and bool(shared & _numbers(sentence_a) & _numbers(sentence_b))


def figures_differ(a: Figures, b: Figures) -> bool:
    """Some unit counted by both with values that do not agree (see :func:`_agree`)."""
    units = {u for u, _ in a} & {u for u, _ in b}
    return any(
        not _numbers_match({v for u, v in a if u == unit}, {v for u, v in b if u == unit})
        for unit in units
    )


def counts_rose(before: Figures, after: Figures) -> bool:
    """Every unit counted by both is counted higher (or the same) ``after``: a toll
    updated, not another incident's."""
    units = {u for u, _ in before} & {u for u, _ in after}
    return all(
        min(v for u, v in after if u == unit) >= max(v for u, v in before if u == unit)
        for unit in units
    )


#: Plural counting words: "dozens", "hundreds" of dead say at least that many (the
#: events stage counts "dozens" as 24), not about that many.
LOWER_BOUND_WORDS = frozenset({"dozens", "scores", "tens", "hundreds", "thousands", "millions"})


def lower_bound(text: str) -> bool:
    """A count written with a plural counting word ("dozens of people"), no digits."""
    words = text.casefold().split()
    return not any(c.isdigit() for c in text) and any(w in LOWER_BOUND_WORDS for w in words)


#: Qualifiers that make a figure a floor: "more than 130 killed", "well over 1000"
#: say at least that many, and another outlet's (or a later) count of one attack
#: may be ten times higher. "At least" is left out: monitors give their own count
#: with it ("at least 25 civilians were killed"), which reads as that count.
FLOOR_QUALIFIERS = frozenset({"more than", "over", "over a", "upwards of"})


def floor_figure(text: str, said: str | None) -> bool:
    """A figure that is only a lower bound: a plural counting word ("dozens", see
    :func:`lower_bound`) or a floor qualifier ("more than 130", see
    :data:`FLOOR_QUALIFIERS`)."""
    return lower_bound(text) or (said or "").casefold() in FLOOR_QUALIFIERS


def _reach(values: Figures, floors: Figures, ceilings: Figures, unit: str) -> tuple[int, float]:
    """Smallest and largest count one report allows for ``unit``: its largest exact
    figure, else from its largest "dozens"-like floor up, else up to its largest
    ceiling (a count over several days holds the incident's dead and others)."""
    exact = [v for u, v in values - floors - ceilings if u == unit]
    if exact:
        return max(exact), max(exact)
    floor = [v for u, v in floors - ceilings if u == unit]
    if floor:
        return max(floor), float("inf")
    return 1, max(v for u, v in ceilings if u == unit)


def figures_apart(
    a: Figures,
    b: Figures,
    floors_a: Figures = frozenset(),
    floors_b: Figures = frozenset(),
    ceilings_a: Figures = frozenset(),
    ceilings_b: Figures = frozenset(),
) -> bool:
    """Some unit counted by both with values further apart than :data:`FIGURE_RATIO`.

    ``floors_*`` are the figures of ``a`` and ``b`` that are only lower bounds
    (:func:`floor_figure`): "dozens killed" or "more than 130 killed" is not apart
    from 1300 killed, only from counts far below it. ``ceilings_*`` are counts
    over several days (:func:`sitrep.dedup.cumulative.spans_days`): "40 killed
    in recent days" holds one strike's 5 dead, so it is apart only from counts
    far above it.
    """
    units = {u for u, _ in a} & {u for u, _ in b}
    for unit in units:
        low_a, high_a = _reach(a, floors_a, ceilings_a, unit)
        low_b, high_b = _reach(b, floors_b, ceilings_b, unit)
        if low_b > FIGURE_RATIO * max(high_a, 1) or low_a > FIGURE_RATIO * max(high_b, 1):
            return True
    return False


#: Exact counts of one unit further apart than this ratio are two incidents, never
#: one disputed toll: outlets disagreeing on one attack give 16 and 22, 43 and
#: 112 (a running toll, see :mod:`sitrep.dedup.running`), not 1 and 51.
FAR_RATIO = 5.0


def _as_killed(values: set[tuple[str, int]]) -> set[tuple[str, int]]:
    """``values`` with "people" counted as killed where nothing else is: the events
    stage gives "51 civilians were killed in raids" the unit "people" when the
    verb is not next to the count, and one outlet's "1 killed" is no toll of it."""
    if any(u == "killed" for u, _ in values):
        return values
    return {("killed" if u == "people" else u, v) for u, v in values}


#: Victims named as a part of the dead ("two children were killed", "two medics
#: among"): such a count is no report's whole toll, however far below another's.
PART_WORDS = frozenset(
    {"child", "children", "kid", "kids", "baby", "babies", "infant", "infants",
     "woman", "women", "girl", "girls", "boy", "boys", "medic", "medics", "doctor",
     "doctors", "nurse", "nurses", "journalist", "journalists", "rescuer",
     "rescuers", "volunteer", "volunteers", "commander", "commanders", "student",
     "students", "teacher", "teachers", "worker", "workers", "relatives"}
)  # fmt: skip


def part_figure(text: str) -> bool:
    """A count of one group among the victims ("Two children", "three women")."""
    return any(w in PART_WORDS for w in text.casefold().split())


def figures_far(
    a: Figures,
    b: Figures,
    floors_a: Figures = frozenset(),
    floors_b: Figures = frozenset(),
    partial_a: Figures = frozenset(),
    partial_b: Figures = frozenset(),
) -> bool:
    """Some unit counted exactly by both with largest counts more than
    :data:`FAR_RATIO` apart, and no figure shared between the two.

    A unit with a floor (``floors_*``: "more than 30", "scores") in either report
    is not compared: a stray "3" beside "more than 30" is no toll, and the
    floor is no toll either ("two children were killed" among "more than 30").
    ``partial_*`` (counts over several days, a group among the dead: "two
    children") are left out. Years are left out (a dateline's "2016" read as a
    toll), and a shared figure of any unit ("two medics among 31 killed" and
    "2 killed") ties the reports.
    """
    if {v for _, v in a} & {v for _, v in b}:
        return False
    exact_a = _as_killed({(u, v) for u, v in a - floors_a - partial_a if not _year(v)})
    exact_b = _as_killed({(u, v) for u, v in b - floors_b - partial_b if not _year(v)})
    loose = {u for u, _ in _as_killed(set(floors_a)) | _as_killed(set(floors_b))}
    for unit in {u for u, _ in exact_a} & {u for u, _ in exact_b} - loose:
        high_a = max(v for u, v in exact_a if u == unit)
        high_b = max(v for u, v in exact_b if u == unit)
        if max(high_a, high_b) > FAR_RATIO * max(min(high_a, high_b), 1):
            return True
    return False


def highest(values: Figures, units: set[str]) -> int:
    """The largest figure of ``values`` for one of ``units`` (0 when none)."""
    return max((v for u, v in values if u in units), default=0)
