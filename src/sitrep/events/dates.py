"""Dates as the events stage reads them: enough to tell two mentions of a
happening apart, and to know which mention is dated (the time stage resolves them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.time.baseline import baseline_scope, baseline_since
from sitrep.time.find import BEFORE_WORDS, anaphoric_starts, without_count

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sitrep.nlp.cache import DocArrays


def bare_number(ent: SpacySpan) -> bool:
    """A DATE entity that is only a number and no year ("Attacks Kill 50" in a
    headline): the parser's mistake, not a date that could tell two happenings apart."""
    text = ent.text.strip()
    return text.isdigit() and not (len(text) == 4 and text[:2] in ("19", "20"))


def sentence_dates(arrays: DocArrays) -> dict[int, list[SpacySpan]]:
    """DATE entities per sentence number, read once (``Span.ents`` rebuilds every
    entity)."""
    sentences = arrays.sentences
    sentence_of = arrays.sentence_of
    found: dict[int, list[SpacySpan]] = {}
    for ent in arrays.ents:
        if ent.label_ == "DATE" and sentence_of[ent.start] >= 0 and not bare_number(ent):
            if _baseline(arrays, ent):
                continue
            n = sentence_of[ent.start]
            if ent.end <= sentences[n].end:
                found.setdefault(n, []).append(without_count(ent))
    return found


def _baseline(arrays: DocArrays, ent: SpacySpan) -> bool:
    """A comparison's baseline ("the deadliest attack *since 2011*", "the first blast
    to hit the town since the outbreak of the war *in 2011*"): no date of the
    happening, so it neither dates it nor makes it background."""
    if ent.text.lower().startswith("since "):
        start = ent.start_char
    elif ent.start > 0 and arrays.lower[ent.start - 1] == "since":
        start = ent.doc[ent.start - 1].idx
    else:
        return baseline_scope(ent.root, arrays.text) is not None
    return baseline_since(arrays.text[:start])


def anaphoric_sentences(doc: Doc, arrays: DocArrays) -> set[int]:
    """Sentences that date themselves by reference ("officials at the time said")."""
    sentence_of = arrays.sentence_of
    found: set[int] = set()
    for char in anaphoric_starts(arrays.text):
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is not None and len(span) and sentence_of[span.start] >= 0:
            found.add(sentence_of[span.start])
    return found


def date_phrase(ent: SpacySpan) -> str:
    """The date entity's words, with a following "before"/"earlier" ("Several
    days" + "before"), which the tagger leaves out of the entity."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in BEFORE_WORDS:
        return f"{ent.text} {doc[ent.end].text}"
    return ent.text


def date_texts(anchors: set[int], dates: list[SpacySpan]) -> list[str]:
    """DATE entities of the sentence (``dates``) whose phrase hangs off the trigger's clause.

    The climb stops at a conjoined clause with its own subject: "airstrikes on a
    convoy last month signalled the end of the truce, and the bombardment has seen
    hospitals hit in the last week" dates the strikes to last month only."""
    texts = []
    for ent in dates:
        node = ent.root
        for _ in range(7):
            if node.i in anchors:
                texts.append(date_phrase(ent))
                break
            if node.head.i == node.i or _own_clause(node):
                break
            node = node.head
    return texts


def _own_clause(node: Token) -> bool:
    """A verb conjoined to another with a subject of its own: a clause of its own."""
    return (
        node.dep_ == "conj"
        and node.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
    )
