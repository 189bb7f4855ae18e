"""Whether an event happened as reported: asserted, negated, hypothetical, planned,
habitual or historical (background relative to the publication date).

Precedence, strongest first: negated > hypothetical > planned > historical >
habitual > asserted. "Have repeatedly stopped" is habitual; "since September 2014"
in a 2021 report is historical background; "will be building" is planned; an
attack that one party asks for or threatens ("asked Congress to authorize strikes",
"called for strikes", "Turkey's threat to strike") is hypothetical.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from sitrep.events.coref_kinds import fled
from sitrep.events.known_events import claimed, determined, granted
from sitrep.events.lexicon import Lexicon
from sitrep.events.ongoing import STOPPABLE, presupposed, stopped
from sitrep.model import Modality
from sitrep.nlp.cache import doc_arrays
from sitrep.nlp.clauses import since_verb, use_clause
from sitrep.words import MONTHS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_MONTHS = MONTHS
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
#: Moods of what has not happened, or not as told.
UNREAL = frozenset({"planned", "hypothetical", "negated"})
#: Dependencies through which a governing verb's mood reaches the trigger.
_GOVERNED = frozenset({"xcomp", "pcomp", "prep", "agent", "ccomp", "dobj", "pobj"})
#: Dependencies through which a request reaches what it asks for: an infinitive
#: hangs off a noun of request as "acl" ("a threat to strike").
_REQUESTED = _GOVERNED | {"acl"}
#: Prepositions naming whom a request is addressed to ("called on", "appealed to").
_ADDRESSEE_PREPS = frozenset({"on", "upon", "to"})


#: Verbs that judge a happening rather than tell it: "the shelling could count as a
#: breach of the truce", "may constitute", "might be considered", "the retreat does not
#: mean defeat". A modal or a "not" on them doubts or denies the judgement, not the
#: happening.
_JUDGING = frozenset(
    {
        "amount",
        "constitute",
        "consider",
        "deem",
        "qualify",
        "represent",
        "equate",
        "violate",
        "mean",
        "signify",
        "imply",
    }
)
#: Dependencies of an event noun that a judging verb judges.
_JUDGED = frozenset({"nsubj", "nsubjpass", "dobj"})


def _judged(tok: Token) -> bool:
    """A known event noun ("the attack", "Monday night's attack") that a judging verb
    has as subject or object: its own clause tells it happened."""
    if tok.dep_ not in _JUDGED or tok.head.lemma_.lower() not in _JUDGING:
        return False
    return determined(tok)


def _reacted(tok: Token, reacting: frozenset[str]) -> bool:
    """A known event noun ("the attacks") that a verb of reaction has as object
    ("would strongly condemn the attacks"): the reaction's mood is not the
    event's. "Would condemn any attack" reacts to none that is known."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in reacting and determined(tok)


def _dep(tok: Token) -> str:
    """The token's dependency, less a month the parser took for a modal ("since 21
    May have killed": "May" is no "may")."""
    if tok.dep_ == "aux" and tok.ent_type_ == "DATE" and tok.text == "May":
        return "npadvmod"
    return str(tok.dep_)


#: Verbs of sensing: what "could be heard" or "can be seen" was there to sense.
_PERCEIVING = frozenset({"hear", "see", "feel", "smell", "notice", "spot", "observe", "watch"})


def _perceived(clause: list[Token]) -> bool:
    """An event noun that is what a verb of sensing senses ("explosions could be
    heard", "we could see the shelling"): a modal on that verb doubts nothing
    about the event."""
    noun, head = clause[0], clause[-1]
    return (
        len(clause) == 2
        and head.lemma_.lower() in _PERCEIVING
        and noun.dep_ in ("nsubjpass", "dobj", "nsubj")
    )


def _clause(doc: Doc, index: int, light: int | None) -> list[Token]:
    """The trigger and, for a noun, the verb it depends on (its light verb or head),
    unless that verb only judges the event (see :func:`_judged`)."""
    tok = doc[index]
    tokens = [tok]
    if light is not None:
        tokens.append(doc[light])
    elif (
        tok.pos_ == "NOUN"
        and tok.head.pos_ in ("VERB", "AUX")
        and tok.head.i != tok.i
        and not _judged(tok)
    ):
        tokens.append(tok.head)
    return tokens


def _governors(tok: Token, stops: frozenset[str], hops: int = 3) -> list[Token]:
    """Verbs governing ``tok`` through complement links ("aimed at *protecting*"),
    up to a preposition of who did it or of an inquiry into it (``stops``: see
    :func:`presupposed`; "denied involvement *in* the bombing" denies no bombing)."""
    out = []
    node = tok
    # A conjunct of a governed word is governed as that word is: farmers who
    # "feared being hit by raids or shelling" fear the shelling too ("feared
    # attacks and fled": "fled" is the subject's own clause, conjoined to "feared").
    while node.dep_ == "conj" and node.head.dep_ in _GOVERNED:
        node = node.head
    for _ in range(hops):
        if presupposed(node, stops):
            break
        # An infinitive on a noun is its purpose: "will take action to eliminate
        # the arsenal" plans the elimination as the action.
        purpose = node.dep_ in ("acl", "relcl") and _infinitive(node)
        # "waiting for the armies to arrive": a for-to infinitive is its verb's
        # complement, though the parser hangs it on as an adverbial clause.
        purpose = purpose or (
            node.dep_ == "advcl"
            and _infinitive(node)
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in node.children)
        )
        if (node.dep_ not in _GOVERNED and not purpose) or node.head.i == node.i:
            break
        node = node.head
        # An adjective governs its infinitive as a verb would: "getting ready to
        # fight", "about to attack".
        if node.pos_ in ("VERB", "AUX") or (node.pos_ == "ADJ" and node.dep_ == "acomp"):
            out.append(node)
    return out


def _requested(doc: Doc, index: int, light: int | None, m: dict[str, frozenset[str]]) -> bool:
    """An event that a party asks for or threatens ("asked Congress to authorize
    strikes", "called for strikes on X", "urged Y to launch an offensive"): the
    trigger (or its light verb) is the complement of a verb of requesting, directly
    or through a verb of authorising. Another verb between them stops the walk ("asked
    the UN to condemn the strikes": the condemnation is asked for, the strikes
    happened), and so does a preposition other than "for" ("asked about the attack")."""
    requesting = m.get("requesting_heads", frozenset())
    requesting_for = m.get("requesting_for", frozenset())
    authorising = m.get("authorising_heads", frozenset())
    nouns = m.get("requesting_nouns", frozenset())
    own = doc[index].lemma_.lower()
    if own in requesting or own in requesting_for or own in nouns:
        return False  # the request itself ("a call from the army urging residents to")
    for tok in (doc[index],) if light is None else (doc[index], doc[light]):
        node = tok
        via: str | None = None
        for _ in range(3):
            infinitive = node.dep_ == "advcl" and _infinitive(node)
            if (node.dep_ not in _REQUESTED and not infinitive) or node.head.i == node.i:
                break
            if node.dep_ == "prep":
                via = node.lower_
            node = node.head
            lemma = node.lemma_.lower()
            if node.pos_ == "NOUN":
                # "Turkey's threat to strike", "calls for air strikes"; any other noun
                # between ("called for an end to the strikes") stops the walk.
                if lemma in nouns and via in (None, "for"):
                    return True
                break
            if node.pos_ not in ("VERB", "AUX"):
                continue
            if via is None and (lemma in requesting or (lemma in requesting_for and _on(node))):
                return True  # "asked Congress to authorize", "called on X to carry out"
            if via == "for" and lemma in requesting_for:
                return True
            if via is not None or lemma not in authorising:
                break
    return False


def _named_by(tok: Token, nouns: frozenset[str]) -> bool:
    """The trigger is what one of ``nouns`` (of fear, warning, preparation) is "of" or
    "for" ("fears of a chemical attack", "preparations for an attack from outside"),
    or the condition "in case of" or "in the event of" names: it has not happened yet."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("of", "for") or prep.head.i == prep.i:
        return False
    head = prep.head
    if _in_case(head):
        return prep.lower_ == "of"  # "in case of another attack", "in the event of a strike"
    # The parser often hangs the "for" on the verb: "were making preparations ... for".
    heads = [c for c in head.children if c.dep_ == "dobj"] if head.pos_ == "VERB" else [head]
    return any(n.pos_ == "NOUN" and (n.lower_ in nouns or n.lemma_.lower() in nouns) for n in heads)


def _in_case(noun: Token) -> bool:
    """ "case" with no article or "event" with one under "in": a condition ("in case
    of", "in the event of"; "in the case of the strike" only says which one)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    article = any(c.dep_ == "det" for c in noun.children)
    return (noun.lower_ == "case" and not article) or (noun.lower_ == "event" and article)


def _infinitive(tok: Token) -> bool:
    """A "to" infinitive ("called on X *to carry out* strikes"), which the parser
    sometimes hangs on a request as an adverbial clause."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _on(verb: Token) -> bool:
    """A request addressed to someone: "called *on* X to", "appealed *to* X to"."""
    return any(c.dep_ == "prep" and c.lower_ in _ADDRESSEE_PREPS for c in verb.children)


def _has_neg(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _negating(governor: Token, m: dict[str, frozenset[str]]) -> bool:
    """A governing verb that negates what it governs ("denied that jets struck",
    "failed to stop"), unless it is itself negated: "did not deny that jets struck"
    and "did not halt the shelling" leave the event asserted."""
    return governor.lemma_.lower() in m["negating_heads"] and not _has_neg(governor)


#: Dependencies of a token that is its verb's subject.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Verbs whose negation with a happening as subject denies that it took place.
_OCCURRING = frozenset(
    {"happen", "occur", "take", "come", "go", "materialize", "materialise", "begin", "start",
     "exist", "proceed", "succeed", "be"}
)  # fmt: skip


def _negated_clause(clause: list[Token], own: int, m: dict[str, frozenset[str]]) -> bool:
    """A "not" on the trigger or its light verb (the first ``own`` clause tokens)
    negates the event; one on the verb that only reports or denies a noun trigger
    ("did not report the attack", "did not deny the raid") does not."""
    for pos, tok in enumerate(clause):
        if pos >= own:
            lemma = tok.lemma_.lower()
            if lemma in m["report_heads"] or lemma in m["negating_heads"]:
                continue
            if clause[0].dep_ in SUBJECTS and lemma not in _OCCURRING:
                # "whose operation had not been requested", "the strike did not hit
                # the hospital": what is denied is said of the happening, which took
                # place; "the attack did not happen" denies it.
                continue
        if _has_neg(tok):
            return True
    return False


def event_date(text: str) -> dt.date | None:
    """The (first day of the) month or year named in a date expression."""
    year = _YEAR.search(text)
    if year is None:
        return None
    month = 1
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in _MONTHS:
            month = _MONTHS[word]
            break
    else:
        # A bare year: its middle, so "in 2020" is not background in early 2021.
        month = 7
    return dt.date(int(year.group(1)), month, 1)


def is_background(dates: list[str], published: dt.date | None, days: int) -> bool:
    if published is None:
        return False
    for text in dates:
        when = event_date(text)
        if when is not None and (published - when).days > days:
            return True
    return False


def _plans(governor: Token, type_: str | None, m: dict[str, frozenset[str]]) -> bool:
    """The governor makes the event a plan ("agreed to withdraw"), unless agreeing
    is the event itself ("agreed a ceasefire": the agreement happened)."""
    lemma = governor.lemma_.lower()
    if lemma == "go" and governor.tag_ != "VBG":
        # Only "going to attack" plans: "went on to attack" tells it, "the source
        # went on by saying that ..." governs a report.
        return False
    return lemma in m["planned_heads"] and not (type_ == "AGREE" and lemma == "agree")


def modality(
    doc: Doc,
    index: int,
    light: int | None,
    sentence: Span,
    dates: list[str],
    published: dt.date | None,
    lex: Lexicon,
    type_: str | None = None,
) -> Modality:
    m = lex.modality
    # A reported or taken-for-granted event noun ("would raise a reported attack",
    # "the raid was most likely flown by helicopters") has only its own mood.
    own_only = (
        (light is None and claimed(doc[index], m.get("claimed_mods", frozenset())))
        or ((light is None or light == doc[index].head.i) and granted(doc[index], m))
        or (light is None and _reacted(doc[index], m.get("reacting_heads", frozenset())))
    )
    clause = [doc[index]] if own_only else _clause(doc, index, light)
    stops = lex.presupposing_heads
    governors = (
        []
        if own_only
        else [g for tok in clause if not _judged(tok) for g in _governors(tok, stops)]
    )
    if type_ in STOPPABLE and stopped(doc[index], None if light is None else doc[light], m):
        # "halt the offensive", "urged X to stop shelling": what is stopped was going
        # on; the mood of the stopping (asked for, refused, negated) is not its mood.
        clause = clause[: 1 if light is None else 2]
        governors = []
    # (dependency, word) of the clause's children, read once: each ``Token``
    # attribute is a string look-up, and the tests below go over them several times.
    children = [(_dep(c), c.lower_) for tok in clause for c in tok.children]
    lemmas = {word for _, word in children}
    if (
        _negated_clause(clause, 1 if light is None else 2, m)
        or any(dep == "det" and word in m["negating_dets"] for dep, word in children)
        or any(_negating(g, m) for g in governors)
    ):
        return "negated"
    aux = {word for dep, word in children if dep in ("aux", "auxpass")}
    gov_aux = {c.lower_ for g in governors for c in g.children if _dep(c) == "aux"}
    if _perceived(clause):
        # "Air strikes could be heard": the modal is about hearing them. Only the
        # sensing verb's own: "would like to see protests" wishes for them.
        aux -= m["hypothetical_aux"]
        sensing = clause[-1].i
        gov_aux = {
            c.lower_ for g in governors if g.i != sensing for c in g.children if _dep(c) == "aux"
        }
    marks = {word for dep, word in children if dep == "mark"}
    if (
        aux & m["hypothetical_aux"]
        or marks & m["hypothetical_marks"]
        or lemmas & m["hypothetical_mods"]
        or gov_aux & m["hypothetical_aux"]
        or any(g.lemma_.lower() in m.get("fearing_heads", ()) for g in governors)
        or any(g.lemma_.lower() in m.get("awaiting_heads", ()) for g in governors)
        # A wish for what others should do ("I'd like to see demonstrations").
        or any(g.lemma_.lower() in m.get("wishing_heads", ()) for g in governors)
        or (not own_only and _requested(doc, index, light, m))
        or (not own_only and _named_by(doc[index], m.get("anticipating_nouns", frozenset())))
    ):
        return "hypothetical"
    if (
        aux & m["planned_aux"]
        or gov_aux & m["planned_aux"]
        or any(_plans(g, type_, m) for g in governors)
        or {c.lower_ for c in doc[index].children if c.dep_ in ("amod", "compound")}
        & m["planned_mods"]
        or any(c.dep_ == "amod" and c.lemma_.lower() == "plan" for c in doc[index].children)
    ):
        return "planned"
    arrays = doc_arrays(doc)
    text = arrays.span_text(sentence.start, sentence.end).lower()
    if (
        any(p in text for p in m["historical_phrases"])
        or is_background(dates, published, lex.historical_days)
        or since_verb(doc[index]) is not None
    ):
        return "historical"
    before = arrays.span_text(max(sentence.start, index - 5), index).lower()
    if (
        lemmas & m["habitual_adverbs"]
        or lemmas & m["habitual_mods"]
        or any(p in before for p in m["habitual_phrases"])
        # What people were fleeing ("civilians trying to flee heavy fighting") was
        # going on around them, not one incident.
        or fled(doc[index])
        # What a place serves for ("a depot from which raids were run") is
        # its use, not one happening there.
        or use_clause(doc[index]) is not None
        or lasting(doc[index])
        or _while_present(doc[index])
        or (type_ in _FORCE_TYPES and _at_any(doc[index]))
    ):
        return "habitual"
    return "asserted"


def _while_present(tok: Token) -> bool:
    """A "while" participle clause of a present-tense state: "the opposition faces
    the IS threat while fighting the regime in Idlib" tells what a party keeps
    doing, not one happening."""
    head = tok.head
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "while" for c in tok.children)
        and head.tag_ in ("VBZ", "VBP")
    )


#: Units of a stretch of time a state or an activity lasts ("for months").
_LONG_UNITS = frozenset({"weeks", "months", "years"})
#: How a noun trigger hangs off the clause that says how long ("damage caused by
#: strikes", "shortages because of strikes").
_NOUN_PATH = frozenset({"pobj", "prep", "agent", "acl", "dobj", "nsubj", "nsubjpass", "pcomp"})


#: Determiners and pronouns of "whoever, whatever": force used on any of them is a
#: practice, not one happening ("firing on any vehicle attempting to use the road";
#: "struck every bakery on Monday" or "killed everyone in the house" is one).
_ANY_DETS = frozenset({"any"})
_ANY_PRONOUNS = frozenset({"anyone", "anybody", "anything"})
#: Types whose act done to anyone is a practice ("blamed any group" is no habit).
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _at_any(tok: Token) -> bool:
    """A verb trigger whose object, or the object of its preposition, is anyone or
    any one thing ("firing on any vehicle", "shooting anyone who tries to leave")."""
    if tok.pos_ != "VERB":
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(
        o.lower_ in _ANY_PRONOUNS
        or any(d.dep_ == "det" and d.lower_ in _ANY_DETS for d in o.children)
        for o in objects
    )


def lasting(tok: Token) -> bool:
    """The trigger's clause lasts "for weeks", "for months" or "for years" ("the
    town has been shelled for weeks"; "the city has lacked power for months
    because of damage done by raids"): many happenings, not one. A
    noun trigger is read through the clause it hangs in; a verb's own clause only."""
    node = tok
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("acl", "amod"):
            break
        if (node.dep_ not in _NOUN_PATH and node is not tok) or node.head.i == node.i:
            return False
        node = node.head
    else:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.dep_ == "pobj" and g.lower_ in _LONG_UNITS for g in c.children)
        for c in node.children
    )
