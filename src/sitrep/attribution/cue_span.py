"""How far a cue reaches around its verb (PolNeAR's cue spans, measured on its train
annotations): auxiliaries, negation and a directly preceding adverb ("has also
said"), a particle, the preposition that introduces the content ("referred
to", "called for"), the medium ("said in a statement"), a phrase of manner
("said with a laugh"), the verb an infinitive or gerund cue hangs on ("went on to
say", "began by saying") and a manner adverb after the verb ("said
sarcastically", "shot back")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import light_verbs, made_clear
from sitrep.attribution.lexicon import Cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: How far an infinitive cue may lie from the verb it hangs on ("went out of his way to say").
MAX_CATENATIVE = 6
#: How far a gerund cue may lie from the verb it hangs on ("began by saying").
MAX_GERUND = 2
#: Verbs of aspect a gerund cue hangs on ("began / kept / continued / responded by
#: saying"): those seen so on PolNeAR's train split and their near synonyms ("close",
#: "end", "conclude", "finish", "resume"). On four fifths of it: with these 14 cues were made
#: exact and 2 broken; with any verb 16 and 12 ("spent Thursday discussing", "is
#: considering issuing").
_ASPECT = frozenset(
    {"begin", "start", "continue", "keep", "stop", "open", "close", "end", "conclude",
     "respond", "finish", "resume"}
)  # fmt: skip

_CUE_LEFT_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
#: Adverbs without "-ly" that PolNeAR's cues take after the verb ("shot back", "said
#: twice"). Pro-forms and connectives ("said so", "suggest otherwise", "however",
#: "then") stay out: on the train split (four fifths) the "-ly" adverbs and these two
#: made 29 cues exact and broke 2, the others broke more than they made. Read before
#: the preposition ("spoke briefly about": 20 more made exact, 2 broken).
_TRAILING_ADVERBS = frozenset({"back", "twice"})
#: Prepositions that say what a cue is about.
_ABOUT = frozenset({"about", "for", "against", "over"})


def cue_span(cue: Token, sent: Span, lex: Cues, pieces: list[Span]) -> Span:
    """The verb group of a cue: "has also said", "did not deny", "referred to", "called for".

    PolNeAR's cues take in auxiliaries, negation, a preceding adverb, a particle and
    the preposition that introduces the content; the content never overlaps the cue.
    """
    doc = cue.doc
    kids = {c.i: c.dep_ for c in cue.children}
    start = cue_start(cue, sent)
    top = catenative_head(cue) or _gerund_head(cue)
    if top is not None:
        start = min(start, cue_start(top, sent))
    end = cue.i + 1
    if kids.get(end) == "prt":
        end += 1
    end = _medium(cue, end, sent, lex)
    if (known := made_clear.predicate(cue)) is not None and known.i >= end:
        end = known.i + 1  # "made it clear"
    light_verb = cue.lemma_.lower() in lex.light_verbs
    for child in cue.children if light_verb else ():
        if child.dep_ == "dobj" and child.i >= end:
            light = light_verbs.light_object(cue, child, lex)
            if light is not None and any(p.start == light.i + 1 for p in pieces):
                end = light.i + 1  # "took a shot at", "offered his thoughts on"
    end = _trailing(doc, start, end, sent)
    end = _manner(cue, end, sent, lex)
    if (
        end < sent.end
        and (kids.get(end) == "prep" or doc[end].dep_ == "mark")
        and lex.introduces(cue.lemma_.lower(), doc[end].lower_)
        and (any(p.start == end + 1 for p in pieces) or _about(doc[end]))
    ):
        end += 1  # only when the content is the preposition's object
    # Never into the content or the source region of a parenthetical.
    for piece in pieces:
        if piece.start < end and start < piece.end:
            if piece.start > cue.i:
                end = max(cue.i + 1, piece.start)
            else:
                start = min(cue.i, piece.end)
    return doc[start:end]


def _about(prep: Token) -> bool:
    """ "spoke about X", "voted for X", "pushed against X": a preposition saying what the
    cue is about is part of it even where sitrep's content is elsewhere (PolNeAR's train
    split, four fifths: 28 cues made exact, 8 broken)."""
    return prep.lower_ in _ABOUT and any(c.dep_ in ("pobj", "pcomp") for c in prep.children)


def _trailing(doc: Doc, start: int, end: int, sent: Span) -> int:
    """Past a manner adverb of the cue verb right after the cue ("asks rhetorically",
    "noted repeatedly", "shot back"): PolNeAR's cues take it (see
    :data:`_TRAILING_ADVERBS`)."""
    if end >= sent.end:
        return end
    nxt = doc[end]
    head = nxt.head
    if not (start <= head.i < end and head.pos_ == "VERB"):
        return end
    # (A capitalised "-ly" word is a name the tagger took for an adverb: "said Kelly".)
    if nxt.dep_ == "advmod" and nxt.pos_ == "ADV" and not nxt.is_title:
        lower = nxt.lower_
        if lower.endswith("ly") or lower in _TRAILING_ADVERBS:
            return end + 1
    return end


def cue_start(verb: Token, sent: Span) -> int:
    """The first token of a verb group: auxiliaries, negation, an adverb before the verb."""
    doc = verb.doc
    kids = {c.i: c.dep_ for c in verb.children}
    start = verb.i
    while start - 1 >= sent.start and kids.get(start - 1) in _CUE_LEFT_DEPS:
        if doc[start - 1].tag_ == "WRB":
            break  # "when asked": the conjunction is not part of the cue
        start -= 1
    return start


def catenative_head(cue: Token) -> Token | None:
    """The verb an infinitive cue hangs on: "went on to say", "tried to defend", "are
    more likely to say", "tweeted on Monday to say".

    PolNeAR's cue runs from that verb to the infinitive. None for a cue that is no
    infinitive, or one whose head has an object of its own ("urged voters to find":
    the voters are not the ones speaking).
    """
    if cue.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return None
    if cue.dep_ not in ("xcomp", "advcl"):
        return None
    head = cue.head
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        head = head.head  # "likely to say"
    if head.pos_ not in ("VERB", "AUX") or head.i >= cue.i or cue.i - head.i > MAX_CATENATIVE:
        return None
    if cue.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.i < cue.i for c in head.children):
        return None
    return head


def _gerund_head(cue: Token) -> Token | None:
    """The verb of aspect a gerund cue right after it hangs on: "began writing", "began
    by saying", "kept asking", "responded by saying" (PolNeAR's cue starts at that verb).

    Only verbs of :data:`_ASPECT`, within ``MAX_GERUND`` tokens and with no object in
    between: after other verbs ("is considering issuing", "spent Thursday discussing")
    PolNeAR's cue is the gerund alone or the verb alone.
    """
    if cue.tag_ != "VBG":
        return None
    head = cue.head
    if cue.dep_ == "pcomp" and head.lower_ == "by" and head.dep_ == "prep":
        head = head.head
    elif cue.dep_ != "xcomp":
        return None
    if head.lemma_.lower() not in _ASPECT or not 0 < cue.i - head.i <= MAX_GERUND:
        return None
    if any(c.dep_ in ("dobj", "dative") and c.i < cue.i for c in head.children):
        return None
    return head


#: The longest manner phrase a cue takes in ("with a shake of the head": 6 tokens).
MAX_MANNER = 6


def _manner(cue: Token, end: int, sent: Span, lex: Cues) -> int:
    """Past "with a laugh", "with a shrug of her shoulders" right after the cue: how the
    words were said, part of PolNeAR's cue (6 of the 6 such phrases after a rule cue on
    its train split), never of the content."""
    if end >= sent.end:
        return end
    prep = cue.doc[end]
    if prep.lower_ != "with" or prep.dep_ != "prep" or prep.head.i != cue.i:
        return end
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in lex.manner_nouns:
        return end
    last = prep.right_edge.i
    if last - prep.i >= MAX_MANNER or any(t.is_punct for t in cue.doc[prep.i : last + 1]):
        return end
    return min(last + 1, sent.end)


def _medium(cue: Token, end: int, sent: Span, lex: Cues) -> int:
    """Past "in a statement", "in an interview" right after the cue verb.

    (PolNeAR's cues sometimes take a time too, "said Tuesday"; sitrep leaves it
    out: the cue is shown to users, and times are the time stage's business.)
    """
    for child in cue.children:
        if child.i != end:
            continue
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "during"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            medium = objects[0].lemma_.lower() if objects else ""
            # "wrote on Twitter", "said on camera": the channel, like the medium, is the cue's.
            if medium in lex.media_nouns or (child.lower_ == "on" and medium in lex.channels):
                return _medium(cue, objects[0].i + 1, sent, lex)
    return min(end, sent.end)
