"""Cue verbs in Title Case headlines: "Senator Praises Ceasefire Deal", "Minister Urges
Talks To Resume".

The parser reads a capitalised verb in a headline as a proper noun, so no verb
branch of :func:`.relations.find_attributions` sees it. In a sentence whose words
are mostly capitalised, a proper noun in "-s" that inflects a lexicon verb opens
a relation: the capitalised run before it is the source, the rest of the headline
(up to a comma that opens a second verb) the content. PolNeAR's train split
(four fifths): 35 such words in headlines, 22 of them gold cues; the relations made
14 cues and 14 sources exact (1 of each broken).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution import content as cs
from sitrep.attribution.types import AttributionRelation

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from sitrep.attribution.lexicon import Cues

#: Share of capitalised words that makes a sentence a headline.
MIN_CAPITALISED = 0.6
#: Fewest words a headline has.
MIN_WORDS = 4
#: Adverbs a headline puts before its verb ("Finally Endorses"): part of the cue.
_ADVERBS = frozenset({"finally", "just", "now", "also", "again", "still"})
#: Entity types of a proper noun that is a name, not a verb ("United States").
_NAMES = frozenset({"GPE", "LOC", "FAC", "NORP"})


def may_open(low: str, pos: str, lemma: str, lex: Cues) -> bool:
    """Whether a token (read from the document's arrays) may be a headline verb."""
    return pos == "PROPN" and low.endswith("s") and lex.lemma_of(lemma, low) is not None


def relation(tok: Token, sent: Span, lex: Cues) -> AttributionRelation | None:
    """The relation a capitalised headline verb opens, or None."""
    lemma = lex.verb_lemma(tok)
    if lemma is None or not tok.text[:1].isupper() or tok.ent_type_ in _NAMES:
        return None
    if tok.i == sent.start or not _is_headline(sent):
        return None
    doc = tok.doc
    cue_from = tok.i
    if doc[cue_from - 1].lower_ in _ADVERBS:
        cue_from -= 1
    start = cue_from
    while start > sent.start and _title_word(doc[start - 1]):
        start -= 1
    if start == cue_from:
        return None
    end = sent.end
    for k in range(tok.i + 1, sent.end - 1):
        nxt = doc[k + 1]
        if doc[k].text == "," and may_open(nxt.lower_, nxt.pos_, nxt.lemma_, lex):
            end = k  # "X Blasts Y, Quotes Z": the second verb's words are not the first's
            break
    content = cs.clip(doc, tok.i + 1, end, sent)
    if content is None:
        return None
    return AttributionRelation(
        source=cs.as_text(doc[start:cue_from]),
        cue=cs.as_text(doc[cue_from : tok.i + 1]),
        content=cs.as_text(content),
        stance=lex.verbs.get(lemma, "neutral"),
        kind="attitude" if lemma in lex.attitude else "indirect",
    )


def _title_word(tok: Token) -> bool:
    """A word of a capitalised name: "Jeb", "U.S.", "France", "’s"."""
    return tok.text[:1].isupper() or tok.lower_ in ("'s", "’s")


def _is_headline(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha]
    if len(words) < MIN_WORDS:
        return False
    return sum(t.text[0].isupper() for t in words) >= MIN_CAPITALISED * len(words)
