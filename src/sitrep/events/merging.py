"""Merging the drafts of one clause, or of a definite back-reference, that tell one
happening; and telling apart two happenings that one sentence relates.

"Opened fire on a bus, killing seven" is one happening, told by a verb and a
participle; "45 were killed in air strikes after rebels fired mortars" is two:
the main verb already names its attack ("in air strikes"), so a clause with its
own subordinator and subject ("after rebels fired") tells another happening,
not this one's cause or toll. Nor is a happening told under a measured "a day
after ..." or "hours before ..." (:func:`sitrep.time.offset.offset_clause`): "forces
shelled the suburbs, a day after the army was accused of gassing hundreds" relates
the shelling and, a day earlier, the gassing; "killed five rebels hours after the
group attacked a checkpoint" a reply and the attack it answers. Nor is the danger
people were fleeing when they were hit ("killed 60 civilians trying to flee heavy
fighting"), nor a dated happening recalled to say which place is meant ("towns
including Urum al-Kubra, where an attack on a convoy took place on 19 September"),
nor what an act answers ("shelled the town in retaliation for air raids").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.events.coref_kinds import fled
from sitrep.events.draft import Draft, absorb
from sitrep.events.falls import fallen_to
from sitrep.events.lexicon import load_lexicon
from sitrep.events.modality import SUBJECTS, UNREAL
from sitrep.events.relations import REACTION_TYPES, keeper
from sitrep.nlp.clauses import CALENDAR, answered, recalling_clause, since_verb, use_clause
from sitrep.time.offset import head_above, measured_heads
from sitrep.time.stamp import own_stamp

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token


def _own_clause(tok: Token) -> bool:
    """A clause with its own subordinator and subject ("after rebels fired")."""
    deps = {c.dep_ for c in tok.children}
    return "mark" in deps and bool(deps & SUBJECTS)


def _second_cause(doc: Doc, tok: Token, main: Draft, by_index: dict[int, Draft]) -> bool:
    """Whether ``tok``, a subordinate clause of the same type as ``main``'s verb, tells
    a second happening: it has its own subordinator and subject, and the main verb
    names its own attack with an event noun of its type under a preposition ("killed
    *in air strikes* after rebels fired"). "Killed when a bomb exploded" names no
    attack of its own, and stays one happening."""
    if not _own_clause(tok):
        return False
    for prep in doc[main.trig.index].children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            found = by_index.get(noun.i) if noun.dep_ == "pobj" else None
            if found is not None and found.trig.nominal and found.type == main.type:
                return True
    return False


#: Prepositions that order two happenings: "kill 70 after a rocket attack".
_ORDERING = frozenset({"after", "following", "before"})


def _names_own(doc: Doc, main: Draft, other: Draft, by_index: dict[int, Draft]) -> bool:
    """The verb of ``main`` names its own happening of its type with an event noun
    other than ``other``: as its subject ("air strikes kill 70"), as the noun it
    describes, or under a preposition that does not order happenings ("killed 70
    in air strikes")."""
    verb = doc[main.trig.index]
    # "strikes killed 70 ... following rocket attacks", parsed as a participle on
    # the noun: the noun is the verb's subject.
    nouns = [verb.head] if verb.dep_ in ("acl", "relcl") else []
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            nouns.append(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ not in _ORDERING:
            nouns.extend(c for c in child.children if c.dep_ == "pobj")
    for noun in nouns:
        found = by_index.get(noun.i)
        if (
            found is not None
            and found is not other
            and found.trig.nominal
            and found.type == main.type
        ):
            return True
    return False


def followed_apart(doc: Doc, drafts: list[Draft]) -> set[tuple[int, int]]:
    """Pairs of a verb's trigger and an event noun of its type under "after",
    "following" or "before" it, when the verb names its own happening with another
    event noun (:func:`_names_own`): "air strikes kill 70 after a rebel rocket
    attack", "strikes killed 45 following rocket attacks by rebels" tell two. "Three
    died after an air strike" names one: the deaths are the strike's."""
    by_index = {d.trig.index: d for d in drafts}
    pairs: set[tuple[int, int]] = set()
    for draft in drafts:
        tok = doc[draft.trig.index]
        if not draft.trig.nominal or tok.dep_ != "pobj" or tok.head.lower_ not in _ORDERING:
            continue
        main = by_index.get(tok.head.head.i)
        if main is not None and main.type == draft.type and _names_own(doc, main, draft, by_index):
            pairs.add((main.trig.index, draft.trig.index))
    return pairs


def offset_apart(doc: Doc, drafts: list[Draft]) -> set[tuple[int, int]]:
    """Pairs of triggers of one sentence of which one lies under a measured after/before
    phrase the other is outside ("shelled the suburbs, a day after ... gassing"): two
    happenings. Mentions in other sentences are left to coreference, which compares
    their dates: the earlier happening is often told again further on.

    Not across the page's own date stamp (:func:`sitrep.time.stamp.own_stamp`): a
    headline, stamp and photo caption run together are parsed as one sentence,
    and a verbless caption's "the day after shelling" then hangs on the
    headline's verb ("Mortars kill 12 ... AP Tuesday 12 Jul 2016 Syrian pass
    wrecked cars the day after shelling on ..."), which it does not date."""
    heads = measured_heads(doc)
    if not heads:
        return set()
    scopes = {d.trig.index: head_above(doc[d.trig.index], heads) for d in drafts}
    stamp = own_stamp(doc.text)
    by_sentence: dict[int, list[int]] = {}
    for draft in drafts:
        by_sentence.setdefault(draft.sentence.start, []).append(draft.trig.index)
    return {
        (a, b)
        for group in by_sentence.values()
        for a in group
        for b in group
        if a < b
        and scopes[a] != scopes[b]
        and not (stamp is not None and doc[a].idx < stamp[1] and stamp[2] <= doc[b].idx)
    }


def _apart_from(draft: Draft, drafts: list[Draft], inside: set[int]) -> set[tuple[int, int]]:
    """``draft`` paired, both orders, with each trigger of its sentence whose token
    is not in ``inside`` (the phrase that sets ``draft`` apart)."""
    a = draft.trig.index
    pairs: set[tuple[int, int]] = set()
    for other in drafts:
        b = other.trig.index
        if b not in inside and other.sentence.start == draft.sentence.start:
            pairs.update({(a, b), (b, a)})
    return pairs


def fled_apart(doc: Doc, drafts: list[Draft]) -> set[tuple[int, int]]:
    """Pairs of triggers of one sentence of which one names what people were
    fleeing ("jets killed 60 civilians trying to flee heavy fighting", "shelled
    families escaping from the bombardment"): the danger they fled is a happening
    of its own, not the attack that struck them, nor its toll. Both orders."""
    pairs: set[tuple[int, int]] = set()
    for draft in drafts:
        a = draft.trig.index
        if fled(doc[a]):
            pairs |= _apart_from(draft, drafts, {a})
    return pairs


def _dated_relative(tok: Token, triggers: set[int]) -> Token | None:
    """The relative clause above ``tok`` that recalls a dated happening to say which
    place is meant ("towns including Urum al-Kubra, where an attack on a convoy
    took place on 19 September"), if any: a clause on a name or a place noun
    that only says the happening was there (:mod:`sitrep.nlp.clauses`), with a
    date entity that names a day, month or year. "Jets struck Douma, where 20
    people were killed on Monday" gives the strike's toll, and stays one
    happening."""
    clause = recalling_clause(tok)
    if clause is None or clause.head.i in triggers:
        return None
    dates = [t for t in clause.subtree if t.ent_type_ == "DATE"]
    return clause if any(CALENDAR.fullmatch(t.lower_) for t in dates) else None


def recalled_apart(doc: Doc, drafts: list[Draft]) -> set[tuple[int, int]]:
    """Pairs of triggers of one sentence of which one lies in a dated clause that
    recalls a happening to name a place (:func:`_dated_relative`): "air raids
    hit towns including Urum al-Kubra, where an attack on a convoy took place on
    19 September" names the convoy attack to say which town; it is not the
    raids, and its date is not theirs. Both orders."""
    triggers = {d.trig.index for d in drafts}
    return _apart_in(doc, drafts, lambda tok: _dated_relative(tok, triggers))


def _fallen_clause(tok: Token) -> Token | None:
    """``tok`` itself when it is a place's fall told in a relative clause
    (:mod:`sitrep.events.falls`): "retook a district that had fallen to government troops
    a day earlier" names the district by how it was lost."""
    if tok.dep_ != "relcl" or fallen_to(tok, load_lexicon()) is None:
        return None
    return tok


def fallen_apart(doc: Doc, drafts: list[Draft]) -> set[tuple[int, int]]:
    """Pairs of triggers of one sentence of which one is a place's fall told in a
    relative clause (:func:`_fallen_clause`): the earlier capture that says which place
    is meant, not the sentence's news ("the opposition retook a district that had fallen
    to government troops a day earlier" tells two captures by two sides). Both orders."""
    return _apart_in(doc, drafts, _fallen_clause)


def _apart_in(
    doc: Doc, drafts: list[Draft], clause_of: Callable[[Token], Token | None]
) -> set[tuple[int, int]]:
    """Each draft whose trigger lies in the clause ``clause_of`` finds above it,
    paired (both orders) with the triggers of its sentence outside that clause."""
    pairs: set[tuple[int, int]] = set()
    for draft in drafts:
        clause = clause_of(doc[draft.trig.index])
        if clause is not None:
            pairs |= _apart_from(draft, drafts, {t.i for t in clause.subtree})
    return pairs


def used_apart(doc: Doc, drafts: list[Draft]) -> set[tuple[int, int]]:
    """Pairs of triggers of one sentence of which one lies in a clause that says what
    a place serves for (:func:`sitrep.nlp.clauses.use_clause`): "fighters took
    control of a depot from which raids were run" tells the capture; the raids
    are what the depot served for, not the capture, nor a strike told elsewhere.
    Both orders."""
    return _apart_in(doc, drafts, use_clause)


#: Modals of what a "before" clause says was about to happen and did not.
_COULD = frozenset({"could", "can", "would", "might"})


def _prevented(tok: Token) -> Token | None:
    """The verb of a "before ... could" clause above ``tok`` ("shot dead before
    they could blow themselves up"), if any: what was stopped in time."""
    for verb in (tok, *tok.ancestors):
        if verb.dep_ == "advcl":
            kids = list(verb.children)
            if any(c.dep_ == "mark" and c.lower_ == "before" for c in kids) and any(
                c.dep_ == "aux" and c.lower_ in _COULD for c in kids
            ):
                return verb
            return None
    return None


def prevented_apart(doc: Doc, drafts: list[Draft]) -> set[tuple[int, int]]:
    """Pairs of triggers of one sentence of which one lies in a "before ... could"
    clause (:func:`_prevented`): "guards shot the attackers dead before they could
    set off their vests" tells a killing and an attack that did not happen, which
    must not lend the killing its mood. Both orders."""
    return _apart_in(doc, drafts, _prevented)


def answered_apart(doc: Doc, drafts: list[Draft]) -> set[tuple[int, int]]:
    """Pairs of triggers of one sentence of which one lies in the cause an act
    answers (:func:`sitrep.nlp.clauses.answered`): "the strikes came in response
    to what Washington says was a chemical attack", "rebels shelled the town in
    retaliation for air raids" tell two happenings, the answer and what it
    answers, by two sides. Both orders."""
    pairs: set[tuple[int, int]] = set()
    for draft in drafts:
        tok = doc[draft.trig.index]
        scope = answered(tok)
        if scope is None:
            continue
        span = range(scope.left_edge.i, scope.right_edge.i + 1)
        pairs |= _apart_from(draft, drafts, set(span))
    return pairs


def strict_pairs(doc: Doc, drafts: list[Draft]) -> set[tuple[int, int]]:
    """The pairs of happenings one sentence tells that coreference keeps apart in
    other sentences too (see :func:`sitrep.events.coref.corefer`'s ``strict``):
    :func:`fled_apart`, :func:`recalled_apart`, :func:`used_apart`,
    :func:`prevented_apart`, :func:`answered_apart`, :func:`followed_apart` and
    :func:`fallen_apart`."""
    return (
        fled_apart(doc, drafts)
        | recalled_apart(doc, drafts)
        | used_apart(doc, drafts)
        | prevented_apart(doc, drafts)
        | answered_apart(doc, drafts)
        | followed_apart(doc, drafts)
        | fallen_apart(doc, drafts)
    )


def _since_apart(doc: Doc, drafts: list[Draft]) -> set[tuple[int, int]]:
    """Pairs of one sentence of which one lies in a "since" clause and the other
    not ("a helicopter was shot down ... the biggest loss since they started
    operations in Syria"): the clause is the span's starting point, another
    happening (:func:`sitrep.nlp.clauses.since_verb`)."""
    by_sentence: dict[int, list[tuple[int, int | None]]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence.start, []).append(
            (d.trig.index, since_verb(doc[d.trig.index]))
        )
    pairs: set[tuple[int, int]] = set()
    for members in by_sentence.values():
        for ia, va in members:
            for ib, vb in members:
                if ia < ib and va != vb:
                    pairs.add((ia, ib))
    return pairs


def merge_clauses(
    doc: Doc, drafts: list[Draft], strict: set[tuple[int, int]] | None = None
) -> set[tuple[int, int]]:
    """Merge the drafts of one clause that tell one happening (in place); the pairs
    of triggers kept apart as two happenings (see :func:`_second_cause`,
    :func:`offset_apart` and :func:`strict_pairs`) are returned so that coreference
    keeps them apart too. ``strict``: :func:`strict_pairs` when the caller has found
    them already."""
    if strict is None:
        strict = strict_pairs(doc, drafts)
    apart = offset_apart(doc, drafts) | strict | _since_apart(doc, drafts)
    by_index = {d.trig.index: d for d in drafts}

    def parted(a: Draft, b: Draft) -> bool:
        pair = (a.trig.index, b.trig.index)
        return pair in apart or pair[::-1] in apart

    for draft in drafts:
        trig = draft.trig
        if trig.weak and trig.light is not None:
            light = doc[trig.light]
            for child in light.children:
                other = by_index.get(child.i)
                if (
                    other is not None
                    and other is not draft
                    and not other.merged
                    and not parted(other, draft)
                ):
                    absorb(other, draft)
                    break
    for draft in drafts:
        tok = doc[draft.trig.index]
        other = by_index.get(tok.head.i)
        if draft.trig.nominal or tok.dep_ != "advcl" or other is None or parted(other, draft):
            continue
        if other.type == draft.type and _second_cause(doc, tok, other, by_index):
            apart.add((other.trig.index, draft.trig.index))
            continue
        a, b = other.roles.source, draft.roles.source
        rival = a is not None and b is not None and a.actor_id != b.actor_id
        if other.type == draft.type and not other.merged and not draft.merged and not rival:
            # "opened fire on a bus, killing seven": the participle adds the toll
            # ("Ankara blamed X, while Moscow claimed Y": two parties, two events).
            absorb(other, draft)
    for draft in drafts:
        tok = doc[draft.trig.index]
        if not draft.trig.nominal or draft.merged or tok.dep_ != "pobj":
            continue
        other = by_index.get(tok.head.head.i)
        if (
            other is not None
            and not other.merged
            and other.type == draft.type
            and not parted(other, draft)
        ):
            # "killed four people in an attack on a hospital": one happening.
            if other.mode is None:
                other.mode = draft.mode
            # The noun's mood comes from this very verb ("agreed on a ceasefire").
            absorb(other, draft, same_clause=False)
    for draft in drafts:
        if draft.merged or draft.trig.nominal:
            continue
        for token, any_type in (
            (draft.roles.target_token, True),
            (draft.roles.source_token, False),
        ):
            other = by_index.get(token.i) if token is not None else None
            if other is None or other.merged or not other.trig.nominal or parted(draft, other):
                continue
            if other.type != draft.type and (not any_type or draft.type in REACTION_TYPES):
                # "condemned the bombing": a reaction to a happening, not part of it.
                continue
            if draft.type == "AID" and draft.mode == "military" and other.type == "ASSAULT":
                # "strikes to support the offensive" (sitrep.events.backing): the
                # backing is not the offensive it backs.
                continue
            # "an airstrike killed ...": keep the noun when only it has a mode.
            if other.type == draft.type and other.mode is not None and draft.mode is None:
                absorb(other, draft)
            else:
                # "stopped US convoys", "the convoy was deployed": one happening, the verb's.
                absorb(draft, other)
            break
    return apart


#: How a day is attached to an event noun inside its phrase: "the Saturday strike",
#: "Tuesday's attack", "the attack on Tuesday".
_NOUN_DAY_DEPS = frozenset({"compound", "poss", "nmod", "npadvmod", "amod"})


def _dated_noun(tok: Token) -> bool:
    """Whether the event noun's own phrase names its day ("The Saturday strike hit
    dormitories"), not a stretch of time around it ("the bombing ... has been
    ongoing for over a month")."""
    for child in tok.children:
        if child.dep_ in _NOUN_DAY_DEPS and child.ent_type_ == "DATE":
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "on"
            and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in child.children)
        ):
            return True
    return False


def merge_anaphoric(
    doc: Doc, drafts: list[Draft], apart: set[tuple[int, int]] | None = None
) -> None:
    """A definite event noun with no roles of its own ("The attack came as ...", "The
    convoy of 23 vehicles headed ...") names an event already reported: it is merged
    into the latest earlier event of the same type (told as having happened, when
    the noun is: not a planned, hypothetical or negated one), adding its numbers and place;
    not into one that ``apart`` (:func:`merge_clauses`) keeps it from ("shelling
    killed families escaping from the bombardment")."""
    apart = apart or set()
    latest: dict[str, Draft] = {}
    # The latest of each type told as having happened: "the blast struck the
    # crossing" names the bombing told before, not the fight that the rebels
    # were "getting ready" for in between.
    happened: dict[str, Draft] = {}

    def note(draft: Draft) -> None:
        latest[draft.type] = draft
        if draft.modality not in UNREAL:
            happened[draft.type] = draft

    for draft in drafts:
        if draft.merged:
            # "villagers stopped a US convoy ... as the convoy tried to pass": the
            # convoy is part of the stopping; a later "the convoy" joins that event.
            if draft.trig.nominal:
                note(draft)
            continue
        tok = doc[draft.trig.index]
        definite = any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children
        )
        told = happened if draft.modality not in UNREAL else latest
        previous = told.get(draft.type)
        nobody = draft.roles.source is None and draft.roles.target is None
        if draft.trig.nominal and definite and nobody and previous is not None:
            keep = keeper(previous)
            if (keep.trig.index, draft.trig.index) not in apart:
                undated = not set(keep.own_dates) - set(keep.report_dates)
                if _dated_noun(tok) and undated and not keep.anaphoric_date:
                    # "The Saturday strike hit dormitories": the noun dates the
                    # happening told undated before (or dated by its report
                    # only), so it carries the event (the time stage reads its
                    # sentence), as coreference does.
                    absorb(draft, keep, same_clause=False)
                    draft.mode = draft.mode or keep.mode
                    note(draft)
                    continue
                absorb(keep, draft, same_clause=False)
                continue
        note(draft)
