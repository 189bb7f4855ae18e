"""A running toll: a later, higher count of one incident is not another incident.

"Toll ... reaches 38" on Saturday and "the number of dead has climbed to 95"
on Monday count one bombing's dead. The figure-ratio rule
(:func:`sitrep.dedup.figures.figures_apart`) reads two counts that far apart as
two incidents; a higher count that says it is a risen toll and came out later
is an update instead.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.dedup.dates import HEADLINE_CHARS, Report
from sitrep.dedup.figures import Figures, figures_apart, figures_differ, figures_far, highest
from sitrep.events.tolls import risen_toll
from sitrep.store.rows import StoredEvent

#: Days after the first count within which a risen toll ("the toll rose to 112")
#: is read as a later count of the same incident (final tolls, a UN count, come
#: out days after the first reports).
RUNNING_TOLL_DAYS = 7


def _published(event: StoredEvent) -> dt.date | None:
    try:
        return dt.date.fromisoformat(event.published) if event.published else None
    except ValueError:
        return None


def _updates(high: Report, low: Report) -> bool:
    """``high`` tells a risen toll (:func:`sitrep.events.tolls.risen_toll`, the events
    stage's detector) published on the day of ``low`` or up to
    :data:`RUNNING_TOLL_DAYS` after it."""
    if not risen_toll(high.sentence):
        return False
    day_high, day_low = _published(high.event), _published(low.event)
    if day_high is None or day_low is None:
        return False
    return 0 <= (day_high - day_low).days <= RUNNING_TOLL_DAYS


def tolls_apart(a: Report, b: Report) -> bool:
    """Figures further apart than their ratio allows (:func:`figures_apart`), unless
    the higher one is a running toll counted later: "hits 43" on Saturday and "the
    toll rose to 112" on Sunday are one bombing's dead, not two bombings; or the
    lower one says it is a first count (:func:`provisional`). A count of one group
    among the dead ("two children were killed", :attr:`Report.parts`) is a floor of
    the toll, as "more than two" would be."""
    floors_a, floors_b = a.floors | a.parts, b.floors | b.parts
    if not figures_apart(a.figures, b.figures, floors_a, floors_b, a.ceilings, b.ceilings):
        return False
    if deaths_agree(a, b):
        return False
    return not (_update(a, b) or _first_count(a, b))


# A count that says it will grow: "the initial toll", "a preliminary count", "the
# toll is expected to rise", "the number of dead could climb". Another report's
# higher count of the incident is then a later count, not another incident.
_PROVISIONAL = re.compile(
    r"\b(?:initial|preliminary|provisional|early|first)\s+(?:death\s+)?"
    r"(?:toll|count|tally|figures?)\b"
    r"|\b(?:toll|number|count|tally|figures?|dead|casualties)\b.{0,60}?"
    r"\b(?:expected|likely|feared|set|could|may|might|will|would)\s+(?:\w+\s+)?(?:to\s+)?"
    r"(?:rise|climb|increase|grow)\b",
    re.IGNORECASE,
)


def provisional(report: Report) -> bool:
    """The report's count is a first one that may grow (``_PROVISIONAL``), said in its
    sentence or, for the article's headline and lead sentence, in its title and
    opening (a lead's toll is often qualified in the next sentence: "the number
    was expected to rise")."""
    if _PROVISIONAL.search(report.sentence):
        return True
    return report.event.sentence.start < HEADLINE_CHARS and bool(_PROVISIONAL.search(report.lead))


def _first_count(a: Report, b: Report) -> bool:
    """The report with the lower figure says its count is provisional."""
    units = {u for u, _ in a.figures} & {u for u, _ in b.figures}
    high_a, high_b = highest(a.figures, units), highest(b.figures, units)
    if high_a > high_b:
        return provisional(b)
    if high_b > high_a:
        return provisional(a)
    return False


#: The unit of a death toll, the figure that identifies an incident.
DEATHS = "killed"


def _of_unit(figures: Figures, unit: str) -> Figures:
    return frozenset(f for f in figures if f[0] == unit)


def deaths_agree(a: Report, b: Report) -> bool:
    """Both reports give one death toll (equal, or one rounded from the other:
    :func:`sitrep.dedup.figures.figures_differ`): then their other counts (the
    wounded, "over 100 injured" against "dozens wounded") differing is no sign of
    two incidents. Outlets count the wounded loosely and the count grows for
    days; the death toll is the figure an incident is known by."""
    da, db = _of_unit(a.figures, DEATHS), _of_unit(b.figures, DEATHS)
    return bool(da and db) and not figures_differ(da, db)


def tolls_far(a: Report, b: Report) -> bool:
    """Exact counts too far apart for one incident (:func:`figures_far`), unless the
    higher is a running toll counted later (as in :func:`tolls_apart`)."""
    if not a.figures or not b.figures:
        return False
    parts_a, parts_b = a.ceilings | a.parts, b.ceilings | b.parts
    if not figures_far(a.figures, b.figures, a.floors, b.floors, parts_a, parts_b):
        return False
    return not _update(a, b)


def _update(a: Report, b: Report) -> bool:
    """The report with the higher figure updates the other (:func:`_updates`)."""
    units = {u for u, _ in a.figures} & {u for u, _ in b.figures}
    high_a, high_b = highest(a.figures, units), highest(b.figures, units)
    if high_a > high_b:
        return _updates(a, b)
    if high_b > high_a:
        return _updates(b, a)
    return False
