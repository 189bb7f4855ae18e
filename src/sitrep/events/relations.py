"""Role refinements that need more than one trigger's own parse.

Run after triggers are merged into happenings:

* **Reactions to a happening**: "Zarif denounced *the strike*", "Ankara condemned
  *the attack*": the target of an accusation, denial, approval or protest whose
  object is an event noun is whoever carried out that event.
* **Symmetric types** (agreements, talks, cooperation): "Erdogan and Putin agreed"
  has both leaders as participants; the second conjunct is recorded as the target.
  An event noun in a prepositional phrase of such a verb ("agreed ... after six
  hours of *talks*") has the verb's participants.
* **Civilian victims**: an attack's unnamed human victims ("seven people", "three
  women") are civilians in ACLED's coding (armed victims are named as such).
* **Blame**: an attack whose doer the report does not name takes the party blamed
  for it ("... were killed in an air strike. Ankara blamed the regime").
* **Threats** are speech acts: "would take revenge" is a threat made, not a
  hypothetical one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, Self, TypeVar

from sitrep.actors import state_forces
from sitrep.events.war_tolls import war_toll
from sitrep.model import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.events.lexicon import Lexicon
    from sitrep.events.mentions import Mentions
    from sitrep.events.roles import Roles
    from sitrep.events.triggers import Trigger
    from sitrep.model import Modality

#: Types whose target is the doer of the happening they react to.
REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "PROTEST", "REQUEST", "SANCTION"})
#: Types whose participants are peers: source and target are interchangeable.
SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
#: Types addressed to another party by words, not force.
POLITICAL_TYPES = frozenset(
    {"THREATEN", "ACCUSE", "SUPPORT", "REQUEST", "REJECT", "SANCTION", "CONSULT", "AGREE"}
)
#: Types whose human victims without a name are civilians.
VICTIM_TYPES = frozenset({"ASSAULT", "COERCE", "AID"})
CIVILIANS = ActorRef(actor_id="CIVILIANS", name="Civilians", text="civilians")
PROTESTERS = ActorRef(actor_id="PROTESTERS", name="Protesters", text="protesters")


class DraftLike(Protocol):
    type: str
    mode: str | None
    merged: bool
    modality: Modality
    into: DraftLike | None

    @property
    def trig(self) -> Trigger: ...

    @property
    def roles(self) -> Roles: ...


class Merged(Protocol):
    """Anything merged into another of its kind (drafts of events)."""

    @property
    def into(self) -> Self | None: ...


M = TypeVar("M", bound=Merged)


def keeper(draft: M) -> M:
    """The happening a (possibly merged) draft ended up in."""
    node = draft
    for _ in range(16):
        if node.into is None:
            break
        node = node.into
    return node


def reaction_targets(doc: Doc, drafts: list[DraftLike], by_index: dict[int, DraftLike]) -> None:
    """The target is the doer of the happening named as the object: "condemned the
    killing" (the killer), "cracked down on protests" (the protesters). A political
    reaction addresses the state, so a state's forces stand for its government there."""
    governments = {mil: gov for gov, (mil, _) in state_forces().forces.items()}
    names = {gov: name for gov, name in state_forces().states.values()}
    for draft in drafts:
        if draft.merged:
            continue
        if draft.roles.target is not None and draft.roles.target.actor_id:
            continue
        event = _object_event(doc, draft, by_index)
        if event is None or event is draft or event.type == draft.type:
            continue
        source = keeper(event).roles.source
        if source is None or source == draft.roles.source:
            continue
        government = governments.get(source.actor_id or "")
        if draft.type in REACTION_TYPES and government is not None and government in names:
            source = ActorRef(actor_id=government, name=names[government], text=source.text)
        draft.roles.target = source


def _object_event(doc: Doc, draft: DraftLike, by_index: dict[int, DraftLike]) -> DraftLike | None:
    """The happening named as the object: the target token, or "on/against X"."""
    token = draft.roles.target_token
    if token is not None:
        return by_index.get(token.i)
    if draft.trig.nominal:
        return None
    for child in doc[draft.trig.index].children:
        if child.dep_ == "prep" and child.lower_ in ("on", "against", "upon"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.i in by_index:
                    return by_index[pobj.i]
    return None


def default_protesters(drafts: list[DraftLike]) -> None:
    """A protest whose doers the text does not name is by protesters."""
    for draft in drafts:
        if draft.type == "PROTEST" and draft.roles.source is None:
            draft.roles.source = PROTESTERS


def _conjunct_ref(tok: Token | None, mentions: Mentions) -> ActorRef | None:
    if tok is None:
        return None
    for conj in tok.conjuncts:
        found = mentions.resolve(conj)
        if found is not None:
            return found
    return None


def _as_forces(found: ActorRef, head: Token, mentions: Mentions) -> ActorRef:
    """ "Syrian regime fighters", "Russian troops": a state named before a forces noun
    stands for its armed forces."""
    forces = mentions.forces
    if found.actor_id is None or forces is None:
        return found
    if head.lemma_.lower() not in forces.heads and head.lower_ not in forces.heads:
        return found
    military = forces.forces.get(found.actor_id)
    if military is None:
        return found
    return ActorRef(actor_id=military[0], name=military[1], text=found.text)


def _side(word: Token, head: Token, mentions: Mentions) -> ActorRef | None:
    """The actor one conjunct names, as ``head``'s kind of actor."""
    states = mentions.forces.states if mentions.forces is not None else {}
    state = states.get(word.lower_)
    if state is not None:
        # A country word inside a longer mention ("Turkish and Russian troops" is one
        # match) still names its own state.
        found = ActorRef(actor_id=state[0], name=state[1], text=word.text)
    else:
        mention = mentions.in_phrase(word)
        if mention is None:
            return None
        found = ActorRef(actor_id=mention.actor_id, name=mention.name, text=mention.text)
    return _as_forces(found, head, mentions)


def _conjoined_sides(tok: Token | None, mentions: Mentions) -> list[ActorRef]:
    """The sides named by a coordination ("Turkish and Russian troops", "regime and
    rebel fighters"), each as the kind of actor the last noun names (the head of
    "X and Y fighters" is shared)."""
    if tok is None:
        return []
    groups: list[tuple[list[Token], Token]] = []
    if tok.conjuncts:
        nouns = sorted((tok, *tok.conjuncts), key=lambda t: t.i)
        groups.append((nouns, nouns[-1]))
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.conjuncts:
            groups.append((sorted((child, *child.conjuncts), key=lambda t: t.i), tok))
    for words, head in groups:
        sides = [side for word in words if (side := _side(word, head, mentions)) is not None]
        if len(sides) >= 2 and len({side.actor_id for side in sides}) >= 2:
            return sides
    return []


def mutual_sides(drafts: list[DraftLike], mentions: Mentions) -> None:
    """Fighting between two sides ("70 regime and rebel fighters were killed in 24
    hours of battle"): with no attacker named, the two sides named as its victims
    are its source and target (which is which is arbitrary: the fight is mutual)."""
    for draft in drafts:
        if draft.merged or draft.type != "ASSAULT" or draft.mode != "sideAB":
            continue
        roles = draft.roles
        if roles.source is not None:
            continue
        sides = _conjoined_sides(roles.target_token, mentions)
        if sides:
            roles.source, roles.target = sides[0], sides[1]


def symmetric_roles(doc: Doc, drafts: list[DraftLike], mentions: Mentions) -> None:
    """Peers of an agreement or talks: the conjunct subject, or the governing verb's."""
    verbs = {d.trig.index: d for d in drafts if not d.trig.nominal}
    for draft in drafts:
        if draft.merged or draft.type not in SYMMETRIC_TYPES:
            continue
        roles = draft.roles
        if draft.trig.nominal and roles.source is None and roles.target is None:
            tok = doc[draft.trig.index]
            node = tok
            # "agreed ... after six hours of talks": up through of/after/in phrases.
            for _ in range(4):
                if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
                    break
                node = node.head
            head = verbs.get(node.i) if node.i != tok.i else None
            if head is not None and head.type in SYMMETRIC_TYPES:
                roles.source, roles.target = head.roles.source, head.roles.target
                roles.source_token = head.roles.source_token
            continue
        if roles.target is None and roles.source is not None:
            partner = _conjunct_ref(roles.source_token, mentions)
            if partner is not None and partner.actor_id != roles.source.actor_id:
                roles.target = partner
                continue
            # "Turkish and Russian troops will start joint patrols": the sides are
            # coordinated modifiers of one subject noun.
            sides = _conjoined_sides(roles.source_token, mentions)
            if sides:
                roles.source, roles.target = sides[0], sides[1]


#: Victim words that say nothing of who the dead were.
_ANYONE = frozenset({"people", "person", "persons"})


def civilian_victims(drafts: list[DraftLike], lex: Lexicon) -> None:
    """Unnamed people as an attack's target are coded as civilians, except the
    "people" of the war's toll as a whole, who include its fighters."""
    for draft in drafts:
        if draft.merged or draft.type not in VICTIM_TYPES:
            continue
        target, token = draft.roles.target, draft.roles.target_token
        if token is None:
            continue
        head = token
        if head.like_num or head.lemma_.lower() in lex.vague_numbers:
            of = next((c for c in head.children if c.lower_ == "of"), None)
            head = next((c for c in of.children if c.dep_ == "pobj"), head) if of else head
        if (
            head.lemma_.lower() in _ANYONE
            and (target is None or target.actor_id in (None, CIVILIANS.actor_id))
            and war_toll(token.doc[draft.trig.index])
        ):
            # The war's toll of "people" counts its fighters too: not civilians.
            draft.roles.target = ActorRef(actor_id=None, name=head.text, text=head.text)
            continue
        # A victim word the actor reader left unresolved ("ferried the casualties")
        # names unnamed people all the same.
        if target is not None and target.actor_id is not None:
            continue
        if head.lemma_.lower() in lex.victim_nouns or head.lower_ in lex.victim_nouns:
            draft.roles.target = ActorRef(
                actor_id=CIVILIANS.actor_id,
                name=CIVILIANS.name,
                text=target.text if target is not None else token.text,
            )


def suppressed_protests(doc: Doc, drafts: list[DraftLike], by_index: dict[int, DraftLike]) -> None:
    """ "The regime cracked down on protests": a protest that the authorities put down
    was a protest against them."""
    for draft in drafts:
        if draft.merged or draft.type != "PROTEST" or draft.roles.target is not None:
            continue
        tok = doc[draft.trig.index]
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        elif tok.dep_ != "dobj":
            continue
        other = by_index.get(head.i)
        if other is None or other.type not in ("COERCE", "ASSAULT"):
            continue
        source = keeper(other).roles.source
        if source is not None and source.actor_id is not None:
            draft.roles.target = source


def threats_made(drafts: list[DraftLike]) -> None:
    """A threat's future or conditional wording is its content, not its modality."""
    for draft in drafts:
        if draft.type == "THREATEN" and draft.modality in ("hypothetical", "planned"):
            draft.modality = "asserted"


#: Verbs of agreeing whose negation is a refusal ("would not accept Russia as a
#: mediator"); "did not agree" may only tell that no deal was reached.
_REFUSED = frozenset({"accept"})


def refusals(doc: Doc, drafts: list[DraftLike]) -> None:
    """A party that will not accept something rejects it (PLOVER REJECT, told as a
    fact), rather than an agreement that did not happen."""
    for draft in drafts:
        if (
            draft.type == "AGREE"
            and draft.modality == "negated"
            and doc[draft.trig.index].lemma_.lower() in _REFUSED
        ):
            draft.type, draft.mode, draft.modality = "REJECT", None, "asserted"


def blamed_attackers(
    doc: Doc,
    drafts: list[DraftLike],
    by_index: dict[int, DraftLike],
    sentence_no: Callable[[int], int],
) -> None:
    """ "33 soldiers were killed in an air strike ... Ankara blamed the regime": an
    attack with no named doer takes the party blamed for it, when the blame names
    the attack ("blamed X for the attack") or directly follows it."""
    for draft in drafts:
        if draft.merged or draft.type != "ACCUSE" or draft.trig.nominal:
            continue
        accused = draft.roles.target
        if accused is None or accused.actor_id is None:
            continue
        attack: DraftLike | None = None
        for tok in doc[draft.trig.index].subtree:
            other = by_index.get(tok.i)
            if other is not None and other is not draft and other.type == "ASSAULT":
                attack = keeper(other)
                break
        if attack is None:
            n = sentence_no(draft.trig.index)
            before = [
                d
                for d in drafts
                if d.type == "ASSAULT"
                and d.trig.index < draft.trig.index
                and n - sentence_no(d.trig.index) <= 1
            ]
            attack = before[-1] if before else None
        if attack is not None and attack.roles.source is None:
            attack.roles.source = accused


def drop_self_target(draft: DraftLike) -> None:
    """ "redeployed its troops": an actor (or its own forces) is no recipient of its act."""
    source, target = draft.roles.source, draft.roles.target
    if source is None or target is None or source.actor_id is None:
        return
    forces = state_forces().forces
    own = {source.actor_id, forces.get(source.actor_id, ("", ""))[0]}
    if target.actor_id in own:
        draft.roles.target = None


def state_targets(doc: Doc, drafts: list[DraftLike]) -> None:
    """ "thanked Russia", "take revenge on the United States": a country named as the
    addressee of a political act is its government (the actors stage leaves a bare
    country object alone, as it is usually a place: "entered Syria")."""
    states = state_forces().states
    for draft in drafts:
        target = draft.roles.target
        if draft.merged or draft.type not in POLITICAL_TYPES:
            continue
        if target is not None and target.actor_id is not None:
            continue
        verb = doc[draft.trig.index]
        # "vowed to take revenge on X": the complement verb carries the addressee.
        xcomps = [c for c in verb.children if c.dep_ == "xcomp"]
        for child in [*verb.children, *(g for x in xcomps for g in x.children)]:
            tok = child
            if child.dep_ == "prep" and child.lower_ in ("on", "against", "to", "upon"):
                tok = next((c for c in child.children if c.dep_ == "pobj"), child)
            elif child.dep_ not in ("dobj", "dative"):
                continue
            found = states.get(_compound_text(tok).lower())
            if found is not None:
                draft.roles.target = ActorRef(actor_id=found[0], name=found[1], text=tok.text)
                break


def _compound_text(tok: Token) -> str:
    """The name a head token ends: "United States" for "States"."""
    left = tok.i
    while left > 0 and tok.doc[left - 1].dep_ == "compound" and tok.doc[left - 1].head.i == tok.i:
        left -= 1
    return tok.doc[left : tok.i + 1].text
