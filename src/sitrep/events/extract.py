"""Composing the events stage: triggers -> roles -> modality, quantities, location -> Event.

One event per trigger, except where two triggers describe the same happening in
one clause: a noun trigger that is the subject or object of a verb trigger of the
same type ("an airstrike killed ...", "the convoy ... was deployed") and a weak
noun ("carried out the operation, taking ten fighters ...") are merged into one.
Events with neither source nor target are kept only for the lexicon's strong types
(violence, protest, mobilisation, coercion are news even when nobody is named).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sitrep.actors import lost_possessives, state_forces
from sitrep.events.backing import military_backing
from sitrep.events.claims import accusations
from sitrep.events.convoy_attacks import convoy_attacks
from sitrep.events.coref import corefer
from sitrep.events.dates import anaphoric_sentences, date_phrase, date_texts, sentence_dates
from sitrep.events.draft import Draft, absorb, merged_under
from sitrep.events.falls import fallen_to
from sitrep.events.left_dead import left_toll, shot_dead, stranded_subject
from sitrep.events.lexicon import Lexicon, load_lexicon
from sitrep.events.location import locate
from sitrep.events.mentions import ARMED_TYPES, Mentions, role_mention, token_range
from sitrep.events.merging import merge_anaphoric, merge_clauses, strict_pairs
from sitrep.events.modality import modality
from sitrep.events.national import national_mentions
from sitrep.events.place_targets import is_place, place_names
from sitrep.events.quantities import quantities
from sitrep.events.relations import (
    blamed_attackers,
    civilian_victims,
    default_protesters,
    drop_self_target,
    mutual_sides,
    reaction_targets,
    refusals,
    state_targets,
    suppressed_protests,
    symmetric_roles,
    threats_made,
)
from sitrep.events.roles import fallen_roles, government_forces, noun_roles, verb_roles
from sitrep.events.tolls import add_tolls, headline_counts
from sitrep.events.triggers import Trigger, find_triggers
from sitrep.model import (
    ActorMention,
    Document,
    Event,
    EventMention,
    Offsets,
    Place,
    Span,
)
from sitrep.nlp.cache import doc_arrays
from sitrep.nlp.page import footer_start, in_widget
from sitrep.time import dates_report, report_verb
from sitrep.time.lasting import lasting_spans
from sitrep.time.stamp import reference_day
from sitrep.time.toll_nouns import dated_elsewhere

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_CIVILIAN_TYPES = frozenset({"civilians", "protesters", "rioters"})


def _sentences(doc: Doc) -> list[SpacySpan]:
    """spaCy sentences, cut again at paragraph breaks (a newline always ends a sentence)."""
    return doc_arrays(doc).sentences


def _anchors(doc: Doc, trig: Trigger) -> set[int]:
    """The trigger, its light verb, and an aspectual verb it is the subject of."""
    anchors = {trig.index}
    if trig.light is not None:
        anchors.add(trig.light)
    tok = doc[trig.index]
    if trig.nominal and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        anchors.add(tok.head.i)  # "the incursion began in October 2019"
    return anchors


#: What the attack was done to, never its means.
_OBJECTS = frozenset({"dobj", "nsubjpass", "attr", "dative", "oprd"})
#: Prepositions that introduce the means of an attack ("in a car bomb", "with mortars").
_MEANS_PREPS = frozenset({"in", "with", "by"})


def _recode(draft: Draft, mentions: Mentions, lex: Lexicon) -> None:
    """Codes that depend on who acts: idioms, AID modes, an attack's means."""
    source = role_mention(draft.roles.source, mentions)
    source_type = source.type if source is not None else None
    idiom = draft.trig.idiom
    if idiom is not None:
        if idiom.civilian is not None and source_type in _CIVILIAN_TYPES:
            draft.type, draft.mode = idiom.civilian
        elif idiom.armed is not None and source_type in ARMED_TYPES:
            draft.type, draft.mode = idiom.armed
    if draft.type == "AID" and draft.mode is None and source_type is not None:
        if source_type in ARMED_TYPES:
            draft.mode = "military"
        elif source_type == "international_org":
            draft.mode = "humanitarian"
    if draft.type == "ASSAULT" and draft.mode in (None, "explosives"):
        draft.mode = _means_mode(draft, lex) or draft.mode


#: Nouns an "air" modifier makes a ground weapon of ("air defences" shoot at aircraft).
_GROUND_AIR = frozenset({"defence", "defense", "defences", "defenses"})


def _means_mode(draft: Draft, lex: Lexicon) -> str | None:
    """The mode an attack's means give it: its doer's words ("warplanes bombed", "a
    car bomb killed"), its other dependents, and what follows in/with/by ("killed
    in a car bomb"); never its objects ("downed a warplane" is no air attack)."""
    token = draft.roles.source_token
    tokens = list(token.subtree) if token is not None else []
    trigger = draft.sentence.doc[draft.trig.index]
    tokens += [c for c in trigger.children if c.dep_ not in _OBJECTS]
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in _MEANS_PREPS:
            tokens += [w for p in prep.children if p.dep_ == "pobj" for w in p.subtree]
    for tok in tokens:
        word = tok.lemma_.lower()
        if word == "air" and tok.head.lemma_.lower() in _GROUND_AIR:
            continue  # "its air defences downed a drone"
        if word in lex.instruments:
            return lex.instruments[word]
    return None


def _draft(
    doc: Doc,
    trig: Trigger,
    sentence: SpacySpan,
    sentence_dates: list[SpacySpan],
    mentions: Mentions,
    places: list[tuple[Place, SpacySpan]],
    document: Document,
    all_places: list[Place],
    published: dt.date | None,
    lex: Lexicon,
) -> Draft:
    if trig.nominal:
        roles = noun_roles(doc, trig, mentions, lex.of_agent_nouns)
    elif (party := fallen_to(doc[trig.index], lex)) is not None:
        roles = fallen_roles(party, mentions)  # "the base fell to the Islamists"
    else:
        roles = verb_roles(doc, trig, mentions, sentence.start, lex.reporting_verbs)
    draft = Draft(trig, trig.type, trig.mode, roles, sentence)
    anchors = _anchors(doc, trig)
    dates = date_texts(anchors, sentence_dates)
    draft.dates = dates
    # A date on a report that does not govern the trigger ("in what the coalition said
    # Sunday was ...") dates the report: it cannot tell two happenings apart.
    trigger = doc[trig.index]
    # Nor does the day a toll rose ("the toll from the bombing rose to 40 on Sunday"):
    # a later mention with the bombing's own day then carries the event.
    timely = [e for e in sentence_dates if not dated_elsewhere(e.root, trigger)]
    draft.sentence_dates = [date_phrase(ent) for ent in timely]
    own = [e for e in timely if not dates_report(e.root, trigger)]
    draft.own_dates = [date_phrase(e) for e in own]
    draft.report_dates = [date_phrase(e) for e in own if report_verb(e.root) is not None]
    draft.modality = modality(
        doc, trig.index, trig.light, sentence, dates, published, lex, trig.type
    )
    heads: list[tuple[Token, bool]] = []
    if trig.nominal:
        heads.append((doc[trig.index], True))
    if roles.target_token is not None:
        heads.append((roles.target_token, True))
    if roles.source_token is not None:
        heads.append((roles.source_token, False))
    # (The roles stage may lend such a verb the first verb's subject as its target.)
    stranded = None if trig.nominal else stranded_subject(doc[trig.index])
    if stranded is not None:
        heads.append((stranded, True))  # "killed 12 people and 31 were wounded"
    lemma = doc[trig.index].lemma_.lower()
    if shot_dead(doc, trig.index):
        lemma = "kill"
    draft.quantities = quantities(heads, lemma, lex)
    left = left_toll(doc, trig.index)
    if left is not None:
        told = {(q.value, q.unit) for q in draft.quantities}
        extra = quantities([(left[0], True)], left[1], lex)
        draft.quantities += [q for q in extra if (q.value, q.unit) not in told]
    draft.location, draft.location_rank = locate(
        doc, anchors, sentence, trig.index, places, document, all_places
    )
    return draft


def extract_events(
    doc: Doc, document: Document, places: list[Place], actors: list[ActorMention]
) -> list[Event]:
    """Every event in ``doc``: PLOVER type and mode, roles, modality, quantities, location."""
    lex = load_lexicon()
    country = document.location.country_code if document.location is not None else None
    mentions = Mentions(
        doc,
        national_mentions(doc, country, actors),
        lex.animate,
        state_forces(),
        lost_possessives(),
        frozenset(lex.nouns),
        lex.convoys,
    )
    place_spans: list[tuple[Place, SpacySpan]] = []
    blocked: set[int] = set(mentions.by_token)
    arrays = doc_arrays(doc)
    for place in places:
        first, end = token_range(arrays.idx, arrays.words, place.start, place.end)
        if first >= end:
            continue
        span = doc[first:end]
        blocked.update(range(span.start, span.end))
        # A place name that is part of an actor ("US helicopters", "Washington said")
        # or a demonym ("the Turkish offensive") names who acted, not where: it is no
        # candidate for the event's location.
        if place.how == "demonym" or any(
            i in mentions.by_token for i in range(span.start, span.end)
        ):
            continue
        place_spans.append((place, span))
    metadata = dt.date.fromisoformat(document.published) if document.published else None
    dateline = dt.date.fromisoformat(document.dateline) if document.dateline else None
    # Relative dates are read against the day the time stage reads them against: the
    # text's own stamp ("AFP Tuesday 20 Sep 2016") before a crawl's metadata date, so
    # that coreference and the time stage agree on which day "Monday" is.
    published = reference_day(arrays.text, metadata, dateline)
    sentences = arrays.sentences
    sentence_of = arrays.sentence_of
    date_ents = sentence_dates(arrays)
    anaphoric = anaphoric_sentences(doc, arrays)

    def build(trig: Trigger) -> Draft:
        n = sentence_of[trig.index]
        draft = _draft(
            doc,
            trig,
            sentences[n],
            date_ents.get(n, []),
            mentions,
            place_spans,
            document,
            places,
            published,
            lex,
        )
        draft.anaphoric_date = n in anaphoric
        return draft

    # Other reports' headlines in the page's footer ("Related News Drone strike
    # reported near Jarablus ...") and a topic box's title ("Topic Missile Attack
    # on Air Base (200)") are no events of this report.
    footer = footer_start(doc)
    drafts = [
        build(t)
        for t in find_triggers(doc, lex, blocked)
        if sentence_of[t.index] >= 0
        and (footer is None or doc[t.index].idx < footer)
        and not in_widget(doc, doc[t.index].idx)
    ]
    by_trigger = {d.trig.index: d for d in drafts}
    # "a month-long offensive": the span dates that noun (sitrep.time.lasting), so
    # coreference keeps it apart from one day's strikes on the city it targets.
    for start, end, _, noun in lasting_spans(doc, published):
        qualified = by_trigger.get(noun)
        if qualified is not None:
            phrase = arrays.text[start:end]
            qualified.own_dates.append(phrase)
            qualified.dates.append(phrase)
    # "58 Killed in ... Attack", "40 dead in clashes": a headline's count before its
    # casualty word, which the parse of title case often misses.
    words = set(arrays.lower)
    for index, counts in headline_counts(doc, set(by_trigger), words, lex).items():
        have = {(q.value, q.unit) for q in by_trigger[index].quantities}
        by_trigger[index].quantities += [q for q in counts if (q.value, q.unit) not in have]
    if lex.accusing_reports:
        drafts = accusations(doc, drafts, mentions, lex, build)  # type: ignore[type-var]
    military_backing(doc, drafts)
    # A town named as a target is the place (see sitrep.events.place_targets):
    # dropped before coreference, so a mention that names the party fills it in.
    towns = place_names(places)
    for draft in drafts:
        if is_place(draft.type, draft.roles.target, towns):
            draft.roles.target = None
    # Two happenings of one sentence that coreference keeps apart across
    # sentences too (see sitrep.events.coref.corefer's ``strict``).
    strict = strict_pairs(doc, drafts)
    apart = merge_clauses(doc, drafts, strict)
    convoy_attacks(doc, drafts, lex.convoys.nouns)
    merge_anaphoric(doc, drafts, apart)
    corefer(
        doc,
        drafts,  # type: ignore[arg-type]
        lambda i: sentence_of[i],
        lambda keep, other, figures: absorb(
            keep,  # type: ignore[arg-type]
            other,  # type: ignore[arg-type]
            same_clause=False,
            figures=figures,
            guessed_place=False,
        ),
        {
            m.actor_id: m.country_code
            for m in mentions.items
            if m.actor_id is not None
            and m.country_code is not None
            and m.type in ("government", "state_forces")
        },
        apart,
        published,
        strict,
    )
    add_tolls(doc, drafts, sentence_of, words, lex)
    live: list[Draft] = [d for d in drafts if not d.merged]
    symmetric_roles(doc, live, mentions)  # type: ignore[arg-type]
    mutual_sides(live, mentions)  # type: ignore[arg-type]
    default_protesters(drafts)  # type: ignore[arg-type]
    everything = {d.trig.index: d for d in drafts}
    reaction_targets(doc, live, everything)  # type: ignore[arg-type]
    civilian_victims(live, lex)  # type: ignore[arg-type]
    suppressed_protests(doc, live, everything)  # type: ignore[arg-type]
    blamed_attackers(doc, live, everything, lambda i: sentence_of[i])  # type: ignore[arg-type]
    threats_made(live)  # type: ignore[arg-type]
    refusals(doc, live)  # type: ignore[arg-type]
    state_targets(doc, live)  # type: ignore[arg-type]
    under = merged_under(drafts)
    events = []
    for draft in live:
        if draft.roles.target is None:
            draft.roles.target = draft.roles.aimed
        if is_place(draft.type, draft.roles.target, towns):
            draft.roles.target = None
        drop_self_target(draft)  # type: ignore[arg-type]
        _recode(draft, mentions, lex)
        government_forces(draft.roles, draft.type, mentions)
        nobody = draft.roles.source is None and draft.roles.target is None
        if nobody and draft.type not in lex.strong_types and not _aid_convoy(doc, draft, lex):
            continue
        events.append(_event(doc, document, draft, under.get(id(draft), [])))
    return events


def _aid_convoy(doc: Doc, draft: Draft, lex: Lexicon) -> bool:
    """An aid convoy (:mod:`sitrep.events.convoys`) that is the subject of a finite
    verb: help delivered is news with no sender named ("a 48-truck aid convoy
    entered Talbiseh", "no aid convoys have entered Douma"), as an attack with no
    doer is. Not one that is attacked ("raids that hit an aid convoy": the attack is
    the news), suspended, prevented or meant "to reach" a town."""
    convoy = doc[draft.trig.index]
    if draft.type != "AID" or convoy.lemma_.lower() not in lex.convoys.nouns:
        return False
    verb = convoy.head
    return (
        convoy.dep_ == "nsubj"
        and verb.pos_ in ("VERB", "AUX")
        and verb.dep_ != "xcomp"
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _spans(doc: Doc, draft: Draft) -> dict[str, dict[str, int | str]]:
    """The draft's trigger and sentence (less trailing white space) as plain values:
    validating the records from these is cheaper than building them one by one."""
    tok = doc[draft.trig.index]
    sent = draft.sentence
    last = sent.end - 1
    while last > sent.start and doc[last].is_space:
        last -= 1
    return {
        "trigger": {"text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text)},
        "sentence": {"start": doc[sent.start].idx, "end": doc[last].idx + len(doc[last].text)},
    }


def _event(doc: Doc, document: Document, draft: Draft, merged: list[Draft]) -> Event:
    own = _spans(doc, draft)
    return Event(
        id=Event.make_id(document.id, doc[draft.trig.index].idx, draft.type),
        type=draft.type,
        mode=draft.mode,
        modality=draft.modality,
        trigger=Span.model_validate(own["trigger"]),
        sentence=Offsets.model_validate(own["sentence"]),
        source_actor=draft.roles.source,
        target_actor=draft.roles.target,
        location=draft.location,
        quantities=draft.quantities,
        mentions=[
            EventMention.model_validate(_spans(doc, d)) for d in _distinct(merged, draft.trig.index)
        ],
    )


def _distinct(merged: list[Draft], own: int) -> list[Draft]:
    """One merged draft per trigger word, none on the event's own trigger (a claim
    re-built on a trigger word merges the draft already there)."""
    seen = {own}
    out = []
    for draft in merged:
        if draft.trig.index not in seen:
            seen.add(draft.trig.index)
            out.append(draft)
    return out
