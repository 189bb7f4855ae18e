"""How far a content reaches past the phrase the parser gives it (PolNeAR's span
conventions, measured on four fifths of its train split): phrases hung on the cue
that go on with what was said, the person asked in "asked X to ...", and the
time or medium of the saying, which stays out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import made_clear, quotes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from sitrep.attribution.lexicon import Cues

#: The last tokens of a sentence a parenthetical "..., X said." may take.
MAX_PARENTHETICAL = 8


def trailing(cue: Token, end: int, stop: int, lex: Cues) -> int:
    """The end of a content after the cue, over a phrase right after it that the parser
    hung on the cue but that goes on with what was said: a second clause ("learned
    how they think, how they organize"), an infinitive ("praised the efforts of X to
    attack Trump"), "as ..." ("described Rubio as a leader"). PolNeAR's train split
    (four fifths): about 110 such phrases inside its contents, 25 outside. Not a
    clause that is a report of its own ("..., as a journalist said X"), one opened by
    a conjunction other than "that", or a noun the parser took for a clause
    ("..., figures that could not be verified")."""
    doc = cue.doc
    for child in cue.children:
        if child.i < end or child.dep_ in ("punct", "cc"):
            continue
        start = child.left_edge.i
        if start > end and not all(t.is_punct or t.pos_ == "CCONJ" for t in doc[end:start]):
            break  # (something else comes first: a time, "in a statement")
        marks = [c.lower_ for c in child.children if c.dep_ == "mark"]
        clause = child.pos_ in ("VERB", "AUX") and lex.verb_lemma(child) is None
        goes_on = (
            (child.dep_ == "ccomp" and clause and marks in ([], ["that"]))
            or (child.dep_ == "advcl" and child.tag_ == "VB" and not marks)
            or (child.dep_ == "prep" and child.lower_ == "as")
        )
        if not goes_on or child.right_edge.i >= stop:
            break
        end = child.right_edge.i + 1
    return end


def when_or_where(prep: Token, lex: Cues) -> bool:
    """ "criticized Trump on Monday", "praised him in a statement", "at a rally": the
    time or the medium of the saying, not what was said (PolNeAR's train split, four
    fifths: 19 such phrases in its contents, 38 outside)."""
    if prep.lower_ not in ("in", "on", "at", "during"):
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    return obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in lex.media_nouns


def date_or_channel(prep: Token, obj: Token, lex: Cues) -> bool:
    """ "voted on March 1", "wrote on Facebook", "said on camera": the time of the saying
    or the channel it went out on, not what it was about ("commented on the report")."""
    if obj.ent_type_ in ("DATE", "TIME"):
        return True
    return prep.lower_ == "on" and obj.lemma_.lower() in lex.channels


def addressee(cue: Token, complement: Token, lemma: str) -> int | None:
    """Where "asked the party to X", "called on Congress to X" start their content: at
    the person asked (PolNeAR's contents take them in: train split, four fifths, 108
    such contents against 40 without). None for another complement, and for "told X
    to", whose object PolNeAR leaves out. After "made (it) clear" the content starts
    past the adjective (:mod:`.made_clear`)."""
    if (known := made_clear.predicate(cue)) is not None and complement.i >= known.i:
        return int(known.i) + 1
    if complement.dep_ != "xcomp" or lemma == "tell":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in complement.children):
        return None
    for child in cue.children:
        if not cue.i < child.i < complement.i:
            continue
        obj = child
        if child.dep_ == "prep" and lemma == "call" and child.lower_ in ("on", "upon"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), child)
        if obj.dep_ in ("dobj", "pobj") and obj.ent_type_ not in ("DATE", "TIME"):
            return int(obj.left_edge.i)
    return None


def quote_before(cue: Token, sent: Span) -> Span | None:
    """ "“No,” replied Jeff Zucker, ...", "“...,” the minister said on Sunday in ...":
    the quotation that ends just before the cue, or before a source between them."""
    doc = cue.doc
    closes = {closed: opened for opened, closed in quotes.quote_pairs(doc)}
    for j in range(cue.i - 1, max(sent.start - 1, cue.i - MAX_PARENTHETICAL) - 1, -1):
        tok = doc[j]
        if j in closes:
            return doc[closes[j] : j + 1]
        if tok.pos_ in ("VERB", "AUX") or tok.text in (".", ";", ":"):
            return None
    return None


def quote_before_aside(cue: Token, content: Span, sent: Span) -> Span | None:
    """ "“A,” he said, “B.”": the quotation before the aside, when the content is the
    quotation after it (PolNeAR's content takes both; the parser gives the cue only B)."""
    doc = cue.doc
    start = content.start
    if start <= cue.i + 1 or doc[start].text not in quotes.OPENING or doc[start - 1].text != ",":
        return None
    return quote_before(cue, sent)


#: Entity types of a fronted phrase that tells when or where it was said ("On Tuesday,").
_SETTING_ENTS = frozenset({"DATE", "TIME"})
#: Nouns of the occasion of saying ("In an interview, she said, “...”"): not content.
_OCCASIONS = frozenset(
    {"interview", "statement", "speech", "remarks", "conference", "email", "letter", "post",
     "tweet", "video", "hearing", "rally", "debate"}
)  # fmt: skip


def fronted_before_speaker(cue: Token, content: Span, sent: Span) -> Span | None:
    """ "A slow winter, she said, “may be the right moment to hire”", "No new logo,
    she said, “changes what the firm sells”": the noun phrase that opens the sentence before
    "SPEAKER said," when the quotation after the aside goes on from it in lower case (its
    predicate; PolNeAR's content takes both pieces).

    Only when the content is a quotation opened right after "said," and the speaker is
    the cue's subject, set off from the opening words by a comma; not when those words
    are an adverbial, a time ("On Tuesday,"), the occasion ("In an interview,"), a
    quotation (:func:`quote_before_aside`) or a clause of their own. PolNeAR's train
    split: 5 such phrases, all inside the gold content.
    """
    doc = cue.doc
    start = content.start
    if start < cue.i + 2 or doc[start].text not in quotes.OPENING or doc[start - 1].text != ",":
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subject is None:
        return None
    comma = subject.left_edge.i - 1
    if comma <= sent.start + 1 or doc[comma].text != ",":
        return None
    words = [t for t in doc[sent.start : comma] if not (t.is_punct or t.is_space)]
    if not words or any(
        t.text in quotes.OPENING or t.text in quotes.CLOSING for t in doc[sent.start : comma]
    ):
        return None
    if all(t.ent_type_ in _SETTING_ENTS or t.pos_ in ("ADP", "DET") for t in words):
        return None
    if any(t.lemma_.lower() in _OCCASIONS for t in words):
        return None
    first = sent.start
    while first < comma and (
        doc[first].is_punct or doc[first].is_space or doc[first].pos_ == "CCONJ"
    ):
        first += 1
    # The opening words are the subject the quotation goes on from: a noun phrase ("A
    # slow winter, she said, “may be ...”"), not an adverbial ("In February, as
    # ...", "To alert the police, ...") before a quotation that stands alone.
    if first >= comma or doc[first].pos_ in ("ADP", "SCONJ", "ADV", "VERB", "AUX", "PART"):
        return None
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in words):
        return None  # a clause of its own ("There was no photograph ..., he said, “...”")
    if start + 1 >= sent.end or not doc[start + 1].is_lower:
        return None
    return doc[first:comma]
