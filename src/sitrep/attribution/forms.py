"""Attribution forms read from the surface rather than from a cue verb.

* headline colons: "Keller: Ortiz's budget wrecking city's finances" - a short
  name before a colon that opens the sentence is the source, the colon the cue
  and the rest the content (PolNeAR annotates these; the colon carries no word,
  so the scorer judges such a relation by its source and content);
* findings read "in" a poll or survey: "In a Gallup poll released Monday, Ortiz
  led ..." (the poll is the source, "in" the cue);
* evidential adverbs: "X reportedly did Y" (an agentless relation, kind
  ``adverb``);
* chained cues: "X insisted that A, claiming that B" and "X said A and said
  that B" - the parser often hangs the second cue inside the first one's
  content; the first content ends before it and the second cue takes the
  first one's source.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.attribution import content as cs
from sitrep.attribution import headlines
from sitrep.attribution.lexicon import Cues
from sitrep.attribution.quotes import OPENING
from sitrep.attribution.types import AttributionRelation, TextSpan
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from sitrep.model import Stance
    from sitrep.nlp.cache import DocArrays

#: The longest name a headline colon takes as its source ("Kasich's chief strategist").
MAX_HEADLINE_SOURCE = 6
_NAME_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"})
_NAME_TAGS = frozenset({"POS", "HYPH", "NNP", "NNPS", "NN", "NNS"})
#: Section labels that open headlines without being speakers.
_LABELS = frozenset(
    {"exclusive", "update", "updated", "breaking", "watch", "video", "photos", "live",
     "analysis", "opinion", "editorial", "related", "read", "note", "editor", "correction",
     "wait", "q", "a", "also", "plus", "question", "answer", "here", "today"}
)  # fmt: skip


#: A paragraph that opens with a speaker's label ("PENCE:", "Question:", "President
#: al-Assad:"), after the quotation mark a long quotation repeats.
_TURN = re.compile(r"""^[ \t]*["“]?[A-Z][\w.'’ -]{0,40}:[ \t]""", re.MULTILINE)
#: Paragraphs so labelled that make a text a transcript.
TRANSCRIPT_TURNS = 2


def is_transcript(text: str) -> bool:
    """Whether the text holds an interview's turns: two paragraphs or more that open
    with a speaker's label."""
    return len(_TURN.findall(text, 0)) >= TRANSCRIPT_TURNS


def headline_colon(sent: Span, transcript: bool = False) -> AttributionRelation | None:
    """ "NAME: CONTENT." at the start of a sentence, with NAME a short noun phrase.

    At the start of a paragraph, with NAME in capitals or after the quotation mark
    that each paragraph of a long quotation repeats, or anywhere in a ``transcript``
    (:func:`is_transcript`), this is a speaker's turn ("PENCE: Well, look ...",
    "President al-Assad: ..."): the content is then the whole paragraph, every
    sentence of the answer being the speaker's.
    """
    doc = sent.doc
    words = doc_arrays(doc).words  # (every sentence is looked at: no Token objects)
    first = sent.start + 1 if words[sent.start] in OPENING else sent.start
    # The colon may end the sentence: the parser often splits "NADIM:" off its turn.
    limit = min(sent.end, first + MAX_HEADLINE_SOURCE + 1)
    colon = next((i for i in range(first, limit) if words[i] == ":"), None)
    if colon is None or colon == first:
        return None
    name = doc[first:colon]
    if name[0].lower_ in _LABELS or not all(_name_part(t) for t in name):
        return None
    if not any(t.pos_ == "PROPN" or t.tag_ in ("NNP", "NNPS") for t in name) and len(name) > 2:
        return None
    # A transcript's speaker is set in capitals, or the turn opens with a quotation
    # mark, or the name stands alone before the colon ("Minister Okafor:" parsed as
    # a sentence of its own); any other "Name:" (a headline, "Clinton: ... Bush:
    # ..." on one line) holds just its sentence.
    turn = (
        (transcript and _speaker_like(name))
        or first > sent.start
        or all(t.is_upper or t.is_punct for t in name)
        or (colon + 1 == _last_word(doc, sent) and any(t.pos_ == "PROPN" for t in name))
    )
    end = _paragraph_end(doc, sent.end) if turn and _opens_paragraph(doc, sent.start) else sent.end
    said = [t for t in doc[colon + 1 : end] if not t.is_punct and not t.is_space]
    content = cs.clip(doc, colon + 1, end, doc[sent.start : end])
    if content is None or len(said) < 3:
        return None
    return AttributionRelation(
        source=cs.as_text(name),
        cue=cs.as_text(doc[colon : colon + 1]),
        content=cs.as_text(content),
        stance="neutral",
        kind="direct" if cs.quoted(content) else "indirect",
    )


def survey_in(prep: Token, sent: Span, lex: Cues) -> AttributionRelation | None:
    """ "In a Gallup survey released Monday, Ortiz led ..." / "... slipped to 12 percent in
    the newest poll": the poll is the source, "in" the cue, the clause it modifies the content."""
    doc = prep.doc
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or objects[0].lemma_.lower() not in lex.survey_nouns:
        return None
    head = prep.head
    if head.pos_ not in ("VERB", "AUX") or not sent.start <= head.i < sent.end:
        return None
    source = doc[prep.i + 1 : prep.right_edge.i + 1]
    if prep.i < head.i:
        content = cs.clip(doc, prep.right_edge.i + 1, head.right_edge.i + 1, sent)
    else:
        content = cs.clip(doc, head.left_edge.i, prep.i, sent)
    if content is None or len(content) < 3:
        return None
    return AttributionRelation(
        source=cs.as_text(source),
        cue=cs.as_text(doc[prep.i : prep.i + 1]),
        content=cs.as_text(content),
        stance="neutral",
        kind="according_to",
    )


def _speaker_like(name: Span) -> bool:
    """A label that names a person or a body ("Minister Okafor", "Matthews"), not a
    topic ("Bread:", "Voter participation:")."""
    if any(t.ent_type_ in ("PERSON", "ORG") for t in name):
        return True
    return sum(t.tag_ in ("NNP", "NNPS") for t in name) >= 2


def _opens_paragraph(doc: Doc, i: int) -> bool:
    # Look back over spaces and tabs only: no copy of the text before the token.
    text, k = doc_arrays(doc).text, doc[i].idx
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] == "\n"


def _last_word(doc: Doc, sent: Span) -> int:
    """The index after the last token of ``sent`` that is not white space."""
    end = sent.end
    while end > sent.start and doc[end - 1].is_space:
        end -= 1
    return end


def _paragraph_end(doc: Doc, i: int) -> int:
    """The token index where the paragraph holding token ``i - 1`` ends."""
    text = doc_arrays(doc).text
    while i < len(doc) and "\n" not in text[doc[i - 1].idx + len(doc[i - 1]) : doc[i].idx + 1]:
        i += 1
    return i


def _name_part(tok: Token) -> bool:
    if tok.is_punct:
        return tok.text in (".", "-", "’s", "'s", "&")
    return tok.pos_ in _NAME_POS or tok.tag_ in _NAME_TAGS or tok.is_title or tok.is_upper


def chained_cue(piece: Span, cue: Token, lex: Cues) -> tuple[int, int] | None:
    """(end of the content, second cue) when a content holds a second cue of its speaker.

    ", claiming that ..." (a participle after a comma) and "and said that ...", "but
    added ..." (a verb with no subject of its own after "and" / "but") start a new
    relation.
    """
    doc = piece.doc
    arrays = doc_arrays(doc)
    for k in range(max(piece.start + 2, cue.i + 1), piece.end):
        # Lemmas read from the arrays: a Token only for the few cue verbs.
        lemma = lex.lemma_of(arrays.lemma[k], arrays.lower[k])
        if lemma is None:
            continue
        tok = doc[k]
        before = doc[tok.i - 1]
        if tok.tag_ == "VBG" and before.text == "," and lemma not in lex.attitude:
            return before.i, tok.i
        subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
        if before.lower_ in ("and", "but") and tok.tag_ in ("VBD", "VBZ") and not subject:
            return before.i, tok.i
    return None


#: Adverbs that attribute the clause to unnamed others ("X reportedly did Y"). Not
#: "apparently" and "allegedly": PolNeAR's train split hardly ever annotates them (1 of
#: 23 such relations matched); they still make an event hedged (cues.json "hedges").
EVIDENTIAL_ADVERBS = frozenset({"reportedly", "purportedly", "supposedly", "seemingly"})


def may_open(arrays: DocArrays, lex: Cues) -> list[bool]:
    """Per token, whether :func:`.relations.find_attributions` may open a relation at it.

    The conditions of its branches, read from the cached arrays: most tokens open
    none, and this spares building their ``Token`` objects.
    """
    nouns, lemma_of = lex.nouns, lex.lemma_of
    return [
        low == "according"
        or (low == "in" and dep == "prep")
        or (low in EVIDENTIAL_ADVERBS and dep == "advmod")
        or (pos == "NOUN" and lemma.lower() in nouns)
        # A verb opens a relation only when the lexicon knows it (the learned cues are
        # read later, in one pass): most verbs are not cues.
        or ((pos in ("VERB", "AUX") or tag.startswith("VB")) and lemma_of(lemma, low) is not None)
        # "Senator Praises Deal": a headline verb the parser took for a name.
        or headlines.may_open(low, pos, lemma, lex)
        for low, pos, tag, dep, lemma in zip(
            arrays.lower, arrays.pos, arrays.tag, arrays.dep, arrays.lemma, strict=True
        )
    ]


def adverbial(adverb: Token, sent: Span) -> AttributionRelation | None:
    """An agentless relation whose content is the clause the adverb modifies, minus it."""
    doc = adverb.doc
    head = adverb.head
    pieces = [
        cs.clip(doc, head.left_edge.i, adverb.i, sent),
        cs.clip(doc, adverb.i + 1, head.right_edge.i + 1, sent),
    ]
    kept = [p for p in pieces if p is not None]
    if not kept or head.pos_ not in ("VERB", "AUX"):
        return None
    first = cs.as_text(kept[0])
    parts = tuple((p.start_char, p.end_char) for p in kept) if len(kept) > 1 else ()
    stance: Stance = "neutral" if adverb.lower_ == "reportedly" else "distancing"
    return AttributionRelation(
        source=None,
        cue=cs.as_text(doc[adverb.i : adverb.i + 1]),
        content=TextSpan(first.start, first.end, first.text, parts),
        stance=stance,
        kind="adverb",
        hedged=True,
    )


#: The longest source a "..., said X, ..." aside takes (appositions included).
MAX_INVERTED_SOURCE = 25
_APPOSITION_POS = frozenset({"DET", "ADJ", "NOUN", "NUM"})
#: Cues that open such an aside ("told X" and "wrote X" take an object there instead).
_ASIDE_VERBS = frozenset({"say", "add", "note", "explain", "argue", "insist", "claim"})


def inverted_aside(cue: Token, sent: Span, lex: Cues) -> AttributionRelation | None:
    """ "A, said Lena Varga, an analyst of Balkan politics, would read B": the speaker named
    after a cue set off by commas inside its content. The parser reads the name as the
    subject of the rest; the content is the sentence around the aside."""
    doc = cue.doc
    lemma = lex.verb_lemma(cue)
    if (
        lemma is None
        or lemma not in _ASIDE_VERBS
        or cue.tag_ not in ("VBD", "VBZ")
        or cue.i - 2 <= sent.start
        or doc[cue.i - 1].text != ","
        or cue.i + 2 >= sent.end
    ):
        return None
    first = doc[cue.i + 1]
    if first.pos_ not in ("PROPN", "DET", "NOUN") or first.lower_ == "that":
        return None
    end = None
    for k in range(cue.i + 2, min(sent.end - 1, cue.i + MAX_INVERTED_SOURCE)):
        tok = doc[k]
        if tok.pos_ in ("VERB", "AUX") and tok.text != ",":
            return None  # a clause of its own before any comma: not a bare name
        if tok.text != ",":
            continue
        nxt = doc[k + 1]
        if nxt.is_lower and (nxt.pos_ in _APPOSITION_POS or nxt.lower_ in ("who", "whose")):
            continue  # ", an expert on Russia": an apposition of the name
        end = k
        break
    if end is None or doc[end + 1].pos_ not in ("AUX", "VERB") or not doc[end + 1].is_lower:
        return None  # the content goes on with its verb: "..., would read this as ..."
    left = cs.clip(doc, sent.start, cue.i - 1, sent)
    right = cs.clip(doc, end + 1, sent.end, sent)
    if left is None or right is None or len(left) < 2:
        return None
    return AttributionRelation(
        source=cs.as_text(doc[cue.i + 1 : end]),
        cue=cs.as_text(doc[cue.i : cue.i + 1]),
        content=cs.content_span([left, right], cue, sent),
        stance=lex.verbs[lemma],
        kind="direct" if cs.quoted(left) else "indirect",
    )
