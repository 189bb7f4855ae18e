"""Readings of a cue verb that the parser hung in the wrong place.

The small English model often misattaches the pieces of a reporting sentence, so
that the cue verb has no complement or no subject of its own although the surface
is plain. Each function here reads one frequent shape from the parse around the
cue and returns token indices; :mod:`.content` and :mod:`.sources` turn them into
spans. The shapes were counted on PolNeAR's train split among gold cues of
lexicon verbs that opened no relation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution.quotes import OPENING
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Dependencies under which the parser hangs "X said" on the verb of its content
#: ("A thinks B, Mayor Ortiz said this week": "said" a ccomp of "thinks").
_UNDER_CONTENT = frozenset({"ccomp", "conj", "parataxis"})
_CLOSING = frozenset({"”", "’", "''", '"', "'"})


def inverted_speaker(cue: Token, child: Token) -> bool:
    """Whether a complement right after the cue is the speaker of an inverted quote.

    "“...,” said Lena Varga, a confidant": the parser sometimes hangs the name on
    the cue as a second clausal complement; a noun phrase starting right after the
    cue, with a complement before the cue, is the speaker. Not a word inside a
    quotation ("“Losing,” said the coach, “toughens a team”": "toughens", tagged a
    noun, is a verb the tagger misread; a speaker's phrase never runs into a quotation).
    """
    return (
        child.dep_ == "ccomp"
        and child.pos_ in ("PROPN", "NOUN")
        and child.left_edge.i == cue.i + 1
        and any(c.dep_ in ("ccomp", "xcomp", "parataxis") and c.i < cue.i for c in cue.children)
        and not any(t.text in OPENING for t in cue.doc[cue.i + 1 : child.i + 1])
    )


def content_above(cue: Token, start: int, end: int) -> tuple[int, int] | None:
    """The content of "CONTENT, X said ..." when the parser hung the cue on CONTENT's verb.

    The cue needs a subject of its own right after a comma (closing quotes
    allowed). When its head is a verb before that subject, the clause from
    ``start`` up to the comma is what X said; when the head comes after the cue
    ("Hiking alone, they said, can be risky") and a comma closes "X said", it
    is the whole sentence (:func:`.content.carve` cuts "X said" out). None for a
    coordinated clause ("A said B, and C denied it"): there the clause before is no
    content.
    """
    head = cue.head
    if cue.dep_ not in _UNDER_CONTENT or head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "cc" and c.i < cue.i for c in cue.children):
        return None
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    if not subjects:
        return None
    left = subjects[0].left_edge.i
    doc = cue.doc
    j = left - 1
    while j > start and doc[j].text in _CLOSING:
        j -= 1
    if doc[j].text != "," or j <= start:
        return None
    # ", X said, CONTENT": the clause goes on after the aside (not ", adding ...",
    # ", and ...": a clause of the cue's own).
    after = past_modifiers(cue, cue.i + 1, end)
    goes_on = (
        after < end - 1
        and doc[after].text == ","
        and doc[after + 1].tag_ != "VBG"
        and doc[after + 1].lower_ not in ("and", "but")
    )
    if start < head.i < left:
        return (start, end) if goes_on else (start, j)
    if head.i > after and goes_on:
        return start, end
    return None


def past_modifiers(cue: Token, i: int, end: int) -> int:
    """Index ``i`` moved past time words, adverbs and the cue's own prepositional
    phrases ("said on Monday at a press event that ...", "declared in the
    spin room, “...”", "asked at a briefing Monday about ..."), up to ``end``."""
    doc = cue.doc
    while i < end:
        tok = doc[i]
        if tok.lower_ == "that":
            break
        if tok.dep_ in ("prep", "npadvmod") and tok.head.i == cue.i:
            last = min(tok.right_edge.i + 1, end)
            inside = _complement_in(doc, i + 1, last)
            # "forecast at the rally that her party will win each county": the
            # parser hung the reported clause on the phrase's noun as a relative one.
            i = inside if inside is not None else max(i + 1, last)
        elif tok.ent_type_ in ("DATE", "TIME") or tok.pos_ in ("ADV", "ADP"):
            i += 1
        else:
            break
    return i


def prep_in_reach(cue: Token, prep: Token, person: bool) -> bool:
    """Whether the cue's prepositional phrase ``prep`` names what was said: next to the
    cue or past its time words ("talked on Monday about ..."), or, for a verb whose
    object is the person addressed (``person``), right after that person ("reminded
    voters of ...", "warned the bank against ...", "asked the senator about ...").

    On PolNeAR's train split, reading past the addressee gave 12 more relations (about
    ten of them right) and no metric fell.
    """
    if prep.i <= cue.i + 2 or past_modifiers(cue, cue.i + 1, prep.i) == prep.i:
        return True
    if person:
        for obj in cue.children:
            if obj.dep_ == "dobj" and cue.i < obj.i < prep.i:
                return past_modifiers(cue, obj.right_edge.i + 1, prep.i) == prep.i
    return False


#: What a clause's verb takes besides a relative "that" when "that" opens a clause of
#: its own ("that her party will win each county", "that she was wrong").
_CLAUSE_COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "dative"})


def _complement_in(doc: Doc, start: int, end: int) -> int | None:
    """The index of a "that" in ``start..end`` that opens a clause with a subject of its
    own and nothing missing (not a relative pronoun: "the interview that he gave", "a
    debate that aired Sunday"), or None."""
    lower = doc_arrays(doc).lower  # a Token only for a "that"
    for j in range(start, end):
        if lower[j] != "that":
            continue
        that = doc[j]
        verb = that.head
        if verb.i <= j or verb.pos_ not in ("VERB", "AUX"):
            return None
        subject = any(c.dep_ in ("nsubj", "nsubjpass") and j < c.i < verb.i for c in verb.children)
        if not subject:
            return None
        if that.dep_ == "mark":
            return j
        filled = any(
            c.dep_ in _CLAUSE_COMPLEMENTS and c.i > verb.i and c.i != j for c in verb.children
        )
        return j if filled else None
    return None


#: Roles of a "that" that is a relative pronoun ("told stories that were ..."), not
#: the opening of what was said.
_RELATIVE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
#: How far after the cue's object the opening of its content may lie.
MAX_ADDRESSEE = 12
#: Finite verb tags: a clause of its own before any "that".
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def past_addressee(cue: Token, i: int, end: int) -> int | None:
    """Where what was said starts after the person addressed, when the parser hung it on
    that person or on a phrase after it: "told the crowd at her town hall that ...",
    "telling the crowd, “...”", "reminded voters that ...". ``i`` is the first token
    after the cue and its time words; None unless the cue's object starts there and a
    "that" (not a relative pronoun) or a quotation follows within
    ``MAX_ADDRESSEE`` tokens, with no finite verb before it, or the first finite verb
    is that of a clause whose subject follows the addressee (:func:`_bare_clause`).

    On PolNeAR's train split (four fifths) 462 gold cues of lexicon verbs found no
    content; "tell", "remind" and "ask" with a misattached clause were among the most
    frequent. Reading past the addressee made 16 cues and 10 sources exact there (3 of
    each broken).
    """
    doc = cue.doc
    obj = next((c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i >= i), None)
    if obj is None or obj.left_edge.i != i:
        return None
    for j in range(i + 1, min(end - 1, i + MAX_ADDRESSEE)):
        tok = doc[j]
        if tok.lower_ == "that":
            return j if tok.dep_ not in _RELATIVE_ROLES else None
        if tok.text in OPENING:
            return j + 1
        if tok.tag_ in _FINITE:
            return _bare_clause(doc, obj, j)
        if tok.text in (":", ";"):
            return None
    return None


def _bare_clause(doc: Doc, addressee: Token, verb: int) -> int | None:
    """The start of a clause without "that" right after the person addressed ("told The
    Denver Ledger she was not ready yet", "told a podcast, her plan would ..."): its
    subject follows the addressee (and a comma) and runs up to the finite verb at
    ``verb``; None otherwise."""
    k = addressee.right_edge.i + 1
    if k < verb and doc[k].text == ",":
        k += 1
    subject = doc[k]
    if k >= verb or subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.i < verb:
        return None
    return k if subject.left_edge.i == k and subject.right_edge.i < verb else None


def announced(cue: Token, i: int, sent_end: int) -> tuple[int, int] | None:
    """(start, end) of what follows "X said, “..." or a sentence-final "X said:".

    ``i`` is the first token after the cue and its time words. The parser hangs a
    quotation after a comma on the cue as an object or not at all; after a colon
    closing its sentence the words come in the next sentence (or paragraph).
    """
    doc = cue.doc
    if i + 2 < sent_end and doc[i].text == "," and doc[i + 1].text in OPENING:
        return i + 2, sent_end
    if doc[i].text == ":" and all(t.is_punct or t.is_space for t in doc[i + 1 : sent_end]):
        arrays = doc_arrays(doc)
        number = arrays.sentence_of[cue.i]
        if 0 <= number < len(arrays.sentences) - 1:
            following = arrays.sentences[number + 1]
            return following.start, following.end
    return None


_RELATIVES = frozenset({"which", "that", "who", "whom", "what"})


def relative_object(cue: Token) -> Span | None:
    """ "a tax which he favors": in a relative clause the content is the relative
    pronoun the cue takes as its object (PolNeAR marks "which"). Not the noun a bare
    clause hangs on ("the attacks he added"): in copy without punctuation that is
    mostly a trailing "he added" misread (no gain on PolNeAR's train split either)."""
    subjects = [c for c in cue.lefts if c.dep_ == "nsubj"]
    for child in cue.lefts:
        if child.lower_ not in _RELATIVES:
            continue
        # The parser's slips: "a point that officials have disputed" ("that" a
        # marker) and "Keller, who many on the council had backed" (two subjects).
        misread = (child.dep_ == "mark" and subjects) or (
            child.dep_ == "nsubj" and len(subjects) > 1 and child is subjects[0]
        )
        if child.dep_ == "dobj" or misread:
            return cue.doc[child.i : child.i + 1]
    return None


#: How many tokens the speaker of an "..., as X said." aside may have.
_MAX_AS_SPEAKER = 12


def _as_aside(cue: Token, sent: Span) -> tuple[int, int, bool] | None:
    """ "A, as a Reuters reporter in Idlib said.": (index of "as", index of its comma,
    whether the content goes on after the cue: "The army, as X said, retreated").

    The parser often takes "as" for a preposition with the speaker as its object and
    hangs the whole of A on the cue, so the speaker lands inside the content and the
    cue has no subject (or A's). Read from the surface when a bare noun phrase stands
    between ", as" and the cue, and the cue ends the sentence or is followed by a
    comma (the content goes on there only when A has no verb of its own).
    """
    doc = cue.doc
    rest = [t for t in doc[cue.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if rest and doc[cue.i + 1].text != ",":
        return None
    found = _as_before(cue, sent)
    if found is None:
        return None
    # "A did X, as Y said, adding ...": A is a clause of its own; the rest is not A's.
    goes_on = bool(rest) and not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : found[1]])
    return found[0], found[1], goes_on


def _as_before(cue: Token, sent: Span) -> tuple[int, int] | None:
    """(index of "as", index of the comma before it) when a bare noun phrase is all
    that stands between them and the cue."""
    doc = cue.doc
    nominal = False
    for k in range(cue.i - 1, max(sent.start + 1, cue.i - _MAX_AS_SPEAKER) - 1, -1):
        tok = doc[k]
        if tok.lower_ == "as" and doc[k - 1].text == ",":
            return (k, k - 1) if nominal and k + 1 < cue.i else None
        if tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";", ":") or tok.lower_ == "as":
            return None
        nominal = nominal or tok.pos_ in ("NOUN", "PROPN", "PRON")
    return None


def as_aside(cue: Token, sent: Span, content: Span) -> tuple[Span, list[Span]] | None:
    """(speaker, content pieces) of "A, as X said." / "A, as X said, B." when the parse
    read the speaker X into the content it found (which starts before the aside)."""
    found = _as_aside(cue, sent)
    if found is None or content.start >= found[1]:
        return None
    doc = cue.doc
    pieces = [doc[content.start : found[1]]]
    if found[2]:
        end = sent.end
        while end > cue.i + 2 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end > cue.i + 2:
            pieces.append(doc[cue.i + 2 : end])
    return doc[found[0] + 1 : cue.i], pieces


#: What may stand between "asked" and "if / whether": the one asked, by whom, when, where.
_BEFORE_QUESTION = frozenset({"dobj", "dative", "agent", "prep", "npadvmod"})


def question_after(cue: Token, clause: Token) -> int | None:
    """Where "if / whether" opens ``clause``, an adverbial clause of ``cue`` that follows
    the cue's own phrases and nothing else ("asked the senator whether ...", "asked by
    reporters if ...", "asked at a briefing whether ..."), or None."""
    if clause.dep_ != "advcl" or clause.i < cue.i:
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ not in ("if", "whether") or mark.i != clause.left_edge.i:
        return None
    reach = cue.i + 1
    for child in cue.children:
        if cue.i < child.i < mark.i and child.dep_ in _BEFORE_QUESTION:
            if child.left_edge.i != reach:
                return None
            reach = child.right_edge.i + 1
    return mark.i if reach == mark.i and reach > cue.i + 1 else None
