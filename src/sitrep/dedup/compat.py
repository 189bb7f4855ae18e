"""When two event reports can be the same event, and how strongly they look alike.

Hard constraints (any one fails: never the same event): same type, different
documents (or one sentence of one document, or two sentences of one that retell
one incident), compatible modality, one speaker for a statement (an accusation,
a request: another speaker is another statement), overlapping dates (some
reading of each: see :mod:`sitrep.dedup.dates`), not two running counts of a
campaign with different figures on different days (:mod:`sitrep.dedup.cumulative`),
not one day's different tolls at places beyond their radius (or a town on the
other side of a country a regional phrase names: :mod:`sitrep.dedup.regions`),
places within one province (:mod:`sitrep.dedup.places`) unless both reports are
vague background,
one sentence is a copy of the other, or both state one toll on one day.
Then a score: sentence similarity plus small bonuses for specific agreement
(same day, rare words shared on that day or, more of them, with an undated
report published in the days after it or one naming a recent month that holds
the day, same place, same figure, same actors;
for two reports dated only to one month, that month at one place)
and costs for disagreement (an actor named only as the teller, "activists
say", disagrees with no one), for statements, aid and other non-violent types
(one official's reports of one day share their words without being one
happening) and for two sentences that only refer back to "the attack"
(:mod:`sitrep.dedup.anaphora`).
Conflicting actors and places beyond their precision's radius are not hard
constraints: outlets blaming different sides or naming different towns for one
strike is a disagreement to show (and often the extraction's misreading), not
a different event; they cost score instead. One state's government and its
forces count as one actor; an unnamed one ("29 people") agrees or conflicts
with no one.
"""

from __future__ import annotations

from functools import lru_cache

from sitrep.dedup.anaphora import both_refer_back
from sitrep.dedup.background import ONE_CLAIM_SCORE, claims_apart, one_claim
from sitrep.dedup.concepts import phrase_concepts, weapons_differ
from sitrep.dedup.countries import countries_stated_apart
from sitrep.dedup.cumulative import counts_apart
from sitrep.dedup.dates import (
    HEADLINE_CHARS,
    Report,
    dates_compatible,
    day_in_span,
    day_in_window,
    one_day,
    one_month,
    week_and_day,
)
from sitrep.dedup.figures import (
    SHARED_COUNTS,
    figures_differ,
    numbers_differ,
    same_numbers,
    same_toll,
    shared_counts,
)
from sitrep.dedup.hedges import hedged_past, presupposed, purpose_of
from sitrep.dedup.incidents import count_and_incident, tolls_elsewhere
from sitrep.dedup.kinds import SAID, SPOKEN
from sitrep.dedup.named import named_days_apart
from sitrep.dedup.named_places import guessed_places, places_disputed
from sitrep.dedup.places import (
    both_countries,
    countries_differ,
    places_compatible,
    places_far,
    same_place,
)
from sitrep.dedup.regions import regions_apart
from sitrep.dedup.running import tolls_apart, tolls_far
from sitrep.dedup.sides import actor_ids, same_side, speaker
from sitrep.dedup.text import (
    Idf,
    anchors,
    copied,
    profile,
    retelling,
    similarity,
    weighted_overlap,
    words_of,
)
from sitrep.store.rows import StoredEvent

__all__ = [
    "FAR_PLACE_PENALTY",
    "SAID",
    "SPOKEN",
    "TARGET_CONFLICT_PENALTY",
    "Report",
    "compatible",
    "conflict",
    "count_and_incident",
    "dated_apart",
    "dates_compatible",
    "retold",
    "same_side",
    "score",
    "score_terms",
    "tolls_elsewhere",
    "two_incidents",
    "two_speakers",
    "week_and_day",
]

#: Score taken off two reports whose places lie beyond their radius
#: (:func:`sitrep.dedup.places.places_far`).
FAR_PLACE_PENALTY = 0.3
#: Score taken off reports naming different targets (not one state's government
#: and forces). Not a hard constraint: the actors stage reads one strike's
#: victims as "civilians" in one report and "rebels" or "the children of
#: rebels" in another, and a misread target must not split an event.
TARGET_CONFLICT_PENALTY = 0.2
#: Score taken off vague reports that do not give the same figures.
VAGUE_PENALTY = 0.2
#: Bonus for two reports dated to the same exact day.
SAME_DAY_BONUS = 0.1
#: Bonus for two reports dated to one month at one place (:func:`one_month`),
#: which are vague but not background.
SAME_MONTH_BONUS = 0.1
#: Bonus for two reports of one exact day that share :data:`ANCHOR_WORDS` rare
#: words (:func:`sitrep.dedup.text.anchors`).
ANCHOR_BONUS = 0.2
#: Rare words two reports of one day must share for :data:`ANCHOR_BONUS`.
ANCHOR_WORDS = 2
#: Rare words an undated report and one of a day in its window must share for
#: :data:`ANCHOR_BONUS` (:func:`sitrep.dedup.dates.day_in_window`).
UNDATED_ANCHOR_WORDS = 3
#: Score taken off two reports dated to two different exact days.
OTHER_DAY_PENALTY = 0.2
#: Score taken off a report of a stated day and one of a stated week or so
#: (:func:`week_and_day`) that share fewer than :data:`ANCHOR_WORDS` rare words.
WEEK_COST = 0.1
#: Weight of the documents' title+lead overlap (0..1) added to the score.
LEAD_WEIGHT = 0.3
#: Score taken off reports placed in different countries (one place coarse).
#: Small: the country-level place is most often the geoparser's reading of a
#: nationality ("US-led strikes" placed in the United States), and a larger cost
#: kept such reports out of their incident's cluster on FA-KES dev.
COUNTRY_PENALTY = 0.05
#: Score taken off two articles of one outlet published on different days.
SAME_OUTLET_PENALTY = 0.35
#: Score taken off reports whose figures are further apart than
#: :data:`sitrep.dedup.figures.FIGURE_RATIO`.
FIGURES_APART_PENALTY = 0.3

#: Score taken off two reports of a :data:`SAID` type. An official says and does
#: many alike things on one day (a governor inspects a school, then provides for
#: a family; a ministry asks a UN team to look into new claims while it studies
#: old ones); unlike a strike, no place, toll or target ties the two, so more of
#: their words must agree. Small: statements of one attack (denials on three
#: days, accusations by one opposition in other words) are one event (the
#: hand checks' labelling rule), and a cost of 0.1 split 20 such merged pairs
#: on the FA-KES dev store; 0.04 removed only two pairs, both two acts of one
#: official or ministry.
SAID_COST = 0.04
#: Score taken off two reports that name only weapons delivered in different ways
#: (:func:`sitrep.dedup.concepts.weapons_differ`: barrel bombs against rocket
#: fire): one side's air raid and the other side's shelling of one city on one
#: day read alike in every other word ("15 civilians were killed on Thursday in
#: ... on the neighbourhood"). Tuned on the FA-KES dev store (session 26): at 0.2
#: such a pair (a barrel bomb on one district, rocket fire on others, one Thursday,
#: one figure in common) still scored 0.55 and merged; 0.3 splits it and moves no
#: other merged pair (0.4 moves the same one).
WEAPON_CONFLICT_PENALTY = 0.3
#: Score taken off two reports that both only refer back to their articles'
#: events and are not copies (:func:`sitrep.dedup.anaphora.both_refer_back`).
BACK_REFERENCE_COST = 0.1

# Modalities that describe something that happened (historical = told as past).
FACTUAL = frozenset({"asserted", "historical"})


def factual(report: Report) -> bool:
    """Told as having happened: asserted, historical, doubted only in a detail of a
    past happening ("may have been killed": :func:`hedged_past`), the act that
    has a purpose ("the airstrike was intended to target": :func:`purpose_of`), or
    a happening that a response under a modal or negation takes as given ("should
    be investigated following an attack on a convoy": :func:`presupposed`)."""
    return (
        report.event.modality in FACTUAL
        or hedged_past(report)
        or purpose_of(report)
        or presupposed(report)
    )


def two_incidents(a: StoredEvent, b: StoredEvent) -> bool:
    """Two events of one article that must stay in different clusters.

    Within one article only mentions in one sentence ("16 dead in heavy
    bombardment") are taken as one incident; two sentences of an article
    usually tell two incidents, and merging them would chain clusters. The
    exception is the headline and the first sentence (both starting within
    :data:`HEADLINE_CHARS`): the lead retells the headline's event, and the
    events stage does not always merge the two.

    One sentence does tell two incidents where the time stage dated its two
    events to two days (:func:`dated_apart`: "shelled the suburbs on Thursday, a
    day after ... gassing hundreds").
    """
    if a.document_id != b.document_id:
        return False
    if a.sentence == b.sentence:
        return dated_apart(a, b)
    return max(a.sentence.start, b.sentence.start) >= HEADLINE_CHARS


def dated_apart(a: StoredEvent, b: StoredEvent) -> bool:
    """Two events of one sentence dated to two different days: the sentence orders
    two happenings ("a day after ..."), which no retelling joins."""
    da, db = a.date, b.date
    return (
        a.sentence == b.sentence
        and da is not None
        and db is not None
        and da.precision == db.precision == "day"
        and da.end is None
        and db.end is None
        and da.value != db.value
    )


#: Similarity at which two sentences of one article retell one incident (a
#: repeated paragraph, a lead restated further down) rather than tell two.
RETOLD_SIMILARITY = 0.45


def retold(a: Report, b: Report, idf: Idf | None) -> bool:
    """Two sentences of one article that :func:`two_incidents` separates but that
    tell one incident: alike in words, on one day, in one place, with one toll.

    The events stage does not merge every restatement (a repeated paragraph, a
    toll given in the lead and again with details); keeping them in two
    clusters would also keep every other outlet's report out of one of them.
    A place conflict counts only where neither sentence names the other's place
    (:func:`sitrep.dedup.named_places.places_disputed`: "a car bomb went off
    in the town of Tal Abyad, Raqqa province" placed at Raqqa, "a blast in
    Tal Abyad" below); a wounded count does not where the death tolls agree
    (:func:`sitrep.dedup.running.deaths_agree`).
    """
    if dated_apart(a.event, b.event):
        return False
    if a.exact_day and b.exact_day and not one_day(a, b):
        return False
    if places_disputed(a, b) or tolls_apart(a, b):
        return False
    # One toll stated twice ("23 dead as ..." in the headline, "fighting in
    # which 23 people died" below) is one incident however the two
    # sentences are worded.
    if same_toll(a.figures, b.figures, a.sentence, b.sentence):
        return True
    return similarity(a.sentence, b.sentence, idf) >= RETOLD_SIMILARITY


def two_speakers(a: StoredEvent, b: StoredEvent) -> bool:
    """Two statements (PLOVER's verbal types) by different speakers: never one event,
    however alike ("the opposition accuses" and "Washington accuses" of one attack)."""
    sa, sb = actor_ids(a, b, "source_actor")
    return a.type.upper() in SPOKEN and bool(sa and sb) and not same_side(sa or "", sb or "")


def compatible(a: Report, b: Report, idf: Idf | None = None) -> bool:
    """Hard constraints: can these two reports describe one event at all?"""
    return conflict(a, b, idf) is None


def conflict(a: Report, b: Report, idf: Idf | None = None) -> str | None:
    """The name of the first hard constraint the two reports fail, or None when
    they are :func:`compatible` (the names: sitrep.dedup.explain.CONSTRAINTS)."""
    ea, eb = a.event, b.event
    if ea.type.upper() != eb.type.upper():
        return "type"
    if one_claim(a, b) or claims_apart(a, b):
        # A war's running toll (sitrep.dedup.background): its figure decides.
        if one_claim(a, b) and ea.modality in FACTUAL and eb.modality in FACTUAL:
            return None
        return "background_claims"
    if two_incidents(ea, eb) and not retold(a, b, idf):
        return "two_incidents"
    if factual(a) != factual(b):
        return "modality"
    if two_speakers(ea, eb):
        return "two_speakers"
    if not dates_compatible(a, b):
        return "dates"
    if named_days_apart(a, b):
        return "named_days"
    if counts_apart(a, b):
        return "counts_apart"
    if count_and_incident(a, b):
        return "count_and_incident"
    if tolls_elsewhere(a, b):
        return "tolls_elsewhere"
    if tolls_far(a, b):
        return "tolls_far"
    if countries_stated_apart(a, b):
        return "countries"
    return None if _places_fit(a, b, idf) else "places"


def _places_fit(a: Report, b: Report, idf: Idf | None) -> bool:
    """The last constraint of :func:`conflict`: places that may name one spot."""
    ea, eb = a.event, b.event
    # Background told over months or years ("locked in civil war since early
    # 2011") is placed wherever the article is about; its place says nothing.
    # A sentence copied between outlets tells one thing wherever the geoparser
    # put each copy (the two articles' other place names pull it apart).
    # One day and one toll stated in both sentences ("at least 70 killed" on 30
    # June) is one incident wherever the geoparser put each report (a headline's
    # "north of Aleppo" read as another region): the place conflict costs score.
    # Two events of one sentence share it trivially: "copied" says nothing of
    # them ("Wednesdays explosion in Qamishli happened while the army kept up
    # its offensive on Aleppo" tells two events in two places). Towns neither
    # sentence names (guesses from the articles around them) yield to one toll,
    # and past an article's lead to nothing at all.
    return (
        (a.vague and b.vague)
        or places_compatible(ea, eb)
        or (
            ea.document_id != eb.document_id
            and (copied(a.sentence, b.sentence) or retelling(a.sentence, b.sentence, idf))
        )
        or (one_day(a, b) and same_toll(a.figures, b.figures, a.sentence, b.sentence))
        or guessed_places(a, b)
    )


def _lead_overlap(a: Report, b: Report, idf: Idf | None) -> float:
    if not a.lead or not b.lead or a.event.document_id == b.event.document_id or idf is None:
        return 0.0
    return weighted_overlap(profile(a.lead).stems, profile(b.lead).stems, idf)


def score(a: Report, b: Report, idf: Idf | None = None) -> float:
    """Sentence similarity adjusted for specific agreement; call only when compatible."""
    terms = score_terms(a, b, idf)
    value = terms[0][1]
    for _, delta in terms[1:]:
        value += delta  # in order, as the terms were found: the same float every time
    return value


Terms = list[tuple[str, float]]


@lru_cache(maxsize=16384)
def _weapon_stems(sentence: str) -> frozenset[str]:
    """The sentence's stems with the concepts of its two-word weapon names ("air
    strikes": :func:`sitrep.dedup.concepts.phrase_concepts`), for how its weapons
    are delivered. Only there: as words of likeness they joined strikes of other
    days (a near-miss pair among them)."""
    return profile(sentence).stems | phrase_concepts(words_of(sentence))


def score_terms(a: Report, b: Report, idf: Idf | None = None) -> Terms:
    """:func:`score` as named parts (sentence similarity first, then each bonus or
    cost that applies), so sitrep.dedup.explain can say what kept a pair apart."""
    value = similarity(a.sentence, b.sentence, idf)
    ea, eb = a.event, b.event
    if one_claim(a, b):
        return [("one_claim", max(value, ONE_CLAIM_SCORE))]
    if a.vague or b.vague:
        # Background tolls differ from one article to the next (310000, then
        # 340000): different figures are different claims, not a dispute.
        if figures_differ(a.figures, b.figures) or numbers_differ(a.sentence, b.sentence):
            return [("vague_figures", 0.0)]
        if same_numbers(a.sentence, b.sentence):
            # One background claim with one toll ("over 310000 dead since
            # 2011") told by two outlets in their own words: the same claim.
            if (
                day_in_span(a, b)
                and same_place(ea, eb)
                and same_toll(a.figures, b.figures, a.sentence, b.sentence)
            ):
                # An incident named by its month with its toll ("a truck bomb
                # that killed 14 in Qamishli in May") against the news of its day
                # at that town with that toll: the toll is the evidence the rare
                # words are for :func:`anchors` below. On FA-KES dev this joins
                # one cross-outlet pair (a July bombing in Hasaka, read as right)
                # and moves no labelled pair (session 30).
                return [("similarity", value), ("anchors", ANCHOR_BONUS)]
            return [("similarity", value)]
        # Background retold in nearly one wording ("mines left behind by the
        # fighters have held up the push for weeks") is one claim without figures.
        if one_month(a, b) and same_place(ea, eb):
            # One month and one town or district: an operation or incident of
            # that month recalled by two outlets ("launched the offensive on
            # Raqqa in November 2016"), scored as reports of one day are, less
            # the day's bonuses. On FA-KES dev this joins 10 cross-outlet pairs,
            # all read as right (session 21), and no other pair.
            lead = LEAD_WEIGHT * _lead_overlap(a, b, idf)
            return [("similarity", value), ("same_month", SAME_MONTH_BONUS), ("lead", lead)]
        if (
            idf is not None
            and day_in_span(a, b)
            and anchors(a.sentence, b.sentence, idf) >= UNDATED_ANCHOR_WORDS
        ):
            # An incident named by its month ("the bombing of a UN convoy near
            # Aleppo last month") against a report of its day told as news: the
            # rare words are the evidence, as for an undated report. On FA-KES dev
            # this joins 25 cross-outlet pairs (24 of the September 2016 convoy
            # bombing, 1 of a September 2014 bombing of a rebel leadership
            # meeting), all read as right, and moves no labelled pair (session
            # 22). Without day_in_span's campaign-word and news limits it also
            # joined an offensive's start to its days of raids and the war's
            # first protests told as background.
            return [("similarity", value), ("anchors", ANCHOR_BONUS)]
        vague = 0.0 if retelling(a.sentence, b.sentence, idf) else -VAGUE_PENALTY
        return [("similarity", value), ("vague", vague)]
    terms: Terms = [("similarity", value)]
    anchored = False  # one stated day and rare words in common
    if a.exact_day and b.exact_day:
        # Two explicit, different days are usually two incidents (a campaign's
        # strikes on Monday and on Tuesday); the slack in dates_compatible is
        # for time zones and misread weekdays, so it costs score.
        same_day = one_day(a, b)
        terms.append(("same_day" if same_day else "other_day",
                      SAME_DAY_BONUS if same_day else -OTHER_DAY_PENALTY))  # fmt: skip
        if same_day and idf is not None:
            # One day and two rare words in common (a village, "convoy"): the
            # sentences' other words (who said it, what else happened) dilute
            # their similarity but not this evidence.
            anchored = anchors(a.sentence, b.sentence, idf) >= ANCHOR_WORDS
            terms.append(("anchors", ANCHOR_BONUS * anchored))
    elif idf is not None and day_in_window(a, b):
        # The undated report may be of that day: the rare words are the evidence,
        # and more of them are needed than for two reports of one stated day.
        found = anchors(a.sentence, b.sentence, idf) >= UNDATED_ANCHOR_WORDS
        terms.append(("anchors", ANCHOR_BONUS * found))
    elif idf is not None and week_and_day(a, b):
        # "Last week" holds the day's incident and the week's others: unless
        # rare words tie them, a day's report and a week's are likelier two.
        found = anchors(a.sentence, b.sentence, idf) < ANCHOR_WORDS
        terms.append(("week", -(WEEK_COST * found)))
    # Two articles about one story (their titles and leads alike) make their
    # matching events likelier one event, even told in different words.
    terms.append(("lead", LEAD_WEIGHT * _lead_overlap(a, b, idf)))
    if countries_differ(ea, eb) and not both_countries(ea, eb):
        # Two country-level places are often both the geoparser's reading of a
        # nationality ("US-led strikes", "Britain-based monitor"): no evidence.
        terms.append(("country", -COUNTRY_PENALTY))
    if same_place(ea, eb):
        terms.append(("same_place", 0.1))
    elif places_far(ea, eb) or regions_apart(a, b):
        terms.append(("far_place", -FAR_PLACE_PENALTY))
    if a.figures & b.figures or shared_counts(a.sentence, b.sentence) >= SHARED_COUNTS:
        terms.append(("same_figures", 0.1))
    elif tolls_apart(a, b):
        terms.append(("figures_apart", -FIGURES_APART_PENALTY))
    if (
        ea.outlet
        and ea.outlet == eb.outlet
        and ea.document_id != eb.document_id
        and ea.published != eb.published
        and not anchored
    ):
        # One outlet's articles of different days share its house phrasing
        # ("terrorist rocket attacks on Aleppo"); only near-copies are one event.
        # Same-day articles of one outlet are often updates of one story, and so
        # are its later articles on an incident of one stated day that share
        # rare words with it (a follow-up of a chemical attack, a new toll).
        terms.append(("same_outlet", -SAME_OUTLET_PENALTY))
    sa, sb = actor_ids(ea, eb, "source_actor")
    if (
        sa
        and sb
        and not (speaker(ea.source_actor, a.sentence) or speaker(eb.source_actor, b.sentence))
    ):
        terms.append(("doers", 0.05 if same_side(sa, sb) else -0.1))
    ta, tb = actor_ids(ea, eb, "target_actor")
    if ta and tb:
        terms.append(("targets", 0.05 if same_side(ta, tb) else -TARGET_CONFLICT_PENALTY))
    if ea.type.upper() in SAID:
        terms.append(("statement", -SAID_COST))
    if both_refer_back(a, b):
        terms.append(("refer_back", -BACK_REFERENCE_COST))
    if weapons_differ(_weapon_stems(a.sentence), _weapon_stems(b.sentence)):
        terms.append(("weapons", -WEAPON_CONFLICT_PENALTY))
    return terms
