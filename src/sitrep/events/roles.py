"""Source and target of a trigger, read from the dependency parse.

Verbs: active ``nsubj`` -> source and ``dobj``/``dative`` -> target; passive
``nsubjpass`` -> target and ``agent`` ("by X") -> source; a verb without its own
subject inherits it through ``xcomp`` ("managed to escape"; the object in "forced
the army to pull back"), ``conj`` ("crossed ...
and was deployed"), ``advcl`` ("..., taking ten fighters"), a relative clause or a
participle ("convoys entering", "bases occupied by"). Nouns: possessive, compound or
adjective mentions ("Washington's support", "the Turkish incursion"), "by X", the
light verb's subject ("the US carried out airstrikes"), and "against/on X" for the
target.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.events.agent_reference import not_the_victims
from sitrep.events.aims import aimed_object, named_in_aim, stacked_target, sufferer, verb_aim
from sitrep.events.mentions import (
    ARMED_TYPES,
    GENERIC_TYPES,
    Mentions,
    nearest_before,
    opposed,
    ref,
)
from sitrep.events.repelled import repelling_verb
from sitrep.geo.nonplaces import PLACE_NOUNS
from sitrep.model import ActorMention, ActorRef
from sitrep.nlp.clauses import finite_participle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.events.triggers import Trigger

_INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp"})
_TARGET_PREPS = frozenset({"against", "on", "upon", "targeting", "at", "with", "into"})
_NOMINAL_TARGET_PREPS = frozenset({"against", "on", "upon", "targeting", "at", "to", "for", "with"})
#: Nominal types whose "of" complement is the doer ("convoy of US trucks").
_OF_IS_SOURCE = frozenset({"MOBILIZE", "PROTEST", "RETREAT"})
#: Participles that name what an event noun aims at ("strikes targeting X").
_AIMING_VERBS = frozenset({"target", "hit", "strike", "attack", "pound", "shell"})
_RELATIVE = frozenset({"which", "who", "that", "whom"})
_CLAIMING_VERBS = frozenset({"claim", "take", "accept", "assume", "admit", "bear"})
#: How far back (tokens) the fallback looks for the agent of a subjectless verb.
_FALLBACK_WINDOW = 8


@dataclass
class Roles:
    source: ActorRef | None = None
    target: ActorRef | None = None
    #: Tokens the roles came from (quantities and instruments are read there).
    source_token: Token | None = None
    target_token: Token | None = None
    #: An unlisted thing the act was aimed at ("targeted a police station"): the
    #: target only when nothing else (a merged mention, the victims) names one.
    aimed: ActorRef | None = None


def _child(tok: Token, *deps: str) -> Token | None:
    for child in tok.children:
        if child.dep_ in deps:
            return child
    return None


def _pobj(prep: Token) -> Token | None:
    return _child(prep, "pobj")


def _between(noun: Token) -> tuple[Token, Token] | None:
    """The two sides of a fight "between X and Y", hanging off the noun ("clashes
    between rebels and ISIS") or off the verb it is the subject of ("clashes
    erupted between rebels and ISIS")."""
    holders = [noun]
    if noun.dep_ == "nsubj" and noun.head.i != noun.i:
        holders.append(noun.head)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                first = _pobj(prep)
                if first is None:
                    continue
                second = _child(first, "conj")
                if second is None:
                    # "between rebels from the Nusra Front and the YPG": the parser
                    # joins the second side to the first's own phrase, whose
                    # object names the first side.
                    for inner in (_pobj(c) for c in first.children if c.dep_ == "prep"):
                        if inner is not None and (second := _child(inner, "conj")) is not None:
                            first = inner
                            break
                if second is not None:
                    return first, second
    return None


def _subject_child(node: Token) -> Token | None:
    """The subject among ``node``'s children; of two (a parse error, as when a
    headline runs into the lead with no stop: "16 dead in ... Sixteen civilians
    were killed"), the one nearest before the verb."""
    subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if len(subjects) < 2:
        return subjects[0] if subjects else None
    before = [c for c in subjects if c.i < node.i]
    if len(before) > 1 and _part_of(before[-2], before[-1]):
        # "Thirty villagers among them 12 children were killed" (stripped commas):
        # the later subject is a part of the earlier, which the verb is about.
        return before[-2]
    return before[-1] if before else subjects[0]


#: Words that open a part of a group: "among them 11 children", "including".
_PART_WORDS = frozenset({"among", "including"})


def _part_of(whole: Token, part: Token) -> bool:
    """``part`` is told as a part of ``whole``: "among them" or "including" right
    before the part's phrase, after the whole."""
    start = part.left_edge.i
    return any(t.lower_ in _PART_WORDS for t in whole.doc[max(whole.i + 1, start - 2) : start])


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


#: Participles that count the wounded beside a death toll.
_HURT = frozenset({"injure", "wound", "hurt"})


def _toll_headline(verb: Token) -> bool:
    """ "12 civilians killed 30 injured", "13 civilians killed 43 others injured": a
    headline's two tolls without "were", which the parser reads as the dead killing
    the wounded. The object is a count with a wounded participle hanging off it."""
    if verb.lemma_.lower() != "kill":
        return False
    obj = _child(verb, "dobj")
    if obj is None or not (obj.like_num or obj.lower_ == "others"):
        return False
    return any(c.dep_ == "acl" and c.lemma_.lower() in _HURT for c in obj.children)


#: Verbs of harm that take their victim as object whenever they are active.
_HARM = frozenset({"kill", "injure", "wound", "martyr"})


def _headline_passive(verb: Token) -> bool:
    """ "six medics killed in air raids on a clinic", "seven villagers killed in army
    raids": a headline's passive without "were", parsed as a past tense whose
    subject did it. An active "kill" has its victim as object; with none (on the
    verb or a verb conjoined to it: "killed and wounded dozens") and a subject
    that is no relative pronoun, the subject is the victim."""
    if verb.lemma_.lower() not in _HARM or verb.tag_ not in ("VBD", "VBN"):
        return False
    if verb.dep_ == "relcl" or _child(verb, "dobj") is not None:
        return False
    subject = _child(verb, "nsubj")
    if subject is None or subject.lower_ in _RELATIVE:
        return False
    return not any(c.dep_ == "conj" and _child(c, "dobj") is not None for c in verb.children)


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """The verb's (possibly inherited) subject and whether it is the logical object."""
    node = verb
    passive = _is_passive(verb) or _toll_headline(verb) or _headline_passive(verb)
    for _ in range(4):
        subj = _subject_child(node)
        if subj is not None:
            if subj.lower_ in _RELATIVE and node.dep_ == "relcl":
                return node.head, passive
            if (
                node is not verb
                and not passive
                and (subj.dep_ == "nsubjpass" or _toll_headline(node))
            ):
                # A verb's subject that is the patient of the verb it hangs off ("12
                # civilians killed 30 injured in shelling"): not this act's doer.
                return None, passive
            return subj, passive
        if node.dep_ in ("relcl", "acl", "amod"):
            # "convoys entering the area" (VBG: doer); "terrorists transported" (VBN:
            # patient); "the coalition bombed the town" misparsed as a participle
            # on "coalition" (sitrep.nlp.clauses.finite_participle): doer.
            if finite_participle(node):
                return node.head, passive
            if _adverbial_on_place(node):
                # "fighters took the village of X north of Y laying siege to the
                # dam" (no comma): the participle goes with the clause's verb.
                node = node.head.head
                while node.dep_ in ("prep", "pobj") and node.head.i != node.i:
                    node = node.head
                if node.pos_ not in ("VERB", "AUX"):
                    return None, passive
                continue
            return node.head, passive or node.tag_ == "VBN"
        if node.dep_ not in _INHERIT_DEPS or node.head.i == node.i:
            return None, passive
        if node.dep_ in ("conj", "xcomp") and node.tag_ == "VBN" and _is_passive(node.head):
            # "were killed and many more injured by X": a participle conjoined to a
            # passive verb shares its voice; "were confirmed killed", "are reported
            # killed": one that completes a passive too. The subject is the patient.
            passive = True
        if node.dep_ == "xcomp":
            obj = _child(node.head, "dobj")
            if obj is not None:
                # Object control: "forced the army to pull back", "ordered troops to
                # withdraw": the object of the governing verb does the act.
                return obj, passive
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            return None, passive
    return None, passive


def _adverbial_on_place(participle: Token) -> bool:
    """A present participle the parse hangs on a place noun that is a verb's object
    ("captured the area ... laying siege", "shelled the town killing"): with the
    commas stripped, the parser takes the clause's adverbial for the place's
    modifier, which would make the place its doer."""
    head = participle.head
    return (
        participle.dep_ == "acl"
        and participle.tag_ == "VBG"
        and head.dep_ in ("dobj", "pobj")
        and (head.lemma_.lower() in PLACE_NOUNS or head.ent_type_ in ("GPE", "LOC", "FAC"))
    )


def verb_roles(
    doc: Doc,
    trig: Trigger,
    mentions: Mentions,
    floor: int,
    reporting: frozenset[str] = frozenset(),
) -> Roles:
    verb = doc[trig.index]
    roles = Roles()
    subj, subject_is_patient = _subject(verb)
    agent = _child(verb, "agent")
    agent_obj = _pobj(agent) if agent is not None else None
    if subject_is_patient:
        roles.target_token = subj
        roles.source_token = agent_obj
    else:
        roles.source_token = subj
    if roles.target_token is None:
        roles.target_token = _verb_object(verb, trig, mentions)
    if roles.source_token is None:
        roles.source_token = _claimant(verb)
    roles.source_token = _agentive(roles.source_token, mentions)
    roles.source = _resolve(roles.source_token, mentions)
    # What is mobilised ("deployed more troops") is not a recipient unless it is named.
    named_only = trig.type == "MOBILIZE" or _idiom_object(verb, trig)
    roles.target = _resolve(roles.target_token, mentions, named_only=named_only)
    if roles.target is None and verb.lemma_.lower() == "target":
        roles.target, roles.aimed = verb_aim(verb, roles.target_token, mentions)
    not_the_victims(roles, mentions)
    explicit = subj is not None and (subj.head.i == verb.i or not _can_act(subj, mentions))
    if roles.source is None and agent_obj is None and not explicit:
        found = nearest_before(doc, mentions, verb.i, max(floor, verb.i - _FALLBACK_WINDOW))
        target_id = roles.target.actor_id if roles.target is not None else None
        dead = _dead_in(verb)
        if found is not None and dead is not None and found.start <= dead.idx < found.end:
            # "twelve rebels dead in fighting": who died in the happening is its victim.
            if roles.target is None:
                roles.target = ref(found)
            found = None
        if (
            found is not None
            and found.actor_id != target_id
            and not _reporter(doc, found, reporting)
            # Unnamed civilians next to an attack are its victims, not its authors.
            and (found.type not in GENERIC_TYPES or trig.type == "PROTEST")
        ):
            roles.source = ref(found)
    return roles


#: Words saying that someone died or was hurt: "dead", "killed", "wounded" ...
_CASUALTY_WORDS = _HARM | {"dead", "die"}


def _dead_in(verb: Token) -> Token | None:
    """The noun of those who died or were hurt "in" the happening the verb names
    ("twelve rebels dead in fighting", "soldiers killed during clashes"), if any."""
    prep = verb.head
    if verb.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep":
        return None
    if prep.lower_ not in ("in", "during"):
        return None
    casualty = prep.head
    if casualty.lemma_.lower() not in _CASUALTY_WORDS:
        return None
    # The casualty word describes its noun ("rebels dead"), or the noun is its subject.
    if casualty.dep_ in ("amod", "acl") and casualty.head.pos_ in ("NOUN", "PROPN"):
        return casualty.head
    return _child(casualty, "nsubj") or _child(casualty, "nsubjpass")


def fallen_roles(party: Token, mentions: Mentions) -> Roles:
    """Roles of a place that fell to a party (:mod:`sitrep.events.falls`): the party
    took it; the place is where, not whom, so there is no target."""
    return Roles(source=_resolve(party, mentions), source_token=party)


def _reporter(doc: Doc, mention: ActorMention, reporting: frozenset[str]) -> bool:
    """Whether the mention is the subject of a reporting verb ("ISIS said ten people
    were killed"), or stands before a reporting verb that governs it ("Speaking on
    Monday the envoy said that if the fighting went on ...", parsed with the
    speaker inside "Speaking on"): who reports a happening is not who did it."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in reporting:
        return True
    # The speaker slot of a reporting verb with no subject, reached from before it
    # by way of a modifier ("Speaking on ..."), not through what it reports.
    node = root
    while node.head.i != node.i:
        verb = node.head
        if verb.lemma_.lower() in reporting and verb.i > root.i:
            reported = node.dep_ in _REPORTED_DEPS
            return not reported and not any(c.dep_ == "nsubj" for c in verb.children)
        node = verb
    return False


#: Dependencies by which a reporting verb takes what it reports.
_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "conj", "dobj"})


def _agentive(subj: Token | None, mentions: Mentions) -> Token | None:
    """Prefer an animate conjunct, or the agent of the thing's participle, when the
    parse made a thing the subject.

    "The presence of US forces annoyed civilians, and local residents have stopped
    convoys" is often parsed with "presence" as subject and "residents" as its
    conjunct; the conjunct that can act is the agent.
    """
    if subj is None or mentions.at(subj) is not None or mentions.is_animate(subj):
        return subj
    if subj.pos_ == "PRON":
        return subj
    for conj in subj.conjuncts:
        if mentions.at(conj) is not None or mentions.is_animate(conj):
            return conj
    for child in subj.children:
        agent = _child(child, "agent") if child.dep_ == "acl" and child.tag_ == "VBN" else None
        if agent is not None and (doer := _pobj(agent)) is not None:
            # "shells fired by opposition groups hit ...", "a bomb planted by IS
            # exploded": the thing's own participle names who sent it.
            return doer
    agent = _child(subj.head, "agent") if subj.dep_ == "nsubj" else None
    if agent is not None and (doer := _pobj(agent)) is not None:
        # The same participle misparsed as the verb the thing is the subject of
        # ("rockets fired by Russian jets hit": "fired" the root, "hit" its conjunct):
        # an active verb has no agent, so the by-phrase is the sender.
        return doer
    return subj


def _idiom_object(verb: Token, trig: Trigger) -> bool:
    """Whether the target token is the idiom's own object ("open *fire*")."""
    if trig.idiom is None or trig.idiom.prep is not None:
        return False
    dobj = _child(verb, "dobj")
    return dobj is not None and dobj.lemma_.lower() in trig.idiom.objects


def _verb_object(verb: Token, trig: Trigger, mentions: Mentions) -> Token | None:
    dative = _child(verb, "dative")
    if dative is not None and dative.pos_ in ("NOUN", "PROPN", "PRON"):
        return dative
    dobj = _child(verb, "dobj")
    if dobj is None and verb.dep_ == "amod" and finite_participle(verb):
        dobj = verb.head  # "Nusra captured army-held hills", misparsed
    if dobj is not None and not (
        trig.idiom is not None
        and trig.idiom.prep is None
        and dobj.lemma_.lower() in trig.idiom.objects
        and mentions.in_phrase(dobj) is None
    ):
        return dobj
    return _prep_target(verb, mentions)


def _prep_target(verb: Token, mentions: Mentions) -> Token | None:
    """ "against X" always; "on/at/with X" only when X names an actor."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
            pobj = _pobj(child)
            if pobj is None:
                continue
            if child.lower_ == "against" or mentions.in_phrase(pobj) is not None:
                if child.lower_ in ("at", "with") and not _names_actor(pobj, mentions):
                    continue  # "at the direction of the president", "with the help of X"
                return pobj
    return None


def _names_actor(tok: Token, mentions: Mentions) -> bool:
    """Whether the phrase itself (not a complement of it) names an actor."""
    if mentions.at(tok) is not None:
        return True
    return any(
        c.dep_ in ("compound", "amod", "poss", "nmod") and mentions.at(c) is not None
        for c in tok.children
    )


def _armed(tok: Token, mentions: Mentions) -> bool:
    mention = mentions.in_phrase(tok)
    return mention is not None and mention.type in ARMED_TYPES


def _modifier(child: Token, noun: Token) -> bool:
    """A modifier of the noun that may name its doer; also a "subject" right before
    it, which the parse makes of a modifier when it read the noun as a verb ("Assad
    regime airstrikes", see sitrep.nlp.nouns.nouns_not_verbs)."""
    if child.dep_ in ("poss", "compound", "amod", "nmod"):
        return True
    return (
        child.dep_ == "nsubj"
        and child.i < noun.i
        and child.right_edge.i == noun.i - 1
        # Not a subject with a clause of its own: "seven villagers killed in army
        # airstrikes" (a headline parsed with "airstrikes" as its root) names the dead.
        and not any(c.dep_ in ("acl", "relcl") for c in child.children)
    )


def _behind(noun: Token) -> Token | None:
    """ "Russian warplanes were behind the attacks": the subject of "be behind"."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "behind" or head.head.lemma_ != "be":
        return None
    return next((c for c in head.head.children if c.dep_ == "nsubj"), None)


def _borne_by(noun: Token) -> Token | None:
    """ "The town faced an offensive by Kurdish fighters": the parser hangs the
    noun's "by" phrase on the active verb whose object it is."""
    verb = noun.head
    if noun.dep_ != "dobj" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    by = _child_prep(verb, "by")
    return _pobj(by) if by is not None else None


def _child_prep(tok: Token, word: str) -> Token | None:
    """The preposition ``word`` hanging off ``tok``, or None."""
    return next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == word), None)


def noun_roles(
    doc: Doc, trig: Trigger, mentions: Mentions, of_agent: frozenset[str] = frozenset()
) -> Roles:
    noun = doc[trig.index]
    roles = Roles()
    named_target = False
    #: The object of "targeting" hanging off the noun (recorded even when unlisted).
    aimed: Token | None = None
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and opposed(child):
            # "anti-regime protests": the protests are against the regime (a listed one).
            if roles.target_token is None:
                roles.target_token, named_target = child, True
        elif child.dep_ == "compound" and mentions.civilian_convoy(child):
            # "the bus convoy bomb attack": what was attacked, not who attacked.
            if roles.target_token is None:
                roles.target_token = child
        elif _modifier(child, noun) and roles.source_token is None:
            if mentions.resolve(child, allow_text=child.dep_ == "poss") is not None:
                roles.source_token = child
        elif child.dep_ == "prep":
            word = child.lower_
            obj = _pobj(child)
            if word == "by" and obj is not None:
                roles.source_token = obj
            elif word == "of" and obj is not None:
                by = _child_prep(obj, "by")
                if by is not None and roles.source_token is None:
                    # "the bombardment of the area by Russian warplanes": the parser
                    # hangs the noun's agent on its object.
                    roles.source_token = _pobj(by)
                if noun.lemma_.lower() in of_agent and _armed(obj, mentions):
                    # "air strikes of the coalition": an armed actor carries them out
                    # (but "the killing of the commander": the victim).
                    roles.source_token = roles.source_token or obj
                elif trig.type in _OF_IS_SOURCE:
                    roles.source_token = roles.source_token or obj
                else:
                    roles.target_token = roles.target_token or obj
            elif word in _NOMINAL_TARGET_PREPS and roles.target_token is None:
                roles.target_token = (
                    obj if obj is not None else _first_mention_token(child, mentions)
                )
                # "bombardment on Syria's Idlib": only "against" makes any phrase a
                # target; after on/at/to an unlisted name is more often a place.
                named_target = word not in ("against", "targeting")
        elif (
            child.dep_ == "acl"
            and child.tag_ == "VBN"
            and roles.source_token is None
            and (agent := _child(child, "agent")) is not None
        ):
            # "the attack, carried out by Hezbollah", "strikes launched by the coalition"
            roles.source_token = _pobj(agent)
        elif (
            child.dep_ == "acl"
            and child.lemma_.lower() == "blame"
            and roles.source_token is None
            and (on := _child_prep(child, "on")) is not None
        ):
            # "a chemical attack blamed on the regime": the party blamed is its doer
            # as the report tells it (a claim; the blame is the report's, or its
            # source's, not sitrep's).
            roles.source_token = _pobj(on)
        elif (
            child.dep_ == "acl"
            and child.lemma_.lower() in _AIMING_VERBS
            and roles.target_token is None
        ):
            # "airstrikes targeting the group's stronghold": the aim is the target.
            roles.target_token = _child(child, "dobj")
            named_target = True
            if child.lemma_.lower() == "target":
                aimed = roles.target_token
    if roles.source_token is None:
        roles.source_token = _claimant(noun) or _behind(noun)
    if roles.source_token is None and trig.light is None:
        borne = _borne_by(noun)
        if borne is not None and mentions.resolve(borne, allow_text=False) is not None:
            roles.source_token = borne
    if roles.target_token is None:
        roles.target_token = sufferer(noun)
    defender = _repeller(noun)
    if defender is not None:
        # "army units repelled an attack on the airport": the defenders were
        # attacked; the airport is where.
        roles.target_token, named_target = defender, True
    if roles.target_token is None:
        roles.target_token = stacked_target(noun, mentions)
        named_target = roles.target_token is not None or named_target
    if trig.light is not None:
        light = doc[trig.light]
        agent = _child(light, "agent")
        if roles.source_token is None and noun.dep_ == "nsubjpass" and agent is not None:
            # "the raids were carried out by Russian aircraft": the noun is the
            # passive light verb's subject, the doer its "by" phrase.
            roles.source_token = _pobj(agent)
        if roles.source_token is None:
            roles.source_token, _ = _subject(light)
        if roles.target_token is None:
            # "carried out airstrikes on X": the complement often hangs off the verb
            roles.target_token = _prep_target(light, mentions)
    if trig.mode == "sideAB" and roles.source_token is None and roles.target_token is None:
        sides = _between(noun)
        if sides is not None:
            roles.source_token, roles.target_token = sides
    roles.source = _resolve(roles.source_token, mentions)
    roles.target = _resolve(roles.target_token, mentions, named_only=named_target)
    if (
        defender is not None
        and roles.source is not None
        and roles.target is not None
        and roles.source.actor_id == roles.target.actor_id
    ):
        # "soldiers ... foiling their attack": "their" is the attackers, not the
        # soldiers the pronoun reached first.
        roles.source, roles.source_token = None, None
    if roles.target is None and aimed is not None and roles.target_token == aimed:
        roles.target = named_in_aim(aimed.head, mentions)
        roles.aimed = aimed_object(aimed)
    return roles


def _repeller(noun: Token) -> Token | None:
    """Who beat back the attack ``noun`` names (:mod:`sitrep.events.repelled`): the
    repelling verb's subject, or its "by" phrase in the passive ("was repelled by
    the army"); None when the attack was not beaten back."""
    verb = repelling_verb(noun)
    if verb is None:
        return None
    if noun.dep_ == "nsubjpass":
        agent = _child(verb, "agent")
        return _pobj(agent) if agent is not None else None
    subject, patient = _subject(verb)
    return None if patient else subject


def _claimant(tok: Token) -> Token | None:
    """Who "claimed responsibility for" the event ("IS claimed responsibility for the
    bombing", "... for killing the officers"): the claimant is its source."""
    prep = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or prep.lower_ != "for":
        return None
    noun = prep.head
    if noun.lower_ == "responsible" and noun.dep_ == "acomp":
        return _held_responsible(noun.head)
    if noun.lemma_.lower() not in ("responsibility", "credit"):
        return None
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _CLAIMING_VERBS:
        return None
    subj, patient = _subject(verb)
    return None if patient else subj


#: Verbs by which a party says it did something: "IS said it was responsible for".
_OWNING = frozenset({"say", "claim", "announce", "admit", "state", "confirm", "acknowledge"})


def _held_responsible(be: Token) -> Token | None:
    """The speaker of "X said it was responsible for the bombing": a party owning the
    act, as when it claims responsibility. Others holding someone responsible ("the
    government argued the rebels were responsible", "militants could be
    responsible") are blame, which the claims stage reads, not a doer."""
    if be.dep_ != "ccomp" or any(c.dep_ in ("neg", "aux") for c in be.children):
        return None
    subj = _child(be, "nsubj")
    speech = be.head
    if subj is None or subj.lower_ not in ("it", "they", "we"):
        return None
    if speech.lemma_.lower() not in _OWNING or any(c.dep_ == "neg" for c in speech.children):
        return None
    speaker = _child(speech, "nsubj")
    return speaker if speaker is not None and speaker.lower_ not in _RELATIVE else None


def _first_mention_token(prep: Token, mentions: Mentions) -> Token | None:
    """A mention anywhere under the preposition ("against what they claim are X targets")."""
    for tok in prep.subtree:
        if mentions.at(tok) is not None:
            return tok
    return None


def _resolve(tok: Token | None, mentions: Mentions, *, named_only: bool = False) -> ActorRef | None:
    if tok is None:
        return None
    return mentions.resolve(tok, allow_text=not named_only)


def government_forces(roles: Roles, event_type: str, mentions: Mentions) -> None:
    """An assault by a government is carried out by its armed forces ("the regime
    bombed", "Ankara launched strikes"): the source becomes the forces."""
    source = roles.source
    if event_type != "ASSAULT" or source is None or source.actor_id is None:
        return
    if mentions.forces is None:
        return
    military = mentions.forces.forces.get(source.actor_id)
    if military is not None:
        roles.source = ActorRef(actor_id=military[0], name=military[1], text=source.text)


def _can_act(tok: Token, mentions: Mentions) -> bool:
    """Whether an inherited subject may be an actor; a thing ("a car bomb exploded,
    wounding three") is the cause itself, so no nearby name is guessed as the doer."""
    return (
        tok.pos_ in ("PRON", "PROPN")
        or mentions.is_animate(tok)
        or mentions.in_phrase(tok) is not None
    )
