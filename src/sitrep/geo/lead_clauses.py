"""A lead that joins a deadly event and a territorial one: the deaths are its main event.

Round-up headlines often join two stories of different provinces: "28 killed
in Idlib, army regains several towns in Hama", "Army retakes Qaryatain in
Homs, kills over 50 in Hama". News ranks deaths above ground gained or lost,
and the report's main event is the deadly one; the place of the gain is a
second story. Headlines are often in title case without commas, which the
parser reads badly, so each place is tied to the nearest word before it that
tells a kind of event (a death word or a word of taking ground), not to its
syntactic head.

:func:`gain_places` marks, in the lead, the places of a territorial clause
when another place of the lead, in another first-level division, follows a
death word. :func:`sitrep.geo.main_location` gives them no lead bonus.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sitrep.model import Place

#: Word forms (lower case, headline inflections included) that report deaths or
#: wounded: the event a report leads with.
DEATH_WORDS = frozenset(
    {"kill", "kills", "killed", "killing", "dead", "die", "dies", "died", "death",
     "deaths", "massacre", "massacred", "execute", "executes", "executed", "behead",
     "beheads", "beheaded", "wound", "wounds", "wounded", "injure", "injures",
     "injured", "casualties", "toll"}
)  # fmt: skip
#: Word forms that report ground taken, held or given up, without deaths.
GAIN_WORDS = frozenset(
    {"retake", "retakes", "retook", "retaken", "regain", "regains", "regained",
     "recapture", "recaptures", "recaptured", "capture", "captures", "captured",
     "seize", "seizes", "seized", "liberate", "liberates", "liberated", "restore",
     "restores", "restored", "advance", "advances", "advanced", "take", "takes",
     "took", "control", "controls", "enter", "enters", "entered", "withdraw",
     "withdraws", "withdrew", "push", "pushes", "pushed"}
)  # fmt: skip


def gain_places(
    doc: Doc | None, places: list[Place], lead_end: int, division: list[object]
) -> list[bool]:
    """Per place, True for a lead place whose nearest event word before it tells a
    gain of ground ("Army regains towns in Hamah") while a lead place of another
    division (``division``: each place's first-level division) follows a death
    word ("28 killed in Idleb"); False elsewhere."""
    out = [False] * len(places)
    lead = [k for k, p in enumerate(places) if p.start < lead_end and p.how != "demonym"]
    if doc is None or len(lead) < 2:
        return out
    arrays = doc_arrays(doc)
    end = bisect_left(arrays.idx, lead_end)
    lower = arrays.lower
    kinds: dict[int, str] = {}
    for k in lead:
        first = bisect_right(arrays.idx, places[k].start, hi=end) - 1
        for i in range(first - 1, -1, -1):
            if lower[i] in DEATH_WORDS:
                kinds[k] = "death"
                break
            if lower[i] in GAIN_WORDS:
                kinds[k] = "gain"
                break
    deadly = {division[k] for k, kind in kinds.items() if kind == "death"}
    for k, kind in kinds.items():
        if kind == "gain" and deadly - {division[k]}:
            out[k] = True
    return out
