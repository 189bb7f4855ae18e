"""Actor mentions indexed by token, and what a noun phrase or a pronoun refers to.

A role (source or target) is found as a token in the parse; this module turns that
token into an :class:`~sitrep.model.ActorRef`: the actor mention on it or inside
its noun phrase, the most recent compatible mention for a pronoun or a short
definite reference ("the group", "its forces"), or, failing that, the words of the
phrase itself with ``actor_id`` None (unknown actors are still recorded).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from sitrep.events.convoys import ConvoyWords, is_civilian_convoy
from sitrep.events.relations import CIVILIANS
from sitrep.model import ActorMention, ActorRef
from sitrep.nlp.cache import doc_arrays
from sitrep.nlp.clauses import finite_participle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.actors import StateForces

#: Categories of people: a named actor in the same phrase is the better filler.
GENERIC_TYPES = frozenset({"civilians", "protesters", "rioters", "other"})
ARMED_TYPES = frozenset(
    {"state_forces", "rebel_group", "militant_group", "political_militia", "identity_militia"}
)
_GROUP_TYPES = frozenset({"rebel_group", "militant_group", "political_militia", "identity_militia"})
#: Head nouns of short definite references and the actor types they can point to.
_REFERENCES: dict[str, frozenset[str]] = {
    "group": _GROUP_TYPES,
    "organization": _GROUP_TYPES,
    "organisation": _GROUP_TYPES,
    "movement": _GROUP_TYPES,
    "faction": _GROUP_TYPES,
    "militant": _GROUP_TYPES,
    "terrorist": _GROUP_TYPES,
    "jihadist": _GROUP_TYPES,
    "militia": _GROUP_TYPES,
    "rebel": _GROUP_TYPES | {"rebel_group"},
    "army": frozenset({"state_forces"}),
    "military": frozenset({"state_forces"}),
    "force": frozenset({"state_forces"}) | _GROUP_TYPES,
    "troop": frozenset({"state_forces"}),
    "soldier": frozenset({"state_forces"}),
    "fighter": frozenset({"state_forces"}) | _GROUP_TYPES,
    "insurgent": _GROUP_TYPES,
    "extremist": _GROUP_TYPES,
    "guerrilla": _GROUP_TYPES,
    "regime": frozenset({"government"}),
    "government": frozenset({"government"}),
    "coalition": frozenset({"state_forces"}),
}


def _definite(head: Token) -> bool:
    return any(c.lower_ == "the" for c in head.children)


def _definite_compound(head: Token) -> bool:
    """A reference noun modifying a definite noun ("the coalition strikes", "the army
    shelling"): the article is the whole phrase's, and the modifier reads back as
    "the coalition" would."""
    return head.dep_ == "compound" and head.i + 1 == head.head.i and _definite(head.head)


#: Verbs of saying: their subject is not the "government" its words name.
_SAYING = frozenset(
    {"say", "claim", "allege", "accuse", "report", "state", "tell", "insist", "announce"}
)
#: Modifiers that make a force a state's branch: "the air force", "the naval forces".
_STATE_BRANCHES = frozenset({"air", "naval", "navy"})
_PRONOUNS = {
    "it": _GROUP_TYPES | {"state_forces", "government", "international_org"},
    "its": _GROUP_TYPES | {"state_forces", "government", "international_org"},
    "they": None,
    "them": None,
    "their": None,
    "he": frozenset({"government"}) | _GROUP_TYPES,
    "his": frozenset({"government"}) | _GROUP_TYPES,
    "she": frozenset({"government"}) | _GROUP_TYPES,
    "her": frozenset({"government"}) | _GROUP_TYPES,
}
#: Dependencies that stay inside a noun phrase when looking for a mention in it.
_NP_DEPS = frozenset(
    {"compound", "amod", "nmod", "poss", "nummod", "quantmod", "det", "appos", "pobj", "npadvmod"}
)
_NP_PREPS = frozenset({"of", "including"})
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
#: Kin of a party ("the children of alleged rebels", "the soldiers' families"):
#: people who are no part of the party named in their "of" phrase or possessor,
#: so the phrase does not refer to that party.
_KIN = frozenset(
    {
        "child", "children", "family", "families", "wife", "wives", "widow", "relative",
        "son", "daughter", "parent", "mother", "father", "brother", "sister", "orphan",
        "husband", "kin", "grandchild", "grandchildren",
    }
)  # fmt: skip
#: Heads that count or select people named by their "of" complement ("members of a
#: tribe", "a total of 24 fighters", "dozens of civilians"): the complement is the actor.
_PARTITIVE = frozenset(
    {
        "hundred",
        "thousand",
        "dozen",
        "score",
        "member",
        "number",
        "total",
        "majority",
        "handful",
        "group",
        "batch",
        "rest",
        "remainder",
    }
)


def _of_object(head: Token) -> Token | None:
    """The object of a partitive head's "of" ("members of *a tribe*"), or None."""
    if not (head.like_num or head.lemma_.lower() in _PARTITIVE):
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN", "NUM"):
                    return pobj
    return None


#: Prefixes that make a name the party opposed ("anti-regime protests", "the
#: anti-ISIS coalition"): the phrase is against that actor, not that actor.
_OPPOSING_PREFIXES = frozenset({"anti", "counter"})


def opposed(tok: Token) -> bool:
    """Whether ``tok`` follows "anti-" or "counter-" ("anti-*regime* protests")."""
    doc = tok.doc
    i = tok.i
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in _OPPOSING_PREFIXES


def token_range(idx: list[int], words: list[str], start: int, end: int) -> tuple[int, int]:
    """Tokens ``[i, j)`` overlapping characters ``[start, end)`` (empty when none)."""
    i = bisect_right(idx, start) - 1
    if i < 0:
        i = 0
    elif idx[i] + len(words[i]) <= start:
        i += 1
    j = bisect_left(idx, end)
    return (i, j) if j > i else (i, i)


def ref(mention: ActorMention) -> ActorRef:
    return ActorRef(actor_id=mention.actor_id, name=mention.name, text=mention.text)


class Mentions:
    """The document's actor mentions (media excluded: outlets are not participants)."""

    def __init__(
        self,
        doc: Doc,
        actors: list[ActorMention],
        animate: frozenset[str] = frozenset(),
        forces: StateForces | None = None,
        lost_possessives: frozenset[str] = frozenset(),
        happenings: frozenset[str] = frozenset(),
        convoys: ConvoyWords | None = None,
    ) -> None:
        self.doc = doc
        #: Convoy words: a convoy moving people out is civilians ("bombed a bus convoy").
        self.convoys = convoys
        #: Event nouns ("strikes", "shelling"): a pronoun never refers to one's doer.
        self.happenings = happenings
        #: Alias + "s" forms: a name that lost its apostrophe is a possessor.
        self.lost_possessives = lost_possessives
        #: A government's armed forces, for "its troops", "the regime's air force".
        self.forces = forces
        #: Nouns that may name an unknown actor ("gunmen", "the militia").
        self.animate = animate
        self.items = sorted((m for m in actors if m.type != "media"), key=lambda m: m.start)
        self.by_token: dict[int, int] = {}
        arrays = doc_arrays(doc)
        for n, mention in enumerate(self.items):
            # The tokens a mention overlaps (as ``char_span(..., "expand")``), found
            # by bisection over the token offsets read once per document.
            for i in range(*token_range(arrays.idx, arrays.words, mention.start, mention.end)):
                self.by_token[i] = n
        self.ends = [m.end for m in self.items]

    def at(self, tok: Token) -> ActorMention | None:
        n = self.by_token.get(tok.i)
        return self.items[n] if n is not None else None

    def before(self, char: int, types: frozenset[str] | None) -> ActorMention | None:
        """The most recent mention ending before ``char`` whose type is in ``types``."""
        n = bisect_left(self.ends, char + 1) - 1
        while n >= 0:
            mention = self.items[n]
            if mention.end <= char and (types is None or mention.type in types):
                return mention
            n -= 1
        return None

    def in_phrase(self, head: Token) -> ActorMention | None:
        """The best mention inside the noun phrase headed by ``head``.

        Named actors before generic people, then a mention not reached through a
        possessive ("Nusra Front, al-Qaeda's Syria affiliate" is the Nusra Front),
        then the one nearest the head.
        """
        best: tuple[int, int, int, ActorMention] | None = None
        # "groups including the Qaeda-linked Nusra Front captured army-held hills",
        # parsed with "captured" and all before it as modifiers of "hills"
        # (sitrep.nlp.clauses.finite_participle): the phrase starts after the verb.
        cut = max(
            (c.i + 1 for c in head.children if c.dep_ == "amod" and finite_participle(c)),
            default=-1,
        )
        stack: list[tuple[Token, int]] = [(head, 0)]
        while stack:
            tok, owned = stack.pop()
            mention = self.at(tok)
            if mention is not None and tok.i != head.i and opposed(tok):
                mention = None  # "the anti-ISIS coalition" is not ISIS
            if mention is not None:
                generic = int(mention.type in GENERIC_TYPES)
                lost = tok.i != head.i and mention.text.lower() in self.lost_possessives
                key = (generic, owned or int(lost), abs(tok.i - head.i), mention)
                if best is None or key[:3] < best[:3]:
                    best = key
            for child in tok.children:
                if child.i < cut:
                    continue  # a clause misparsed as a modifier: its words are its own
                if tok.lemma_.lower() in _KIN and child.dep_ in ("poss", "prep"):
                    continue  # whose kin they are: "the children of alleged rebels"
                if child.dep_ in _NP_DEPS or (child.dep_ == "prep" and child.lower_ in _NP_PREPS):
                    stack.append((child, owned or int(child.dep_ == "poss" and tok.i != head.i)))
        return best[3] if best is not None else None

    def resolve(self, head: Token, *, allow_text: bool = True) -> ActorRef | None:
        """What the phrase headed by ``head`` refers to, or None."""
        found = self._resolve(head, allow_text=allow_text)
        if found is None or found.actor_id is None or self.forces is None:
            return found
        if head.lemma_.lower() in self.forces.heads or head.lower_ in self.forces.heads:
            # "its forces", "Assad's troops": a government's troops are its armed forces.
            military = self.forces.forces.get(found.actor_id)
            if military is not None:
                return ActorRef(actor_id=military[0], name=military[1], text=found.text)
        return found

    def _resolve(self, head: Token, *, allow_text: bool) -> ActorRef | None:
        lower = head.lower_
        if head.pos_ == "PRON" or head.tag_ in ("PRP", "PRP$"):
            if lower not in _PRONOUNS:
                return None
            return self.pronoun(head)
        mention = self.in_phrase(head)
        if mention is not None:
            return ref(mention)
        for child in head.children:
            if child.dep_ == "poss" and child.lower_ in _PRONOUNS:
                # "its forces", "their fighters": the possessor is the actor.
                found_ref = self.pronoun(child)
                if found_ref is not None:
                    return found_ref
            elif child.dep_ == "poss":
                # "the group's fighters": a short reference as the possessor.
                owner = self._short_reference(child)
                if owner is not None:
                    return owner
        found_short = self._short_reference(head)
        if found_short is not None:
            return found_short
        if self.civilian_convoy(head):
            # "jets bombed a bus convoy": the people in it were the target.
            name, text = CIVILIANS.name, _text_ref(head).text
            return ActorRef(actor_id=CIVILIANS.actor_id, name=name, text=text)
        if not allow_text or not self.is_animate(head):
            return None
        return _text_ref(head)

    def _short_reference(self, head: Token, before: int | None = None) -> ActorRef | None:
        """ "The group", "the soldiers": the latest mention of a fitting type before the
        phrase (or before character ``before``)."""
        types = _REFERENCES.get(head.lemma_.lower())
        if types is None or not (_definite(head) or _definite_compound(head)):
            return None
        if any(c.dep_ == "compound" and c.lower_ in _STATE_BRANCHES for c in head.children):
            # "the army's air force": only a state has one, so it reads back to the
            # latest state's forces, not to the group its jets struck.
            types = types & {"state_forces"}
        found = self.before(head.idx if before is None else before, types)
        while found is not None and self._says(found, head):
            # "what Washington says was an attack by the government": a speaker
            # does not call itself "the government"; the one before it is meant.
            found = self.before(found.start, types)
        return ref(found) if found is not None else None

    def _says(self, mention: ActorMention, head: Token) -> bool:
        """Whether ``mention`` is the subject of a verb of saying that governs ``head``."""
        n = self.items.index(mention)
        ancestors = {t.i for t in head.ancestors}
        arrays = doc_arrays(self.doc)
        for i in range(*token_range(arrays.idx, arrays.words, mention.start, mention.end)):
            if self.by_token.get(i) != n:
                continue  # a token a later, overlapping mention holds
            tok = self.doc[i]
            if (
                tok.dep_ == "nsubj"
                and tok.head.i in ancestors
                and tok.head.lemma_.lower() in _SAYING
            ):
                return True
        return False

    def reference_before(self, head: Token, before: int) -> ActorRef | None:
        """A short reference ("the group") read back from character ``before`` rather than
        from itself: past a mention that cannot be its referent."""
        return self._short_reference(head, before)

    def pronoun(self, tok: Token) -> ActorRef | None:
        """A pronoun's referent: the subject of a clause it sits in ("the coalition
        said ... its operations"), else the latest compatible mention before it."""
        types = _PRONOUNS.get(tok.lower_)
        node = tok
        for _ in range(6):
            if node.head.i == node.i:
                break
            node = node.head
            if node.pos_ not in ("VERB", "AUX"):
                continue
            subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                break  # "gave X the green light to continue his action": X controls it
            if subj.i >= tok.i or subj.pos_ == "PRON" or tok in subj.subtree:
                continue
            if types is None and subj.lemma_.lower() in self.happenings:
                # "Russian strikes killed 12 civilians as they tried to escape":
                # "they" are people, not the strikes nor whose strikes they were.
                continue
            found = self.in_phrase(subj)
            if found is None:
                kinds = _REFERENCES.get(subj.lemma_.lower())
                if kinds is not None and (types is None or kinds & types):
                    found = self.before(subj.idx, kinds)
            if found is not None and (types is None or found.type in types):
                return ref(found)
            if self.is_animate(subj):
                break  # an unlisted actor is the subject: recency decides
        found = self._previous_subject(tok, types) or self.before(tok.idx, types)
        return ref(found) if found is not None else None

    def _previous_subject(self, tok: Token, types: frozenset[str] | None) -> ActorMention | None:
        """For a pronoun that opens its sentence as subject ("It also urged ..."), the
        listed subject of the sentence before, if it fits: a new sentence goes on about
        whom the last one was about more often than about its latest name ("The Arab
        League urged the UN monitors ... It also urged")."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT":
            return None
        sent = tok.sent
        if any(t.pos_ in ("VERB", "AUX") for t in tok.doc[sent.start : tok.i]):
            return None
        if sent.start == 0:
            return None
        root = tok.doc[sent.start - 1].sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        found = self.in_phrase(subj)
        if found is None or (types is not None and found.type not in types):
            return None
        return found

    def civilian_convoy(self, head: Token) -> bool:
        """Whether the phrase is a convoy moving people out (:mod:`.convoys`)."""
        return self.convoys is not None and is_civilian_convoy(head, self.convoys)

    def is_animate(self, head: Token) -> bool:
        """Whether a phrase can name an actor: a person/organisation entity or noun."""
        if head.ent_type_ in _ENTITY_LABELS:
            return True
        if head.pos_ not in ("NOUN", "PROPN", "NUM"):
            return False
        pobj = _of_object(head)
        if pobj is not None:
            return self.is_animate(pobj)
        if head.like_num:
            return False
        return head.lemma_.lower() in self.animate or head.lower_ in self.animate


def text_ref(head: Token) -> ActorRef:
    """The words of a phrase as an unlisted participant (see ``_text_ref``)."""
    return _text_ref(head)


def _text_ref(head: Token) -> ActorRef:
    """An unknown actor recorded by its words: a named entity, else the phrase's head."""
    if head.ent_type_ in _ENTITY_LABELS:
        for ent in doc_arrays(head.doc).ents:
            if ent.start <= head.i < ent.end:
                return ActorRef(actor_id=None, name=ent.text, text=ent.text)
    pobj = _of_object(head)
    if pobj is not None:
        return _text_ref(pobj)
    doc = head.doc
    left = head.i
    # Adjacent modifiers only, and no date or number ("Sun 22 Feb Suicide bomber").
    while left > 0:
        prev = doc[left - 1]
        if prev.dep_ not in ("compound", "amod", "nmod") or prev.like_num:
            break
        if prev.ent_type_ in ("DATE", "TIME", "CARDINAL") or (
            prev.is_title and prev.i < head.i - 2
        ):
            break
        left -= 1
    text = doc_arrays(doc).span_text(left, head.i + 1)
    return ActorRef(actor_id=None, name=text, text=text)


def role_mention(ref_: ActorRef | None, mentions: Mentions) -> ActorMention | None:
    """The mention behind a resolved role, to read its actor type."""
    if ref_ is None or ref_.actor_id is None:
        return None
    for mention in mentions.items:
        if mention.actor_id == ref_.actor_id and mention.text == ref_.text:
            return mention
    return None


def nearest_before(doc: Doc, mentions: Mentions, index: int, floor: int) -> ActorMention | None:
    """The closest mention left of token ``index`` and not before token ``floor``.

    Used only when the parse gives a verb no subject at all (a broken parse of a
    long sentence): the nearest preceding actor is then the likeliest agent.
    """
    found = mentions.before(doc[index].idx, None)
    if found is None:
        return None
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or span.start < floor:
        return None
    return found
