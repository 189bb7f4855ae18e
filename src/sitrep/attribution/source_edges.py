"""Last touches to a relation's source span, after the form that found it.

* Receiving a stance: "the mayor has the support of nurses", "the bill drew harsh
  criticism from her own caucus", "Okafor won the endorsement of a farmers'
  union". The grammatical subject receives what the noun's owner gives: the one
  who supports, criticises or endorses is the object of "of" / "from", and the
  subject is what the stance is about. Source and content change places.
* A dateline before the first sentence's subject: "LISBON (Reuters) - Party
  fundraiser Marta Quintela said ..." (the wire and the place are not the
  speaker). Where the parser took the dateline itself for the speaker
  ("PHOENIX, Oct. 14 (UPI) - Former Defense Secretary Owen Kessler told ..."),
  the subject after the dash is.
* A focus particle or a conjunction opening the phrase: "Even a few of her
  allies say", "But Ms. Varga said" (the writer's, not part of who speaks).
* A floating quantifier closing a coordinated source: "Ruiz and Keller both said".
* A writing put out by someone: "Patel and Lindqvist issued a statement describing
  the talks as ...", "the ministry published a report detailing ...". The participle hangs
  on the writing, but the one who issued it speaks: the source is that verb's
  subject, and the cue runs from the verb ("issued a statement describing").
* A passive participle hung on a noun: "a German engineer accused of smuggling",
  "a banker known to be fond of sailing". The noun is what is said of, not who
  says it: the relation has no source, and its content starts with the noun.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from sitrep.attribution.content import as_text
from sitrep.attribution.lexicon import cues
from sitrep.attribution.sources import trimmed
from sitrep.attribution.types import TextSpan
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from sitrep.attribution.types import AttributionRelation
    from sitrep.nlp.cache import DocArrays

#: Nouns of a stance someone gives to someone else.
_STANCE_NOUNS = frozenset(
    {"support", "endorsement", "backing", "criticism", "praise", "blessing", "approval"}
)
#: Verbs whose subject receives such a stance ("has / won / drew the support of").
_RECEIVING = frozenset(
    {"have", "win", "receive", "get", "earn", "secure", "draw", "gain", "garner", "enjoy"}
)
_GIVERS = frozenset({"of", "from"})
#: Words that open a source phrase but belong to the writer.
_OPENERS = frozenset({"even", "but", "and"})
#: Parts of a day that follow a weekday in a date phrase ("Wednesday morning").
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
#: First words of a date phrase a source may wrongly start with (see :func:`_past_date`).
_DAY_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on",
     "yesterday", "today", "tonight", "earlier", "later", "last", "this"}
)  # fmt: skip
#: Quantifiers floated after a coordinated source ("A and B both").
_FLOATED = frozenset({"both"})
#: Writings someone puts out, besides the media of the cue lexicon ("a message
#: reading ...", "ads demanding ...").
_WRITINGS = frozenset({"message", "speech", "ad", "advertisement", "notice", "petition"})
_DASHES = frozenset({"-", "—", "–", "--"})
#: The same as they stand in text (a hyphen only between spaces: "LISBON (Reuters) - ").
_DASHES_IN_TEXT = ("—", "–", " - ", " -- ")
#: How far into a source a dateline may reach ("Dec. 29 (Reuters) - U.S.").
_MAX_DATELINE = 10


def tidy(relation: AttributionRelation, doc: Doc) -> None:
    """Adjust, in place, the source (and its short name) of ``relation``."""
    source = relation.source
    if source is None or source.parts or not _may_change(relation, source, doc_arrays(doc)):
        return
    span = doc.char_span(source.start, source.end, alignment_mode="expand")
    cue = doc.char_span(relation.cue.start, relation.cue.end, alignment_mode="expand")
    if span is None or not len(span) or cue is None or not len(cue):
        return
    if _passive_participle(relation, cue, span):
        return
    issued = _issuer(cue, span)
    if issued is not None:
        relation.source, relation.cue, relation.name = as_text(issued[0]), as_text(issued[1]), None
        return
    swapped = _receiver(cue, span)
    if swapped is not None:
        relation.source, relation.content, relation.name = swapped[0], swapped[1], None
        return
    edged = _after_dateline(span, relation) or _edges(span)
    if edged is None:
        return
    relation.source = as_text(edged)
    name = relation.name
    if name is not None and not (edged.start_char <= name.start and name.end <= edged.end_char):
        relation.name = None


def _may_change(relation: AttributionRelation, source: TextSpan, arrays: DocArrays) -> bool:
    """A cheap test (strings and the cached arrays) that one of the touches may apply:
    most relations need none, and building their spans costs more than this."""
    low = source.text.lower()
    if low.startswith(("even ", "but ", "and ")) or low.endswith(" both"):
        return True
    if low.split(" ", 1)[0] in _DAY_WORDS:
        return True
    ahead = arrays.text[source.start : source.start + 120]
    if any(dash in ahead for dash in _DASHES_IN_TEXT):
        return True
    idx, tags, deps, lemmas = arrays.idx, arrays.tag, arrays.dep, arrays.lemma
    for i in range(bisect_left(idx, relation.cue.start), bisect_left(idx, relation.cue.end)):
        if (deps[i] == "acl" and tags[i] in ("VBN", "VBG")) or lemmas[i] in _STANCE_NOUNS:
            return True
    return False


def _issuer(cue: Span, source: Span) -> tuple[Span, Span] | None:
    """(the issuer, the cue from its verb) for "X issued a statement saying ..."."""
    verb = cue.root
    writing = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or not source.start <= writing.i < source.end:
        return None
    lemma = writing.lemma_.lower()
    if writing.dep_ != "dobj" or (lemma not in _WRITINGS and lemma not in cues().media_nouns):
        return None
    issuing = writing.head
    subject = next((c for c in issuing.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > issuing.i or issuing.i > cue.start:
        return None
    return trimmed(subject), cue.doc[issuing.i : cue.end]


def _passive_participle(relation: AttributionRelation, cue: Span, source: Span) -> bool:
    """Turn, in place, "NOUN known to / accused of ..." into an agentless relation
    whose content takes the noun phrase in; whether it did."""
    if relation.kind == "citing":
        return False
    verb = cue.root
    noun = verb.head
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or not source.start <= noun.i < source.end:
        return False
    if noun.i > verb.i or any(c.dep_ == "agent" for c in verb.children):
        return False  # ("a report released by the State Department": it has a source)
    content = relation.content
    pieces = ((source.start_char, source.end_char), *content.fragments())
    if content.start < relation.cue.end:
        return False
    relation.source, relation.name, relation.hedged = None, None, True
    relation.content = TextSpan(source.start_char, source.end_char, source.text, pieces)
    if relation.kind != "attitude":
        relation.kind = "agentless"
    return True


def _edges(span: Span) -> Span | None:
    """``span`` without a dateline, opening particle or floated quantifier; None when
    nothing changes (or nothing would be left)."""
    doc = span.doc
    start, end = span.start, span.end
    for k in range(start + 1, min(end - 1, start + _MAX_DATELINE)):
        if doc[k].text in _DASHES and doc[k - 1].text == ")":
            start = k + 1
            break
    while start < end - 1 and doc[start].lower_ in _OPENERS and doc[start].pos_ in ("ADV", "CCONJ"):
        start += 1
    start = _past_date(doc, start, end)
    if end - start > 3 and doc[end - 1].lower_ in _FLOATED and doc[end - 1].dep_ == "appos":
        end -= 1
    if (start, end) == (span.start, span.end) or start >= end:
        return None
    return doc[start:end]


def _past_date(doc: Doc, start: int, end: int) -> int:
    """The start past a date phrase the parser hung outside the source: "rebels pushed
    back into the village on Thursday evening monitor head Omar Haddad said" (text with
    its commas lost). A date the source's own noun takes ("Tuesday's poll") stays."""
    k = start
    while k < end - 1 and (doc[k].ent_type_ in ("DATE", "TIME") or doc[k].lower_ in _DAY_PARTS):
        k += 1
    if k == start or k >= end - 1 or doc[k].text in ("'s", "’s"):
        return start
    inside = range(start, end)
    escapes = any(doc[i].head.i not in inside for i in range(start, k))
    # Or the parser ran the date into the name and left the preposition before it bare
    # ("on" with no object).
    before = doc[start - 1] if start > 0 else None
    bare = (
        before is not None
        and before.dep_ == "prep"
        and not any(c.dep_ in ("pobj", "pcomp") and c.i < start for c in before.children)
    )
    return k if escapes or bare else start


def _after_dateline(span: Span, relation: AttributionRelation) -> Span | None:
    """The noun phrase right after the dash when ``span`` lies in its sentence's
    dateline (and that phrase ends before the cue and outside the content)."""
    doc = span.doc
    # Cheap tests first: a dash close after a source that opens its sentence.
    dash = next(
        (k for k in range(span.end, min(len(doc) - 1, span.start + _MAX_DATELINE))
         if doc[k].text in _DASHES),
        None,
    )  # fmt: skip
    if dash is None or not doc[span.start].is_sent_start:
        return None
    sent = span.sent
    for k in range(dash, min(sent.end - 1, sent.start + _MAX_DATELINE)):
        if doc[k].text not in _DASHES:
            continue
        if doc[k - 1].text != ")" and not all(
            t.is_upper or t.is_punct for t in doc[sent.start : k]
        ):
            return None
        chunk = next((c for c in sent.noun_chunks if c.start == k + 1), None)
        if chunk is None or chunk.end_char > relation.cue.start:
            return None
        end = chunk.end  # "award-winning chef | Nadia Ferris": the chunker splits
        while end < sent.end and doc[end].pos_ == "PROPN" and doc[end].idx < relation.cue.start:
            end += 1
        chunk = doc[chunk.start : end]
        inside = any(
            a < chunk.end_char and chunk.start_char < b for a, b in relation.content.fragments()
        )
        return None if inside else chunk
    return None


def _receiver(cue: Span, subject: Span) -> tuple[TextSpan, TextSpan] | None:
    """(giver, receiver) when the cue is a receiving verb with a stance noun whose
    "of" / "from" object gives it and the source is the verb's subject."""
    for noun in cue:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _STANCE_NOUNS:
            continue
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in _RECEIVING:
            continue
        if not any(c.dep_ == "nsubj" and subject.start <= c.i < subject.end for c in verb.children):
            continue
        giver = _giver(noun)
        if giver is not None:
            return as_text(giver), as_text(subject)
    return None


def _giver(noun: Token) -> Span | None:
    """The object of the noun's "of" / "from" phrase, whole."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in _GIVERS and prep.i > noun.i:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                obj = objects[0]
                return noun.doc[obj.left_edge.i : obj.right_edge.i + 1]
    return None
