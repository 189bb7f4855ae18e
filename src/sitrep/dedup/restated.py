"""Two sentences of one article that tell one incident in other words.

The events stage merges most mentions of one incident, not all: a lead and a
recap further down ("A bomber blew up a truck at a checkpoint on Friday" /
"the toll from the March 9 bombing outside Homs has passed 80")
stay two events. Clustering keeps two sentences of one article apart unless
they retell one incident (:func:`sitrep.dedup.compat.retold`, alike in words
or one toll); :func:`restated` is the weaker reading used to let both into one
cluster when nothing in them tells two incidents apart. Without it, when one
joins another outlet's report the other drops out, and a reader (or a gold
pair) that picks the other mention sees the two outlets apart.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.dedup.compat import FACTUAL, SPOKEN, dated_apart
from sitrep.dedup.dates import Report, dates_compatible, one_day, told_later, undated
from sitrep.dedup.figures import counts_rose, figures_differ, numbers_differ
from sitrep.dedup.kinds import CAMPAIGN_WORDS
from sitrep.dedup.named_places import place_unstated
from sitrep.dedup.places import countries_differ, places_compatible, places_far
from sitrep.dedup.running import tolls_apart
from sitrep.dedup.sides import actor_ids, same_side
from sitrep.dedup.text import Idf, similarity
from sitrep.store.rows import StoredEvent
from sitrep.words import WEEKDAY_NAMES, weekday_before

# Words of a sentence that tells what keeps happening or a sum over time ("have
# regularly launched rockets", "350 killed since the ceasefire collapsed"), not
# one incident.
_HABITUAL = re.compile(
    r"\b(?:since|regularly|repeatedly|routinely|frequently|often|for (?:days|weeks|months|years)"
    r"|(?:has|have) been \w+ing)\b",
    re.IGNORECASE,
)


# A statement's day: "activists said Sunday", "the monitor reported on Monday".
_SAID_WEEKDAY = re.compile(
    r"\b(?:said|says|reported|announced|added|stated)\s+(?:on\s+|late\s+|early\s+)?("
    + "|".join(WEEKDAY_NAMES)
    + r")\b",
    re.IGNORECASE,
)


def told_before(a: Report, b: Report) -> bool:
    """An undated sentence was said on a weekday before the other's exact day: "23
    killed in strikes, activists said Sunday" does not retell Monday's convoy
    strike told further down the same article (what was said on Sunday is of
    Sunday or before). The weekday is the last on or before publication."""
    for said, other in ((a, b), (b, a)):
        if not undated(said.event) or not other.exact_day or other.interval is None:
            continue
        found = _SAID_WEEKDAY.search(said.sentence)
        if found is None or not said.event.published:
            continue
        try:
            published = dt.date.fromisoformat(said.event.published)
        except ValueError:
            continue
        if weekday_before(published, found.group(1)) < other.interval[0]:
            return True
    return False


# A weekday as the owner of the incident, as the time stage dated it: "Tuesdays
# alleged attack", "Wednesday's explosion".
_OWNED_DAY_TEXT = re.compile(
    r"^(?:" + "|".join(WEEKDAY_NAMES) + r")(?:s|'s|\u2019s)$", re.IGNORECASE
)


def referred_back(a: Report, b: Report) -> bool:
    """A later sentence of the article names an incident by its day ("the scene of
    Fridays reported raid", "Wednesdays explosion happened while ...") and an
    earlier one tells an incident of that type on that day: the possessive refers
    back to it, as a reader takes it, however few words the two share or however
    vaguely the earlier one is placed ("a Kurdish-held town in Syria"). The two must
    be of one country and province where both are placed below country level,
    and their counts must not differ."""
    if a.event.document_id != b.event.document_id:
        return False
    first, later = (a, b) if a.event.sentence.start < b.event.sentence.start else (b, a)
    date = later.event.date
    owned = date is not None and _OWNED_DAY_TEXT.match(date.text.strip()) is not None
    # A known incident told on a statement's day ("people hurt in an attack which
    # killed scores ..., officials said on Friday") refers to the article's
    # incident of the days before, wherever in the article each sentence stands.
    if not (owned or told_later(a) or told_later(b)):
        return False
    if not (first.exact_day and later.exact_day and one_day(first, later)):
        return False
    # Not the radius test: "Syrias Idlib" read as the city is the province's
    # town of the later sentence. Two provinces, or two countries named below
    # country level, are two incidents; a bare country is the place reader's
    # weakest guess (a sentence on "the debate" placed in the United Kingdom).
    ea, eb = first.event, later.event
    la, lb = ea.location, eb.location
    if la is None or lb is None or "country" in (la.precision, lb.precision):
        pass
    elif countries_differ(ea, eb) or (la.admin1 and lb.admin1 and la.admin1 != lb.admin1):
        return False
    if not figures_differ(first.figures - first.floors, later.figures - later.floors):
        return True
    # A statement made days after the incident gives the toll as it then stood
    # ("546 people have been injured", a UN agency said on Thursday, of Tuesday's
    # attack first told with 200 injured): counts that only rose are its update.
    return any(
        told_later(told) and not told_later(other) and counts_rose(other.figures, told.figures)
        for told, other in ((first, later), (later, first))
    )


def _placed_alike(a: Report, b: Report) -> bool:
    """Where the two sentences' incidents happened does not tell them apart.

    A country-level place or none says nothing of where: two incidents of one day
    elsewhere in the country would pass. Two places that do not fit are two
    incidents, unless one of them is a town its sentence does not name (the
    article's main town, a guess). Either way, both told on one stated day with one
    armed party's side named as the victims (:func:`_one_victim`) is one incident
    told twice: a lead on coalition jets killing dozens of army soldiers and, far
    below, Moscow's count of the soldiers the Saturday raids killed, a sentence
    that names no town (on FA-KES dev: such an air-base strike and a helicopter's
    downing, told as its crew's toll; one more merged pair with a campaign already
    in the downing's cluster).
    """
    ea, eb = a.event, b.event
    la, lb = ea.location, eb.location
    one_victim = a.exact_day and b.exact_day and _one_victim(ea, eb)
    if la is None or lb is None or "country" in (la.precision, lb.precision):
        return one_victim
    if countries_differ(ea, eb) or not places_compatible(ea, eb) or places_far(ea, eb):
        return one_victim and (place_unstated(a) or place_unstated(b))
    return True


def _one_victim(a: StoredEvent, b: StoredEvent) -> bool:
    """Both name one armed party's side, not civilians, as the victims (army soldiers
    in a lead and again in a later sentence's toll of the same day's raids)."""
    ta, tb = actor_ids(a, b, "target_actor")
    if not (ta and tb) or ta in _UNARMED_VICTIMS or tb in _UNARMED_VICTIMS:
        return False
    return same_side(ta, tb)


#: Victims named in most attacks an article tells: no tie between two sentences.
_UNARMED_VICTIMS = frozenset({"CIVILIANS", "PROTESTERS"})


def campaign(event: StoredEvent) -> bool:
    """The event's trigger names fighting over days (:data:`CAMPAIGN_WORDS`)."""
    return event.trigger.text.casefold().strip() in CAMPAIGN_WORDS


#: Likeness of wording (:func:`sitrep.dedup.text.similarity`) two sentences of one
#: article need to be read as one incident by :func:`restated`: low, as a recap
#: rewords its lead ("a bomber blew up a truck at a checkpoint" / "the toll from
#: the bombing ... has passed 80"); the other conditions carry the rest.
RESTATED_SIMILARITY = 0.15


def restated(a: Report, b: Report, idf: Idf | None = None) -> bool:
    """Two sentences of one article that tell one incident in other words.

    Nothing in them tells two apart: one type (not a statement: see
    :func:`sitrep.dedup.compat.two_speakers`), both dated within a week and on
    one day (or overlapping dates), both placed below country level in places
    within each other's radius, one perpetrator where both name one, no two
    exact counts or two sets of numbers, neither the trigger of fighting over
    days (:data:`CAMPAIGN_WORDS`) nor a sentence of what keeps happening
    (``_HABITUAL``), neither said on a day before the other's
    (:func:`told_before`); and they share some words
    (:data:`RESTATED_SIMILARITY`). A later sentence that names its incident by
    the day (:func:`referred_back`) restates on that rule's own terms (one
    type and day, one province, no differing counts), whatever the wording.
    Weaker than :func:`sitrep.dedup.compat.retold`, which asks for alike
    wording or one toll stated twice. On the FA-KES dev store it added 49
    merged document pairs; 30 read: 27 one incident, 3 not.
    """
    ea, eb = a.event, b.event
    if ea.type.upper() != eb.type.upper() or ea.type.upper() in SPOKEN or a.vague or b.vague:
        return False
    if dated_apart(ea, eb):
        return False
    if campaign(ea) or campaign(eb) or (ea.modality in FACTUAL) != (eb.modality in FACTUAL):
        return False
    if referred_back(a, b):
        return True
    if _HABITUAL.search(a.sentence) or _HABITUAL.search(b.sentence):
        return False
    if a.exact_day and b.exact_day:
        if not one_day(a, b):
            return False
    elif not dates_compatible(a, b, slack_days=0) or told_before(a, b):
        # One article reads both dates against one publication date: the slack
        # for other outlets' datelines does not apply ("last week" and "on
        # Tuesday" of this week are two times).
        return False
    if not _placed_alike(a, b):
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
