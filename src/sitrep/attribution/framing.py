"""Loaded language and labels: spans from the framing lexicon, plus two patterns.

* Lexicon terms (``data/framing.json``), matched case-insensitively on whole
  tokens with one PhraseMatcher built per vocabulary.
* "what they claim to be X" / "what it calls X": the writer distances itself
  from the name X (kind ``distancing``).
* Scare quotes: one to three words in quotation marks inside a sentence that
  no reporting verb introduces ('the "moderate" rebels'), kind ``scare_quote``.
* Model spans (:mod:`.framing_model`, a trained token classifier; the n-gram
  rates of :mod:`.framing_learned` when its weights are not installed): runs
  of words that PTC's annotators would mark as loaded language or labels,
  where no lexicon or pattern span is.

Overlapping matches keep the longest ("illegally occupied" over "occupied").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.attribution.lexicon import cues, framing_terms, matchers
from sitrep.model import Framing
from sitrep.nlp.cache import doc_arrays

if TYPE_CHECKING:
    from spacy.tokens import Doc

_CLAIM_LEMMAS = frozenset({"claim", "call", "describe", "term", "consider", "label", "dub"})
_OPEN = {"“": "”", '"': '"', "‘": "’", "'": "'"}
#: Every quote mark that opens or closes (the only tokens the scare-quote scan reads).
_QUOTE_MARKS = frozenset(_OPEN) | frozenset(_OPEN.values())
#: Longest quotation read as a scare quote, in tokens.
MAX_SCARE_QUOTE = 3


def find_framing(doc: Doc, model: bool = True) -> list[Framing]:
    """All loaded-language spans of ``doc``, in text order, not overlapping.

    Lexicon and pattern spans come first; with ``model`` true, the trained
    model's spans add what it finds elsewhere.
    """
    _, _, matcher = matchers(doc.vocab)
    terms = framing_terms()
    found: list[tuple[int, int, str]] = []
    for match_id, start, end in matcher(doc):
        found.append((start, end, terms[doc.vocab.strings[match_id].lower()]))
    found.extend(_what_they_claim(doc))
    found.extend(_scare_quotes(doc))
    if model:
        found.extend(_model_spans(doc, found))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out: list[Framing] = []
    last_end = -1
    for start, end, kind in found:
        if start < last_end:
            continue
        span = doc[start:end]
        out.append(Framing(text=span.text, start=span.start_char, end=span.end_char, kind=kind))
        last_end = end
    return out


def _model_spans(doc: Doc, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Trained-model spans (n-gram spans without its weights) overlapping no lexicon span."""
    from sitrep.attribution import framing_learned, framing_model

    model = framing_model.load()
    candidates = model.predict(doc) if model is not None else framing_learned.learned_spans(doc)
    taken = {i for start, end, _ in found for i in range(start, end)}
    return [
        (start, end, kind)
        for start, end, kind in candidates
        if not any(i in taken for i in range(start, end))
    ]


def _what_they_claim(doc: Doc) -> list[tuple[int, int, str]]:
    """ "what they claim to be", "what Damascus calls" (up to the named thing)."""
    out = []
    # The cached lower-case words: a Token object per word would cost more than the rule.
    lower = doc_arrays(doc).lower
    for i, word in enumerate(lower[:-2]):
        if word != "what":
            continue
        tok, subject, verb = doc[i], doc[i + 1], doc[i + 2]
        if (
            subject.pos_ not in ("PRON", "PROPN", "NOUN")
            or verb.lemma_.lower() not in _CLAIM_LEMMAS
        ):
            continue
        end = verb.i + 1
        if end + 1 < len(doc) and doc[end].lower_ == "to" and doc[end + 1].lemma_ == "be":
            end += 2
        out.append((tok.i, end, "distancing"))
    return out


def _scare_quotes(doc: Doc) -> list[tuple[int, int, str]]:
    lex = cues()
    out = []
    opened: int | None = None
    words = doc_arrays(doc).words
    for i, word in enumerate(words):
        if word not in _QUOTE_MARKS:
            continue
        tok = doc[i]
        if opened is not None and tok.text == _OPEN[doc[opened].text]:
            inner = doc[opened + 1 : tok.i]
            sent = tok.sent
            # Only reporting verbs introduce a quotation ("so-called" is no attitude cue here).
            introduced = any(
                t.pos_ == "VERB" and lex.verb_lemma(t) not in (None, *lex.attitude) for t in sent
            )
            if 0 < len(inner) <= MAX_SCARE_QUOTE and opened > sent.start and not introduced:
                out.append((opened, tok.i + 1, "scare_quote"))
            opened = None
        elif tok.text in _OPEN and not (tok.text == "'" and tok.tag_ == "POS"):
            opened = tok.i
    return out
