"""Finding event triggers: verbs, phrasal verbs, verb + object idioms and event nouns.

One pass over the tokens with dict lookups. Nouns governed by a light verb
("carried out airstrikes", "launched an offensive") are the trigger; the light verb
only contributes its subject. A trigger under a threat, request or refusal
("threatened to attack", "called for a withdrawal") is absorbed by it: a threat to
attack is a THREATEN event, not an attack.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.events.convoys import AID, CIVILIAN, convoy_reading
from sitrep.events.falls import fallen_to
from sitrep.events.lexicon import Code, Lexicon, VerbObject
from sitrep.events.ongoing import STOPPABLE, presupposed, stopped
from sitrep.nlp.clauses import PLACE_ENTITIES, antecedent, finite_participle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_VERB_POS = frozenset({"VERB"})
_NOUN_POS = frozenset({"NOUN"})
#: Dependencies leading from a verb to the words an idiom's object may be.
_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "appos", "nsubjpass", "oprd", "pobj", "prep"})
_DIRECT_OBJECT_DEPS = _OBJECT_DEPS - {"pobj", "prep"}
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis"})
_LIGHT_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "pobj"})
#: Participles that, describing people, still report a toll ("civilians killed in").
_TOLL_VERBS = frozenset({"kill", "wound", "injure", "martyr", "execute", "behead"})
_AGENT_LABELS = frozenset({"PERSON", "ORG", "NORP"})
#: Types whose verbs, with a published object, mean publishing it instead ("released
#: a video", "shot footage", "delivered a statement"); speech acts about a statement
#: ("rejected the report") stay events.
_NOT_PUBLISHING = frozenset({"RETREAT", "ASSAULT", "AID", "COOPERATE", "MOBILIZE"})
_SUPPRESS_PATH = frozenset({"xcomp", "ccomp", "pobj", "prep", "pcomp", "dobj"})


@dataclass
class Trigger:
    index: int
    type: str
    mode: str | None
    nominal: bool
    #: A weak noun ("operation") yields to a specific trigger in the same clause.
    weak: bool = False
    #: Index of the light verb governing a nominal trigger.
    light: int | None = None
    #: The idiom matched, for source-dependent codes ("residents stopped the convoy").
    idiom: VerbObject | None = None


def _object_lemmas(verb: Token, deps: frozenset[str] = _OBJECT_DEPS) -> set[str]:
    """Lemmas of the verb's objects and their dependents (two levels, no clauses)."""
    out: set[str] = set()
    if verb.dep_ == "amod" and finite_participle(verb):
        # "the Nusra Front captured army-held hills" parsed as a modifier of
        # "hills": the noun it hangs on is its object.
        out.update((verb.head.lemma_.lower(), verb.head.lower_))
    for child in verb.children:
        if child.dep_ not in deps or child.pos_ == "VERB":
            # A participle the parser hangs on the verb as a preposition ("*Based* on
            # the results we will take measures") is no object of it.
            continue
        child = antecedent(child, verb)  # "a helicopter which was downed"
        out.update((child.lemma_.lower(), child.lower_))
        for grand in child.children:
            if grand.dep_ not in _CLAUSE_DEPS:
                out.update((grand.lemma_.lower(), grand.lower_))
    return out


def _part_objects(verb: Token) -> set[str]:
    """Lemmas of what the verb's object is a part or a quantity of ("large swathes *of
    territory*", "a number *of fighters*"): the idiom is about that."""
    out: set[str] = set()
    for child in verb.children:
        if child.dep_ not in _OBJECT_DEPS or child.pos_ == "VERB":
            continue
        for grand in child.children:
            if grand.dep_ == "prep" and grand.lower_ == "of":
                out.update(g.lemma_.lower() for g in grand.children if g.dep_ == "pobj")
    return out


def _publishes(verb: Token, type_: str, lex: Lexicon) -> bool:
    """The verb puts out a publication ("released a video", "shot footage"): its
    direct object (or passive subject) is a media object, not people or a place. An
    attack verb's passive subject is not asked: a misparse often makes a distant
    "reports of clashes" the subject of "were killed"."""
    deps = ("dobj",) if type_ == "ASSAULT" else ("dobj", "nsubjpass")
    for child in verb.children:
        if child.dep_ in deps and child.lemma_.lower() in lex.media_objects:
            return True
    return False


def _verb_code(tok: Token, lex: Lexicon) -> tuple[Code, VerbObject | None] | None:
    lemma = tok.lemma_.lower()
    if lemma in lex.reporting_verbs:
        return None
    idiom_objects = lex.idiom_objects.get(lemma)
    if idiom_objects and any(
        c.dep_ == "dobj" and c.lemma_.lower() in idiom_objects for c in tok.children
    ):
        return None  # "took place in the X neighbourhood": happened, not a capture
    idioms = lex.verb_object.get(lemma)
    if idioms:
        preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "dative")}
        # The object itself first ("took control of more streets" is a capture),
        # its direct object before a phrase ("set off a bomb beneath a checkpoint"
        # is a bombing, not setting up a checkpoint), then what it is a part of
        # ("captured swathes of territory").
        direct = _object_lemmas(tok, _DIRECT_OBJECT_DEPS)
        for objects in (direct, _object_lemmas(tok), _part_objects(tok)):
            for idiom in idioms:
                if objects & idiom.objects and (idiom.prep is None or idiom.prep in preps):
                    if idiom.code[0] == "MOBILIZE":
                        return _sent_convoy(tok, idiom, lex)
                    return idiom.code, idiom
    if lemma in lex.territorial_verbs:
        for child in tok.children:
            place = child.ent_type_ in PLACE_ENTITIES or (
                child.pos_ == "PROPN" and child.ent_type_ not in _AGENT_LABELS
            )
            if child.dep_ in ("dobj", "nsubjpass") and place:
                # "the SDF captured Baghuz": taking a place is an armed assault.
                return ("ASSAULT", None), None
    for child in tok.children:
        # The parser sometimes takes a particle right after its verb for an adverb
        # ("to pull back late on Friday").
        particle = child.dep_ == "advmod" and child.i == tok.i + 1
        if child.dep_ in ("prt", "prep", "agent") or particle:
            code = lex.phrasal.get((lemma, child.lower_))
            if code is not None:
                return code, None
    code = lex.verbs.get(lemma)
    if lemma in lex.arrival_verbs:
        # "reinforcements arrived", "terrorists who had arrived from Iraq": forces on
        # the move; an envoy, inspectors or the wounded who arrive are no mobilisation.
        mode = _force_subject(tok, lex.forces)
        if mode is None and tok.dep_ == "acl" and tok.tag_ == "VBG":
            mode = _force_noun(tok.head, lex.forces)  # "mercenaries arriving from Iraq"
        return (("MOBILIZE", mode), None) if mode is not None else None
    if fallen_to(tok, lex) is not None:
        return ("ASSAULT", None), None  # "Palmyra fell to IS": taken, as "IS captured Palmyra"
    if lemma in lex.munition_verbs:
        # A munition's impact whatever else the verb may mean: "a missile slammed
        # into the market" (but "the opposition slammed the decision"), or an
        # aircraft's strike ("Russian jets hit an aid convoy").
        mode = _munition_subject(tok, lex.munitions)
        if mode is None and lemma in lex.aircraft_verbs:
            mode = _munition_subject(tok, lex.aircraft)
            if mode is None:
                found = _struck_passive(tok, lex)
                if found is not None:
                    return ("ASSAULT", found or None), None
                if _forces_hit_place(tok, lex):
                    return ("ASSAULT", None), None
        if mode is not None:
            return ("ASSAULT", mode), None
        if code is None:
            return None
    if code is None or (code[0] in _NOT_PUBLISHING and _publishes(tok, code[0], lex)):
        return None
    return code, None


def _sent_convoy(
    verb: Token, idiom: VerbObject, lex: Lexicon
) -> tuple[Code, VerbObject | None] | None:
    """A sent convoy is what it carries: "the UN sent an aid convoy" is aid, buses
    sent to take people out are no mobilisation, troops sent are one."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in lex.convoys.nouns:
            reading = convoy_reading(child, lex.convoys)
            if reading == CIVILIAN:
                return None
            if reading == AID:
                return ("AID", "humanitarian"), None
    return idiom.code, idiom


def _force_noun(noun: Token, forces: dict[str, str]) -> str | None:
    """The mode of an armed force the noun names ("peshmerga forces", "reinforcements",
    "hundreds of Hezbollah fighters")."""
    found = forces.get(noun.lemma_.lower())
    if found is not None:
        return found
    for part in noun.children:
        if part.dep_ == "compound" and part.lemma_.lower() in forces:
            return forces[part.lemma_.lower()]
        if part.dep_ == "prep" and part.lower_ == "of" and noun.pos_ in ("NUM", "NOUN"):
            for obj in part.children:  # a count of them: "hundreds of fighters"
                if obj.dep_ == "pobj" and obj.lemma_.lower() in forces:
                    return forces[obj.lemma_.lower()]
    return None


def _force_subject(verb: Token, forces: dict[str, str]) -> str | None:
    """The mode of the armed force that is the verb's subject, if one (through the
    relative pronoun: "terrorists who had arrived")."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return _force_noun(antecedent(child, verb), forces)
    return None


def _struck_passive(verb: Token, lex: Lexicon) -> str | None:
    """For a passive "hit": the mode of the munition or aircraft that hit ("Kilis has
    been hit by rockets", "the road was hit with 100 missiles"; "" when it is
    unnamed), if what was hit is a place or facility ("residential districts were
    also hit"; not "the economy was hit by the crisis"); None otherwise."""
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return None
    for prep in children:
        if prep.dep_ in ("agent", "prep") and prep.lower_ in ("by", "with"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    word = _counted_noun(obj).lemma_.lower()
                    mode = lex.munitions.get(word) or lex.aircraft.get(word)
                    if mode is not None:
                        return mode
                    return None  # hit by something else: a crisis, a fine, a flood
    return "" if _counted_noun(subject).lemma_.lower() in lex.struck_places else None


def _forces_hit_place(verb: Token, lex: Lexicon) -> bool:
    """An armed force (a ``forces`` noun: rebels, troops, the army) that hit a place
    or facility (a ``struck_places`` noun or a place name): "rebels hit
    government-held areas of the city" is their attack; "the crisis hit the
    economy" names no force, and forces that "hit the road" set off. Not through a
    relative pronoun: in "shelling by the rebels which hit the square" what hit is
    the shelling, told already."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("WDT", "WP"):
        return False
    if _force_noun(subject, lex.forces) is None:
        return False
    for child in verb.children:
        if child.dep_ == "dobj":
            noun = _counted_noun(child)
            word = noun.lemma_.lower()
            if word == "road":
                return False
            return word in lex.struck_places or noun.ent_type_ in PLACE_ENTITIES
    return False


def _counted_noun(noun: Token) -> Token:
    """The noun a count phrase counts ("a number of shells", "a total of 20 rockets",
    "one of its centres"), or the noun itself."""
    if noun.lemma_.lower() in _COUNT_HEADS or noun.like_num:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return noun


#: Heads of a count phrase whose "of" object is what is counted.
_COUNT_HEADS = frozenset({"number", "total", "dozen", "dozens", "hundreds", "barrage", "salvo"})


def _munition_subject(verb: Token, kinds: dict[str, str]) -> str | None:
    """The mode of the munition (or aircraft: ``kinds``) that is the verb's subject
    ("two rockets hit", "shells landed", "missiles which hit" through the relative
    pronoun, "warplanes hit", "the air force hit", "a number of shells hit"), or the
    subject of the verb it completes ("the air force continues to hit") or is
    conjoined to ("barrel bombs dropped by helicopters also hit a mosque"), if it
    is one."""
    children = list(verb.children)
    shared = verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX")
    if shared and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        children = list(verb.head.children)
    for child in children:
        if child.dep_ != "nsubj":
            continue
        subject = antecedent(_counted_noun(child), verb)
        # "barrel bombs", "mortar shells", "drone aircraft": the compound's first
        # word says more; "the air force" is aircraft.
        head = subject.lemma_.lower()
        for part in subject.children:
            if part.dep_ != "compound":
                continue
            if part.lemma_.lower() in kinds:
                return kinds[part.lemma_.lower()]
            if part.lower_ == "air" and head == "force":
                head = "aircraft"
        return kinds.get(head)
    return None


#: Event types whose noun can be what an attack hits ("struck the convoy").
_ATTACKED_TYPES = frozenset({"MOBILIZE", "AID"})
#: Prepositions that place a happening in time, not make it a light verb's object.
_WHEN_PREPS = frozenset(
    {"after", "before", "following", "follow", "since", "during", "until", "amid", "despite"}
)


def _light_verb(tok: Token, lex: Lexicon, type_: str) -> int | None:
    """The light verb whose object this noun is ("carried out *airstrikes*").

    A verb of attack ("struck") is light for an agreement ("struck a deal") but not
    for what an attack hits: "jets struck the convoy" is a strike on the convoy.
    """
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    head = node.head
    if node.dep_ == "pobj" and head.dep_ == "prep":
        if head.lemma_.lower() in _WHEN_PREPS:
            return None  # "talks could resume after the attack": no attack resumed
        # "engaged in fighting" / "took part in the offensive"
        head = head.head
    if (
        node.dep_ in _LIGHT_OBJECT_DEPS
        and head.pos_ in _VERB_POS
        and head.lemma_.lower() in lex.light_verbs
    ):
        verb = lex.verbs.get(head.lemma_.lower())
        if verb is not None and verb[0] == "ASSAULT" and type_ in _ATTACKED_TYPES:
            return None
        return int(head.i)
    return None


def _noun_code(tok: Token, lex: Lexicon) -> tuple[Code, bool] | None:
    if tok.dep_ in ("compound", "amod") and tok.head.pos_ in _NOUN_POS:
        return None  # "attack helicopters", "protest movement": a modifier, not an event
    lemma = tok.lemma_.lower()
    if lemma in lex.arrival_nouns:
        # "the arrival of heavily armed peshmerga forces"; not an envoy's arrival.
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    mode = _force_noun(obj, lex.forces) if obj.dep_ == "pobj" else None
                    if mode is not None:
                        return ("MOBILIZE", mode), False
        return None
    weak = False
    code = lex.nouns.get(lemma)
    if code is None:
        code = lex.weak_nouns.get(lemma)
        weak = code is not None
    if code is None:
        return None
    if lemma in lex.convoys.nouns:
        reading = convoy_reading(tok, lex.convoys)
        if reading == CIVILIAN:
            return None  # "a bus convoy evacuating residents": people moved out, no troops
        if reading == AID:
            return ("AID", "humanitarian"), False  # "a Red Crescent convoy"
    refinements = lex.refine.get(lemma)
    if refinements:
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.lemma_.lower() in refinements:
                code = refinements[child.lemma_.lower()]
                weak = False
                break
    return code, weak


def _weak_ok(tok: Token, lex: Lexicon, light: int | None) -> bool:
    """A weak noun is an event only with a light verb, a military modifier or 'against'."""
    if light is not None:
        return True
    for child in tok.children:
        if child.dep_ in ("amod", "compound") and child.lemma_.lower() in lex.weak_context:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("against", "targeting")
            and tok.lemma_.lower() in lex.weak_against
        ):
            return True
    return False


def _candidates(doc: Doc, lex: Lexicon) -> Iterator[Token]:
    """The verbs and nouns whose lemma the lexicon codes, in text order.

    Every other token yields no trigger; reading part of speech and lemma for all
    tokens as one array, not token by token, is what keeps this pass cheap.
    """
    # Imported here: importing spaCy is heavy, and sitrep imports nothing heavy up front.
    from spacy.attrs import LEMMA, POS
    from spacy.symbols import NOUN, VERB

    verbs = set(lex.verbs)
    verbs.update(lex.verb_object)
    verbs.update(lemma for lemma, _ in lex.phrasal)
    verbs.update(lex.territorial_verbs)
    verbs.update(lex.munition_verbs)
    verbs.update(lex.arrival_verbs)
    nouns = set(lex.nouns)
    nouns.update(lex.weak_nouns)
    nouns.update(lex.arrival_nouns)
    strings = doc.vocab.strings
    lowered: dict[int, str] = {}
    for i, (pos, lemma_id) in enumerate(doc.to_array([POS, LEMMA]).tolist()):
        if pos == VERB:
            wanted = verbs
        elif pos == NOUN:
            wanted = nouns
        else:
            continue
        lemma = lowered.get(lemma_id)
        if lemma is None:
            lemma = lowered[lemma_id] = strings[lemma_id].lower()
        if lemma in wanted:
            yield doc[i]


#: Vehicles whose "-ing" participle says what they were doing ("a bus transporting").
_VEHICLES = frozenset(
    {"bus", "truck", "lorry", "van", "car", "vehicle", "boat", "ship", "plane", "train", "minibus"}
)

_PERFECT_AUX = frozenset({"have", "has", "had"})


def _perfect(tok: Token) -> bool:
    """A past participle right after "have" (adverbs between) is a perfect tense the
    parser took for a modifier ("forces have until recently transported them")."""
    if tok.tag_ != "VBN":
        return False
    for back in range(tok.i - 1, max(tok.i - 5, -1), -1):
        prev = tok.doc[back]
        if prev.lower_ in _PERFECT_AUX:
            return True
        if prev.pos_ not in ("ADV", "ADP", "PART"):
            return False
    return False


#: Words introducing a part of a count ("700 people including 47 wounded").
_PART_OF = frozenset({"including", "among", "excluding", "plus"})


def _counted_casualties(tok: Token) -> bool:
    """A casualty participle used as a noun in part of a count ("some 700 people,
    including 47 wounded, crossed the border"): it names people, not an attack."""
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in _TOLL_VERBS or tok.i < 2:
        return False
    doc = tok.doc
    return doc[tok.i - 1].like_num and doc[tok.i - 2].lower_ in _PART_OF


#: Words for the victims of an attack as a group ("the dead and wounded").
_VICTIM_WORDS = frozenset({"dead", "killed", "wounded", "injured"})


def _the_casualties(tok: Token) -> bool:
    """A participle used as a noun for people: "treated the wounded", "carried the dead
    and wounded" (which the parser joins to the verb before as a second verb). They
    were hurt in an attack the text tells elsewhere; this names no happening."""
    if tok.tag_ != "VBN":
        return False
    if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return True
    if tok.dep_ == "pobj":
        # The object of a preposition is a noun: "the number of wounded",
        # "among wounded and dead".
        return True
    i = tok.i
    return (
        i >= 3
        and tok.doc[i - 1].lower_ == "and"
        and tok.doc[i - 2].lower_ in _VICTIM_WORDS
        and tok.doc[i - 3].lower_ == "the"
    )


#: Verbs of combat whose "-ing" form on a party names what the party does.
_COMBAT = frozenset({"fight", "battle", "combat"})


def _fighting_party(tok: Token, lex: Lexicon) -> bool:
    """ "The coalition fighting IS", "rebels fighting to topple him", "the main force
    battling the extremists": a participle on a party says what the party does, a
    description like "US-backed rebels", not one battle (on an event noun, as in
    "airstrikes targeting a school", a participle is news and stays). A relative
    clause ("an area where rebels are battling the army") is left an event, as
    the events gold codes one."""
    head = tok.head
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "acl"
        and tok.lemma_.lower() in _COMBAT
        and head.pos_ in ("NOUN", "PROPN")
        and head.lemma_.lower() not in lex.nouns
    )


def find_triggers(doc: Doc, lex: Lexicon, blocked: set[int]) -> list[Trigger]:
    """Every trigger in ``doc``; tokens in ``blocked`` (actor and place names) are skipped."""
    found: list[Trigger] = []
    for tok in _candidates(doc, lex):
        if tok.i in blocked:
            continue
        if tok.pos_ in _VERB_POS:
            described = tok.dep_ == "amod" or (tok.dep_ == "conj" and tok.head.dep_ == "amod")
            if described and not _perfect(tok) and not finite_participle(tok):
                # "US-backed rebels", "the besieged town", "damaged and destroyed
                # buildings": a description, not news.
                continue
            if (
                tok.dep_ == "acl"
                and tok.tag_ == "VBN"
                and tok.lemma_.lower() not in _TOLL_VERBS
                and not finite_participle(tok)
            ):
                # "forces backed by air power", "a group banned in Russia": a participle
                # describing a noun (but "people killed in raids" reports the toll).
                continue
            if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in _VEHICLES:
                # "a bus transporting workers", "a truck carrying fighters": what the
                # vehicle was doing when something happened to it, no news of its own.
                continue
            if _fighting_party(tok, lex):
                continue
            if _counted_casualties(tok) or _the_casualties(tok):
                continue
            verb = _verb_code(tok, lex)
            if verb is not None:
                (type_, mode), idiom = verb
                found.append(Trigger(tok.i, type_, mode, nominal=False, idiom=idiom))
        elif tok.pos_ in _NOUN_POS:
            noun = _noun_code(tok, lex)
            if noun is None:
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB":
                continue  # "condemned the killing as an aggression": a characterisation
            (type_, mode), weak = noun
            light = _light_verb(tok, lex, type_)
            if weak and not _weak_ok(tok, lex, light):
                continue
            found.append(Trigger(tok.i, type_, mode, nominal=True, weak=weak, light=light))
    return _drop_light_duplicates(doc, _drop_suppressed(doc, found, lex))


def _double_negative(tok: Token, negating: frozenset[str]) -> bool:
    """A negated denial ("did not deny that jets struck the town") asserts what it
    governs, so it does not suppress the event in its complement."""
    return tok.lemma_.lower() in negating and any(c.dep_ == "neg" for c in tok.children)


def _drop_suppressed(doc: Doc, found: list[Trigger], lex: Lexicon) -> list[Trigger]:
    negating = lex.modality["negating_heads"]
    suppressors = {
        t.index
        for t in found
        if t.type in lex.suppressing_types and not _double_negative(doc[t.index], negating)
    }
    if not suppressors:
        return found
    kept = []
    for trig in found:
        node = doc[trig.index]
        light = None if trig.light is None else doc[trig.light]
        if trig.type in STOPPABLE and stopped(node, light, lex.modality):
            # "urged Russia to halt its offensive": the offensive is going on; only
            # its halt is asked for.
            kept.append(trig)
            continue
        absorbed = False
        for _ in range(4):
            if node.dep_ not in _SUPPRESS_PATH or node.head.i == node.i:
                break
            if presupposed(node, lex.presupposing_heads):
                break
            node = node.head
            if node.i in suppressors:
                absorbed = True
                break
        if not absorbed:
            kept.append(trig)
    return kept


def _drop_light_duplicates(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    """A light verb that is itself in the lexicon ("signed an agreement") adds nothing."""
    lights = {t.light for t in found if t.nominal and t.light is not None}
    return [t for t in found if t.nominal or t.index not in lights]
