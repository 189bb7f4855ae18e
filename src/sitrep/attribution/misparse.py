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
    from spacy.tokens import Span, Token

#: Dependencies under which the parser hangs "X said" on the verb of its content
#: ("A thinks B, Bill Clinton said this week": "said" a ccomp of "thinks").
_UNDER_CONTENT = frozenset({"ccomp", "conj", "parataxis"})
_CLOSING = frozenset({"”", "’", "''", '"', "'"})


def inverted_speaker(cue: Token, child: Token) -> bool:
    """Whether a complement right after the cue is the speaker of an inverted quote.

    "“...,” said David Brock, a confidant": the parser sometimes hangs the name on
    the cue as a second clausal complement; a noun phrase starting right after the
    cue, with a complement before the cue, is the speaker.
    """
    return (
        child.dep_ == "ccomp"
        and child.pos_ in ("PROPN", "NOUN")
        and child.left_edge.i == cue.i + 1
        and any(c.dep_ in ("ccomp", "xcomp", "parataxis") and c.i < cue.i for c in cue.children)
    )


def content_above(cue: Token, start: int, end: int) -> tuple[int, int] | None:
    """The content of "CONTENT, X said ..." when the parser hung the cue on CONTENT's verb.

    The cue needs a subject of its own right after a comma (closing quotes
    allowed). When its head is a verb before that subject, the clause from
    ``start`` up to the comma is what X said; when the head comes after the cue
    ("Riding alone, they said, can be hazardous") and a comma closes "X said", it
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
    phrases ("said on Friday during a news conference that ...", "declared in the
    spin room, “...”", "asked at a briefing Monday about ..."), up to ``end``."""
    doc = cue.doc
    while i < end:
        tok = doc[i]
        if tok.lower_ == "that":
            break
        if tok.dep_ in ("prep", "npadvmod") and tok.head.i == cue.i:
            i = max(i + 1, min(tok.right_edge.i + 1, end))
        elif tok.ent_type_ in ("DATE", "TIME") or tok.pos_ in ("ADV", "ADP"):
            i += 1
        else:
            break
    return i


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
        # marker) and "Rubio, who many in the party had backed" (two subjects).
        misread = (child.dep_ == "mark" and subjects) or (
            child.dep_ == "nsubj" and len(subjects) > 1 and child is subjects[0]
        )
        if child.dep_ == "dobj" or misread:
            return cue.doc[child.i : child.i + 1]
    return None
