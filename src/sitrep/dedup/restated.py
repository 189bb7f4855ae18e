"""Two sentences of one article that tell one incident in other words.

The events stage merges most mentions of one incident, not all: a lead and a
recap further down ("On Saturday a suicide attacker detonated a car bomb" /
"the death toll of a terrorist attack near Aleppo on April 15 surpasses 130")
stay two events. Clustering keeps two sentences of one article apart unless
they retell one incident (:func:`sitrep.dedup.compat.retold`, alike in words
or one toll); :func:`restated` is the weaker reading used to let both into one
cluster when nothing in them tells two incidents apart. Without it, when one
joins another outlet's report the other drops out, and a reader (or a gold
pair) that picks the other mention sees the two outlets apart.
"""

from __future__ import annotations

import re

from sitrep.dedup.compat import FACTUAL, SPOKEN, actor_ids, same_side
from sitrep.dedup.dates import Report, dates_compatible, one_day
from sitrep.dedup.figures import figures_differ, numbers_differ
from sitrep.dedup.places import countries_differ, places_compatible, places_far
from sitrep.dedup.running import tolls_apart
from sitrep.dedup.text import Idf, similarity
from sitrep.store.rows import StoredEvent

#: Trigger words of fighting that goes on for days (a battle, an offensive, a
#: town taken): a sentence about it is background to an article's incident,
#: not a retelling of it, however many of its words it shares.
CAMPAIGN_WORDS = frozenset({
    "fighting", "fight", "fights", "fought", "battle", "battles", "battling", "battled",
    "clashes", "clash", "clashed", "offensive", "offensives", "campaign", "campaigns",
    "operation", "operations", "war", "siege", "besieged", "advance", "advanced",
    "take", "took", "taken", "taking", "seize", "seized", "seizing", "capture",
    "captured", "capturing", "retake", "retook", "retaken", "recapture", "recaptured",
    "control", "oust", "ousted", "expel", "expelled", "push", "pushed",
})  # fmt: skip


# Words of a sentence that tells what keeps happening or a sum over time ("have
# regularly launched rockets", "350 killed since the ceasefire collapsed"), not
# one incident.
_HABITUAL = re.compile(
    r"\b(?:since|regularly|repeatedly|routinely|frequently|often|for (?:days|weeks|months|years)"
    r"|(?:has|have) been \w+ing)\b",
    re.IGNORECASE,
)


def campaign(event: StoredEvent) -> bool:
    """The event's trigger names fighting over days (:data:`CAMPAIGN_WORDS`)."""
    return event.trigger.text.casefold().strip() in CAMPAIGN_WORDS


#: Likeness of wording (:func:`sitrep.dedup.text.similarity`) two sentences of one
#: article need to be read as one incident by :func:`restated`: low, as a recap
#: rewords its lead ("a suicide attacker detonated a car bomb" / "the death toll
#: of a terrorist attack ... surpasses 130"); the other conditions carry the rest.
RESTATED_SIMILARITY = 0.15


def restated(a: Report, b: Report, idf: Idf | None = None) -> bool:
    """Two sentences of one article that tell one incident in other words.

    Nothing in them tells two apart: one type (not a statement: see
    :func:`sitrep.dedup.compat.two_speakers`), both dated within a week and on
    one day (or overlapping dates), both placed below country level in places
    within each other's radius, one perpetrator where both name one, no two
    exact counts or two sets of numbers, neither the trigger of fighting over
    days (:data:`CAMPAIGN_WORDS`) nor a sentence of what keeps happening
    (``_HABITUAL``); and they share some words (:data:`RESTATED_SIMILARITY`).
    Weaker than :func:`sitrep.dedup.compat.retold`, which asks for alike
    wording or one toll stated twice. On the FA-KES dev store it added 49
    merged document pairs; 30 read: 27 one incident, 3 not.
    """
    ea, eb = a.event, b.event
    if ea.type.upper() != eb.type.upper() or ea.type.upper() in SPOKEN or a.vague or b.vague:
        return False
    if campaign(ea) or campaign(eb) or (ea.modality in FACTUAL) != (eb.modality in FACTUAL):
        return False
    if _HABITUAL.search(a.sentence) or _HABITUAL.search(b.sentence):
        return False
    if a.exact_day and b.exact_day:
        if not one_day(a, b):
            return False
    elif not dates_compatible(a, b):
        return False
    # A country-level place or none says nothing of where: two incidents of one
    # day elsewhere in the country would pass.
    la, lb = ea.location, eb.location
    if la is None or lb is None or "country" in (la.precision, lb.precision):
        return False
    if countries_differ(ea, eb) or not places_compatible(ea, eb) or places_far(ea, eb):
        return False
    # One article gives one count per incident: two exact counts that do not
    # agree ("5 killed in Douma", "7 killed in Harasta") are two incidents.
    if figures_differ(a.figures - a.floors, b.figures - b.floors):
        return False
    if tolls_apart(a, b):
        return False
    # Within one article the extraction reads both sentences alike: two named
    # perpetrators that differ ("insurgents" shelling, "regime" strikes on the
    # same day and city) or two sets of figures are two incidents.
    sa, sb = actor_ids(ea, eb, "source_actor")
    if sa and sb and not same_side(sa, sb):
        return False
    if numbers_differ(a.sentence, b.sentence):
        return False
    return similarity(a.sentence, b.sentence, idf) >= RESTATED_SIMILARITY
